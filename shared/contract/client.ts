// The typed client: `api.checkIns.save({...})` instead of strings. It is built from the contract's names over
// a single `invoke`, which is IPC in the app and a Playwright binding in the end-to-end tests.
import type { ApiError, ApiResult } from './result';
import type { InputOf, OperationName, OutputOf } from './index';

export type Invoke = (name: string, input: unknown) => Promise<ApiResult<unknown>>;

type GroupOf<N> = N extends `${infer G}.${string}` ? G : never;
type MethodOf<N, G extends string> = N extends `${G}.${infer M}` ? M : never;

export type AxisClient = {
  [G in GroupOf<OperationName>]: {
    [K in OperationName as MethodOf<K, G>]: (input: InputOf<K>) => Promise<OutputOf<K>>;
  };
};

/** An operation that came back refused; `message` is written for the person. */
export class AxisError extends Error {
  readonly code: ApiError['code'];
  readonly fields: NonNullable<ApiError['fields']>;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'AxisError';
    this.code = error.code;
    this.fields = error.fields ?? [];
  }
}

export function buildClient(invoke: Invoke): AxisClient {
  // `api.group.method(input)` becomes invoke('group.method', input). The names are checked by the types here
  // and by the router at run time, so the renderer does not need the contract's schemas (or zod) to call it.
  const groups = new Map<string, Record<string, (input: unknown) => Promise<unknown>>>();
  return new Proxy({} as AxisClient, {
    get(_target, group) {
      if (typeof group !== 'string') return undefined;
      let methods = groups.get(group);
      if (!methods) {
        methods = new Proxy(
          {},
          {
            get: (_t, method) =>
              typeof method === 'string'
                ? (input: unknown) => call(invoke, `${group}.${method}` as OperationName, input as never)
                : undefined,
          },
        );
        groups.set(group, methods);
      }
      return methods;
    },
  });
}

/** Calls one operation by name (for generic code such as guide actions). */
export async function call<K extends OperationName>(invoke: Invoke, name: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const result = await invoke(name, input ?? {});
  if (!result.ok) throw new AxisError(result.error);
  return result.value as OutputOf<K>;
}

// THE router: every call from the renderer, the end-to-end test bridge or the command line goes through
// `handle`. Checking the sender, validating input, running the write in one transaction, validating the
// output and turning failures into words all happen here, once, for every operation.
import { z } from 'zod';
import { contract, isOperationName } from '$shared/contract/index';
import { UserFacingError, type ApiError, type ApiResult } from '$shared/contract/result';
import type { ServiceContext } from './context';
import { failureInWords, readOnlyWords } from './failures';
import type { Operations } from './operations';

export interface RouterOptions {
  /** What every operation runs against: the open journal, the clock and the host's ports. */
  ctx: ServiceContext;
  /** Runs a function inside one write transaction (better-sqlite3's `db.transaction(fn).immediate()`). */
  transaction: <T>(fn: () => T) => T;
  /** Why writes must wait right now (an import is being written by the import worker), or null. */
  writesBlocked?: () => string | null;
  /** Whether a call from this page may be served (the app's own origin only). */
  isTrustedSender: (url: string) => boolean;
  /** Where unexpected failures are reported (never shown raw to the person). */
  onInternalError?: (name: string, error: unknown) => void;
}

export interface Router {
  handle(name: unknown, input: unknown, sender: { url: string }): Promise<ApiResult<unknown>>;
}

function fieldsOf(error: z.ZodError): NonNullable<ApiError['fields']> {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(whole request)',
    message: issue.message,
  }));
}

function describe(fields: NonNullable<ApiError['fields']>): string {
  const first = fields
    .slice(0, 3)
    .map((f) => `${f.path}: ${f.message}`)
    .join('; ');
  return fields.length > 3 ? `${first}; and ${fields.length - 3} more` : first;
}

/** Output failed its own schema: a bug, so the write is rolled back and the person told plainly. */
class InvalidOutput extends Error {}

export function createRouter(operations: Operations, options: RouterOptions): Router {
  return {
    async handle(name, input, sender) {
      if (!options.isTrustedSender(sender.url)) {
        return {
          ok: false,
          error: { code: 'forbidden-sender', message: 'This request did not come from Axis itself and was refused.' },
        };
      }
      if (!isOperationName(name)) {
        return {
          ok: false,
          error: { code: 'unknown-operation', message: `Axis has no operation called "${String(name).slice(0, 60)}".` },
        };
      }
      const operation = contract[name];
      const parsed = operation.input.safeParse(input);
      if (!parsed.success) {
        const fields = fieldsOf(parsed.error);
        return {
          ok: false,
          error: { code: 'invalid-input', message: `Nothing was saved: ${describe(fields)}.`, fields },
        };
      }
      const run = operations[name] as (ctx: ServiceContext, input: unknown) => unknown;
      const checkedOutput = (raw: unknown): unknown => {
        const out = operation.output.safeParse(raw);
        if (!out.success) throw new InvalidOutput(describe(fieldsOf(out.error)));
        return out.data;
      };
      if (operation.writes && options.ctx.readOnly)
        return {
          ok: false,
          error: {
            code: 'read-only',
            message: readOnlyWords(options.ctx.journalPath, 'Nothing was saved.', options.ctx.readOnly),
          },
        };
      const blocked = operation.writes ? (options.writesBlocked?.() ?? null) : null;
      if (blocked) return { ok: false, error: { code: 'busy', message: blocked } };
      try {
        if (operation.writes) {
          const value = options.transaction(() => {
            const raw = run(options.ctx, parsed.data);
            if (raw instanceof Promise)
              throw new Error(`write operation ${name} must be synchronous to run in one transaction`);
            return checkedOutput(raw);
          });
          return { ok: true, value };
        }
        return { ok: true, value: checkedOutput(await run(options.ctx, parsed.data)) };
      } catch (e) {
        if (e instanceof UserFacingError) return { ok: false, error: { code: e.code, message: e.message } };
        // The disk, the file or another program: said in words that name the cause and the fix.
        const failure = failureInWords(e, {
          journalPath: options.ctx.journalPath,
          outcome: operation.writes ? 'Nothing was saved.' : 'Nothing was changed.',
        });
        if (failure) return { ok: false, error: failure };
        options.onInternalError?.(name, e);
        if (e instanceof InvalidOutput) {
          return {
            ok: false,
            error: {
              code: 'invalid-output',
              message: `Axis produced an answer it could not trust (${e.message}); nothing was saved.`,
            },
          };
        }
        return {
          ok: false,
          error: {
            code: 'internal',
            message: `Something went wrong inside Axis and nothing was saved: ${(e as Error).message ?? String(e)}`,
          },
        };
      }
    },
  };
}

import { z } from 'zod';

/** One operation of the API: what it accepts and what it promises to return. */
export interface Operation<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** True when the operation changes the journal (used by the fuzz suite and the router's logging). */
  writes: boolean;
  /** One line for the README's operation list and for error messages. */
  summary: string;
}

export function query<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O): Operation<I, O> {
  return { input, output, writes: false, summary };
}

export function command<I extends z.ZodType, O extends z.ZodType>(
  summary: string,
  input: I,
  output: O,
): Operation<I, O> {
  return { input, output, writes: true, summary };
}

export const noInput = z.strictObject({});
export const ok = z.strictObject({ ok: z.literal(true) });

// Bad input: every operation of the contract receives at least 1,000 malformed payloads through the router
// (wrong types, missing and extra fields, huge strings, NaN and Infinity, out-of-range numbers, impossible
// dates, prototype-pollution keys). Each must be refused with a typed error, nothing may crash, and the
// journal's content must not change. New operations are covered automatically: the list is the contract.
import crypto from 'node:crypto';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contract, OPERATION_NAMES, type OperationName } from '$shared/contract/index';
import { ERROR_CODES } from '$shared/contract/result';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { openTestJournal, snapshot, TEST_SENDER, type TestJournal } from '../helpers/journal';

/** Object.prototype.toString as it was before any payload ran (a polluting payload would replace it). */
const ORIGINAL_TO_STRING: unknown = Object.getOwnPropertyDescriptor(Object.prototype, 'toString')?.value;

const PER_OPERATION = 1_000;
let j: TestJournal;
beforeAll(() => {
  j = openTestJournal({ now: () => new Date(2026, 10, 30, 20) });
  fillDemoJournal(j.app.ctx, { days: 60, seed: 2 });
});
afterAll(() => j.close());

const hashOf = () =>
  crypto
    .createHash('sha256')
    .update(JSON.stringify(snapshot(j.app)))
    .digest('hex');

const nasty = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -1, 2.5, 11, 10_000_001),
  fc.constantFrom(
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '2026-11-30T25:00',
    '',
    ' ',
    '\u0000',
    '../../etc/passwd',
    "'; DROP TABLE check_ins; --",
    '%_\\',
  ),
  // Huge strings are built, not generated character by character, which would take most of the run.
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'ü'.repeat(n)),
  fc.constantFrom(null, undefined, true, [], {}, [1, 2, 3], { nested: { deeper: [null] } }),
  fc.anything({ maxDepth: 2, maxKeys: 4 }),
);
const POLLUTION = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

function shapeKeys(schema: z.ZodType): string[] {
  const def = (
    schema as unknown as {
      _zod: {
        def: {
          type: string;
          shape?: Record<string, unknown>;
          in?: z.ZodType;
          innerType?: z.ZodType;
          schema?: z.ZodType;
        };
      };
    }
  )._zod.def;
  if (def.shape) return Object.keys(def.shape);
  const inner = def.in ?? def.innerType ?? def.schema;
  return inner ? shapeKeys(inner) : [];
}

/** Payloads shaped like the operation's input but wrong in at least one way, and wholly random ones. */
function malformed(name: OperationName): fc.Arbitrary<unknown> {
  const keys = shapeKeys(contract[name].input);
  const withKeys = keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, nasty])), { requiredKeys: [] })
    : fc.constant({});
  const polluted = fc.tuple(withKeys, fc.constantFrom(...POLLUTION), nasty).map(([o, k, v]) => {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(o ?? {}) ?? '{}');
    Object.defineProperty(copy, k, { value: v, enumerable: true, configurable: true, writable: true });
    return copy;
  });
  const extraKey = fc
    .tuple(
      withKeys,
      fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !keys.includes(k)),
      nasty,
    )
    .map(([o, k, v]) => ({ ...o, [k]: v }));
  return fc.oneof(withKeys, polluted, extraKey, nasty, fc.constantFrom(null, undefined, 'string', 42, [], [{}]));
}

/** The classic pollution payloads, sent to every operation whatever the generator draws: `__proto__` as an
 * own key (as JSON.parse makes it, at the top and under each of the operation's fields) and the
 * constructor.prototype route. */
function pollutionPayloads(name: OperationName): unknown[] {
  const proto = () => JSON.parse('{"__proto__":{"polluted":1}}') as unknown;
  const viaConstructor = () => ({ constructor: { prototype: { polluted: 1 } } });
  const keys = shapeKeys(contract[name].input);
  return [
    proto(),
    viaConstructor(),
    ...(keys.length
      ? [Object.fromEntries(keys.map((k) => [k, proto()])), Object.fromEntries(keys.map((k) => [k, viaConstructor()]))]
      : []),
  ];
}

describe('every operation refuses malformed payloads', () => {
  test.each(OPERATION_NAMES)(
    '%s',
    async (name) => {
      const before = hashOf();
      const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
      for (const payload of pollutionPayloads(name)) {
        const result = await j.app.router.handle(name, payload, TEST_SENDER);
        expect(result, `${name} accepted ${JSON.stringify(payload)}`).toMatchObject({
          ok: false,
          error: { code: 'invalid-input' },
        });
      }
      const samples = fc.sample(malformed(name), PER_OPERATION * 3);
      let refused = 0;
      for (const payload of samples) {
        if (refused >= PER_OPERATION) break;
        if (contract[name].input.safeParse(payload).success) continue; // well-formed by the contract: not this test's business
        const result = await j.app.router.handle(name, payload, TEST_SENDER);
        expect(result.ok, `${name} accepted ${JSON.stringify(payload)?.slice(0, 200)}`).toBe(false);
        if (!result.ok) {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.code).toBe('invalid-input');
          expect(typeof result.error.message).toBe('string');
          expect(result.error.message.length).toBeLessThan(2_000);
        }
        refused++;
      }
      expect(refused).toBe(PER_OPERATION);
      expect(hashOf()).toBe(before);
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyDescriptor(Object.prototype, 'toString')?.value).toBe(ORIGINAL_TO_STRING);
    },
    120_000,
  );
});

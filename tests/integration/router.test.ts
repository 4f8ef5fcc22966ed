// The one router: every call is checked the same way, and a failed call never leaves half a write behind.
import path from 'node:path';
import fs from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { openJournal } from '../../electron/core/db/open';
import { operations, type Operations } from '../../electron/core/operations';
import { createRouter } from '../../electron/core/router';
import { saveCheckIn } from '../../electron/core/journal/checkIns';
import type { ServiceContext } from '../../electron/core/context';
import { OPERATION_NAMES, contract } from '$shared/contract/index';
import { tempDir } from '../helpers/journal';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function setup(override: Partial<Operations> = {}) {
  const dir = tempDir();
  dirs.push(dir);
  const db = openJournal(path.join(dir, 'j.sqlite'));
  const ctx: ServiceContext = {
    db,
    journalPath: path.join(dir, 'j.sqlite'),
    isDemo: false,
    now: () => new Date(2026, 10, 30, 12),
    host: {},
  };
  const internal: string[] = [];
  const router = createRouter(
    { ...operations, ...override },
    {
      ctx,
      transaction: (fn) => db.transaction(fn)(),
      isTrustedSender: (url) => url === 'app://axis/index.html',
      onInternalError: (name) => internal.push(name),
    },
  );
  const count = () => (db.prepare('SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;
  return { router, db, count, internal, sender: { url: 'app://axis/index.html' } };
}

test('every operation in the contract is bound to a function and has a one-line summary', () => {
  expect(Object.keys(operations).sort()).toEqual([...OPERATION_NAMES].sort());
  for (const name of OPERATION_NAMES) expect(typeof operations[name]).toBe('function');
  for (const name of OPERATION_NAMES) expect(contract[name].summary.length).toBeGreaterThan(5);
});

test('calls from any page but the app itself are refused before anything runs', async () => {
  const { router, count } = setup();
  for (const url of ['https://evil.example/', 'file:///etc/passwd', '', 'app://axis.evil/index.html']) {
    const result = await router.handle('checkIns.save', { day: '2026-11-30', values: { skinOverall: 3 } }, { url });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  }
  expect(count()).toBe(0);
});

test('unknown operations, including prototype keys, are refused', async () => {
  const { router, sender } = setup();
  for (const name of ['nope', '__proto__', 'constructor', 'toString', 42, null, 'checkIns.save.extra']) {
    expect(await router.handle(name, {}, sender)).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
  }
});

test('an answer that fails its own schema rolls the write back and says so', async () => {
  const { router, count, internal, sender } = setup({
    'checkIns.save': (ctx, input) => {
      saveCheckIn(ctx, input);
      return { checkIn: { day: input.day, nonsense: true } } as never;
    },
  });
  const result = await router.handle('checkIns.save', { day: '2026-11-30', values: { skinOverall: 3 } }, sender);
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'invalid-output', message: expect.stringContaining('nothing was saved') },
  });
  expect(count()).toBe(0);
  expect(internal).toEqual(['checkIns.save']);
});

test('an unexpected failure after a write rolls the write back', async () => {
  const { router, count, sender } = setup({
    'checkIns.save': (ctx, input) => {
      saveCheckIn(ctx, input);
      throw new Error('the disk is full');
    },
  });
  const result = await router.handle('checkIns.save', { day: '2026-11-30', values: { skinOverall: 3 } }, sender);
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'internal', message: expect.stringContaining('the disk is full') },
  });
  expect(count()).toBe(0);
});

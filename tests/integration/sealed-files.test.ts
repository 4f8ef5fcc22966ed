// Backups and exports sealed with a passphrase (electron/core/data/sealed.ts): the documented layout, a round
// trip, and every way a file can be wrong (another passphrase, a changed header, body or tag, cut short)
// refused without reading a byte of it as data. Then as a person uses it from the command line: set a
// passphrase, export and copy the journal sealed, and bring both back elsewhere only with the passphrase.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  deriveKey,
  HEADER_BYTES,
  keyFor,
  newKey,
  readHeader,
  seal,
  unseal,
  unsealStream,
} from '../../electron/core/data/sealed';
import { openJournalApp } from '../../electron/core/journalApp';
import { backupDaily, backupFolder } from '../../electron/core/data/backups';
import { cli } from '../helpers/cli';
import { snapshotByKey, tempDir } from '../helpers/journal';

let dir: string;
beforeAll(() => {
  dir = tempDir('axis-sealed-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);

describe('the sealed format', () => {
  test('header, encrypted body and tag, as docs/export-format.md describes; opens only with its passphrase', async () => {
    const key = await newKey('correct horse battery');
    const plain = crypto.randomBytes(100_000);
    const sealed = seal(plain, key);
    expect(sealed.subarray(0, 8).toString('latin1')).toBe('AXISSEAL');
    expect([...sealed.subarray(8, 12)]).toEqual([1, 17, 8, 1]); // version, log2 N, r, p
    expect(sealed.subarray(12, 28).equals(key.salt)).toBe(true);
    expect(sealed.length).toBe(HEADER_BYTES + plain.length + 16);
    expect(sealed.includes(plain.subarray(0, 64))).toBe(false);
    expect(unseal(sealed, key).equals(plain)).toBe(true);
    // The passphrase alone opens it, through the salt and cost in its header.
    const again = await keyFor(readHeader(sealed), null, 'correct horse battery');
    expect(unseal(sealed, again).equals(plain)).toBe(true);
    // Two files sealed with one key never share a nonce.
    expect(seal(plain, key).subarray(28, 40).equals(sealed.subarray(28, 40))).toBe(false);
  });

  test('another passphrase, a changed byte anywhere, or a cut-short file: refused in words', async () => {
    const key = await deriveKey('correct horse battery', crypto.randomBytes(16), { logN: 12, r: 8, p: 1 });
    const sealed = seal(Buffer.from('{"format":"axis-journal-export"}'), key);
    const other = await deriveKey('wrong horse', key.salt, { logN: 12, r: 8, p: 1 });
    const words = /does not open this file, or the file was changed or cut short/;
    expect(() => unseal(sealed, other)).toThrowError(words);
    for (const at of [13, 30, HEADER_BYTES + 3, sealed.length - 1]) {
      const changed = Buffer.from(sealed);
      changed[at] = changed[at]! ^ 1;
      expect(() => unseal(changed, key), `byte ${at}`).toThrowError(words);
    }
    expect(() => unseal(sealed.subarray(0, sealed.length - 5), key)).toThrowError(words);
    expect(() => readHeader(Buffer.from('SQLite format 3\u0000'))).toThrowError(/not an encrypted Axis file/);
    await expect(keyFor(readHeader(sealed), null, undefined)).rejects.toMatchObject({ code: 'passphrase-needed' });
  });

  test('read as a stream in odd-sized chunks, the same bytes; a changed tag fails at the end', async () => {
    const key = await deriveKey('pass phrase', crypto.randomBytes(16), { logN: 12, r: 8, p: 1 });
    const plain = crypto.randomBytes(300_000);
    const sealed = seal(plain, key);
    const read = async (bytes: Buffer) => {
      const chunks = Array.from({ length: Math.ceil(bytes.length / 7777) }, (_, i) =>
        bytes.subarray(i * 7777, (i + 1) * 7777),
      );
      const out: Buffer[] = [];
      for await (const c of Readable.from(chunks).pipe(unsealStream(key, readHeader(bytes)))) out.push(c as Buffer);
      return Buffer.concat(out);
    };
    expect((await read(sealed)).equals(plain)).toBe(true);
    const changed = Buffer.from(sealed);
    changed[changed.length - 1] = changed[changed.length - 1]! ^ 1;
    await expect(read(changed)).rejects.toThrowError(/does not open this file/);
  });
});

describe('on the command line', () => {
  const phrase = () => {
    fs.writeFileSync(at('phrase.txt'), 'correct horse battery\n');
    return at('phrase.txt');
  };

  test(
    'exports and copies are sealed; they come back elsewhere only with the passphrase',
    { timeout: 60_000 },
    async () => {
      const journal = at('mine.sqlite');
      expect((await cli('demo', '--days', '40', '--journal', journal)).code).toBe(0);
      expect(await cli('passphrase', '--set-from-file', phrase(), '--journal', journal)).toMatchObject({ code: 0 });
      const exported = await cli('export', '--format', 'json', '--out', at('all.json.axisenc'), '--journal', journal);
      expect(exported.out).toMatch(/encrypted/);
      expect(fs.readFileSync(at('all.json.axisenc')).subarray(0, 8).toString()).toBe('AXISSEAL');
      expect(fs.statSync(at('all.json.axisenc')).mode & 0o777).toBe(0o600);
      expect((await cli('backup', '--out', at('copy.sqlite'), '--journal', journal)).out).toMatch(/encrypted/);

      const elsewhere = at('elsewhere.sqlite');
      const refused = await cli('import', at('all.json.axisenc'), '--journal', elsewhere);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/encrypted with a passphrase this journal does not hold/);
      expect(fs.existsSync(elsewhere)).toBe(false);
      fs.writeFileSync(at('wrong.txt'), 'not it');
      expect(
        (await cli('import', at('all.json.axisenc'), '--passphrase-file', at('wrong.txt'), '--journal', elsewhere)).err,
      ).toMatch(/does not open this file/);
      expect(
        await cli('import', at('all.json.axisenc'), '--passphrase-file', phrase(), '--journal', elsewhere),
      ).toMatchObject({
        code: 0,
      });
      const restoredInto = at('restored.sqlite');
      expect((await cli('restore', at('copy.sqlite'), '--journal', restoredInto)).err).toMatch(/--passphrase-file/);
      expect(
        await cli('restore', at('copy.sqlite'), '--passphrase-file', phrase(), '--journal', restoredInto),
      ).toMatchObject({
        code: 0,
      });
      const tables = (file: string) => {
        const app = openJournalApp({ journalPath: file });
        try {
          return snapshotByKey(app);
        } finally {
          app.close();
        }
      };
      expect(tables(elsewhere)).toEqual(tables(journal));
      expect(tables(restoredInto)).toEqual(tables(journal));
      // --plain makes a plain export even with a passphrase set.
      expect(
        (await cli('export', '--format', 'csv', '--plain', '--out', at('days.csv'), '--journal', journal)).code,
      ).toBe(0);
      expect(fs.readFileSync(at('days.csv'), 'utf8')).toMatch(/^\uFEFFday,/);
    },
  );

  test('daily backups are sealed, never on disk in the clear, and restore with the journal’s own key', async () => {
    const journal = at('daily.sqlite');
    const app = openJournalApp({ journalPath: journal, now: () => new Date(2026, 10, 30, 20) });
    try {
      await app.router.handle('journal.fillDemo', { days: 30, seed: 3 }, { url: 'test:' });
      await app.router.handle('backups.setPassphrase', { passphrase: 'correct horse battery' }, { url: 'test:' });
      const backup = (await backupDaily(app.ctx))!;
      expect(backup.name).toMatch(/\.daily\.\d+d\.sqlite\.axisenc$/);
      expect(backup.encrypted).toBe(true);
      const bytes = fs.readFileSync(path.join(backupFolder(app.ctx), backup.name));
      expect(bytes.subarray(0, 8).toString()).toBe('AXISSEAL');
      expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
      expect(fs.readdirSync(backupFolder(app.ctx)).filter((n) => !n.endsWith('.axisenc'))).toEqual([]);
      const before = snapshotByKey(app);
      app.db.exec('DELETE FROM supplement_intakes; DELETE FROM check_ins');
      expect(await app.router.handle('backups.restore', { name: backup.name }, { url: 'test:' })).toMatchObject({
        ok: true,
      });
      expect(snapshotByKey(app)).toEqual(before);
    } finally {
      app.close();
    }
  });
});

// A file to import read as text from its bytes (electron/core/data/textFile.ts): the encodings spreadsheets
// save CSV in are read correctly or named, and a file that is not text is named for what it is.
import { describe, expect, test } from 'vitest';
import { decodeText, sniffText } from '../../electron/core/data/textFile';

const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]!));
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
};
const CSV = 'day,notes\r\n2026-11-01,café crème, œuvre\r\n';

describe('text in the encodings spreadsheets use', () => {
  test.each([
    ['UTF-8', Buffer.from(CSV, 'utf8'), null],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV)]), null],
    ['UTF-16 little-endian with a mark', utf16(CSV, 'le', true), /UTF-16/],
    ['UTF-16 big-endian with a mark', utf16(CSV, 'be', true), /UTF-16/],
    ['UTF-16 little-endian without one', utf16(CSV, 'le', false), /UTF-16/],
    ['UTF-16 big-endian without one', utf16(CSV, 'be', false), /UTF-16/],
  ] as const)('%s is read as written', (_name, bytes, note) => {
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ ok: true, text: CSV });
    if (decoded.ok && note === null) expect(decoded.note).toBeNull();
    else if (decoded.ok) expect(decoded.note).toMatch(note!);
  });

  test('Windows-1252 (an old "CSV" from Excel) is read, and the preview says it was', () => {
    const decoded = decodeText(Buffer.from([...Buffer.from('day,notes\r\n2026-11-01,caf'), 0xe9, 0x0d, 0x0a]));
    expect(decoded).toMatchObject({ ok: true, text: 'day,notes\r\n2026-11-01,café\r\n' });
    if (decoded.ok) expect(decoded.note).toMatch(/not in UTF-8, so it was read as Windows-1252/);
  });
});

describe('files that are not text', () => {
  test.each([
    ['a workbook', Buffer.from('PK\u0003\u0004rest of a zip', 'latin1'), /not a CSV: it is a zip file/],
    ['an old Excel workbook', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), /old Excel workbook/],
    ['a PDF', Buffer.from('%PDF-1.7\n'), /PDF document/],
    ['an Axis journal', Buffer.from('SQLite format 3\u0000', 'latin1'), /SQLite database .*Restore/],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /binary data, not text/],
  ])('%s is named, not counted in cells', (_name, bytes, words) => {
    const sniffed = sniffText(bytes);
    expect(sniffed.ok).toBe(false);
    if (!sniffed.ok) expect(sniffed.message).toMatch(words);
  });
});

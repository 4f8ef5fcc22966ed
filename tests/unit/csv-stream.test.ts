// The chunked CSV reader (shared/export/csvStream.ts) reads exactly what the whole-file reader reads
// (shared/export/csv.ts), wherever the chunks happen to be cut: inside a quoted cell, between the two quotes
// of an escaped quote, between CR and LF, in the byte-order mark's place, in the header.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { detectDelimiter, parseRecords } from '$shared/export/csv';
import { CsvRecordStream } from '$shared/export/csvStream';

function whole(text: string): { records: [string[], number][]; end: unknown } {
  const plain = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = parseRecords(text, detectDelimiter(plain));
  if (!parsed.ok) return { records: [], end: { ok: false, row: parsed.row, message: parsed.message } };
  const records = parsed.records
    .map((cells, i) => [cells, i + 1] as [string[], number])
    .filter(([cells]) => !(cells.length === 1 && cells[0] === ''));
  return { records, end: { ok: true } };
}

function streamed(text: string, cuts: number[]): { records: [string[], number][]; end: unknown } {
  const records: [string[], number][] = [];
  const stream = new CsvRecordStream((cells, line) => records.push([cells, line]));
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    stream.push(text.slice(at, cut));
    at = cut;
  }
  stream.push(text.slice(at));
  const end = stream.end();
  return end.ok ? { records, end: { ok: true } } : { records: [], end };
}

const piece = fc.constantFrom(
  'a',
  'b c',
  ',',
  ';',
  '\t',
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  ' ',
  'é',
  '\uFEFF',
  '7,5',
  '2026-01-01',
);
const csvText = fc
  .tuple(fc.boolean(), fc.array(piece, { maxLength: 60 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.join(''));

test('any text, cut anywhere: the same records with the same row numbers, and the same verdict', () => {
  fc.assert(
    fc.property(
      csvText.chain((text) => fc.tuple(fc.constant(text), fc.array(fc.nat({ max: text.length }), { maxLength: 8 }))),
      ([text, cuts]) => {
        expect(streamed(text, cuts)).toEqual(whole(text));
      },
    ),
    { numRuns: 3000 },
  );
});

test('a spreadsheet-like file in one-character chunks', () => {
  const text =
    '\uFEFFDate;Notes;Sleep\r\n01/03/2026;"late; tired, ""really""\r\nand more";7,5\r\n\r\n02/03/2026;;8\r\n';
  expect(
    streamed(
      text,
      Array.from({ length: text.length }, (_, i) => i),
    ),
  ).toEqual(whole(text));
  expect(whole(text).records).toEqual([
    [['Date', 'Notes', 'Sleep'], 1],
    [['01/03/2026', 'late; tired, "really"\r\nand more', '7,5'], 2],
    [['02/03/2026', '', '8'], 4],
  ]);
});

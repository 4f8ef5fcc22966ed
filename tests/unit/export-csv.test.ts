// The CSV reader and writer: what spreadsheets really write (quotes, commas and line breaks inside cells, a
// byte-order mark, CRLF, semicolons) must read back exactly, and a file cut short must be named as such.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, writeCsv } from '$shared/export/csv';

const ok = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(`row ${r.row}: ${r.message}`);
  return r.table;
};

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, after a BOM, with CRLF', () => {
    const t = ok('\uFEFFday,notes,sleep\r\n2026-01-01,"Pizza, then ""cake""\r\nand bed",7.5\r\n2026-01-02,,8\r\n');
    expect(t.header).toEqual(['day', 'notes', 'sleep']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['2026-01-01', 'Pizza, then "cake"\r\nand bed', '7.5'] },
      { line: 3, cells: ['2026-01-02', '', '8'] },
    ]);
  });

  it('reads LF-only and CR-only files, and skips blank lines', () => {
    expect(ok('a,b\n1,2\n\n3,4').rows.map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(ok('a,b\r1,2\r3,4\r').rows.map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('counts rows as a spreadsheet shows them: the header is row 1, a cell with line breaks is one row', () => {
    const t = ok('day,notes\n2026-01-01,"one\ntwo\nthree"\n2026-01-02,x\n');
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('detects semicolon and tab separators from the header', () => {
    expect(detectDelimiter('Date;Sleep;Notes\n')).toBe(';');
    expect(detectDelimiter('Date\tSleep\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(ok('Date;Sleep\n01/02/2026;7,5\n').rows[0]!.cells).toEqual(['01/02/2026', '7,5']);
  });

  it('refuses a quote that is never closed (a file cut short), and rows with the wrong number of cells', () => {
    expect(parseCsv('day,notes\n2026-01-01,"unfinished\n')).toEqual({
      ok: false,
      row: 2,
      message: 'a quoted cell is never closed: the file may be cut short',
    });
    expect(parseCsv('day,notes\n2026-01-01,a,b\n')).toEqual({
      ok: false,
      row: 2,
      message: 'has 3 cells but the header has 2 columns',
    });
    expect(parseCsv('')).toMatchObject({ ok: false, message: 'the file is empty' });
  });
});

describe('writeCsv', () => {
  it('quotes only what needs quoting and ends lines with CRLF after a BOM', () => {
    expect(
      writeCsv(
        ['a', 'b'],
        [
          ['plain', 'with, comma'],
          ['say "hi"', ' padded '],
        ],
      ),
    ).toBe('\uFEFFa,b\r\nplain,"with, comma"\r\n"say ""hi"""," padded "\r\n');
  });

  it('round-trips any cells, whatever they hold', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r', 'é', 'µ', '\t', '0') });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 8 }),
        (width, rows) => {
          const header = Array.from({ length: width }, (_, i) => `col${i}`);
          const body = rows.map((r) => r.slice(0, width)).filter((r) => !(width === 1 && r[0] === '')); // a lone empty cell is a blank line
          const t = ok(writeCsv(header, body));
          expect(t.header).toEqual(header);
          expect(t.rows.map((r) => r.cells)).toEqual(body);
        },
      ),
      { numRuns: 400 },
    );
  });
});

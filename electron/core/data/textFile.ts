// Reading a file the person wants to import as text, from its bytes: which encoding it is in, and whether it
// is text at all. Spreadsheets save CSV as UTF-8 (with or without a byte-order mark), as UTF-16 ("Unicode
// text" in Excel), or in an old Windows code page; a workbook, a PDF or a picture is not a CSV and is named
// for what it is, instead of being counted in cells. TextDecoder (WHATWG Encoding Standard) decodes, in the
// app, the command line and the worker alike.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Sniffed =
  { ok: true; encoding: TextEncoding; bom: number; note: string | null } | { ok: false; message: string };

const MAGIC: [number[], string][] = [
  [
    [0x50, 0x4b, 0x03, 0x04],
    'a zip file (a spreadsheet workbook such as .xlsx or .numbers is one): save it as “CSV UTF-8” first',
  ],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel workbook (.xls): save it as “CSV UTF-8” first'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG picture'],
  [[0xff, 0xd8, 0xff], 'a JPEG picture'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database (an Axis journal or backup? Use “Restore”, not import)'],
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function utf8Valid(bytes: Uint8Array): boolean {
  try {
    // The sample may end inside a character: decoding as a stream lets the cut-off tail wait for more.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Control characters other than tab, CR and LF: a few in a text file, many in anything else. */
function looksBinary(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control > Math.max(2, text.length / 100);
}

/** What the first bytes say (64 KB are plenty): the encoding to read the whole file with, or why not. */
export function sniffText(head: Uint8Array): Sniffed {
  for (const [magic, words] of MAGIC)
    if (startsWith(head, magic)) return { ok: false, message: `This file is not a CSV: it is ${words}.` };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { ok: true, encoding: 'utf-8', bom: 3, note: null };
  if (startsWith(head, [0xff, 0xfe])) return check(head, 'utf-16le', 2, 'Read as UTF-16 (“Unicode text”).');
  if (startsWith(head, [0xfe, 0xff])) return check(head, 'utf-16be', 2, 'Read as UTF-16 (“Unicode text”).');
  // UTF-16 without a byte-order mark: plain text then has a zero byte beside every Latin letter.
  const pairs = Math.min(head.length >> 1, 2000);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZeros++;
    if (head[2 * i + 1] === 0) oddZeros++;
  }
  if (pairs >= 4 && oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
    return check(head, 'utf-16le', 0, 'Read as UTF-16 (“Unicode text”).');
  if (pairs >= 4 && evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
    return check(head, 'utf-16be', 0, 'Read as UTF-16 (“Unicode text”).');
  if (utf8Valid(head)) return check(head, 'utf-8', 0, null);
  return check(
    head,
    'windows-1252',
    0,
    'This file is not in UTF-8, so it was read as Windows-1252 (Western European); check accented letters in the preview, or save it as “CSV UTF-8” and choose it again.',
  );
}

function check(head: Uint8Array, encoding: TextEncoding, bom: number, note: string | null): Sniffed {
  const sample = new TextDecoder(encoding).decode(head.subarray(bom), { stream: true });
  if (looksBinary(sample))
    return {
      ok: false,
      message: 'This file is not a CSV: it holds binary data, not text. Export it from its program as CSV first.',
    };
  return { ok: true, encoding, bom, note };
}

/** A decoder for the whole file, fed chunk by chunk; UTF-8 that stops being valid later in the file is named. */
export function textDecoderFor(sniffed: Extract<Sniffed, { ok: true }>): TextDecoder {
  return new TextDecoder(sniffed.encoding, { fatal: sniffed.encoding === 'utf-8', ignoreBOM: false });
}

/** Whole bytes to text, or the reason they are not text (for small files and the tests). */
export function decodeText(
  bytes: Uint8Array,
): { ok: true; text: string; note: string | null } | { ok: false; message: string } {
  const sniffed = sniffText(bytes.subarray(0, 64 * 1024));
  if (!sniffed.ok) return sniffed;
  try {
    const text = textDecoderFor(sniffed).decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, note: sniffed.note };
  } catch {
    return { ok: false, message: NOT_UTF8 };
  }
}

export const NOT_UTF8 =
  'This file starts as UTF-8 text but has bytes further on that are not: it may mix encodings. Save it again as “CSV UTF-8” and choose it again.';

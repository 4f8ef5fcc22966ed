// How full each page of a PDF is, measured from the pages as pictures: pdftoppm renders each page in grey
// (PGM), and the rows of the body area (inside the page margins, where the running header and footer do
// not reach) are read from the bottom up until one holds ink. What is left below the last inked row is the
// page's blank space, as a reader sees it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PageFill {
  page: number;
  /** Share of the body area (between the top and bottom margins) left blank below the last line. */
  blankShare: number;
}

const DPI = 40;
const MM_PER_INCH = 25.4;
/** A row is blank when no pixel is darker than this (0 black … 255 white): anti-aliasing aside, nothing drawn. */
const INK = 235;

function readPgm(file: string): { width: number; height: number; pixels: Buffer } {
  const data = fs.readFileSync(file);
  // P5 header: magic, width, height, maxval, each separated by whitespace, then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${file} is not a binary PGM`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: data.subarray(header[0].length, header[0].length + width * height) };
}

export function pageFills(pdf: string, margins: { top: number; bottom: number }): PageFill[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-pages-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(DPI), pdf, path.join(dir, 'p')]);
    const files = fs
      .readdirSync(dir)
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)![1]) - Number(/(\d+)\.pgm$/.exec(b)![1]));
    return files.map((f, i) => {
      const { width, height, pixels } = readPgm(path.join(dir, f));
      const px = (mm: number) => Math.round((mm / MM_PER_INCH) * DPI);
      const top = px(margins.top);
      const bottom = height - px(margins.bottom);
      const inked = (y: number) => {
        for (let x = 0; x < width; x++) if (pixels[y * width + x]! < INK) return true;
        return false;
      };
      let last = bottom - 1;
      while (last >= top && !inked(last)) last--;
      return { page: i + 1, blankShare: (bottom - 1 - last) / (bottom - top) };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// A 50 MB CSV of daily check-ins, the size that froze Axis before imports moved to a worker: 45,000 days (from
// 1900, all before today) of every measure and a long note, as a tracker's export of a very long diary would be.
import fs from 'node:fs';
import { addDays } from '$shared/domain/day';

export const BIG_DAYS = 45_000;

/** Writes the file; returns its size in bytes. */
export function writeBigCsv(file: string): number {
  const header = 'day,skin_overall,itch,stress,sleep_hours,exercise_minutes,notes';
  const noteFor = (i: number) =>
    `Day ${i}: slept badly, "itchy" elbows, work deadline; ${'words of the day, '.repeat(60)}`;
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, `${header}\n`);
    let bytes = header.length + 1;
    const lines: string[] = [];
    for (let i = 0; i < BIG_DAYS; i++) {
      const note = noteFor(i).replace(/"/g, '""');
      lines.push(
        `${addDays('1900-01-01', i)},${i % 11},${(i * 3) % 11},${(i * 7) % 11},${(i % 40) / 4},${i % 90},"${note}"`,
      );
      if (lines.length === 1000) {
        const chunk = `${lines.join('\n')}\n`;
        fs.writeSync(fd, chunk);
        bytes += Buffer.byteLength(chunk);
        lines.length = 0;
      }
    }
    if (lines.length) {
      const chunk = `${lines.join('\n')}\n`;
      fs.writeSync(fd, chunk);
      bytes += Buffer.byteLength(chunk);
    }
    return bytes;
  } finally {
    fs.closeSync(fd);
  }
}

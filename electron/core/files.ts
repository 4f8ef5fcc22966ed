// Writing files the person asked for (exports, backups, report PDFs) so that a crash or a full disk never
// leaves a half-written file under the chosen name: write beside it under a temporary name, then rename,
// which replaces the target in one step on every platform Axis runs on. The file is readable by its owner
// only (0600): it holds health notes (db/privateFiles.ts).
import fs from 'node:fs';
import path from 'node:path';

export function temporaryBeside(target: string): string {
  return path.join(
    path.dirname(path.resolve(target)),
    `.${path.basename(target)}.${process.pid}.${Date.now()}.partial`,
  );
}

/** Text is written as UTF-8; bytes (a PDF) as they are. */
export function writeTextAtomic(target: string, text: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const tmp = temporaryBeside(target);
  try {
    const fd = fs.openSync(tmp, 'w', 0o600);
    try {
      fs.writeFileSync(fd, text, 'utf8');
      fs.fsyncSync(fd); // on disk before the rename makes it visible under the real name
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Whether two paths name the same file (so an export can never overwrite the journal itself). */
export function isSameFile(a: string, b: string): boolean {
  const resolve = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return resolve(a) === resolve(b);
}

/** 2026-11-30T19-15-00-000Z: an ISO time with the characters file systems dislike replaced (backup names). */
export const stampOf = (d: Date): string => d.toISOString().replace(/[:.]/g, '-');

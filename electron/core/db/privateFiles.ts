// A person's journal, its backups and exports hold health notes: every file Axis writes is readable by its
// owner only (0600; folders 0700), whatever the account's umask, so no other account on the computer can
// read them. SQLite gives a journal's WAL and shared-memory files the journal file's own permissions, so a
// journal created private stays private. Windows has no such modes (its folders are per-account already).
import fs from 'node:fs';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;

/** An empty file readable by its owner only, replacing an empty leftover of the same name. */
export function createPrivateFile(file: string): void {
  fs.writeFileSync(file, '', { mode: PRIVATE_FILE });
  fs.chmodSync(file, PRIVATE_FILE); // the mode of writeFileSync applies only to a file it creates
}

/** A folder readable by its owner only (an existing one is left as it is: it may hold other things). */
export function createPrivateFolder(dir: string): void {
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
}

/** Takes away other accounts' access to an existing file Axis owns; silently leaves one it does not own. */
export function makePrivate(file: string): void {
  if (process.platform === 'win32') return;
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat || (stat.mode & 0o077) === 0) return;
    if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return;
    fs.chmodSync(file, stat.mode & 0o700);
  } catch {
    // a file we may not change (a read-only volume): it stays as it is
  }
}

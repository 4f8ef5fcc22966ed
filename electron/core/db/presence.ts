// Which Axis processes have a journal open. SQLite only says "the database is locked", not by whom; so that a
// journal held by another Axis (a second window, the command line in the middle of an import) can be told
// apart from one held by another program (a database browser, a sync tool), every Axis that opens a journal
// for writing leaves a small marker beside it, named after its process, and removes it on close. A marker
// left by a process that has since died is ignored and cleared by the next look.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface AxisPresence {
  pid: number;
  /** "the app" or "the command line". */
  what: string;
  since: string;
}

const PREFIX = (journalPath: string) => `.${path.basename(journalPath)}.axis-`;
const markerOf = (journalPath: string, pid: number) =>
  path.join(path.dirname(path.resolve(journalPath)), `${PREFIX(journalPath)}${pid}.open`);

/** Leaves this process's marker; returns the function that removes it. Never throws: a folder Axis cannot
 *  write to simply gets no marker (the journal is read-only there anyway). */
export function markOpen(journalPath: string, what: string): () => void {
  const marker = markerOf(journalPath, process.pid);
  try {
    const presence: AxisPresence = { pid: process.pid, what, since: new Date().toISOString() };
    fs.writeFileSync(marker, JSON.stringify({ ...presence, host: os.hostname() }), { mode: 0o600 });
  } catch {
    return () => undefined;
  }
  return () => fs.rmSync(marker, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another account's
  }
}

/** Another live Axis process with the journal open, on this computer, or null. */
export function otherAxisUsing(journalPath: string): AxisPresence | null {
  const dir = path.dirname(path.resolve(journalPath));
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return null;
  }
  const prefix = PREFIX(journalPath);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.open')) continue;
    const file = path.join(dir, name);
    try {
      const found = JSON.parse(fs.readFileSync(file, 'utf8')) as AxisPresence & { host?: string };
      if (found.pid === process.pid) continue;
      if (found.host !== undefined && found.host !== os.hostname()) return found; // another computer, via a shared folder
      if (alive(found.pid)) return found;
      fs.rmSync(file, { force: true }); // left behind by a process that stopped without closing
    } catch {
      // unreadable or half-written: not evidence of anything
    }
  }
  return null;
}

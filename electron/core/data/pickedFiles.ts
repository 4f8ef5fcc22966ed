// Files the person picked in an open dialog (or named on the command line), remembered by a random id so the
// page can refer to one again (preview it with another mapping, import it, give its passphrase) without ever
// holding or naming a path itself.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '$shared/contract/result';

export interface PickedFile {
  id: string;
  path: string;
  name: string;
  sizeBytes: number;
}

const picked = new Map<string, PickedFile>();
const KEEP = 20;

export function rememberFile(file: string): PickedFile {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new UserFacingError('not-found', `There is no file at ${file}.`);
  const entry = {
    id: crypto.randomBytes(8).toString('hex'),
    path: file,
    name: path.basename(file),
    sizeBytes: stat.size,
  };
  picked.set(entry.id, entry);
  for (const old of [...picked.keys()].slice(0, Math.max(0, picked.size - KEEP))) picked.delete(old);
  return entry;
}

export function pickedFile(id: string): PickedFile {
  const entry = picked.get(id);
  if (!entry) throw new UserFacingError('not-found', 'That file is no longer open in Axis: choose it again.');
  return entry;
}

/** The first bytes of a file, to tell what it is without reading it all. */
export function headOf(file: string, bytes = 64 * 1024): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

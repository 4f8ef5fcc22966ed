// A chosen file read as text, a chunk at a time, so a 50 MB file never sits in memory whole: decrypted as it
// streams when it is sealed with a passphrase (sealed.ts), its encoding found from its first 64 KB
// (textFile.ts: UTF-8, UTF-16, or Windows-1252 named as such), and refused in words when it is not text.
import fs from 'node:fs';
import { UserFacingError } from '$shared/contract/result';
import { headOf } from './pickedFiles';
import { isSealed, keyFor, readHeader, unsealStream, type SealKey } from './sealed';
import { NOT_UTF8, sniffText, textDecoderFor } from './textFile';

export interface ReadOptions {
  /** The journal's own key, which opens the files it sealed itself. */
  ownKey: SealKey | null;
  passphrase?: string | undefined;
  /** Bytes of the file read so far (before decryption), for progress. */
  onBytes?: (bytes: number) => void;
  /** Checked between chunks: true stops the reading with a "cancelled" refusal. */
  cancelled?: () => boolean;
}

export const CHUNK_BYTES = 1 << 20;
const SNIFF_BYTES = 64 * 1024;

export class Cancelled extends UserFacingError {
  constructor() {
    super('cancelled', 'The import was cancelled. Nothing was imported.');
  }
}

/** The file's text, chunk by chunk, and (once known) how it was read: a note such as "Read as UTF-16". */
export async function* textChunks(
  file: string,
  options: ReadOptions,
): AsyncGenerator<{ text: string; note: string | null }> {
  const head = headOf(file, 64);
  const sealed = isSealed(head);
  const key = sealed ? await keyFor(readHeader(head), options.ownKey, options.passphrase) : null;
  const raw = fs.createReadStream(file, { highWaterMark: CHUNK_BYTES });
  let read = 0;
  const count = (bytes: number) => {
    read += bytes;
    options.onBytes?.(read);
  };
  let source: AsyncIterable<Buffer> = raw;
  if (key) {
    const unseal = unsealStream(key, readHeader(head));
    raw.on('data', (chunk: Buffer | string) => count(chunk.length)); // flowing already, through the pipe
    raw.on('error', (e) => unseal.destroy(e));
    source = raw.pipe(unseal);
  }
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let decoder: TextDecoder | null = null;
  let note: string | null = null;
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    try {
      return decoder!.decode(bytes, { stream });
    } catch {
      throw new UserFacingError('invalid-input', NOT_UTF8);
    }
  };
  const start = (): string => {
    const first = Buffer.concat(pending);
    pending = [];
    const sniffed = sniffText(first.subarray(0, SNIFF_BYTES));
    if (!sniffed.ok) throw new UserFacingError('invalid-input', sniffed.message);
    decoder = textDecoderFor(sniffed);
    note = sniffed.note;
    return decode(first, true);
  };
  try {
    for await (const chunk of source) {
      if (!key) count(chunk.length);
      if (options.cancelled?.()) throw new Cancelled();
      if (!decoder) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes < SNIFF_BYTES) continue;
        yield { text: start(), note };
        continue;
      }
      yield { text: decode(chunk, true), note };
    }
    if (!decoder) {
      if (pendingBytes === 0) throw new UserFacingError('invalid-input', 'The file is empty.');
      yield { text: start(), note };
    }
    const rest = decode(new Uint8Array(0), false);
    if (rest) yield { text: rest, note };
  } finally {
    raw.destroy();
  }
}

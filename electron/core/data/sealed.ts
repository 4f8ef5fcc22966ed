// Backups and exports sealed with the person's passphrase: scrypt (RFC 7914) turns the passphrase into a
// 256-bit key, and AES-256-GCM (NIST SP 800-38D) encrypts the file and authenticates it, header included,
// so a wrong passphrase, a damaged byte or a cut-short file is refused rather than read wrong. Node's own
// crypto does both; nothing here is home-made. The format (docs/export-format.md, "Encrypted files"):
//
//   offset  bytes  what
//   0       8      "AXISSEAL"
//   8       1      format version, 1
//   9       1      scrypt cost, as log2 N (17: N = 131072)
//   10      1      scrypt block size r (8)
//   11      1      scrypt parallelism p (1)
//   12      16     salt (random per passphrase)
//   28      12     nonce (random per file)
//   40      n      the file, encrypted with AES-256-GCM; the 40 header bytes are its additional data
//   40 + n  16     the GCM authentication tag
//
// The derived key (never the passphrase) is kept in the journal (journal_meta), so daily backups are
// sealed without asking; a file from another journal, or after the passphrase changed, is opened by typing
// the passphrase it was sealed with.
import crypto from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { UserFacingError } from '$shared/contract/result';

export const MAGIC = Buffer.from('AXISSEAL', 'latin1');
export const HEADER_BYTES = 40;
const TAG_BYTES = 16;
const VERSION = 1;

export interface SealKey {
  key: Buffer;
  salt: Buffer;
  logN: number;
  r: number;
  p: number;
}

/** The cost of a new key: about 128 MB and half a second, as the scrypt paper advises for files. */
export const DEFAULT_COST = { logN: 17, r: 8, p: 1 };

const options = (c: { logN: number; r: number; p: number }) => ({
  N: 2 ** c.logN,
  r: c.r,
  p: c.p,
  maxmem: 2 ** c.logN * c.r * 256, // twice scrypt's 128·N·r bytes
});

export function deriveKey(passphrase: string, salt: Buffer, cost = DEFAULT_COST): Promise<SealKey> {
  return new Promise((resolve, reject) =>
    crypto.scrypt(passphrase.normalize('NFC'), salt, 32, options(cost), (e, key) =>
      e ? reject(e) : resolve({ key, salt, ...cost }),
    ),
  );
}

export const newKey = (passphrase: string): Promise<SealKey> => deriveKey(passphrase, crypto.randomBytes(16));

export const isSealed = (head: Uint8Array): boolean =>
  head.length >= MAGIC.length && Buffer.from(head.subarray(0, MAGIC.length)).equals(MAGIC);

export function keyToText(k: SealKey): string {
  return JSON.stringify({
    v: 1,
    key: k.key.toString('base64'),
    salt: k.salt.toString('base64'),
    logN: k.logN,
    r: k.r,
    p: k.p,
  });
}

export function keyFromText(text: string | null): SealKey | null {
  if (!text) return null;
  try {
    const j = JSON.parse(text) as { key: string; salt: string; logN: number; r: number; p: number };
    return { key: Buffer.from(j.key, 'base64'), salt: Buffer.from(j.salt, 'base64'), logN: j.logN, r: j.r, p: j.p };
  } catch {
    return null;
  }
}

function header(k: SealKey, nonce: Buffer): Buffer {
  const h = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(h, 0);
  h.writeUInt8(VERSION, 8);
  h.writeUInt8(k.logN, 9);
  h.writeUInt8(k.r, 10);
  h.writeUInt8(k.p, 11);
  k.salt.copy(h, 12);
  nonce.copy(h, 28);
  return h;
}

export function seal(plain: Uint8Array, k: SealKey): Buffer {
  const nonce = crypto.randomBytes(12);
  const head = header(k, nonce);
  const cipher = crypto.createCipheriv('aes-256-gcm', k.key, nonce);
  cipher.setAAD(head);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([head, body, cipher.getAuthTag()]);
}

export interface SealedHeader {
  salt: Buffer;
  nonce: Buffer;
  cost: { logN: number; r: number; p: number };
  bytes: Buffer;
}

export function readHeader(data: Uint8Array): SealedHeader {
  const h = Buffer.from(data.subarray(0, HEADER_BYTES));
  if (h.length < HEADER_BYTES || !isSealed(h))
    throw new UserFacingError('invalid-input', 'This is not an encrypted Axis file.');
  if (h.readUInt8(8) !== VERSION)
    throw new UserFacingError(
      'invalid-input',
      'This encrypted file was made by a newer version of Axis: update Axis to open it.',
    );
  const cost = { logN: h.readUInt8(9), r: h.readUInt8(10), p: h.readUInt8(11) };
  if (cost.logN < 10 || cost.logN > 22 || cost.r < 1 || cost.r > 32 || cost.p < 1 || cost.p > 16)
    throw new UserFacingError('invalid-input', 'This encrypted file’s header is damaged.');
  return { salt: h.subarray(12, 28), nonce: h.subarray(28, 40), cost, bytes: h };
}

/** The key for a sealed file: the journal's own when the file was sealed with it, else from the passphrase. */
export async function keyFor(
  head: SealedHeader,
  own: SealKey | null,
  passphrase: string | undefined,
): Promise<SealKey> {
  if (
    own &&
    own.salt.equals(head.salt) &&
    own.logN === head.cost.logN &&
    own.r === head.cost.r &&
    own.p === head.cost.p
  )
    return own;
  if (passphrase === undefined || passphrase === '')
    throw new UserFacingError(
      'passphrase-needed',
      'This file is encrypted with a passphrase this journal does not hold (another journal’s, or an earlier one): type the passphrase it was made with.',
    );
  return deriveKey(passphrase, head.salt, head.cost);
}

const WRONG =
  'The passphrase does not open this file, or the file was changed or cut short after it was made. Nothing was read from it.';

export function unseal(data: Uint8Array, k: SealKey): Buffer {
  const head = readHeader(data);
  if (data.length < HEADER_BYTES + TAG_BYTES) throw new UserFacingError('invalid-input', WRONG);
  const decipher = crypto.createDecipheriv('aes-256-gcm', k.key, head.nonce);
  decipher.setAAD(head.bytes);
  decipher.setAuthTag(Buffer.from(data.subarray(data.length - TAG_BYTES)));
  try {
    return Buffer.concat([decipher.update(data.subarray(HEADER_BYTES, data.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new UserFacingError('invalid-input', WRONG);
  }
}

/**
 * Decrypts a sealed file as it streams (a large import): the header is read first, the last 16 bytes are held
 * back as the tag, and the stream fails at its end when the tag does not match. Whatever was read from it
 * before then must not be written anywhere until the stream has ended cleanly.
 */
export function unsealStream(k: SealKey, head: SealedHeader): Transform {
  const decipher = crypto.createDecipheriv('aes-256-gcm', k.key, head.nonce);
  decipher.setAAD(head.bytes);
  let skipped = 0;
  let tail = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      let data = chunk;
      if (skipped < HEADER_BYTES) {
        const skip = Math.min(HEADER_BYTES - skipped, data.length);
        skipped += skip;
        data = data.subarray(skip);
      }
      const all = Buffer.concat([tail, data]);
      const keep = Math.min(TAG_BYTES, all.length);
      tail = all.subarray(all.length - keep);
      done(null, decipher.update(all.subarray(0, all.length - keep)));
    },
    flush(done: TransformCallback) {
      try {
        decipher.setAuthTag(tail);
        done(null, decipher.final());
      } catch {
        done(new UserFacingError('invalid-input', WRONG));
      }
    },
  });
}

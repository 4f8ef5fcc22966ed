// What crosses the boundary between the renderer and the main process. Errors travel as data, not as thrown
// exceptions, because Electron strips everything but the message from errors passed over IPC.

export const ERROR_CODES = [
  'invalid-input',
  'unknown-operation',
  'forbidden-sender',
  'not-found',
  'conflict',
  'invalid-output',
  'internal',
  // Conditions of the journal file or the disk, named so the page can react (a read-only banner, asking
  // for a passphrase) and the person can act.
  'busy',
  'read-only',
  'disk-full',
  'damaged',
  'file-access',
  'passphrase-needed',
  'cancelled',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** A sentence the person can read. */
  message: string;
  /** Per-field problems for invalid input: path like "sleepHours" and what is wrong. */
  fields?: { path: string; message: string }[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services for problems the person should read (a missing day, a clash of trials). */
export class UserFacingError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal' | 'invalid-output'>,
    message: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

// The passphrase that seals backups and exports (sealed.ts). Only the key derived from it is kept, in the
// journal's own journal_meta table, which is never exported or restored over; the passphrase itself is never
// stored. Setting a new one leaves older sealed files as they were: they open with the passphrase they were
// made with.
import type { OutputOf, ParsedInputOf } from '$shared/contract/index';
import type { ServiceContext } from '../context';
import { metaValue, setMetaValue } from '../db/identity';
import { keyFromText, keyToText, newKey, type SealKey } from './sealed';

const KEY = 'seal_key';

export const sealKeyOf = (ctx: Pick<ServiceContext, 'db'>): SealKey | null => keyFromText(metaValue(ctx.db, KEY));

/** Not a router command (deriving the key takes half a second and is asynchronous): the key is written in
 *  its own immediate transaction once derived. */
export async function setPassphrase(
  ctx: ServiceContext,
  { passphrase }: ParsedInputOf<'backups.setPassphrase'>,
): Promise<OutputOf<'backups.setPassphrase'>> {
  const text = passphrase === null ? null : keyToText(await newKey(passphrase));
  ctx.db.transaction(() => setMetaValue(ctx.db, KEY, text)).immediate();
  return {
    encrypted: text !== null,
    summary:
      text === null
        ? 'Backups and exports are no longer encrypted. Those made while they were still need the passphrase.'
        : 'From now on, backups and exports are encrypted with your passphrase. Axis cannot recover it: keep it somewhere safe.',
  };
}

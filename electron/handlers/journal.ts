// Binds the journal operations of the contract to their services.
import type { journalOperations } from '$shared/contract/journal';
import type { Handlers } from '../core/router';
import type { ServiceContext } from '../core/context';
import * as checkIns from '../core/journal/checkIns';
import * as settings from '../core/journal/settings';
import * as supplements from '../core/journal/supplements';
import { LATEST_VERSION } from '../core/db/open';
import { UserFacingError } from '$shared/contract/result';

export function journalHandlers(ctx: ServiceContext): Pick<Handlers, keyof typeof journalOperations> {
  return {
    'settings.get': () => settings.getSettings(ctx),
    'settings.update': (patch) => settings.updateSettings(ctx, patch),
    'journal.today': ({ now }) => ({ day: settings.today(ctx, now ? new Date(now) : undefined) }),
    'journal.info': () => ({
      path: ctx.journalPath,
      isDemo: ctx.isDemo,
      schemaVersion: LATEST_VERSION,
      checkIns: checkIns.countCheckIns(ctx),
    }),
    // Not a write to this journal: the session closes it and opens the other file, outside any transaction.
    'journal.switch': ({ to }) => {
      if (!ctx.switchJournal) throw new UserFacingError('conflict', 'Switching journals is only possible in the app.');
      ctx.switchJournal(to);
      return { ok: true };
    },
    'checkIns.get': ({ day }) => checkIns.getCheckIn(ctx, day),
    'checkIns.save': ({ day, values }) => ({ checkIn: checkIns.saveCheckIn(ctx, day, values), warnings: [] }),
    'checkIns.delete': ({ day }) => {
      checkIns.deleteCheckIn(ctx, day);
      return { ok: true };
    },
    'checkIns.list': ({ from, to }) => checkIns.listCheckIns(ctx, from, to),
    'checkIns.copyYesterdaySupplements': ({ day }) => ({
      checkIn: checkIns.copyYesterdaySupplements(ctx, day),
      warnings: [],
    }),
    'supplements.list': () => supplements.listSupplements(ctx),
    'supplements.add': (input) => supplements.addSupplement(ctx, input),
    'supplements.update': (input) => supplements.updateSupplement(ctx, input),
    'supplements.stop': ({ id, stoppedOn }) => supplements.stopSupplement(ctx, id, stoppedOn),
    'supplements.resume': ({ id, startedOn }) => supplements.resumeSupplement(ctx, id, startedOn),
  };
}

// Binds the guide operations of the contract to their services.
import type { guideOperations } from '$shared/contract/guide';
import type { Handlers } from '../core/router';
import type { ServiceContext } from '../core/context';
import * as guide from '../core/journal/guideProgress';

export function guideHandlers(ctx: ServiceContext): Pick<Handlers, keyof typeof guideOperations> {
  return {
    'guide.progress': () => guide.getProgress(ctx),
    'guide.markRead': ({ sectionId, read }) => guide.markRead(ctx, sectionId, read),
    'guide.setLastOpened': ({ sectionId }) => {
      guide.setLastOpened(ctx, sectionId);
      return { ok: true };
    },
    'guide.searchNotes': ({ query }) => guide.searchNotes(ctx, query),
  };
}

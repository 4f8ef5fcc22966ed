import type { ActionKind } from './types';

/**
 * The API operation each guide button calls, so the renderer wires buttons through one table and a test can
 * check every name against the contract. Opening trends or another screen only navigates, so it calls nothing.
 */
export const ACTION_OPERATIONS: Record<ActionKind, string | null> = {
  startTrial: 'trials.create',
  trackSupplement: 'supplements.add',
  logToday: 'checkIns.save',
  openTrends: null,
  openScreen: null,
};

// One change at a time: when the regimen changes while a trial phase is running, the person is warned at
// that moment and the change is recorded against the trial. Until trials exist there is nothing to guard.
import type { Day } from '../../shared/domain/day';
import type { ServiceContext } from './context';

export interface RegimenWarning {
  trialId: number;
  message: string;
}

export function warningsForRegimenChange(_ctx: ServiceContext, _day: Day, _description: string): RegimenWarning[] {
  return [];
}

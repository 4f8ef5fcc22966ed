// Binds the trial operations of the contract to their services.
import type { trialOperations } from '$shared/contract/trials';
import type { Handlers } from '../core/router';
import type { ServiceContext } from '../core/context';
import * as trials from '../core/trials/setup';
import * as lifecycle from '../core/trials/lifecycle';
import * as daily from '../core/trials/daily';
import { analyze } from '../core/trials/results';

export function trialHandlers(ctx: ServiceContext): Pick<Handlers, keyof typeof trialOperations> {
  return {
    'trials.presets': (input) => trials.presets(ctx, input),
    'trials.plan': (setup) => trials.planTrial(ctx, setup),
    'trials.create': (input) => trials.createTrialDetail(ctx, input),
    'trials.list': () => trials.listTrials(ctx),
    'trials.get': ({ trialId }) => trials.getTrial(ctx, trialId),
    'trials.recordAdherence': (input) => daily.recordAdherence(ctx, input),
    'trials.recordSlip': (input) => daily.recordSlip(ctx, input),
    'trials.extendPhase': (input) => lifecycle.extendPhase(ctx, input),
    'trials.endEarly': (input) => lifecycle.closeToday(ctx, input, 'endEarly'),
    'trials.abandon': (input) => lifecycle.closeToday(ctx, input, 'abandon'),
    'trials.analyze': ({ trialId }) => analyze(ctx, trialId),
    'trials.todayPrompt': (input) => daily.todayPrompt(ctx, input),
  };
}

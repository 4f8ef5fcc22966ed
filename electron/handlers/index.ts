// Every operation of the contract bound to its service. The type makes a missing operation a compile error.
import type { Handlers } from '../core/router';
import type { ServiceContext } from '../core/context';
import { journalHandlers } from './journal';
import { dataHandlers } from './data';
import { guideHandlers } from './guide';
import { trialHandlers } from './trials';
import { reportHandlers } from './report';
import { trendHandlers } from './trends';

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...journalHandlers(ctx),
    ...dataHandlers(ctx),
    ...guideHandlers(ctx),
    ...trialHandlers(ctx),
    ...reportHandlers(ctx),
    ...trendHandlers(ctx),
  };
}

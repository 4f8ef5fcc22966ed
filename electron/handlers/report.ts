// Binds the report operations of the contract to their service.
import type { reportOperations } from '$shared/contract/report';
import type { Handlers } from '../core/router';
import type { ServiceContext } from '../core/context';
import * as report from '../core/report/report';

export function reportHandlers(ctx: ServiceContext): Pick<Handlers, keyof typeof reportOperations> {
  return {
    'report.build': (query) => report.buildReportFor(ctx, query),
    'report.notes': ({ from, to }) => report.notesIn(ctx, from, to),
    'report.savePdf': (query) => report.savePdf(ctx, query),
    'report.print': (query) => report.print(ctx, query),
  };
}

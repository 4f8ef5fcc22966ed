// Binds the trends operations of the contract to their services.
import type { trendOperations } from '$shared/contract/trends';
import type { Handlers } from '../core/router';
import type { ServiceContext } from '../core/context';
import * as trends from '../core/trends/trends';
import { associations } from '../core/trends/associations';

export function trendHandlers(ctx: ServiceContext): Pick<Handlers, keyof typeof trendOperations> {
  return {
    'trends.range': ({ preset, custom }) => trends.resolveRange(ctx, preset, custom),
    'trends.series': ({ measures, from, to }) => trends.series(ctx, measures, from, to),
    'trends.periods': ({ measure, period, from, to }) => trends.periods(ctx, measure, period, from, to),
    'trends.heatmap': ({ from, to }) => trends.skinHeatmap(ctx, from, to),
    'trends.associations': ({ skinMeasure, from, to }) => associations(ctx, skinMeasure, from, to),
  };
}

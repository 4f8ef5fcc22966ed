// Drawing behind the trend lines: trial phases as shaded bands with their names, and a thin dashed line on
// each day with a slip or a supplement change (the marker points on top carry the tooltips). The plugin
// reads the current markers through a getter, so one chart instance follows range changes without rebuilding.
import type { Chart, ChartType, Plugin } from 'chart.js';
import type { TrendMarkers } from '$shared/contract/trends';
import { dayOrdinal } from '$shared/trends/calendar';
import type { Palette } from '$lib/charts';
import { regimenMarkers } from './format';

export interface Backdrop {
  markers: TrendMarkers;
  colours: Palette;
}

export function backdropPlugin(current: () => Backdrop | null): Plugin<'line'> {
  return {
    id: 'trendBackdrop',
    beforeDatasetsDraw(chart: Chart<'line'>) {
      const state = current();
      const x = chart.scales.x;
      if (!state || !x) return;
      const { ctx, chartArea } = chart;
      const { markers, colours } = state;
      const height = chartArea.bottom - chartArea.top;
      ctx.save();
      ctx.beginPath();
      ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, height);
      ctx.clip();
      ctx.font = `600 12px ${colours.font}`;
      ctx.textBaseline = 'bottom';
      for (const p of markers.phases) {
        const left = x.getPixelForValue(dayOrdinal(p.startDay) - 0.5);
        const right = x.getPixelForValue(dayOrdinal(p.endDay) + 0.5);
        ctx.fillStyle = colours.phase[p.kind];
        ctx.fillRect(left, chartArea.top, right - left, height);
        // A solid edge where a phase begins, so neighbouring bands stay apart without relying on colour.
        ctx.fillStyle = colours.muted;
        ctx.fillRect(Math.round(left), chartArea.top, 1, height);
        if (right - left > 64) {
          ctx.fillStyle = colours.text;
          ctx.fillText(p.label, left + 6, chartArea.bottom - 4, right - left - 10);
        }
      }
      ctx.setLineDash([3, 4]);
      ctx.lineWidth = 1;
      const line = (day: string, colour: string) => {
        const px = Math.round(x.getPixelForValue(dayOrdinal(day))) + 0.5;
        ctx.strokeStyle = colour;
        ctx.beginPath();
        ctx.moveTo(px, chartArea.top);
        ctx.lineTo(px, chartArea.bottom);
        ctx.stroke();
      };
      for (const s of regimenMarkers(markers)) line(s.day, colours.series[2]!);
      for (const s of markers.slips) line(s.day, colours.series[3]!);
      ctx.restore();
    },
  };
}

/** Marks the canvas once Chart.js has drawn it, for tests and the renderer benchmark to wait on. */
export function drawnPlugin<T extends ChartType>(onDrawn: () => void): Plugin<T> {
  return { id: 'drawnSignal', afterRender: () => onDrawn() };
}

// Where everything of a report chart goes on paper: a fixed-size box (no animation, no resizing), thick lines,
// and every line named at its end and patterned, so the chart still reads in black and white. Pure numbers;
// svg.ts turns them into SVG text for the app's report view and the command line's HTML alike.
import { dayOrdinal, ordinalDay, ordinalWeekday } from '../trends/index';
import type { ChartSpec } from './schema';
import { axisDay, axisMonth, num } from './words';

export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 230;
/** Width, height and the right margin (where lines are named) of each size, in the SVG's units. */
const SIZES: Record<NonNullable<ChartSpec['size']>, { width: number; height: number; right: number }> = {
  full: { width: CHART_WIDTH, height: CHART_HEIGHT, right: 150 },
  short: { width: CHART_WIDTH, height: 176, right: 150 },
  half: { width: 380, height: 214, right: 134 },
};
const MARGIN = { left: 40, top: 26, bottom: 26 };
const LABEL_GAP = 12;

export interface ChartGeometry {
  id: string;
  width: number;
  height: number;
  plot: { x: number; y: number; w: number; h: number };
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  bands: { x: number; w: number; kind: ChartSpec['bands'][number]['kind']; label: string; showLabel: boolean }[];
  dots: { tone: number; r: number; faint: boolean; points: { cx: number; cy: number }[] }[];
  lines: {
    d: string;
    style: ChartSpec['series'][number]['style'];
    tone: number;
    label: string;
    labelY: number | null;
  }[];
  levels: { x1: number; x2: number; y: number; label: string }[];
  markers: { x: number; label: string }[];
}

/** Steps of 1, 2 or 5 times a power of ten, so that at most six labelled lines cross the plot. */
export function yTickValues(min: number, max: number): number[] {
  const span = max - min;
  if (!(span > 0)) return [min];
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => span / s <= 6) ?? 10 * power;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(Number(v.toFixed(6)));
  return out;
}

/** Mondays for short periods, month starts for longer ones, every third month past about 14 months. */
export function xTickDays(from: string, to: string): { day: string; label: string }[] {
  const first = dayOrdinal(from);
  const last = dayOrdinal(to);
  const n = last - first + 1;
  const out: { day: string; label: string }[] = [];
  if (n <= 62) {
    const step = n <= 31 ? 7 : 14;
    const firstMonday = first + ((7 - ordinalWeekday(first)) % 7);
    for (let o = firstMonday; o <= last; o += step) out.push({ day: ordinalDay(o), label: axisDay(ordinalDay(o)) });
    return out;
  }
  const every = n > 430 ? 3 : n > 220 ? 2 : 1;
  for (let o = first; o <= last; o++) {
    const day = ordinalDay(o);
    if (!day.endsWith('-01')) continue;
    const month = Number(day.slice(5, 7));
    if ((month - 1) % every !== 0) continue;
    out.push({ day, label: out.length === 0 || month === 1 ? axisMonth(day) : axisMonth(day).slice(0, 3) });
  }
  return out;
}

/** Moves labels apart (at least LABEL_GAP) while keeping them inside the plot, top to bottom. */
function spreadLabels(ys: (number | null)[], top: number, bottom: number): (number | null)[] {
  const order = ys
    .map((y, i) => ({ y, i }))
    .filter((e): e is { y: number; i: number } => e.y !== null)
    .sort((a, b) => a.y - b.y);
  for (let k = 0; k < order.length; k++) {
    const min = k === 0 ? top + 4 : order[k - 1]!.y + LABEL_GAP;
    order[k]!.y = Math.max(order[k]!.y, min);
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const max = k === order.length - 1 ? bottom - 2 : order[k + 1]!.y - LABEL_GAP;
    order[k]!.y = Math.min(order[k]!.y, max);
  }
  const out = ys.map(() => null as number | null);
  for (const e of order) out[e.i] = e.y;
  return out;
}

export function chartGeometry(spec: ChartSpec): ChartGeometry {
  const size = SIZES[spec.size ?? 'full'];
  const plot = {
    x: MARGIN.left,
    y: MARGIN.top,
    w: size.width - MARGIN.left - size.right,
    h: size.height - MARGIN.top - MARGIN.bottom,
  };
  const first = dayOrdinal(spec.from);
  const days = dayOrdinal(spec.to) - first + 1;
  const dayWidth = plot.w / days;
  const xCentre = (day: string) => plot.x + (dayOrdinal(day) - first + 0.5) * dayWidth;
  const xStart = (day: string) => plot.x + (dayOrdinal(day) - first) * dayWidth;
  const span = spec.yMax - spec.yMin || 1;
  const y = (v: number) => plot.y + (1 - (Math.min(spec.yMax, Math.max(spec.yMin, v)) - spec.yMin) / span) * plot.h;
  const r2 = (v: number) => Math.round(v * 100) / 100;
  const inRange = (day: string) => day >= spec.from && day <= spec.to;

  const dotRadius = days > 200 ? 1.5 : days > 90 ? 1.9 : 2.6;
  const dots: ChartGeometry['dots'] = [];
  const lines: ChartGeometry['lines'] = [];
  const ends: (number | null)[] = [];
  for (const s of spec.series) {
    const points = s.points.filter((p) => inRange(p.day));
    if (s.kind === 'dots') {
      dots.push({
        tone: s.tone,
        r: dotRadius,
        faint: spec.series.some((o) => o.kind === 'line'),
        points: points
          .filter((p) => p.value !== null)
          .map((p) => ({ cx: r2(xCentre(p.day)), cy: r2(y(p.value as number)) })),
      });
      continue;
    }
    // A line breaks over missing days; a value with no neighbour is drawn as a dot so it is not lost.
    let d = '';
    const lonely: { cx: number; cy: number }[] = [];
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      if (p.value === null) continue;
      // Neighbours are the days just before and after (a sparse series has gaps between its entries).
      const o = dayOrdinal(p.day);
      const before = points[i - 1];
      const after = points[i + 1];
      const prev = before && dayOrdinal(before.day) === o - 1 ? before.value : null;
      const next = after && dayOrdinal(after.day) === o + 1 ? after.value : null;
      const at = `${r2(xCentre(p.day))} ${r2(y(p.value))}`;
      if (prev === null && next === null) lonely.push({ cx: r2(xCentre(p.day)), cy: r2(y(p.value)) });
      else d += prev === null ? `M${at}` : `L${at}`;
    }
    if (lonely.length) dots.push({ tone: s.tone, r: 2.4, faint: false, points: lonely });
    const last = [...points].reverse().find((p) => p.value !== null);
    ends.push(last ? y(last.value as number) : null);
    lines.push({ d, style: s.style, tone: s.tone, label: s.label, labelY: null });
  }
  spreadLabels(ends, plot.y, plot.y + plot.h).forEach(
    (labelY, i) => (lines[i]!.labelY = labelY === null ? null : r2(labelY)),
  );

  return {
    id: spec.id,
    width: size.width,
    height: size.height,
    plot,
    yTicks: yTickValues(spec.yMin, spec.yMax).map((v) => ({ y: r2(y(v)), label: num(v, Number.isInteger(v) ? 0 : 1) })),
    // A half-width chart has no room for "Jun 2026" beside "Jul": months only (its caption gives the dates).
    xTicks: xTickDays(spec.from, spec.to).map((t) => ({
      x: r2(xStart(t.day)),
      label: spec.size === 'half' && / \d{4}$/.test(t.label) && t.label.length > 3 ? t.label.slice(0, 3) : t.label,
    })),
    bands: spec.bands
      .filter((b) => b.to >= spec.from && b.from <= spec.to)
      .map((b) => {
        const from = b.from < spec.from ? spec.from : b.from;
        const to = b.to > spec.to ? spec.to : b.to;
        const w = (dayOrdinal(to) - dayOrdinal(from) + 1) * dayWidth;
        return { x: r2(xStart(from)), w: r2(w), kind: b.kind, label: b.label, showLabel: w >= b.label.length * 6 + 6 };
      }),
    dots,
    lines,
    levels: spec.levels
      .filter((l) => inRange(l.from) || inRange(l.to))
      .map((l) => ({
        x1: r2(xStart(l.from < spec.from ? spec.from : l.from)),
        x2: r2(xStart(l.to > spec.to ? spec.to : l.to) + dayWidth),
        y: r2(y(l.value)),
        label: l.label,
      })),
    markers: spec.markers.filter((m) => inRange(m.day)).map((m) => ({ x: r2(xCentre(m.day)), label: m.label })),
  };
}

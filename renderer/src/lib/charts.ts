// Chart.js set-up shared by the app's charts. Chart.js is loaded on first use (it stays out of the bundle
// every screen pays for), and only the pieces drawn anywhere are registered, so tree-shaking drops the rest.
// Colours are read from the design tokens so charts follow light and dark, and a theme watcher tells charts
// when to read them again.
//
// Days on an x axis are day numbers (days since 1970-01-01) on a linear scale, with our own ticks at week,
// month or year starts. That is all a time scale would give us here, without the date adapter and date-fns
// (about 11 KB gzipped). Long lines are thinned before they reach Chart.js (shared/trends/thin), so its
// decimation plugin is not registered.
import type { Chart as ChartClass, Scale } from 'chart.js';
import { civilFromDays, daysFromCivil, ordinalWeekday } from '$shared/trends/calendar';
import { formatOrdinal } from './format';

export type { ChartClass };
let loading: Promise<typeof ChartClass> | null = null;
let loaded: typeof ChartClass | null = null;

/** Chart.js with the controllers, elements, scales and plugins the app's charts use, loaded once. */
export function loadChart(): Promise<typeof ChartClass> {
  loading ??= register();
  return loading;
}

async function register(): Promise<typeof ChartClass> {
  // Destructured straight from the import, so the bundler keeps only these exports of chart.js.
  const {
    Chart,
    BarController,
    BarElement,
    CategoryScale,
    Legend,
    LineController,
    LineElement,
    LinearScale,
    PointElement,
    Tooltip,
  } = await import('chart.js');
  Chart.register(
    LineController,
    LineElement,
    PointElement,
    BarController,
    BarElement,
    LinearScale,
    CategoryScale,
    Tooltip,
    Legend,
  );
  // Axis labels and tooltips in the app's own font rather than Chart.js's Helvetica default.
  Chart.defaults.font.family = token('--font') || Chart.defaults.font.family;
  loaded = Chart;
  return Chart;
}

/**
 * Chart.js if it has finished loading, else null. A chart mounted after that can draw in the same task as
 * its data arrives, instead of one promise turn later (behind whatever else the page renders meanwhile).
 */
export function loadedChart(): typeof ChartClass | null {
  return loaded;
}

/** One design token's current value, e.g. token('--chart-1'). */
export function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

export interface Palette {
  text: string;
  muted: string;
  border: string;
  surface: string;
  font: string;
  /** The Okabe-Ito colours --chart-1 … --chart-6, colour-blind safe. */
  series: string[];
  phase: Record<'baseline' | 'elimination' | 'reintroduction', string>;
}

/** Every colour a chart needs, read now (call again after a theme change). */
export function palette(): Palette {
  const style = getComputedStyle(document.documentElement);
  const get = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: get('--text'),
    muted: get('--text-muted'),
    border: get('--border'),
    surface: get('--surface'),
    font: get('--font'),
    series: [1, 2, 3, 4, 5, 6].map((i) => get(`--chart-${i}`)),
    phase: {
      baseline: get('--phase-baseline'),
      elimination: get('--phase-elimination'),
      reintroduction: get('--phase-reintroduction'),
    },
  };
}

/** Calls `onChange` when the theme changes: the Settings choice (html[data-theme]) or the system's. */
export function watchTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}

/** A colour at some opacity, for pale daily lines under a bold average; works for #rrggbb tokens. */
export function withAlpha(colour: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) return colour;
  return `rgba(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}, ${alpha})`;
}

export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Tick positions (day numbers) for [min, max] at the coarsest calendar step that keeps ≤ maxTicks labels. */
export function dayTicks(min: number, max: number, maxTicks: number): { unit: TickUnit; values: number[] } {
  const span = max - min + 1;
  const out: number[] = [];
  if (span <= maxTicks) {
    for (let d = min; d <= max; d++) out.push(d);
    return { unit: 'day', values: out };
  }
  if (span / 7 <= maxTicks) {
    for (let d = min + ((7 - ordinalWeekday(min)) % 7); d <= max; d += 7) out.push(d);
    return { unit: 'week', values: out };
  }
  const months = span / 30.44;
  const step =
    months <= maxTicks ? 1 : months / 3 <= maxTicks ? 3 : 12 * Math.max(1, Math.ceil(months / 12 / maxTicks));
  let { y, m } = civilFromDays(min);
  // Start on the first month boundary inside the range that sits on the step (quarters, whole years).
  for (;;) {
    const first = daysFromCivil(y, m, 1);
    if (first >= min && (m - 1) % Math.min(step, 12) === 0) break;
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  for (let d = daysFromCivil(y, m, 1); d <= max;) {
    out.push(d);
    m += step;
    while (m > 12) {
      m -= 12;
      y++;
    }
    d = daysFromCivil(y, m, 1);
  }
  return { unit: step === 1 ? 'month' : step === 3 ? 'quarter' : 'year', values: out };
}

/** A tick label for a day number at the given unit. */
export function tickLabel(ordinal: number, unit: TickUnit): string {
  if (unit === 'year') return formatOrdinal(ordinal, { year: 'numeric' });
  if (unit === 'month' || unit === 'quarter') {
    return civilFromDays(ordinal).m === 1
      ? formatOrdinal(ordinal, { month: 'short', year: 'numeric' })
      : formatOrdinal(ordinal, { month: 'short' });
  }
  return formatOrdinal(ordinal, { day: 'numeric', month: 'short' });
}

/**
 * Options for a linear x axis of day numbers with calendar ticks. The ticks are set in afterBuildTicks, after
 * Chart.js has made its own "nice" numbers, because day numbers like 20 500 mean nothing to a reader.
 */
export function dayAxis(min: number, max: number, colours: Palette, maxTicks = 10) {
  let unit: TickUnit = 'month';
  return {
    type: 'linear' as const,
    // Half a day either side, so the first and last days are whole bands (phase shading starts there).
    min: min - 0.5,
    max: max + 0.5,
    afterBuildTicks(scale: Scale) {
      const ticks = dayTicks(min, max, maxTicks);
      unit = ticks.unit;
      scale.ticks = ticks.values.map((value) => ({ value }));
    },
    ticks: {
      color: colours.muted,
      autoSkip: true,
      maxRotation: 0,
      callback: (value: number | string) => tickLabel(Number(value), unit),
    },
    grid: { color: colours.border, drawTicks: false },
    border: { display: false },
  };
}

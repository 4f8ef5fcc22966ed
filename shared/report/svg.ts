// A report chart as SVG text, drawn from chartGeometry: vector lines that stay sharp on paper, in ink that
// still reads in black and white (line patterns, hatched phases and labels carry the meaning; colour only
// helps). Used by the app's report view and by the command line's HTML, so both print the same chart.
import { chartGeometry } from './chartGeometry';
import type { ChartSpec } from './schema';

/** Dark Okabe-Ito tones: distinct for colour-blind readers and dark enough for a laser printer. */
const TONES = ['#0b4f8a', '#a63f00', '#00664f', '#7d3563'];
const DASHES: Record<string, string> = { solid: '', dashed: '8 4', dotted: '1.5 4' };
const INK = '#1a1a1a';
const GRID = '#c8c8c8';
/** A white outline behind labels drawn over dots and patterns, so they stay readable. */
const HALO = ' stroke="#fff" stroke-width="3" paint-order="stroke"';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function patterns(id: string): string {
  return (
    `<pattern id="${id}-baseline" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#f3f3f3"/></pattern>` +
    `<pattern id="${id}-elimination" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#eef6f2"/><line x1="0" y1="0" x2="0" y2="8" stroke="#9cc5b3" stroke-width="2"/></pattern>` +
    `<pattern id="${id}-reintroduction" width="7" height="7" patternUnits="userSpaceOnUse"><rect width="7" height="7" fill="#fbf1ea"/><circle cx="3.5" cy="3.5" r="1.1" fill="#d7a27f"/></pattern>`
  );
}

const tone = (n: number) => TONES[(n - 1) % TONES.length]!;

export function chartSvg(spec: ChartSpec): string {
  const g = chartGeometry(spec);
  const { plot } = g;
  const id = escapeXml(g.id);
  const right = plot.x + plot.w;
  const bottom = plot.y + plot.h;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-size="11" font-family="inherit">`,
    `<title id="${id}-title">${escapeXml(spec.title)}</title><desc id="${id}-desc">${escapeXml(spec.caption)}</desc>`,
    `<defs>${patterns(id)}</defs>`,
  );
  for (const b of g.bands) {
    out.push(
      `<rect x="${b.x}" y="${plot.y}" width="${b.w}" height="${plot.h}" fill="url(#${id}-${b.kind})" stroke="#9a9a9a" stroke-width="0.6"/>`,
    );
    if (b.showLabel)
      out.push(
        `<text x="${b.x + 4}" y="${plot.y + 12}" fill="${INK}" font-weight="600"${HALO}>${escapeXml(b.label)}</text>`,
      );
  }
  for (const t of g.yTicks) {
    out.push(`<line x1="${plot.x}" x2="${right}" y1="${t.y}" y2="${t.y}" stroke="${GRID}" stroke-width="0.6"/>`);
    out.push(`<text x="${plot.x - 6}" y="${t.y + 4}" text-anchor="end" fill="${INK}">${escapeXml(t.label)}</text>`);
  }
  for (const t of g.xTicks) {
    out.push(`<line x1="${t.x}" x2="${t.x}" y1="${bottom}" y2="${bottom + 4}" stroke="${INK}" stroke-width="0.8"/>`);
    out.push(`<text x="${t.x}" y="${bottom + 16}" text-anchor="middle" fill="${INK}">${escapeXml(t.label)}</text>`);
  }
  for (const m of g.markers) {
    out.push(
      `<line x1="${m.x}" x2="${m.x}" y1="${plot.y - 4}" y2="${bottom}" stroke="#555" stroke-width="1" stroke-dasharray="3 3"/>`,
    );
    out.push(`<circle cx="${m.x}" cy="${plot.y - 12}" r="7" fill="#fff" stroke="#555" stroke-width="1"/>`);
    out.push(
      `<text x="${m.x}" y="${plot.y - 8.5}" text-anchor="middle" font-size="9.5" fill="${INK}">${escapeXml(m.label)}</text>`,
    );
  }
  for (const group of g.dots) {
    const fill = group.faint ? '#8c8c8c' : tone(group.tone);
    out.push(
      `<g fill="${fill}"${group.faint ? ' fill-opacity="0.75"' : ''}>${group.points.map((p) => `<circle cx="${p.cx}" cy="${p.cy}" r="${group.r}"/>`).join('')}</g>`,
    );
  }
  for (const l of g.lines) {
    if (l.d) {
      const dash = DASHES[l.style] ? ` stroke-dasharray="${DASHES[l.style]}"` : '';
      out.push(
        `<path d="${l.d}" fill="none" stroke="${tone(l.tone)}" stroke-width="2.6" stroke-linejoin="round" stroke-linecap="round"${dash}/>`,
      );
    }
    if (l.labelY !== null) {
      const dash = DASHES[l.style] ? ` stroke-dasharray="${DASHES[l.style]}"` : '';
      out.push(
        `<line x1="${right + 4}" x2="${right + 20}" y1="${l.labelY}" y2="${l.labelY}" stroke="${tone(l.tone)}" stroke-width="2.6" stroke-linecap="round"${dash}/>`,
      );
      out.push(`<text x="${right + 24}" y="${l.labelY + 4}" fill="${INK}">${escapeXml(l.label)}</text>`);
    }
  }
  for (const l of g.levels) {
    out.push(`<line x1="${l.x1}" x2="${l.x2}" y1="${l.y}" y2="${l.y}" stroke="${INK}" stroke-width="2.2"/>`);
    out.push(
      `<text x="${l.x2 - 3}" y="${l.y - 5}" text-anchor="end" fill="${INK}" font-weight="600"${HALO}>${escapeXml(l.label)}</text>`,
    );
  }
  out.push(
    `<rect x="${plot.x}" y="${plot.y}" width="${plot.w}" height="${plot.h}" fill="none" stroke="${INK}" stroke-width="0.8"/>`,
  );
  out.push('</svg>');
  return out.join('');
}

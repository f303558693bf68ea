/**
 * What the chart draws, as SVG markup: one renderer for the screen and the
 * downloaded file, so the file is what the reader saw. Every element carries
 * its colours as presentation attributes (a file needs no stylesheet and no
 * CSP exception); on screen, classes let the shadow CSS apply the theme.
 * Text is escaped: a title from the data is text, never markup.
 */
import { formatMoney, formatNumber, formatPercent, moneyUnit, scaledNumber, unitLabel } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { baseOf, fasterYears, seriesOf, type Key, type Row, type Series, type View } from './data.js';
import { linePaths } from './paths.js';
import { scales, textWidth, type Scales } from './scales.js';
import { STRINGS } from './strings.js';

export interface Palette { text: string; muted: string; bg: string; surface: string; border: string; revenue: string; debt: string }
/** The light theme's defaults (styles.ts): files are printed, so they are light. */
export const LIGHT: Palette = {
  text: '#1b1d21', muted: '#50565f', bg: '#ffffff', surface: '#f3f4f6', border: '#c6cad1', revenue: '#1f62b8', debt: '#c2410c',
};

export interface Layout {
  rows: Row[];
  view: View;
  lang: Lang;
  series: Series[];
  /** Years where debt grew faster than revenue (marked in the growth view). */
  faster: number[];
  /** Missing when the view has nothing to plot (say, a ratio with no year that has both figures). */
  s?: Scales;
  axis: string;
  band?: [number, number];
  threshold?: number;
  /** A value as the reader sees it: "4,3 mrd. kr", "117,5 %", "110,7". */
  fmt: (v: number) => string;
  /** A y tick's label, in the axis unit: "4", "150 %", "110". */
  label: (v: number) => string;
}

export function layout(
  rows: Row[], view: View, width: number, lang: Lang,
  threshold?: number, period?: { start: number; end: number },
): Layout {
  const t = STRINGS[lang];
  const series = seriesOf(rows, view);
  const values = series.flatMap((s) => s.values).filter((v): v is number => v != null);
  const years = rows.map((r) => r.year);
  const first = years[0];
  const last = years[years.length - 1];
  const limit = view === 'ratio' && threshold! > 0 ? threshold : undefined;
  let fmt = (v: number) => formatNumber(v, lang);
  let label = (v: number) => formatNumber(v, lang, 0);
  let axis = t.indexAxis(baseOf(rows)?.year ?? first);
  if (view === 'amount') {
    const unit = moneyUnit(Math.max(...values));
    fmt = (v) => formatMoney(v, lang);
    label = (v) => scaledNumber(v, unit, lang);
    axis = unitLabel(unit, lang);
  } else if (view === 'ratio') {
    fmt = (v) => formatPercent(v, lang);
    label = (v) => formatPercent(v, lang, 0);
    axis = t.ratioAxis;
  }
  const extra = limit ? [limit] : view === 'growth' ? [100] : [];
  // The plan period: the programme's own, where given; else the years marked `plan`.
  const plan = years.filter((_, i) => rows[i].kind === 'plan');
  const [b0, b1] = period ? [Math.max(period.start, first), Math.min(period.end, last)] : [plan[0], plan[plan.length - 1]];
  return {
    rows, view, lang, series, fmt, label, axis, threshold: limit,
    faster: view === 'growth' ? fasterYears(rows) : [],
    band: b0 <= b1 ? [b0, b1] : undefined,
    s: values.length ? scales(years, [...values, ...extra], width, view !== 'growth', label) : undefined,
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ENTITY[c]);
const text = (cls: string, x: number, y: number, s: string, fill: string, anchor = 'start') =>
  `<text class="${cls}" x="${r1(x)}" y="${r1(y)}" fill="${fill}" font-size="12" text-anchor="${anchor}">${esc(s)}</text>`;
const hline = (cls: string, x1: number, x2: number, y: number, stroke: string, w = 1) =>
  `<line class="${cls}" x1="${r1(x1)}" x2="${r1(x2)}" y1="${r1(y)}" y2="${r1(y)}" stroke="${stroke}" stroke-width="${w}"/>`;

/** Revenue is a circle, debt a square: the series differ in shape too, for forced colours and grey print. Hollow = budget or plan. */
export function mark(key: Key, x: number, y: number, hollow: boolean, p: Palette, r = 3.5): string {
  const c = p[key];
  const a = `class="mark ${key}${hollow ? ' hollow' : ''}" fill="${hollow ? p.bg : c}" stroke="${c}" stroke-width="2"`;
  return key === 'revenue'
    ? `<circle ${a} cx="${r1(x)}" cy="${r1(y)}" r="${r}"/>`
    : `<rect ${a} x="${r1(x - r)}" y="${r1(y - r)}" width="${2 * r}" height="${2 * r}"/>`;
}

const path = (key: Key, d: string, dashed: boolean, p: Palette) =>
  d ? `<path class="line ${key}${dashed ? ' dash' : ''}" d="${d}" fill="none" stroke="${p[key]}" stroke-width="2.5" stroke-linejoin="round"${dashed ? ' stroke-dasharray="7 5"' : ' stroke-linecap="round"'}/>` : '';

/** The plot: plan band, marked years, grid, axes, threshold, lines and markers. */
export function plotSvg(g: Layout, p: Palette = LIGHT): string {
  const { s, rows } = g;
  if (!s) return '';
  const { d, x, y } = s;
  const t = STRINGS[g.lang];
  const bottom = d.height - d.bottom;
  const right = d.width - d.right;
  let out = '';
  if (g.band) {
    const x0 = Math.max(d.left, x(g.band[0] - 0.5));
    const x1 = Math.min(d.width, x(g.band[1] + 0.5));
    // The label starts inside the band, clear of the axis title; when it would run past the band, it ends there.
    const lx = Math.max(x0 + 6, textWidth(g.axis) + 10);
    const fits = lx + textWidth(t.period) <= x1;
    out += `<rect class="band" x="${r1(x0)}" y="${d.top - 22}" width="${r1(x1 - x0)}" height="${r1(bottom - d.top + 22)}" fill="${p.surface}"/>`
      + text('band-label', fits ? lx : x1 - 6, d.top - 8, t.period, p.text, fits ? 'start' : 'end');
  }
  for (const yr of g.faster) {
    out += `<rect class="faster" x="${r1(x(yr - 1))}" y="${d.top}" width="${r1(x(yr) - x(yr - 1))}" height="${r1(bottom - d.top)}" fill="${p.debt}" fill-opacity="0.14"/>`;
  }
  const ref = g.view === 'growth' ? 100 : 0;
  for (const v of s.yTicks) {
    out += hline(v === ref ? 'grid ref' : 'grid', d.left, right, y(v), v === ref ? p.muted : p.border, v === ref ? 1.5 : 1)
      + text('tick', d.left - 6, y(v) + 4, g.label(v), p.muted, 'end');
  }
  for (const yr of s.xTicks) out += text('tick', x(yr), d.height - 8, String(yr), p.muted, 'middle');
  out += text('axis', 0, d.top - 8, g.axis, p.muted);
  if (g.threshold) {
    const ty = y(g.threshold);
    const lastRatio = g.series[0].values.filter((v) => v != null).pop() ?? 0;
    out += hline('limit', d.left, right, ty, p.text, 1.5)
      + text('limit-label', right, lastRatio > g.threshold ? ty + 16 : ty - 6, t.limit(formatPercent(g.threshold, g.lang, 0)), p.text, 'end');
  }
  for (const sr of g.series) {
    const pts = rows.map((r, i) => ({ year: r.year, x: x(r.year), y: sr.values[i] == null ? null : y(sr.values[i]!), planned: r.kind !== 'actual' }));
    const { solid, dashed } = linePaths(pts);
    out += path(sr.key, solid, false, p) + path(sr.key, dashed, true, p);
  }
  for (const sr of g.series) {
    rows.forEach((r, i) => {
      const v = sr.values[i];
      if (v != null) out += mark(sr.key, x(r.year), y(v), r.kind !== 'actual', p);
    });
  }
  return out;
}

/** The chosen year: a rule across the plot and larger markers. */
export function cursorSvg(g: Layout, i: number, p: Palette = LIGHT): string {
  const r = g.rows[i];
  if (!g.s || !r) return '';
  const { d, x, y } = g.s;
  let out = `<line class="cursor" x1="${r1(x(r.year))}" x2="${r1(x(r.year))}" y1="${d.top}" y2="${d.height - d.bottom}" stroke="${p.text}"/>`;
  for (const sr of g.series) {
    const v = sr.values[i];
    if (v != null) out += mark(sr.key, x(r.year), y(v), r.kind !== 'actual', p, 5.5);
  }
  return out;
}

export interface LegendItem { label: string; swatch: string }

/** The legend: the series, then what solid and dashed mean (only the kinds present), the limit and the marked years. */
export function legendOf(g: Layout, p: Palette = LIGHT): LegendItem[] {
  const t = STRINGS[g.lang];
  const line = (cls: string, stroke: string, dash = '') =>
    `<path class="${cls}" d="M1 7H27" fill="none" stroke="${stroke}" stroke-width="2.5"${dash && ` stroke-dasharray="${dash}"`}/>`;
  const items: LegendItem[] = g.series.map((sr) => ({
    label: g.view === 'ratio' ? t.ratio : t[sr.key],
    swatch: line(`line ${sr.key}`, p[sr.key]) + mark(sr.key, 14, 7, false, p),
  }));
  if (g.threshold) items.push({ label: t.limit(formatPercent(g.threshold, g.lang, 0)), swatch: line('limit', p.text, '') });
  if (g.faster.length) items.push({ label: t.faster, swatch: `<rect class="faster" x="1" y="0" width="26" height="14" fill="${p.debt}" fill-opacity="0.14"/>` });
  if (g.rows.some((r) => r.kind === 'actual')) items.push({ label: t.kinds.actual, swatch: line('key', p.muted) });
  if (g.rows.some((r) => r.kind !== 'actual')) items.push({ label: t.plannedKey, swatch: line('key dash', p.muted, '7 5') });
  return items;
}

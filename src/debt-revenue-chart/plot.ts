/**
 * What the chart draws, as SVG elements: one renderer for the screen (Lit
 * puts the nodes in place) and the downloaded file (serialised), so the file
 * is what the reader saw. Every element carries its colours as presentation
 * attributes: on screen the theme's `var(--_…)` tokens, in a file resolved
 * colours (a file needs no stylesheet and no CSP exception). Built with createElementNS and
 * setAttribute, never parsed from markup: text from the data stays text, and
 * Trusted Types have nothing to check.
 */
import { formatNumber, formatPercent, moneyUnit, scaledNumber, unitLabel } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { sharedDigits } from './digits.js';
import { baseOf, fasterYears, seriesOf, type Key, type Row, type Series, type View } from './data.js';
import { linePaths } from './paths.js';
import { r1, scales, textWidth, type Scales } from './scales.js';
import { fill, STRINGS } from './strings.js';

export interface Palette { text: string; muted: string; bg: string; surface: string; border: string; revenue: string; debt: string }
/** The light theme's defaults (styles.ts): files are printed, so they are light. */
export const LIGHT: Palette = {
  text: '#1b1d21', muted: '#50565f', bg: '#ffffff', surface: '#f3f4f6', border: '#c6cad1', revenue: '#1f62b8', debt: '#c2410c',
};
/** On screen: the theme's tokens, so the theme, dark mode and forced colours apply without a rule per element. */
export const THEMED = Object.fromEntries(Object.keys(LIGHT).map((k) => [k, `var(--_${k})`])) as unknown as Palette;

export interface Layout {
  rows: Row[];
  view: View;
  lang: Lang;
  series: Series[];
  /** Years where debt grew faster than revenue: the rule broken, marked in every view. */
  faster: number[];
  /** Missing when the view has nothing to plot (say, a ratio with no year that has both figures). */
  s?: Scales;
  axis: string;
  band?: [number, number];
  threshold?: number;
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
  const limit = view === 'ratio' && Number.isFinite(threshold) && threshold! > 0 ? threshold : undefined;
  const unit = moneyUnit(Math.max(...values));
  // One precision for the axis, chosen from its ticks ("0,5" beside "1,0"; all whole when they are).
  let digits = 0;
  const div = view === 'amount' ? { bn: 1e9, m: 1e6, kr: 1 }[unit] : 1;
  const label = (v: number) => (view === 'amount' ? scaledNumber(v, unit, lang, digits, true)
    : view === 'ratio' ? formatPercent(v, lang, digits, true) : formatNumber(v, lang, digits, true));
  const fit = [...values, ...(limit ? [limit] : view === 'growth' ? [100] : [])];
  const axis = () => (values.length ? scales(years, fit, width, view !== 'growth', label) : undefined);
  let s = axis();
  if (s) {
    digits = sharedDigits(s.yTicks.map((v) => v / div), 3);
    // Labels may have grown wider: lay the axis out again for its margin.
    if (digits) s = axis();
  }
  // The plan period: the programme's own, where given; else the years marked `plan`.
  const plan = years.filter((_, i) => rows[i].kind === 'plan');
  const [b0, b1] = period ? [Math.max(period.start, first), Math.min(period.end, last)] : [plan[0], plan[plan.length - 1]];
  return {
    rows, view, lang, series, label, threshold: limit,
    axis: view === 'amount' ? unitLabel(unit, lang) : view === 'ratio' ? t.ratioAxis : fill(t.indexAxis, baseOf(rows)?.year ?? first),
    faster: fasterYears(rows),
    band: b0 <= b1 ? [b0, b1] : undefined,
    s,
  };
}

/**
 * One SVG element: numbers rounded to tenths, attributes that are undefined
 * left out; `body` is its text or its children.
 */
export const el = (tag: string, a: Record<string, string | number | undefined>, body?: string | Node[]): SVGElement => {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  // for…in, not Object.entries: no array per attribute (fifty charts make about 11,000 of them).
  for (const k in a) {
    const v = a[k];
    if (v != null) e.setAttribute(k, typeof v === 'number' ? `${r1(v)}` : v);
  }
  // Characters XML forbids (a CMS paste can carry U+000B) would make the exported file unreadable.
  if (typeof body === 'string') e.textContent = body.replace(NOT_XML, '');
  else if (body) e.append(...body);
  return e;
};
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Nodes as markup, for a file (XMLSerializer escapes text and attributes). */
export const serialize = (n: Node): string => new XMLSerializer().serializeToString(n);

/** Marker outlines as path data, one subpath per point: revenue a circle (two arcs), debt a square. */
const markD = (key: Key, pts: number[][], r: number) => pts.map(([x, y]) => (key === 'revenue'
  ? `M${r1(x - r)},${r1(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`
  : `M${r1(x - r)},${r1(y - r)}h${2 * r}v${2 * r}h${-2 * r}z`)).join('');

/**
 * Markers of one series and kind as one path. Revenue is a circle, debt a
 * square: the series differ in shape too, for forced colours and grey print.
 * Hollow = budget or plan.
 */
export const mark = (key: Key, pts: number[][], hollow: boolean, p: Palette, r = 3.5): SVGElement =>
  el('path', { class: `mark ${key}${hollow ? ' hollow' : ''}`, d: markD(key, pts, r), fill: hollow ? p.bg : p[key], stroke: p[key], 'stroke-width': 2 });

/** A line of the chart or a legend key: 2.5 px, dashed for budget and plan. */
const stroke = (cls: string, d: string, color: string, dashed?: boolean) =>
  el('path', { class: cls + (dashed ? ' dash' : ''), d, fill: 'none', stroke: color, 'stroke-width': 2.5, 'stroke-linejoin': 'round', 'stroke-dasharray': dashed ? '7 5' : undefined });

/**
 * The years the rule was broken, each from the year before to it: a light band
 * and, not by colour alone, a 4 px bar along its top in the debt colour (≥ 3:1
 * on the background in both themes), the same in the legend. Two paths for all.
 */
const faster = (p: Palette, spans: number[][], top: number, bottom: number) => [
  el('path', { class: 'faster', d: spans.map(([a, b]) => `M${r1(a)},${r1(top)}H${r1(b)}V${r1(bottom)}H${r1(a)}z`).join(''), fill: p.debt, 'fill-opacity': 0.12 }),
  el('path', { class: 'faster-bar', d: spans.map(([a, b]) => `M${r1(a)},${r1(top + 2)}H${r1(b)}`).join(''), stroke: p.debt, 'stroke-width': 4 }),
];

const limitText = (g: Layout) => fill(STRINGS[g.lang].limit, formatPercent(g.threshold!, g.lang, 0));

/**
 * The plot (for a view that has one): plan band, marked years, grid, axes,
 * threshold, lines and markers; and the chosen year, if any: a rule across
 * the plot and larger markers. As few nodes as the drawing allows (each costs
 * style and layout, fifty charts on a page fifty times): the grid is one path,
 * each series' markers of a kind are one path, and the labels take their
 * colour and size from the group around them.
 */
export function plotSvg(g: Layout, p: Palette = THEMED, active = -1): SVGElement {
  const { s, rows } = g;
  const { d, x, y } = s!;
  const t = STRINGS[g.lang];
  const bottom = d.height - d.bottom;
  const right = d.width - d.right;
  const text = (cls: string, x: number, y: number, s: string, anchor?: string, color?: string) =>
    el('text', { class: cls, x, y, fill: color, 'text-anchor': anchor }, s);
  const hline = (cls: string, v: number, color: string, w: number) => el('line', { class: cls, x1: d.left, x2: right, y1: y(v), y2: y(v), stroke: color, 'stroke-width': w });
  const out: Node[] = [];
  if (g.band) {
    const x0 = Math.max(d.left, x(g.band[0] - 0.5));
    const x1 = Math.min(d.width, x(g.band[1] + 0.5));
    // The label starts inside the band, clear of the axis title; when it would run past the band, it ends there.
    const lx = Math.max(x0 + 6, textWidth(g.axis) + 10);
    const fits = lx + textWidth(t.period) <= x1;
    out.push(
      el('rect', { class: 'band', x: x0, y: d.top - 22, width: x1 - x0, height: bottom - d.top + 22, fill: p.surface }),
      text('band-label', fits ? lx : x1 - 6, d.top - 8, t.period, fits ? undefined : 'end', p.text),
    );
  }
  if (g.faster.length) out.push(...faster(p, g.faster.map((yr) => [x(yr - 1), x(yr)]), d.top, bottom));
  const ref = g.view === 'growth' ? 100 : 0;
  const grid = s!.yTicks.filter((v) => v !== ref).map((v) => `M${r1(d.left)},${r1(y(v))}H${r1(right)}`).join('');
  if (grid) out.push(el('path', { class: 'grid', d: grid, stroke: p.border, 'stroke-width': 1 }));
  if (s!.yTicks.includes(ref)) out.push(hline('grid ref', ref, p.muted, 1.5));
  out.push(
    el('g', { 'text-anchor': 'end' }, s!.yTicks.map((v) => text('tick', d.left - 6, y(v) + 4, g.label(v)))),
    el('g', { 'text-anchor': 'middle' }, s!.xTicks.map((yr) => text('tick', x(yr), d.height - 8, String(yr)))),
    text('axis', 0, d.top - 8, g.axis),
  );
  if (g.threshold) {
    const ty = y(g.threshold);
    const lastRatio = g.series[0].values.filter((v) => v != null).pop() ?? 0;
    out.push(hline('limit', g.threshold, p.text, 1.5), text('limit-label', right, lastRatio > g.threshold ? ty + 16 : ty - 6, limitText(g), 'end', p.text));
  }
  for (const sr of g.series) {
    const paths = linePaths(rows.map((r, i) => ({ year: r.year, x: x(r.year), y: sr.values[i] == null ? null : y(sr.values[i]!), planned: r.kind !== 'actual' })));
    // Solid, then dashed; a series with no segment of a kind draws no path for it.
    [paths.solid, paths.dashed].forEach((path, dashed) => path && out.push(stroke(`line ${sr.key}`, path, p[sr.key], !!dashed)));
  }
  for (const sr of g.series) {
    for (const hollow of [false, true]) {
      const pts = marksAt(g, sr, rows.map((_, i) => i).filter((i) => (rows[i].kind !== 'actual') === hollow));
      if (pts.length) out.push(mark(sr.key, pts, hollow, p));
    }
  }
  const r = rows[active];
  if (r) {
    out.push(el('line', { class: 'cursor', x1: x(r.year), x2: x(r.year), y1: d.top, y2: bottom, stroke: p.text }));
    for (const sr of g.series) {
      const pts = marksAt(g, sr, [active]);
      if (pts.length) out.push(mark(sr.key, pts, r.kind !== 'actual', p, 5.5));
    }
  }
  return el('g', { fill: p.muted, 'font-size': 12 }, out);
}

/** A series' marker positions in the years at `at` that have a figure. */
const marksAt = (g: Layout, sr: Series, at: number[]) =>
  at.filter((i) => sr.values[i] != null).map((i) => [g.s!.x(g.rows[i].year), g.s!.y(sr.values[i]!)]);

export interface LegendItem { label: string; swatch: SVGElement[] }

/** The legend: the series, then what solid and dashed mean (only the kinds present), the limit and the marked years. */
export function legendOf(g: Layout, p: Palette = THEMED): LegendItem[] {
  const t = STRINGS[g.lang];
  const key = (label: string, ...swatch: SVGElement[]) => ({ label, swatch });
  const line = (cls: string, color: string, dashed?: boolean) => stroke(cls, 'M1 7H27', color, dashed);
  return [
    ...g.series.map((sr) => key(g.view === 'ratio' ? t.ratioKey : t[sr.key], line(`line ${sr.key}`, p[sr.key]), mark(sr.key, [[14, 7]], false, p))),
    g.threshold && key(limitText(g), line('limit', p.text)),
    g.faster.length && key(t.faster, ...faster(p, [[1, 27]], 0, 14)),
    g.rows.some((r) => r.kind === 'actual') && key(t.actual, line('key', p.muted)),
    g.rows.some((r) => r.kind !== 'actual') && key(t.plannedKey, line('key', p.muted, true)),
  ].filter((i): i is LegendItem => !!i);
}

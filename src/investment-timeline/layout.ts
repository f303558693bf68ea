/**
 * The timeline's geometry as pure functions of the data: the year domain, each
 * project's bar, the order of rows, the summary numbers and the groups of the
 * narrow layout. No DOM here; the element only wires these together.
 *
 * Positions are percentages of the track (0 = the domain's first year's start,
 * 100 = the last year's end), so the drawing follows the container's width
 * without being measured. Years are intervals: 2017 covers [2017, 2018).
 */
import { scaleLinear } from 'd3-scale';
import type { Investment } from '../shared/schema.js';
import { yearPosition } from '../shared/validate.js';
import { inAreas } from '../shared/areas.js';
import { formatYearMonth } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { STRINGS } from './strings.js';

export interface Period {
  start: number;
  end: number;
}

/** Whole years: from the start of `start` to the start of `end` (exclusive). */
export interface Domain {
  start: number;
  end: number;
}

export interface Bar {
  /** Left edge, in percent of the track. */
  x: number;
  /** Width, in percent of the track. */
  width: number;
  /** No start given: the bar begins at the left edge, drawn open. */
  openStart: boolean;
  /** No end given: the bar runs to the right edge, drawn open. */
  openEnd: boolean;
  /** Neither given: the bar spans the programme period ("i perioden"). */
  vague: boolean;
}

export interface Row {
  item: Investment;
  /** The project's index in the data, a stable key. */
  index: number;
  /** Undefined when there is no year to draw against (no period, no dates). */
  bar?: Bar;
}

export interface Layout {
  domain?: Domain;
  rows: Row[];
}

/** The calendar year of a year or year-month. */
export const yearOf = (w: number | string): number => (typeof w === 'number' ? w : Number(w.slice(0, 4)));

const round = (v: number) => Math.round(v * 1000) / 1000;

/** The years to draw: the period and every given start and end; undefined when there is no year at all. */
export function yearDomain(items: readonly Investment[], period?: Period): Domain | undefined {
  const years = items.flatMap((p) => [p.start, p.end]).filter((w) => w != null).map(yearOf);
  if (period) years.push(period.start, period.end);
  return years.length ? { start: Math.min(...years), end: Math.max(...years) + 1 } : undefined;
}

/**
 * A linear scale from fractional years to percent of the track: d3-scale's
 * scaleLinear (as the design says), from the domain's first year to its end.
 */
export const trackScale = ({ start, end }: Domain): ((v: number) => number) => scaleLinear().domain([start, end]).range([0, 100]);

/**
 * One project's bar. A missing start begins at the left edge and a missing end
 * runs to the right edge, both flagged open; with neither, the bar covers the
 * programme period (or the whole domain when there is no period). No year is made up.
 */
export function barFor({ start, end }: Investment, domain: Domain, period?: Period, x = trackScale(domain)): Bar {
  const vague = start == null && end == null;
  const left = round(x(start != null ? yearPosition(start, 'start') : vague && period ? period.start : domain.start));
  const right = x(end != null ? yearPosition(end, 'end') : vague && period ? period.end + 1 : domain.end);
  return { x: left, width: round(right - left), openStart: start == null, openEnd: end == null, vague };
}

/** Sort keys: by start then end; a missing start (begun earlier) first, a missing end last, no dates at all at the end. */
const sortKey = ({ start, end }: Investment): [number, number] => [
  start != null ? yearPosition(start, 'start') : end != null ? -Infinity : Infinity,
  end != null ? yearPosition(end, 'end') : Infinity,
];

/**
 * A stable sort by start, then end; ties keep the data's order. (Infinity − Infinity
 * is NaN, which sort() takes as equal.)
 */
export const sortProjects = <T extends { item: Investment }>(rows: readonly T[]): T[] =>
  rows
    .map((r) => [sortKey(r.item), r] as const)
    .sort(([a], [b]) => a[0] - b[0] || a[1] - b[1])
    .map(([, r]) => r);

/**
 * The whole layout: the projects in `areas` (all when empty), in order, each
 * with its bar, and the domain those projects and the period need.
 */
export function layout(items: readonly Investment[], period?: Period, areas: readonly string[] = []): Layout {
  const kept = items.map((item, index) => ({ item, index })).filter((r) => inAreas(r.item.area, areas));
  const domain = yearDomain(kept.map((r) => r.item), period);
  const x = domain && trackScale(domain);
  return { domain, rows: sortProjects(kept.map((r): Row => (domain ? { ...r, bar: barFor(r.item, domain, period, x) } : r))) };
}


/**
 * When a project happens, in words: "2017–2018", "juni 2017 – mars 2019", "ferdig 2017 (start ikke oppgitt)",
 * "fra 2020 (slutt ikke oppgitt)", "i perioden 2017–2020", "tidspunkt ikke oppgitt". The element's rows and
 * the static embed (src/embed/static.ts) both write it, so their words cannot drift.
 */
export function whenText({ start, end }: Pick<Investment, 'start' | 'end'>, lang: Lang, period?: Period): string {
  const s = STRINGS[lang];
  const ym = (w: number | string) => formatYearMonth(w, lang);
  const ng = (word: string) => `${word} ${s.notGiven}`;
  if (start != null && end != null) {
    // Spaced dash between month-years ("juni 2017 – mars 2019"), tight between years.
    return ym(start) === ym(end) ? ym(start) : `${ym(start)}${typeof start === 'string' || typeof end === 'string' ? ' – ' : '–'}${ym(end)}`;
  }
  if (end != null) return `${s.until} ${ym(end)} (${ng(s.start.toLowerCase())})`;
  if (start != null) return `${s.from} ${ym(start)} (${ng(s.end.toLowerCase())})`;
  return period ? `${s.inPeriod} ${period.start}–${period.end}` : ng(s.dates);
}

export interface Summary {
  count: number;
  /** How many have a cost. */
  known: number;
  /** The sum of the known costs. */
  total: number;
}

export function summarise(items: readonly Investment[]): Summary {
  const costs = items.filter((p) => p.cost != null).map((p) => p.cost!);
  return { count: items.length, known: costs.length, total: costs.reduce((a, b) => a + b, 0) };
}

export interface Group<T> {
  /** The year the projects end in; null when no end is given. */
  year: number | null;
  rows: T[];
}

/** The narrow layout: rows grouped by the year they end, earliest first, those without an end last. Order inside a group is kept. */
export function groupByEnd<T extends { item: Investment }>(rows: readonly T[]): Group<T>[] {
  const groups = new Map<number | null, T[]>();
  for (const r of rows) {
    // An end of "2018-01" still ends in 2018; a whole year ends in that year.
    const year = r.item.end == null ? null : yearOf(r.item.end);
    (groups.get(year) ?? groups.set(year, []).get(year)!).push(r);
  }
  return [...groups].sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity)).map(([year, list]) => ({ year, rows: list }));
}

/**
 * Which years get a label on the axis when only `maxLabels` fit: every year,
 * or every 2nd, 5th, 10th … (years divisible by the step, so labels are round).
 */
export function yearTicks({ start, end }: Domain, maxLabels: number): number[] {
  const max = Math.max(1, Math.floor(maxLabels));
  // 1, 2, 5, 10, 20, 50, 100 …
  let step = 1;
  for (let k = 1; Math.ceil((end - start) / step) > max; k++) step = [1, 2, 5][k % 3] * 10 ** Math.floor(k / 3);
  const years: number[] = [];
  for (let y = start; y < end; y++) if (y % step === 0) years.push(y);
  return years.length ? years : [start];
}

/** The `now` attribute: "none" hides the marker, a year (or year-month) sets it, anything else means this year. */
export function parseNow(value: string | number | null | undefined, today = new Date()): number | undefined {
  // A number set from JavaScript (el.now = 2018) counts as well.
  const text = String(value ?? '').trim();
  if (text.toLowerCase() === 'none') return undefined;
  const m = /^(\d{4})(?:-\d{2})?$/.exec(text);
  return m ? Number(m[1]) : today.getFullYear();
}

/** The column of the year `now`, in percent, or undefined when it is outside the domain. */
export function nowBand(now: number | undefined, domain: Domain): { x: number; width: number } | undefined {
  if (now == null || now < domain.start || now >= domain.end) return undefined;
  const x = trackScale(domain);
  const left = round(x(now));
  return { x: left, width: round(x(now + 1) - left) };
}

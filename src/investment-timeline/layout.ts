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

type When = Investment['start'];

/** The calendar year of a year or year-month. */
export const yearOf = (w: number | string): number => (typeof w === 'number' ? w : Number(w.slice(0, 4)));

const round = (v: number) => Math.round(v * 1000) / 1000;

/** The years to draw: the period and every given start and end; undefined when there is no year at all. */
export function yearDomain(items: readonly Investment[], period?: Period): Domain | undefined {
  let start = period ? period.start : Infinity;
  let end = period ? period.end + 1 : -Infinity;
  for (const p of items) {
    for (const w of [p.start, p.end]) {
      if (w == null) continue;
      const y = yearOf(w);
      start = Math.min(start, y);
      end = Math.max(end, y + 1);
    }
  }
  return start < end ? { start, end } : undefined;
}

/** A linear scale from fractional years to percent of the track. */
export function trackScale(domain: Domain) {
  return scaleLinear().domain([domain.start, domain.end]).range([0, 100]);
}

/**
 * One project's bar. A missing start begins at the left edge and a missing end
 * runs to the right edge, both flagged open; with neither, the bar covers the
 * programme period (or the whole domain when there is no period). No year is made up.
 */
export function barFor(p: Investment, domain: Domain, period?: Period, x = trackScale(domain)): Bar {
  const vague = p.start == null && p.end == null;
  const from = p.start != null ? yearPosition(p.start, 'start') : vague && period ? period.start : domain.start;
  const to = p.end != null ? yearPosition(p.end, 'end') : vague && period ? period.end + 1 : domain.end;
  const left = round(x(from));
  return { x: left, width: round(x(to) - left), openStart: p.start == null, openEnd: p.end == null, vague };
}

/** Sort keys: by start then end; a missing start (begun earlier) first, a missing end last, no dates at all at the end. */
function sortKey(p: Investment): [number, number] {
  const start = p.start != null ? yearPosition(p.start, 'start') : p.end != null ? -Infinity : Infinity;
  return [start, p.end != null ? yearPosition(p.end, 'end') : Infinity];
}

/** A stable sort by start, then end; ties keep the data's order. */
export function sortProjects<T extends { item: Investment }>(rows: readonly T[]): T[] {
  const keys = new Map(rows.map((r) => [r, sortKey(r.item)]));
  return [...rows].sort((a, b) => {
    const [as, ae] = keys.get(a)!;
    const [bs, be] = keys.get(b)!;
    return as === bs ? (ae === be ? 0 : ae < be ? -1 : 1) : as < bs ? -1 : 1;
  });
}

/**
 * The whole layout: the projects in `areas` (all when empty), in order, each
 * with its bar, and the domain those projects and the period need.
 */
export function layout(items: readonly Investment[], period?: Period, areas: readonly string[] = []): Layout {
  const kept = items.map((item, index) => ({ item, index })).filter((r) => inAreas(r.item, areas));
  const domain = yearDomain(kept.map((r) => r.item), period);
  const x = domain && trackScale(domain);
  const rows = kept.map((r): Row => (domain ? { ...r, bar: barFor(r.item, domain, period, x!) } : r));
  return { domain, rows: sortProjects(rows) };
}

/** "Area" filter: `health,education` or `health education`; empty means everything. */
export function parseAreas(value: string | null | undefined): string[] {
  return String(value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
}

/** Whether a project is in one of the areas; a project without an area matches no filter. */
export const inAreas = (p: Investment, areas: readonly string[]): boolean =>
  !areas.length || (p.area != null && areas.includes(p.area.toLowerCase()));

export interface Summary {
  count: number;
  /** How many have a cost. */
  known: number;
  /** The sum of the known costs. */
  total: number;
}

export function summarise(items: readonly Investment[]): Summary {
  let known = 0;
  let total = 0;
  for (const p of items) {
    if (p.cost == null) continue;
    known++;
    total += p.cost;
  }
  return { count: items.length, known, total };
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
    const year = endYear(r.item.end);
    const list = groups.get(year);
    if (list) list.push(r);
    else groups.set(year, [r]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([year, list]) => ({ year, rows: list }));
}

const endYear = (w: When): number | null => (w == null ? null : yearOf(w));

/**
 * Which years get a label on the axis when only `maxLabels` fit: every year,
 * or every 2nd, 5th, 10th … (years divisible by the step, so labels are round).
 */
export function yearTicks(domain: Domain, maxLabels: number): number[] {
  const n = domain.end - domain.start;
  const max = Math.max(1, Math.floor(maxLabels));
  // 1, 2, 5, 10, 20, 50, 100 …
  let step = 1;
  for (let k = 1; Math.ceil(n / step) > max; k++) step = [1, 2, 5][k % 3] * 10 ** Math.floor(k / 3);
  const years: number[] = [];
  for (let y = domain.start; y < domain.end; y++) if (step === 1 || y % step === 0) years.push(y);
  return years.length ? years : [domain.start];
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

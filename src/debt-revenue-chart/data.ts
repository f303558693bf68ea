/**
 * The finance years as the chart reads them, and what each view plots.
 * A missing figure stays `null` all the way to the screen: a gap, never a zero.
 */
import type { FinanceYear } from '../shared/schema.js';

export type View = 'amount' | 'ratio' | 'growth';
export type Kind = 'actual' | 'budget' | 'plan';
export type Key = 'revenue' | 'debt';
export interface Row { year: number; revenue: number | null; debt: number | null; kind: Kind }
/** One line: a value per row (same order as the rows), `null` where there is none. */
export interface Series { key: Key; values: (number | null)[] }

export const VIEWS: readonly View[] = ['amount', 'ratio', 'growth'];

/** In year order; a missing kind counts as `actual`. */
export const toRows = (finances: readonly FinanceYear[]): Row[] =>
  finances
    .map((d) => ({ year: d.year, revenue: d.revenue ?? null, debt: d.debt ?? null, kind: d.kind ?? 'actual' }))
    .sort((a, b) => a.year - b.year);

/** Debt in % of revenue, for a year that has both (and some revenue). */
export const ratioOf = (r: Row): number | null => (r.revenue && r.debt != null ? (r.debt / r.revenue) * 100 : null);

/** The growth index's base: the first year with both figures above zero. */
export const baseOf = (rows: readonly Row[]): Row | undefined => rows.find((r) => r.revenue && r.debt);

export function seriesOf(rows: readonly Row[], view: View): Series[] {
  if (view === 'ratio') return [{ key: 'debt', values: rows.map(ratioOf) }];
  const base = baseOf(rows);
  const pick = (key: Key): Series => ({
    key,
    values: rows.map((r) => {
      const v = r[key];
      return v == null ? null : view === 'amount' ? v : base ? (v / base[key]!) * 100 : null;
    }),
  });
  return [pick('revenue'), pick('debt')];
}

/** Each year against the mayor's rule ("loan debt must not grow faster than revenue"). */
export type Verdict = 'kept' | 'broken';

/**
 * Each row's verdict: did debt grow faster than revenue since the last year
 * with both figures (the year before, or earlier across a gap)? `null` where
 * there is nothing to compare: a figure missing, or no earlier year with both.
 */
export function verdicts(rows: readonly Row[]): (Verdict | null)[] {
  let prev: Row | undefined;
  return rows.map((r) => {
    if (!(r.revenue && r.debt)) return null;
    const p = prev;
    prev = r;
    return p ? (r.debt / p.debt! > r.revenue / p.revenue! ? 'broken' : 'kept') : null;
  });
}

/** The years in which the rule was broken (debt grew faster than revenue). */
export const fasterYears = (rows: readonly Row[]): number[] => {
  const v = verdicts(rows);
  return rows.filter((_, i) => v[i] === 'broken').map((r) => r.year);
};

/**
 * The table of figures as text: one source for the element's table and the
 * static embed's (src/embed/static.ts), so the two cannot drift. Five columns,
 * so that it fits a phone: the kind goes with the year, "2016 (budsjett)", as
 * the chart writes it; the unit is said once, in the caption; the headers may
 * break ("Drifts-inn-tekter"); each column
 * has one precision (digits.ts); the last says whether the rule was kept that
 * year, empty where there is nothing to compare with.
 */
import { formatNumber, formatPercent } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { ratioOf, verdicts, type Row } from './data.js';
import { sharedDigits } from './digits.js';
import { STRINGS } from './strings.js';
import { yearOf } from './summary.js';

export interface Table {
  /** The caption, with the amounts' unit: "Lånegjeld og driftsinntekter (mill. kr)". */
  caption: string;
  /** Column headers, with soft hyphens where a long word may break (say them without: spoken()). */
  heads: string[];
  /** A row per year: its year, then the cells; `null` is a missing figure. */
  rows: (string | null)[][];
}

/**
 * `only`: one of the last two columns, for a table that cannot scroll (the static embed in a narrow
 * column has no CSS of its own): the ratio in the ratio view, else the verdict.
 */
export function tableOf(rows: readonly Row[], lang: Lang, only?: 'ratio' | 'rule'): Table {
  const t = STRINGS[lang];
  const v = verdicts(rows);
  const column = (of: (r: Row) => number | null, show: (n: number, d: number) => string) => {
    const d = sharedDigits(rows.map(of).filter((n): n is number => n != null));
    return rows.map((r) => {
      const n = of(r);
      return n == null ? null : show(n, d);
    });
  };
  const mill = (k: 'revenue' | 'debt') => column((r) => (r[k] == null ? null : r[k]! / 1e6), (n, d) => formatNumber(n, lang, d, true));
  const [year, revenue, debt, ratio, rule] = t.cols.split('|');
  type Col = [string, (string | null)[]];
  const cols: Col[] = [
    [year, rows.map((r) => yearOf(r, lang))],
    [revenue, mill('revenue')],
    [debt, mill('debt')],
    ...(only === 'rule' ? [] : [[ratio, column(ratioOf, (n, d) => formatPercent(n, lang, d, true))] as Col]),
    ...(only === 'ratio' ? [] : [[rule, v.map((x) => (x ? t[x] : ''))] as Col]),
  ];
  return {
    caption: `${t.amount} (${t.mill})`,
    heads: cols.map(([h]) => h),
    rows: rows.map((_, i) => cols.map(([, c]) => c[i])),
  };
}

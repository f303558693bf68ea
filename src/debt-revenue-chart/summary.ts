/**
 * The chart in words: the summary under it (also its accessible description)
 * and the figures of one year, short for the tooltip and long for the
 * screen-reader announcement.
 */
import { formatMoney, formatMoneyLong, formatNumber, formatPercent } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { baseOf, fasterYears, ratioOf, type Key, type Row, type View } from './data.js';
import type { Layout } from './plot.js';
import { STRINGS } from './strings.js';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "2019 (plan)": a year with its kind, which an actual year shows only when `always`. */
export const yearOf = (r: Row, lang: Lang, always = false): string =>
  r.kind === 'actual' && !always ? String(r.year) : `${r.year} (${STRINGS[lang].kinds[r.kind]})`;

/** Years in words: "2014, 2016 og 2017", with three or more in a row as a span: "2015 og 2017–2019". */
export function yearList(years: number[], lang: Lang): string {
  const items: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (years[j + 1] === years[j] + 1) j++;
    if (j - i >= 2) items.push(`${years[i]}–\u2060${years[j]}`);
    else for (let k = i; k <= j; k++) items.push(String(years[k]));
    i = j + 1;
  }
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${STRINGS[lang].and} ${items[items.length - 1]}`;
}

export function summarize(rows: Row[], view: View, lang: Lang, threshold?: number): string {
  const t = STRINGS[lang];
  const y = (r: Row) => yearOf(r, lang);
  if (view === 'amount') {
    const part = (key: Key): string | undefined => {
      const pts = rows.filter((r) => r[key] != null);
      if (!pts.length) return undefined;
      const a = pts[0];
      const b = pts[pts.length - 1];
      const va = formatMoney(a[key]!, lang);
      const vb = formatMoney(b[key]!, lang);
      return a === b ? t.once(t.the[key], va, y(a))
        : va === vb ? t.flat(t.the[key], va, y(a), vb, y(b))
          : t.moved(t.the[key], b[key]! > a[key]!, va, y(a), vb, y(b));
    };
    const debt = part('debt');
    const revenue = part('revenue');
    if (debt && revenue) return `${cap(debt + t.whilst + revenue)}.`;
    if (!debt && !revenue) return `${t.empty}.`;
    return `${cap((debt ?? revenue)!)}. ${cap(t.none(t.the[debt ? 'revenue' : 'debt']))}.`;
  }
  if (view === 'ratio') {
    const pts = rows.filter((r) => ratioOf(r) != null);
    if (!pts.length) return t.noBoth;
    const pc = (r: Row) => formatPercent(ratioOf(r)!, lang);
    const a = pts[0];
    const b = pts[pts.length - 1];
    const top = pts.reduce((m, r) => (ratioOf(r)! > ratioOf(m)! ? r : m));
    let out = a === b ? t.ratioOnce(pc(a), y(a)) : t.ratioSpan(pc(a), y(a), pc(b), y(b));
    if (top !== a && top !== b) out += ` ${t.highest(pc(top), y(top))}`;
    if (threshold! > 0) {
      const over = pts.filter((r) => ratioOf(r)! > threshold!).map((r) => r.year);
      const limit = formatPercent(threshold!, lang);
      out += ` ${over.length ? t.above(limit, yearList(over, lang)) : t.below(limit)}`;
    }
    return out;
  }
  const base = baseOf(rows);
  if (!base) return t.noBoth;
  const last = rows.filter((r) => r.revenue != null && r.debt != null).pop()!;
  if (last === base) return t.oneYear(y(base));
  const change = (k: Key) => (last[k]! / base[k]! - 1) * 100;
  const pct = (v: number) => formatPercent(Math.abs(v), lang);
  const faster = fasterYears(rows);
  return `${t.growth(y(base), y(last), change('debt') >= 0, pct(change('debt')), change('revenue') >= 0, pct(change('revenue')))} ${
    faster.length ? t.fasterIn(yearList(faster, lang)) : t.fasterNever}`;
}

export interface Figure { key: Key; label: string; value: string }

/** One year's figures in the view's terms; `long` spells amounts out for screen readers. */
export function figuresAt(g: Layout, i: number, long = false): Figure[] {
  const t = STRINGS[g.lang];
  return g.series.map((s) => {
    const v = s.values[i];
    const value = v == null ? t.missing
      : g.view === 'amount' ? (long ? formatMoneyLong(v, g.lang) : formatMoney(v, g.lang))
        : g.view === 'ratio' ? formatPercent(v, g.lang)
          : `${long ? `${t.index} ` : ''}${formatNumber(v, g.lang)}`;
    return { key: s.key, label: g.view === 'ratio' ? t.ratio : t[s.key], value };
  });
}

/** What is announced when a year is chosen with the keyboard: "2016 (budsjett). Driftsinntekter: 4,3 milliarder kroner. …" */
export function announce(g: Layout, i: number): string {
  const r = g.rows[i];
  const said = [yearOf(r, g.lang, true), ...figuresAt(g, i, true).map((f) => `${f.label}: ${f.value}`)];
  if (g.faster.includes(r.year)) said.push(STRINGS[g.lang].faster);
  return `${said.join('. ')}.`;
}

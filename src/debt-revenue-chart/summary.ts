/**
 * The chart in words: the summary under it (also its accessible description)
 * and the figures of one year, short for the tooltip and long for the
 * screen-reader announcement.
 */
import { formatMoney, formatMoneyLong, formatNumber, formatPercent } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { baseOf, fasterYears, ratioOf, type Key, type Row, type View } from './data.js';
import type { Layout } from './plot.js';
import { cap, fill, STRINGS } from './strings.js';

/** "2019 (plan)": a year with its kind, which an actual year shows only when `always`. */
export const yearOf = (r: Row, lang: Lang, always = false): string =>
  r.kind === 'actual' && !always ? String(r.year) : `${r.year} (${STRINGS[lang][r.kind]})`;

/** Years in words: "2014, 2016 og 2017", with three or more in a row as a span: "2015 og 2017–2019". */
export function yearList(years: number[], lang: Lang): string {
  const items: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (years[j + 1] === years[j] + 1) j++;
    if (j - i >= 2) items.push(`${years[i]}–\u2060${years[j]}`);
    else items.push(...years.slice(i, j + 1).map(String));
    i = j + 1;
  }
  const end = items.pop();
  return items.length ? `${items.join(', ')} ${STRINGS[lang].and} ${end}` : end ?? '';
}

export function summarize(rows: Row[], view: View, lang: Lang, threshold?: number): string {
  const t = STRINGS[lang];
  const y = (r: Row) => yearOf(r, lang);
  if (view === 'amount') {
    const part = (key: Key): string => {
      const pts = rows.filter((r) => r[key] != null);
      const a = pts[0];
      const b = pts[pts.length - 1];
      if (!a) return '';
      const va = formatMoney(a[key]!, lang);
      const vb = formatMoney(b[key]!, lang);
      // The tense follows the last figure's kind: an actual one happened, a budget or plan is planned.
      const planned = b.kind !== 'actual';
      const verb = b[key]! > a[key]! ? (planned ? t.upPlan : t.up) : planned ? t.downPlan : t.down;
      return fill(a === b ? t.once : va === vb ? t.flat : t.moved, t[`${key}Subj`], verb, va, y(a), vb, y(b));
    };
    const debt = part('debt');
    const revenue = part('revenue');
    return debt && revenue ? `${cap(debt + t.whilst + revenue)}.`
      : debt || revenue ? `${cap(debt || revenue)}. ${fill(t.none, t[debt ? 'revenueSubj' : 'debtSubj'])}.`
        : `${t.empty}.`;
  }
  if (view === 'ratio') {
    const pts = rows.filter((r) => ratioOf(r) != null);
    if (!pts.length) return t.noBoth;
    const pc = (r: Row) => formatPercent(ratioOf(r)!, lang);
    const a = pts[0];
    const b = pts[pts.length - 1];
    const top = pts.reduce((m, r) => (ratioOf(r)! > ratioOf(m)! ? r : m));
    let out = fill(a === b ? t.ratioOnce : t.ratioSpan, pc(a), y(a), pc(b), y(b));
    if (top !== a && top !== b) out += ` ${fill(t.highest, pc(top), y(top))}`;
    if (threshold! > 0) {
      const over = pts.filter((r) => ratioOf(r)! > threshold!).map((r) => r.year);
      out += ` ${fill(over.length ? t.above : t.below, formatPercent(threshold!, lang), yearList(over, lang))}`;
    }
    return out;
  }
  const base = baseOf(rows);
  if (!base) return t.noBoth;
  const last = rows.filter((r) => r.revenue != null && r.debt != null).pop()!;
  if (last === base) return fill(t.oneYear, y(base));
  const change = (k: Key) => (last[k]! / base[k]! - 1) * 100;
  const verb = (k: Key) => (change(k) >= 0 ? t.up : t.down);
  const pct = (k: Key) => formatPercent(Math.abs(change(k)), lang);
  const faster = fasterYears(rows);
  return `${fill(t.growthText, y(base), y(last), verb('debt'), pct('debt'), verb('revenue'), pct('revenue'))} ${
    faster.length ? fill(t.fasterIn, yearList(faster, lang)) : t.fasterNever}`;
}

export interface Figure { key: Key; label: string; value: string }

/** One year's figures in the view's terms; `long` spells amounts out for screen readers. */
export function figuresAt(g: Layout, i: number, long = false): Figure[] {
  const t = STRINGS[g.lang];
  return g.series.map((s) => {
    const v = s.values[i];
    const value = v == null ? t.missing
      : g.view === 'amount' ? (long ? formatMoneyLong : formatMoney)(v, g.lang)
        : g.view === 'ratio' ? formatPercent(v, g.lang)
          : `${long ? `${t.index} ` : ''}${formatNumber(v, g.lang)}`;
    return { key: s.key, label: g.view === 'ratio' ? t.ratioKey : t[s.key], value };
  });
}

/** What is announced when a year is chosen with the keyboard: "2016 (budsjett). Driftsinntekter: 4,3 milliarder kroner. …" */
export function announce(g: Layout, i: number): string {
  const r = g.rows[i];
  const said = [yearOf(r, g.lang, true), ...figuresAt(g, i, true).map((f) => `${f.label}: ${f.value}`)];
  if (g.faster.includes(r.year)) said.push(STRINGS[g.lang].faster);
  return `${said.join('. ')}.`;
}

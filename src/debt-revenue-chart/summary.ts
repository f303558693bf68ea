/**
 * The chart in words: the summary under it (also its accessible description)
 * and the figures of one year, short for the tooltip and long for the
 * screen-reader announcement.
 */
import { formatMoney, formatMoneyLong, formatNumber, formatPercent } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import type { ProgrammeDocument } from '../shared/schema.js';
import { baseOf, ratioOf, verdicts, type Key, type Row, type View } from './data.js';
import { sharedDigits } from './digits.js';
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

/**
 * A sentence about the years in `hit`, out of those that could be judged
 * (`all`), its tense by their kind: actual years in the past, then "…, og
 * etter planen i 2019" for budget and plan years; the planned form when all
 * are planned; negated, "i noen av årene", when there are none. `verbs` are the
 * four forms (strings.ts: grow, be); `more` fills $2.
 */
function tensed(tpl: string, verbs: string, hit: Row[], all: Row[], lang: Lang, more = ''): string {
  const t = STRINGS[lang];
  const v = verbs.split('|');
  const list = (planned: boolean) => yearList(hit.filter((r) => (r.kind !== 'actual') === planned).map((r) => r.year), lang);
  const [past, plan] = [list(false), list(true)];
  const actual = all.some((r) => r.kind === 'actual');
  const tail = hit.length ? plan && past && fill(t.alsoPlan, plan) : actual && all.some((r) => r.kind !== 'actual') && t.alsoNot;
  return `${fill(tpl, v[(hit.length ? +!past : 2 + +!actual)], hit.length ? past || plan : t.anyYear, more)}${tail || ''}.`;
}

/** The rule's verdict in words: the years debt grew faster than revenue, or that it never did; '' with nothing to compare. */
export function verdict(rows: Row[], lang: Lang): string {
  const t = STRINGS[lang];
  const v = verdicts(rows);
  const judged = rows.filter((_, i) => v[i]);
  return judged.length ? tensed(t.fasterIn, t.grow, rows.filter((_, i) => v[i] === 'broken'), judged, lang) : '';
}

/** The rule as the document words it (`fiscalRule.text`), else in the chart's own words. */
export const ruleOf = (doc: ProgrammeDocument, lang: Lang): string => {
  const text = (doc.fiscalRule as { text?: unknown } | undefined)?.text;
  return typeof text === 'string' && text.trim() ? text.trim() : STRINGS[lang].ruleText;
};

export function summarize(rows: Row[], view: View, lang: Lang, threshold?: number): string {
  const t = STRINGS[lang];
  const y = (r: Row) => yearOf(r, lang);
  // The tense follows a figure's kind: an actual one happened, a budget or plan is planned.
  const verb = (r: Row, up: boolean) => (r.kind !== 'actual' ? (up ? t.upPlan : t.downPlan) : up ? t.up : t.down);
  if (view === 'amount') {
    const part = (key: Key): string => {
      const pts = rows.filter((r) => r[key] != null);
      const a = pts[0];
      const b = pts[pts.length - 1];
      if (!a) return '';
      const va = formatMoney(a[key]!, lang);
      const vb = formatMoney(b[key]!, lang);
      return fill(a === b ? t.once : va === vb ? t.flat : t.moved, t[`${key}Subj`], verb(b, b[key]! > a[key]!), va, y(a), vb, y(b));
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
    // One precision for every percentage in the sentence, as in a column ("108,0 %" beside "117,5 %").
    const d = sharedDigits(pts.map((r) => ratioOf(r)!));
    const pc = (r: Row) => formatPercent(ratioOf(r)!, lang, d, true);
    const was = (r: Row) => t.be.split('|')[+(r.kind !== 'actual')];
    const a = pts[0];
    const b = pts[pts.length - 1];
    const top = pts.reduce((m, r) => (ratioOf(r)! > ratioOf(m)! ? r : m));
    let out = a === b ? fill(t.ratioOnce, pc(a), y(a), was(a)) : fill(t.ratioSpan, pc(a), y(a), pc(b), y(b), was(a), was(b));
    if (top !== a && top !== b) out += ` ${fill(t.highest, pc(top), y(top), was(top))}`;
    if (threshold! > 0) {
      out += ` ${tensed(t.above, t.be, pts.filter((r) => ratioOf(r)! > threshold!), pts, lang, formatPercent(threshold!, lang))}`;
    }
    return out;
  }
  const base = baseOf(rows);
  if (!base) return t.noBoth;
  const last = rows.filter((r) => r.revenue != null && r.debt != null).pop()!;
  if (last === base) return fill(t.oneYear, y(base));
  const change = (k: Key) => (last[k]! / base[k]! - 1) * 100;
  const pct = (k: Key) => formatPercent(Math.abs(change(k)), lang);
  // The verdict year by year is the rule's line above the chart (verdict()).
  return fill(t.growthText, verb(last, change('debt') >= 0), pct('debt'), y(base), y(last), verb(last, change('revenue') >= 0), pct('revenue'));
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

/**
 * The figures as CSV that a spreadsheet opens correctly: for nb and nn the
 * way Norwegian Excel expects (semicolons, decimal comma), for en commas and
 * a decimal point. UTF-8 with a byte order mark (or Excel guesses the wrong
 * encoding and breaks "Lånegjeld"), CRLF line ends, a missing figure as an
 * empty cell, money in whole kroner as in the data; the last column says
 * whether the rule was kept that year (empty where there is nothing to compare with).
 */
import type { Lang } from '../shared/i18n.js';
import { ratioOf, verdicts, type Row } from './data.js';
import { STRINGS } from './strings.js';

/** No cell needs quoting: numbers, years and our own words, none with a separator or a quote in it. */
export function toCsv(rows: readonly Row[], lang: Lang): string {
  const t = STRINGS[lang];
  const sep = lang === 'en' ? ',' : ';';
  const num = (v: number | null, digits = 0) => (v == null ? '' : v.toFixed(digits).replace('.', sep === ',' ? '.' : ','));
  const v = verdicts(rows);
  // The ratio's and the verdict's headers are the table's, without its soft hyphens.
  const [, , , ratio, rule] = t.cols.replace(/\u00ad/g, '').split('|');
  return `\ufeff${[
    [t.year, `${t.revenue} (${t.kr})`, `${t.debt} (${t.kr})`, ratio, t.kind, rule],
    ...rows.map((r, i) => [String(r.year), num(r.revenue), num(r.debt), num(ratioOf(r), 1), t[r.kind], v[i] ? t[v[i]!] : '']),
  ].map((l) => l.join(sep)).join('\r\n')}\r\n`;
}

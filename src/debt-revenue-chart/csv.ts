/**
 * The figures as CSV that a spreadsheet opens correctly: for nb and nn the
 * way Norwegian Excel expects (semicolons, decimal comma), for en commas and
 * a decimal point. UTF-8 with a byte order mark (or Excel guesses the wrong
 * encoding and breaks "Lånegjeld"), CRLF line ends, a missing figure as an
 * empty cell, money in whole kroner as in the data.
 */
import type { Lang } from '../shared/i18n.js';
import { ratioOf, type Row } from './data.js';
import { STRINGS } from './strings.js';

/** No cell needs quoting: numbers, years and our own words, none with a separator or a quote in it. */
export function toCsv(rows: readonly Row[], lang: Lang): string {
  const t = STRINGS[lang];
  const sep = lang === 'en' ? ',' : ';';
  const num = (v: number | null, digits = 0) => (v == null ? '' : v.toFixed(digits).replace('.', sep === ',' ? '.' : ','));
  return `\ufeff${[
    [t.year, `${t.revenue} (${t.kr})`, `${t.debt} (${t.kr})`, t.ratioCol, t.kind],
    ...rows.map((r) => [String(r.year), num(r.revenue), num(r.debt), num(ratioOf(r), 1), t[r.kind]]),
  ].map((l) => l.join(sep)).join('\r\n')}\r\n`;
}

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

export function toCsv(rows: readonly Row[], lang: Lang): string {
  const t = STRINGS[lang];
  const en = lang === 'en';
  const sep = en ? ',' : ';';
  const cell = (v: string) => (v.includes(sep) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const num = (v: number | null, digits = 0) => (v == null ? '' : en ? v.toFixed(digits) : v.toFixed(digits).replace('.', ','));
  const lines = [
    [t.year, `${t.revenue} (${t.kr})`, `${t.debt} (${t.kr})`, t.ratioCol, t.kind],
    ...rows.map((r) => [String(r.year), num(r.revenue), num(r.debt), num(ratioOf(r), 1), t.kinds[r.kind]]),
  ];
  return `\ufeff${lines.map((l) => l.map(cell).join(sep)).join('\r\n')}\r\n`;
}

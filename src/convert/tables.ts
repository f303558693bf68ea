/**
 * A section as a spreadsheet (CSV), the way the chart's own download writes
 * the finances: for nb and nn semicolons, for en commas; UTF-8 with a byte
 * order mark; CRLF; money in whole kroner. Converting the file back gives the
 * same section, so an editor can start from a published document, edit it in
 * Excel and bring it back.
 */
import { dsvFormat } from 'd3-dsv';
import { toCsv as financesCsv } from '../debt-revenue-chart/csv.js';
import { toRows } from '../debt-revenue-chart/data.js';
import { STRINGS as TIMELINE } from '../investment-timeline/strings.js';
import { areaLabel, KNOWN_AREAS, type Lang } from '../shared/i18n.js';
import type { FinanceYear, Section, Status } from '../shared/schema.js';
import { STRINGS } from './strings.js';

type Item = Record<string, unknown>;
const str = (v: unknown) => (v == null ? '' : String(v));
/** Known areas in the reader's words; any other area as written, so it comes back unchanged. */
const area = (lang: Lang, v: unknown) => (typeof v === 'string' && (KNOWN_AREAS as readonly string[]).includes(v) ? areaLabel(lang, v) : str(v));

export function toCsv(section: Section, items: readonly Item[], lang: Lang): string {
  if (section === 'finances') return financesCsv(toRows(items as unknown as FinanceYear[]), lang);
  const r = STRINGS[lang].roles;
  const kr = lang === 'en' ? 'NOK' : 'kr';
  const rows = section === 'priorities'
    ? [[r.id, r.title, r.description, r.area], ...items.map((p) => [str(p.id), str(p.title), str(p.description), area(lang, p.area)])]
    : [
      [r.id, r.name, r.area, r.location, r.start, r.end, r.status, `${r.cost} (${kr})`, r.phase, r.description],
      ...items.map((i) => [
        str(i.id), str(i.name), area(lang, i.area), str(i.location), str(i.start), str(i.end),
        i.status ? TIMELINE[lang].status[i.status as Status] : '', str(i.cost), str(i.phase), str(i.description),
      ]),
    ];
  const format = dsvFormat(lang === 'en' ? ',' : ';');
  return `\ufeff${rows.map((row) => format.formatRow(row)).join('\r\n')}\r\n`;
}

/**
 * Spreadsheets → a checked programme document. One implementation for the
 * builder page and `civic-widgets convert`: read (read.ts) → header and
 * columns (columns.ts) → section items (sections.ts) → one document, checked
 * with the elements' own validate(). Pure: no DOM, no file system.
 */
import type { Lang } from '../shared/i18n.js';
import { SECTIONS, type Section } from '../shared/schema.js';
import { validate, type Issue } from '../shared/validate.js';
import { recognise, type Mapping } from './columns.js';
import type { Unit } from './numbers.js';
import type { Sheet } from './read.js';
import { toSection, type Report } from './sections.js';

export { recognise, setRole, type Column, type Mapping, type Table } from './columns.js';
export { parseNumber, unitOf, UNITS, type Unit } from './numbers.js';
export { parseText, readFile, type Sheet } from './read.js';
export { slug, toSection, type Report, type ReportKey } from './sections.js';
export { describe, STRINGS } from './strings.js';
export { toCsv } from './tables.js';
export { ROLES, type Role } from './vocab.js';

export interface ConvertOptions {
  /** Read every sheet as this section instead of recognising it from the headers. */
  section?: Section;
  /** The amounts' unit, overriding what the headers say. */
  unit?: Unit;
  municipality?: string;
  title?: string;
  /** The language of the validation messages. */
  lang?: Lang;
  /** A mapping the editor changed, per sheet (same order as the sheets). */
  mappings?: (Mapping | undefined)[];
  /** A unit per sheet (same order), where sheets need different ones; `unit` is for all. */
  units?: (Unit | undefined)[];
}

export interface SheetResult {
  sheet: Sheet;
  mapping?: Mapping;
  /** How many items it gave. */
  count: number;
}

export interface Conversion {
  /** The programme document: the sections found, each item valid. */
  document: Record<string, unknown>;
  /** Rows skipped and problems, in file and row order; validation problems are among them with key `invalid`. */
  reports: Report[];
  sheets: SheetResult[];
  /** The validation issues, with their paths, as `validate` gives them. */
  issues: Issue[];
  /** No problems: every row with content was used and the document is valid. */
  ok: boolean;
}

export function convert(sheets: Sheet[], options: ConvertOptions = {}): Conversion {
  const reports: Report[] = [];
  const results: SheetResult[] = [];
  const sections: Partial<Record<Section, { items: Record<string, unknown>[]; where: { file: string; row: number; sheet: number }[] }>> = {};
  let period: { start: number; end: number } | undefined;
  const recognisedFiles = new Set(sheets.filter((s, i) => options.mappings?.[i] ?? recognise(s.table, options.section)).map((s) => s.file));

  sheets.forEach((sheet, i) => {
    const file = sheet.sheet ? `${sheet.file} › ${sheet.sheet}` : sheet.file;
    const mapping = options.mappings?.[i] ?? recognise(sheet.table, options.section);
    results.push({ sheet, mapping, count: 0 });
    if (!mapping) {
      const empty = sheet.table.every((r) => r.every((c) => c == null || String(c).trim() === ''));
      // A workbook's other sheets (notes, sources) are passed over when one of its sheets was read.
      if (!empty) reports.push({ level: recognisedFiles.has(sheet.file) ? 'skip' : 'problem', key: 'notRecognised', file, sheet: i });
      return;
    }
    const r = toSection(sheet.table, mapping, options.units?.[i] ?? options.unit);
    results[i].count = r.items.length;
    reports.push(...r.reports.map((x) => ({ ...x, file, sheet: i })));
    const into = (sections[mapping.section] ??= { items: [], where: [] });
    into.items.push(...r.items);
    into.where.push(...r.rows.map((row) => ({ file, row, sheet: i })));
    const years = mapping.columns.filter((c) => c.role === 'years').map((c) => c.year!);
    if (mapping.section === 'investments' && years.length) {
      const s = Math.min(...years, period?.start ?? Infinity);
      const e = Math.max(...years, period?.end ?? -Infinity);
      period = { start: s, end: e };
    }
  });

  const doc: Record<string, unknown> = { version: 1 };
  if (options.municipality?.trim()) doc.municipality = options.municipality.trim();
  if (options.title?.trim()) doc.title = options.title.trim();
  if (period) doc.period = period;
  doc.currency = 'NOK';
  for (const s of SECTIONS) if (sections[s]) doc[s] = sections[s]!.items;

  const result = validate(doc, options.lang ?? 'nb');
  for (const issue of result.issues) {
    const m = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(issue.path);
    const at = m ? sections[m[1] as Section]?.where[Number(m[2])] : undefined;
    reports.push({ level: 'problem', key: 'invalid', row: at?.row, file: at?.file, sheet: at?.sheet, column: m?.[3] ?? issue.path, value: issue.message });
  }
  const document = { ...(result.data ?? doc) };
  for (const s of SECTIONS) if (!sections[s]) delete document[s];
  return {
    document,
    reports,
    sheets: results,
    issues: result.issues,
    ok: result.data !== null && !reports.some((r) => r.level === 'problem'),
  };
}

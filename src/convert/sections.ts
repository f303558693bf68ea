/**
 * Rows → section items. Every row that cannot be used, and every value left
 * out, is reported with its row number as the sheet shows it (1 = the first
 * line), so an editor can find it. Blank rows are passed over in silence;
 * totals rows and repeated header lines are reported as skipped.
 */
import type { Section } from '../shared/schema.js';
import type { Mapping, Table } from './columns.js';
import { isBlank, parseNumber, textOf, UNIT_FACTOR, whenOf, yearOf, type Cell, type Unit } from './numbers.js';
import { areaOf, isTotalLabel, kindIn, kindOf, MONEY_ROLES, statusOf, type Role } from './vocab.js';

/** Why a row or a value was not used; `skip` is expected (a totals row), `problem` needs the editor. */
export type ReportKey =
  | 'totalRow' | 'repeatedHeader' | 'noName' | 'noTitle' | 'notYear' | 'noFigures' | 'notNumber'
  | 'negative' | 'unknownStatus' | 'unknownKind' | 'noUnit' | 'unknownUnit' | 'notWhen' | 'noColumn'
  | 'notRecognised' | 'unreadable' | 'invalid';

export interface Report {
  level: 'skip' | 'problem';
  key: ReportKey;
  /** 1-based row in the sheet; absent for the whole file or a column. */
  row?: number;
  /** The column's header, when it is about one. */
  column?: string;
  /** The columns' headers, when it is about several. */
  columns?: string[];
  /** The value as written, when it is about one. */
  value?: string;
  /** The file, when several are converted. */
  file?: string;
  /** The sheet's index among those converted together. */
  sheet?: number;
}

export interface SectionResult {
  items: Record<string, unknown>[];
  /** For each item, its row in the sheet. */
  rows: number[];
  reports: Report[];
}

/** A readable, stable id from a name: "Nytt sykehjem på Nesbru" → "nytt-sykehjem-pa-nesbru". */
export function slug(name: string): string {
  return name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '') || 'x';
}

/** Converts the rows under the header. `unit`, when given, overrides the units the headers state. */
export function toSection(table: Table, mapping: Mapping, unit?: Unit): SectionResult {
  const reports: Report[] = [];
  const items: Record<string, unknown>[] = [];
  const rows: number[] = [];
  const cols = (role: Role) => mapping.columns.filter((c) => c.role === role);
  /** Money columns whose unit is missing or unknown: reported once for the table, not on every row. */
  const unitless = new Map<string, 'noUnit' | 'unknownUnit'>();
  const line = (cells: Cell[]) => cells.map(textOf).join('\u0001').replace(/\u0001+$/, '');
  const headerLines = new Set(mapping.header.map((h) => line(table[h])));

  const key = { priorities: 'title', investments: 'name', finances: 'year' }[mapping.section] as Role;
  if (!cols(key).length) {
    reports.push({ level: 'problem', key: 'noColumn', value: key });
    return { items, rows, reports };
  }

  for (let r = mapping.header[mapping.header.length - 1] + 1; r < table.length; r++) {
    const cells: Cell[] = table[r] ?? [];
    const row = r + 1;
    if (cells.every(isBlank)) continue;
    if (headerLines.has(line(cells))) {
      reports.push({ level: 'skip', key: 'repeatedHeader', row });
      continue;
    }
    const first = textOf(cells[cols(key)[0].index]) || textOf(cells.find((c) => !isBlank(c)));
    if (isTotalLabel(first)) {
      reports.push({ level: 'skip', key: 'totalRow', row, value: first });
      continue;
    }
    const problem = (k: ReportKey, column?: string, value?: string) => reports.push({ level: 'problem', key: k, row, column, value });
    const text = (role: Role) => cols(role).map((c) => textOf(cells[c.index])).find(Boolean);
    /** Money in whole kroner; undefined for a blank cell or a value that could not be used (reported). */
    const money = (c: Mapping['columns'][number]): number | undefined => {
      const cell = cells[c.index];
      if (isBlank(cell)) return undefined;
      const n = parseNumber(cell);
      if (n === undefined) return problem('notNumber', c.header, textOf(cell)), undefined;
      const u = unit ?? c.unit;
      if (u === undefined || u === 'unknown') {
        unitless.set(c.header, u ? 'unknownUnit' : 'noUnit');
        return undefined;
      }
      return Math.round(n * UNIT_FACTOR[u]);
    };
    /** The first usable amount among a role's columns; `found` hears which column gave it. */
    const amount = (role: Role, found?: (c: Mapping['columns'][number]) => void) => {
      for (const c of cols(role)) {
        const v = money(c);
        if (v === undefined) continue;
        if (v < 0) problem('negative', c.header, textOf(cells[c.index]));
        else return found?.(c), v;
      }
      return undefined;
    };
    const item = SECTIONS[mapping.section]({ cells, text, amount, money, cols, problem });
    if (!item) continue;
    items.push(item);
    rows.push(row);
  }
  for (const key of ['noUnit', 'unknownUnit'] as const) {
    const columns = [...unitless].filter(([, k]) => k === key).map(([c]) => c);
    if (columns.length) reports.unshift({ level: 'problem', key, columns });
  }
  if (mapping.section !== 'finances') addIds(items, mapping.section === 'priorities' ? 'title' : 'name');
  return { items, rows, reports };
}

interface RowTools {
  cells: Cell[];
  text: (role: Role) => string | undefined;
  amount: (role: Role, found?: (c: Mapping['columns'][number]) => void) => number | undefined;
  money: (c: Mapping['columns'][number]) => number | undefined;
  cols: (role: Role) => Mapping['columns'];
  problem: (key: ReportKey, column?: string, value?: string) => void;
}

/** Fields copied as text when present. */
const assign = (o: Record<string, unknown>, t: RowTools, roles: Role[]) => {
  for (const role of roles) {
    const v = t.text(role);
    if (v) o[role] = role === 'area' ? areaOf(v) ?? v : v;
  }
  return o;
};

const SECTIONS: Record<Section, (t: RowTools) => Record<string, unknown> | undefined> = {
  priorities(t) {
    const title = t.text('title');
    if (!title) return t.problem('noTitle'), undefined;
    return assign({ title }, t, ['id', 'description', 'area']);
  },

  investments(t) {
    const name = t.text('name');
    if (!name) return t.problem('noName'), undefined;
    const o = assign({ name }, t, ['id', 'description', 'area', 'location', 'phase']);
    const when = (role: Role) => {
      const c = t.cols(role).find((col) => !isBlank(t.cells[col.index]));
      if (!c) return undefined;
      const v = whenOf(t.cells[c.index]);
      if (v === undefined) t.problem('notWhen', c.header, textOf(t.cells[c.index]));
      return v;
    };
    const period = t.text('period')?.match(/(?:19|20|21)\d\d/g)?.map(Number);
    const startCol = when('start') ?? period?.[0];
    const endCol = when('end') ?? period?.[period.length - 1];

    // Year columns: start and end are the first and last year with an amount,
    // the sum is the cost unless a cost column gives it.
    const years = t.cols('years').map((c) => ({ year: c.year!, v: t.money(c) })).filter((y) => y.v).sort((a, b) => a.year - b.year);
    const before = t.cols('before').map((c) => t.money(c) ?? 0).reduce((a, b) => a + b, 0);
    const sum = years.reduce((a, y) => a + y.v!, before);
    const total = t.amount('cost');
    const cost = total ?? (years.length || before ? sum : undefined);
    // Money outside the year columns lies before them when the project ends within them, else after.
    const missing = total !== undefined && total > sum;
    const last = years.length ? years[years.length - 1].year : undefined;
    const earlyMoney = before > 0 || (missing && endCol !== undefined && last !== undefined && yearOf(String(endCol))! <= last);
    const start = startCol ?? (years.length && !earlyMoney ? years[0].year : undefined);
    const end = endCol ?? (years.length && !(missing && !earlyMoney) ? last : undefined);
    if (start !== undefined) o.start = start;
    if (end !== undefined) o.end = end;
    const status = t.text('status');
    if (status) {
      const s = statusOf(status);
      if (s) o.status = s;
      else t.problem('unknownStatus', t.cols('status')[0].header, status);
    }
    if (cost !== undefined && cost >= 0) o.cost = cost;
    return o;
  },

  finances(t) {
    const yc = t.cols('year')[0];
    const yearText = textOf(t.cells[yc.index]);
    const year = typeof t.cells[yc.index] === 'number' || /^\D*(19|20|21)\d\d\D*$/.test(yearText) ? yearOf(t.cells[yc.index]) : undefined;
    if (year === undefined) return t.problem('notYear', yc.header, yearText), undefined;
    const o: Record<string, unknown> = { year };
    const blank = MONEY_ROLES.filter((r) => r === 'revenue' || r === 'debt').every((r) => t.cols(r).every((c) => isBlank(t.cells[c.index])));
    // Columns such as "Driftsinntekter regnskap" say the kind; the revenue's wins over the debt's, as the chart shows one kind a year.
    const kinds: (string | undefined)[] = [];
    const revenue = t.amount('revenue', (c) => kinds.push(c.header));
    const debt = t.amount('debt', (c) => kinds.push(c.header));
    if (blank) return t.problem('noFigures'), undefined;
    if (revenue !== undefined) o.revenue = revenue;
    if (debt !== undefined) o.debt = debt;
    const kindText = t.text('kind');
    const kind = kindText ? kindOf(kindText) ?? kindIn(kindText) : kindIn(yearText) ?? kinds.map((h) => kindIn(h!)).find(Boolean);
    if (kind) o.kind = kind;
    else if (kindText) t.problem('unknownKind', t.cols('kind')[0].header, kindText);
    const note = t.text('note');
    if (note) o.note = note;
    return o;
  },
};

/** Ids from names, unique within the section ("-2", "-3" for repeats). */
function addIds(items: Record<string, unknown>[], from: string) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.id) return;
    const base = slug(String(item[from]));
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    items[i] = { id: n === 1 ? base : `${base}-${n}`, ...item };
  });
}

/**
 * Finding the header of a sheet and what each column holds. A sheet may start
 * with title lines ("Investeringsbudsjett, beløp i 1000 kr"), have its header
 * on two lines (a group line such as "Budsjett | Økonomiplan" over the years,
 * or a unit line under the names), and state units in headers or the title.
 */
import type { Section } from '../shared/schema.js';
import { isBlank, textOf, unitOf, yearOf, type Cell, type Unit } from './numbers.js';
import { kindIn, MONEY_ROLES, roleOf, ROLES, type Role } from './vocab.js';

export type Table = Cell[][];

export interface Column {
  index: number;
  /** The header as the sheet shows it (both header lines joined). */
  header: string;
  role: Role;
  /** For `years` columns: the year in the header. */
  year?: number;
  /** The unit the header (or the title above it) states; `unknown` for one we cannot convert. */
  unit?: Unit | 'unknown';
}

export interface Mapping {
  section: Section;
  /** 0-based indices of the header lines; data starts after the last. */
  header: number[];
  columns: Column[];
  /** The unit a title line above the header states, for every money column that states none. */
  unit?: Unit | 'unknown';
}

/** How far down a header is looked for. */
const SCAN = 15;

const texts = (row: Cell[] | undefined) => (row ?? []).map(textOf);
const filled = (row: Cell[] | undefined) => texts(row).filter((t) => t !== '').length;
const textOnly = (row: Cell[] | undefined) => !!row && row.every((c) => isBlank(c) || (typeof c === 'string' && !/^[\d\s.,\u00a0-]+$/.test(c)));

/** Roles found in a row for a section, and how many of its cells were recognised. */
function score(row: string[], section: Section): number {
  const roles = row.map((h) => roleOf(h, section)).filter((r) => r && r !== 'ignore');
  const key = { priorities: 'title', investments: 'name', finances: 'year' }[section];
  if (!roles.includes(key as Role)) return 0;
  if (section === 'finances' && !roles.some((r) => r === 'revenue' || r === 'debt')) return 0;
  // Distinct roles count most; many year columns add a little, so a year table wins over a bare list.
  return new Set(roles).size * 10 + roles.length;
}

/**
 * Which section a sheet holds and where its header is, or undefined when no
 * row looks like a header of any section. With `section`, only that one is tried.
 */
export function recognise(table: Table, section?: Section): Mapping | undefined {
  let best: { section: Section; row: number; score: number } | undefined;
  const sections = section ? [section] : (Object.keys(ROLES) as Section[]);
  for (let r = 0; r < Math.min(table.length, SCAN); r++) {
    for (const s of sections) {
      const single = score(texts(table[r]), s);
      const merged = r > 0 && textOnly(table[r - 1]) && filled(table[r - 1]) > 1 ? score(joinLines(table[r - 1], table[r]), s) : 0;
      const sc = Math.max(single, merged);
      if (sc > (best?.score ?? 0)) best = { section: s, row: r, score: sc };
    }
  }
  if (!best && section) {
    // Told the section but no header names its key column: the first line is the header, and the missing column is reported.
    const first = table.findIndex((row) => filled(row) > 0);
    return first < 0 ? undefined : mappingAt(table, section, first);
  }
  return best && mappingAt(table, best.section, best.row);
}

/**
 * The header lines around row `r`: the line above joins it when it is a group
 * line (text only, more than one cell), the line below when it holds only units.
 */
function mappingAt(table: Table, section: Section, r: number): Mapping {
  const header = [r];
  let names = texts(table[r]);
  if (r > 0 && textOnly(table[r - 1]) && filled(table[r - 1]) > 1) {
    const joined = joinLines(table[r - 1], table[r]);
    if (score(joined, section) >= score(names, section)) {
      names = joined;
      header.unshift(r - 1);
    }
  }
  const below = table[r + 1];
  if (textOnly(below) && filled(below) > 0 && texts(below).every((t) => t === '' || unitOf(t) !== undefined)) {
    names = names.map((n, i) => [n, textOf(below![i])].filter(Boolean).join(' '));
    header.push(r + 1);
  }
  // A unit in a title line above the header applies to every money column that states none.
  let tableUnit: Unit | 'unknown' | undefined;
  for (let t = 0; t < header[0]; t++) tableUnit ??= texts(table[t]).map(unitOf).find(Boolean);
  const width = Math.max(...header.map((h) => table[h].length));
  const columns = Array.from({ length: width }, (_, i): Column => ({ index: i, header: names[i] ?? '', role: roleOf(names[i] ?? '', section) ?? 'ignore' }));
  return withUnits({ section, header, columns, unit: tableUnit });
}

/**
 * Each column's year and unit for its role. One table, one unit: a money
 * column that states none takes the title line's, else the one unit that the
 * other money columns all state.
 */
function withUnits(mapping: Mapping): Mapping {
  const columns = mapping.columns.map(({ index, header, role }): Column => {
    const col: Column = { index, header, role };
    if (role === 'years') col.year = yearOf(header);
    if (MONEY_ROLES.includes(role)) col.unit = unitOf(header) ?? mapping.unit;
    return col;
  });
  const money = columns.filter((c) => MONEY_ROLES.includes(c.role));
  const stated = new Set(money.map((c) => c.unit).filter(Boolean));
  if (stated.size === 1) for (const c of money) c.unit ??= [...stated][0];
  return { ...mapping, columns };
}

/** The mapping with one column's role changed by the editor; years and units follow. */
export function setRole(mapping: Mapping, index: number, role: Role): Mapping {
  return withUnits({ ...mapping, columns: mapping.columns.map((c) => (c.index === index ? { ...c, role } : c)) });
}

/**
 * Two header lines as one: a group cell ("Økonomiplan") stands over the year
 * cells to its right until the next group cell, as a merged cell does; a cell
 * alone on the upper line (the lower one blank) is the column's name.
 */
function joinLines(upper: Cell[], lower: Cell[]): string[] {
  const up = texts(upper);
  const low = texts(lower);
  const out: string[] = [];
  let group = '';
  for (let i = 0; i < Math.max(up.length, low.length); i++) {
    const u = up[i] ?? '';
    const l = low[i] ?? '';
    if (u) group = u;
    const isYear = yearOf(l) !== undefined && /^\D*\d{4}$/.test(l);
    // "Regnskap" under "Driftsinntekter": the group names the figure, the cell its kind.
    const isKind = !isYear && l.split(' ').length <= 2 && kindIn(l) !== undefined;
    if (!l) out.push(u);
    else if (isYear && group && kindIn(group)) out.push(`${group} ${l}`);
    else if (isYear && group && unitOf(group)) out.push(`${l} (${group})`);
    else if (isKind && group && !kindIn(group)) out.push(`${group} ${l}`);
    else if (u && unitOf(u)) out.push(`${l} (${u})`);
    else out.push(l);
    if (!isYear && !isKind && !u) group = '';
  }
  return out;
}

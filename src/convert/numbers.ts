/**
 * Numbers, years and units as people write them in Norwegian spreadsheets:
 * "221 000", "4 265,1", "4.265,1", "−12", "1 000 kr", non-breaking spaces.
 * Pure functions; a cell that is already a number (from .xlsx) passes through.
 */

/** What one amount in a column is worth in kroner. */
export type Unit = 'kr' | '1000' | 'mill' | 'mrd';
export const UNIT_FACTOR: Record<Unit, number> = { kr: 1, 1000: 1e3, mill: 1e6, mrd: 1e9 };
export const UNITS = Object.keys(UNIT_FACTOR) as Unit[];

/** A cell as the readers give it: text, a number, a date or nothing. */
export type Cell = string | number | boolean | Date | null | undefined;

const SPACES = /[\s\u00a0\u202f\u2007\u2009']/g;
const MINUS = /^[-\u2212\u2012\u2013]/;

/**
 * A number from a cell, or undefined when the cell is not one.
 * With both "." and ",", the last one is the decimal mark ("4.265,1", "4,265.1").
 * With only one kind, it groups thousands when it repeats or is followed by
 * exactly three digits in a row of groups ("1.234.567"), and is a decimal mark
 * otherwise ("4 265,1", "93,0"): a Norwegian sheet's comma is a decimal comma.
 */
export function parseNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  let s = cell.trim().replace(/^(kr|nok)\.?/i, '').replace(/(kr|nok|,-|\.-)\.?$/i, '').replace(SPACES, '');
  let sign = 1;
  if (/^\(.*\)$/.test(s)) {
    // (12) is how accountants write a negative amount.
    sign = -1;
    s = s.slice(1, -1);
  }
  if (MINUS.test(s)) {
    sign = -sign;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    const [group, decimal] = dot > comma ? [',', '.'] : ['.', ','];
    s = s.split(group).join('').replace(decimal, '.');
  } else if (dot >= 0 || comma >= 0) {
    const mark = dot >= 0 ? '.' : ',';
    const parts = s.split(mark);
    const grouped = parts.length > 2 && parts.slice(1).every((p) => p.length === 3) && parts[0].length <= 3;
    if (grouped) s = parts.join('');
    else if (parts.length > 2) return undefined;
    else s = parts.join('.');
  }
  const n = Number(s);
  return Number.isFinite(n) ? sign * n : undefined;
}

/** A year such as 2017 from a cell (a number, "2017", "Budsjett 2017", a date), or undefined. */
export function yearOf(cell: Cell): number | undefined {
  if (cell instanceof Date) return cell.getUTCFullYear();
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1900 && cell <= 2199 ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const m = /(?:^|\D)((?:19|20|21)\d\d)(?!\d)/.exec(cell);
  return m ? Number(m[1]) : undefined;
}

/** A start or end as the format wants it: 2017, or "2017-06" for a date or "06.2017" / "2017-06". */
export function whenOf(cell: Cell): number | string | undefined {
  if (cell instanceof Date) return `${cell.getUTCFullYear()}-${String(cell.getUTCMonth() + 1).padStart(2, '0')}`;
  if (typeof cell === 'string') {
    const t = cell.trim();
    let m = /^((?:19|20|21)\d\d)-(0[1-9]|1[0-2])(?:-\d\d)?$/.exec(t);
    if (m) return `${m[1]}-${m[2]}`;
    m = /^(?:\d{1,2}\.)?(0?[1-9]|1[0-2])[./]((?:19|20|21)\d\d)$/.exec(t);
    if (m) return `${m[2]}-${m[1].padStart(2, '0')}`;
    if (!/^\D{0,12}(19|20|21)\d\d\D{0,4}$/.test(t)) return undefined;
  }
  return yearOf(cell);
}

/** Text between brackets, after "i"/"in", or the whole header, that may name a unit. */
function unitPart(header: string): string {
  const bracket = /\(([^)]*)\)|\[([^\]]*)\]/.exec(header);
  if (bracket) return bracket[1] ?? bracket[2];
  const after = /(?:^|\s)(?:i|in|beløp i|amounts in)\s+(.+)$/i.exec(header);
  return after ? after[1] : header;
}

/**
 * The unit a header or title line states: "Beløp (1000 kr)", "i 1 000 kr",
 * "mill. kr", "MNOK", "NOK 1000", "(kr)". `unknown` when it states something
 * else that looks like money ("(euro)", "(1000 USD)"); undefined when it states none.
 */
export function unitOf(header: string): Unit | 'unknown' | undefined {
  const s = unitPart(header).toLowerCase().replace(SPACES, ' ').replace(/\s+/g, ' ').trim();
  if (/eur|usd|sek|dkk|gbp|dollar|pund|[$€£]/.test(s)) return 'unknown';
  if (/\bmrd\b|milliard|\bbn\b|billion/.test(s)) return 'mrd';
  if (/\bmill\b|\bmill\.|million|\bmnok\b|\bnok m\b|\bm ?kr\b/.test(s)) return 'mill';
  if (/\b1 ?000\b|tusen|\btnok\b|\bthousand|\bk ?kr\b|\bnok ?k\b/.test(s)) return '1000';
  if (/\bkr\b|\bkr\.|kroner|\bnok\b/.test(s)) return 'kr';
  return undefined;
}

/** Whether a cell holds nothing: empty, blank, or a dash standing for "no figure". */
export const isBlank = (cell: Cell): boolean =>
  cell == null || (typeof cell === 'string' && /^[\s\u00a0\u202f\-\u2013\u2212]*$/.test(cell));

/** A cell as text, for headers and names. */
export const textOf = (cell: Cell): string =>
  cell == null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).replace(/[\u00a0\u202f]/g, ' ').trim();

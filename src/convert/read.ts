/**
 * Files and pasted text → tables of cells, by libraries rather than by hand:
 * d3-dsv (RFC 4180 quoting, ~2 KB) for CSV, TSV and what a spreadsheet puts on
 * the clipboard (tab-separated), read-excel-file for .xlsx. The xlsx reader is
 * imported only when an .xlsx file arrives, so a paste never loads it.
 */
import { dsvFormat } from 'd3-dsv';
import type { Table } from './columns.js';

export interface Sheet {
  /** The file's name, as the editor gave it. */
  file: string;
  /** The sheet's name inside a workbook; absent for CSV and pasted text. */
  sheet?: string;
  table: Table;
}

const DELIMITERS = ['\t', ';', ','] as const;

/**
 * The separator of delimited text: the one that splits the most lines into
 * the same number (above one) of fields. Norwegian Excel writes semicolons
 * (its decimal mark is the comma); the clipboard holds tabs.
 */
export function sniffDelimiter(text: string): string {
  const sample = text.split(/\r?\n/).filter((l) => l.trim()).slice(0, 30).join('\n');
  let best: { d: string; share: number; width: number } = { d: DELIMITERS[0], share: 0, width: 1 };
  for (const d of DELIMITERS) {
    const counts = dsvFormat(d).parseRows(sample).map((r) => r.length);
    const tally = new Map<number, number>();
    for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
    const [width, n] = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [1, 0];
    const share = width > 1 ? n / counts.length : 0;
    if (share > best.share || (share === best.share && share > 0 && width > best.width)) best = { d, share, width };
  }
  return best.d;
}

/** Delimited text as rows of text cells; a byte order mark is dropped. */
export function parseText(text: string): Table {
  const t = text.replace(/^\ufeff/, '');
  return dsvFormat(sniffDelimiter(t)).parseRows(t);
}

/** Windows-1252's characters at 0x80–0x9F ("–", "€", "’" …); Node's decoder reads that range as Latin-1 control codes. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Bytes as text: UTF-8 (with or without BOM), else Windows-1252, which older Norwegian Excel writes. */
export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes).replace(/[\x80-\x9f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]);
  }
}

/** An .xlsx file starts like every zip file. */
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Every sheet of a file: each sheet of a workbook, or the one table of a CSV. Throws on a file that is neither. */
export async function readFile(file: string, data: ArrayBuffer | Uint8Array): Promise<Sheet[]> {
  const bytes = ArrayBuffer.isView(data) ? data : new Uint8Array(data);
  if (isZip(bytes)) {
    const { default: readXlsx } = await import('read-excel-file/universal');
    // A copy made here: the reader checks `instanceof ArrayBuffer`, which a buffer from another window (a frame) or a Node Buffer's pool fails.
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    const sheets = await readXlsx(copy.buffer, { trim: false });
    return sheets.map((s) => ({ file, sheet: s.sheet, table: s.data as Table }));
  }
  if (/\.(xlsx?|ods|numbers)$/i.test(file)) throw new Error('unreadable');
  return [{ file, table: parseText(decode(bytes)) }];
}

/**
 * Run-time validation of data format v1. It never throws: every problem is
 * returned with a path (`investments[3].start`) and a translated message;
 * invalid items are dropped and valid ones kept, so a widget can show what it can.
 */
import { MESSAGES, type Lang, type Messages } from './i18n.js';
import {
  FAIL, headerFields, sectionItems, SECTIONS,
  type ProgrammeDocument, type Section,
} from './schema.js';

/** One problem in the data, as `civic-error` reports it. */
export interface Issue {
  /** Where, e.g. `investments[3].start`; empty for the document itself. */
  path: string;
  /** What is wrong, in plain words in the element's language. */
  message: string;
}

export interface ValidationResult {
  /** The valid part of the document, or null when its shape was wrong. */
  data: ProgrammeDocument | null;
  issues: Issue[];
  /** How many items of each section were left out. */
  dropped: Record<Section, number>;
  /** How many items each section had before validation. */
  total: Record<Section, number>;
  /** Whether the input holds the section as a list (or null, an empty one); a bare array holds only its own. */
  present: Record<Section, boolean>;
}

type Key = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

function message(lang: Lang, key: string): string {
  const m = MESSAGES[lang][key as Key];
  return typeof m === 'string' ? m : key;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Which section a bare array holds, judged by its first object: title → priorities, name → investments, year → finances. */
export function guessSection(items: unknown[]): Section | undefined {
  const first = items.find(isPlainObject);
  if (!first) return undefined;
  if ('year' in first) return 'finances';
  if ('name' in first) return 'investments';
  if ('title' in first) return 'priorities';
  return undefined;
}

/** A start or end as a fraction of years: start 2017 → 2017, end 2017 → 2018, end "2017-06" → 2017.5. */
export function yearPosition(value: number | string, edge: 'start' | 'end'): number {
  if (typeof value === 'number') return edge === 'start' ? value : value + 1;
  const [y, m] = value.split('-').map(Number);
  return y + (edge === 'start' ? m - 1 : m) / 12;
}

/**
 * Validates a document, or a bare array of one section (`section` says which;
 * without it the section is guessed from the items).
 */
export function validate(input: unknown, lang: Lang = 'nb', section?: Section): ValidationResult {
  const issues: Issue[] = [];
  const dropped = { priorities: 0, investments: 0, finances: 0 };
  const total = { priorities: 0, investments: 0, finances: 0 };
  const present = { priorities: false, investments: false, finances: false };
  const add = (path: string, key: string) => issues.push({ path, message: message(lang, key) });

  let doc: unknown = input;
  if (Array.isArray(input)) {
    const s = section ?? guessSection(input);
    if (!s) {
      add('', 'vUnknownSection');
      return { data: null, issues, dropped, total, present };
    }
    doc = { [s]: input };
  }
  if (!isPlainObject(doc)) {
    add('', 'errorShape');
    return { data: null, issues, dropped, total, present };
  }

  // Unknown fields are kept (spread first) and ignored, so the format can grow.
  const out: Record<string, unknown> = { ...doc };
  for (const [key, schema] of Object.entries(headerFields)) {
    if (doc[key] === undefined) continue;
    if (schema.p(doc[key], key, add) === FAIL) delete out[key];
  }
  const period = out.period as { start: number; end: number } | undefined;
  if (period && period.start > period.end) {
    delete out.period;
    add('period', 'vStartAfterEnd');
  }

  for (const s of SECTIONS) {
    const value = doc[s];
    present[s] = value === null || Array.isArray(value);
    if (value === undefined || value === null) {
      out[s] = [];
      continue;
    }
    if (!Array.isArray(value)) {
      out[s] = [];
      add(s, 'vArray');
      dropped[s] = total[s] = 1;
      continue;
    }
    total[s] = value.length;
    const kept: unknown[] = [];
    const years = new Set<number>();
    value.forEach((item, index) => {
      const at = `${s}[${index}]`;
      const o = sectionItems[s].p(item, at, add) as Record<string, unknown> | typeof FAIL;
      if (o === FAIL) {
        dropped[s]++;
        return;
      }
      if (s === 'investments' && o.start != null && o.end != null
        && yearPosition(o.start as number | string, 'start') >= yearPosition(o.end as number | string, 'end')) {
        add(`${at}.end`, 'vStartAfterEnd');
        dropped[s]++;
        return;
      }
      if (s === 'finances') {
        const y = o.year as number;
        if (years.has(y)) {
          issues.push({ path: `${at}.year`, message: MESSAGES[lang].vDuplicateYear(y) });
          dropped[s]++;
          return;
        }
        years.add(y);
      }
      kept.push(o);
    });
    out[s] = kept;
  }
  return { data: out as ProgrammeDocument, issues, dropped, total, present };
}

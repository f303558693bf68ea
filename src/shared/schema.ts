/**
 * Data format v1, defined once. Each schema below is a parser (`p`) and its
 * JSON Schema (`j`) side by side; the TypeScript types are inferred from the
 * same objects. `validate.ts` runs the parsers, `scripts/build-schema.js`
 * writes `schema/programme.v1.json` from `j`, so the three cannot drift.
 *
 * Written here rather than with a schema library: the whole definition costs
 * under 1 KB min+gzip, where valibot cost 2.5 KB of a 25 KB budget.
 * Messages are keys into `i18n.ts` (`vYear`, …); `validate.ts` translates them.
 *
 * The browser bundles leave the JSON Schema out (≈ 0.2 KB min+gzip): nothing
 * there reads `j`. vite.config.ts defines `__CIVIC_JSON_SCHEMA__` as false, so
 * each `j` is `{}` and its definition is dead code; everywhere else (tsc's
 * dist/lib, the test runner) the name is undefined and `j` is built.
 */
declare const __CIVIC_JSON_SCHEMA__: boolean | undefined;
const JSON_SCHEMA = typeof __CIVIC_JSON_SCHEMA__ === 'undefined' || __CIVIC_JSON_SCHEMA__;
type Json = Record<string, unknown>;
/** A JSON Schema, built only where it is wanted. */
const json = (j: () => Json): Json => (JSON_SCHEMA ? j() : {});

/** Returned by a parser for a value it rejected (after reporting why). */
export const FAIL: unique symbol = Symbol('invalid');

/** Reports a problem: a path such as `investments[3].start` and a message key. */
export type Report = (path: string, key: string) => void;

export interface Schema<T> {
  /** Parses a value, returning it (possibly rebuilt) or FAIL. */
  p: (value: unknown, path: string, report: Report) => T | typeof FAIL;
  /** The JSON Schema of the value (`{}` in the browser bundles). */
  j: Json;
  /** Optional fields may be missing (or undefined). */
  o?: boolean;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

const check = <T>(test: (x: unknown) => boolean, key: string, j: () => Json): Schema<T> => ({
  p: (x, path, report) => (test(x) ? (x as T) : (report(path, key), FAIL)),
  j: json(j),
});

/** Required text must say something (an empty one is called empty, not missing); optional text may be empty. */
const text = (key = 'vText'): Schema<string> => ({
  p: (x, path, report) =>
    typeof x !== 'string' ? (report(path, key), FAIL) : key === 'vText' && !x.trim() ? (report(path, 'vEmpty'), FAIL) : x,
  j: json(() => ({ type: 'string', ...(key === 'vText' ? { pattern: '\\S' } : {}) })),
});
const optional = <T>(s: Schema<T>): Schema<T> & { o: true } => ({ ...s, o: true });
const nullable = <T>(s: Schema<T>): Schema<T | null> => ({
  p: (x, path, report) => (x === null ? null : s.p(x, path, report)),
  j: json(() => ({ anyOf: [s.j, { type: 'null' }] })),
});
const oneOf = <T extends string>(values: readonly T[], key: string) =>
  check<T>((x) => values.includes(x as T), key, () => ({ type: 'string', enum: values }));

const isYear = (x: unknown) => Number.isInteger(x) && (x as number) >= 1000 && (x as number) <= 9999;
const YEAR_MONTH = /^[1-9]\d{3}-(0[1-9]|1[0-2])$/;
const isYearMonth = (x: unknown) => typeof x === 'string' && YEAR_MONTH.test(x) && isYear(Number(x.slice(0, 4)));

/** A year such as 2017. */
export const Year = check<number>(isYear, 'vYear', () => ({ type: 'integer', minimum: 1000, maximum: 9999 }));

/** A year (2017) or a year-month ("2017-06"); missing or null means "not said". */
const When = optional(nullable(check<number | string>((x) => isYear(x) || isYearMonth(x), 'vYearMonth', () => ({
  anyOf: [Year.j, { type: 'string', pattern: YEAR_MONTH.source }],
}))));

/**
 * Whole currency units (kroner), never pre-scaled; missing or null is a gap, not a zero.
 * `least` > 0: a municipality's revenue or debt, where anything between 0 and that is
 * a figure written in millions or billions by mistake ("revenue": 4.6).
 */
const money = (least = 0) => optional(nullable<number>({
  p: (x, path, report) => {
    const key = typeof x === 'string' ? 'vMoneyText'
      : typeof x !== 'number' || !(x <= 1e15) ? 'vMoney'
        : x < 0 ? 'vMoneyNegative'
          : x > 0 && x < least ? 'vMoneyScaled'
            : !Number.isInteger(x) ? 'vMoneyWhole' : '';
    return key ? (report(path, key), FAIL) : (x as number);
  },
  j: json(() => (least
    ? { type: 'integer', maximum: 1e15, anyOf: [{ const: 0 }, { minimum: least }] }
    : { type: 'integer', minimum: 0, maximum: 1e15 })),
}));

/** The smallest revenue or debt (in kroner) a municipality reports; Utsira, the smallest, has over 100 million. */
export const PLAUSIBLE_KRONER = 1_000_000;

type Shape = Record<string, Schema<unknown>>;
type Optional<S extends Shape> = { [K in keyof S]: S[K] extends { o: true } ? K : never }[keyof S];
/** An object's type: required and optional fields, and any unknown field (kept, ignored). */
export type ObjectOf<S extends Shape> = { [K in Exclude<keyof S, Optional<S>>]: Infer<S[K]> } & {
  [K in Optional<S>]?: Infer<S[K]>;
} & { [key: string]: unknown };

/** An object whose listed fields are checked; unknown fields are kept, so the format can grow. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return {
    p: (x, path, report) => {
      if (typeof x !== 'object' || x === null || Array.isArray(x)) return report(path, 'vObject'), FAIL;
      const input = x as Record<string, unknown>;
      let ok = true;
      for (const [key, s] of Object.entries(shape)) {
        const at = path ? `${path}.${key}` : key;
        if (input[key] === undefined) {
          if (!s.o) ok = (report(at, 'vMissing'), false);
        } else if (s.p(input[key], at, report) === FAIL) ok = false;
      }
      return ok ? (input as ObjectOf<S>) : FAIL;
    },
    j: json(() => ({
      type: 'object',
      properties: Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, s.j])),
      required: Object.keys(shape).filter((k) => !shape[k].o),
    })),
  };
}

/** A section: a list of items (null counts as empty, as in validate.ts), each checked. */
const array = <T>(item: Schema<T>) => optional<T[] | null>({
  p: (x, path, report) => {
    if (x === null) return null;
    if (!Array.isArray(x)) return report(path, 'vArray'), FAIL;
    const bad = x.filter((v, i) => item.p(v, `${path}[${i}]`, report) === FAIL).length;
    return bad ? FAIL : (x as T[]);
  },
  j: json(() => ({ type: ['array', 'null'], items: item.j })),
});

export const STATUSES = ['planned', 'in-progress', 'completed'] as const;
export const KINDS = ['actual', 'budget', 'plan'] as const;

export const Priority = object({
  id: optional(text('vTextOptional')),
  title: text(),
  description: optional(text('vTextOptional')),
  area: optional(text('vTextOptional')),
});

export const Investment = object({
  id: optional(text('vTextOptional')),
  name: text(),
  description: optional(text('vTextOptional')),
  area: optional(text('vTextOptional')),
  start: When,
  end: When,
  status: optional(oneOf(STATUSES, 'vStatus')),
  cost: money(),
  location: optional(text('vTextOptional')),
});

export const FinanceYear = object({
  year: Year,
  revenue: money(PLAUSIBLE_KRONER),
  debt: money(PLAUSIBLE_KRONER),
  kind: optional(oneOf(KINDS, 'vKind')),
});

/** The document's own fields, each validated (and dropped when wrong) on its own. */
export const headerFields = {
  version: optional(check<1>((x) => x === 1, 'vVersion', () => ({ const: 1 }))),
  municipality: optional(text('vTextOptional')),
  title: optional(text('vTextOptional')),
  period: optional(object({ start: Year, end: Year })),
  currency: optional(text('vTextOptional')),
  source: optional(object({
    name: optional(text('vTextOptional')),
    url: optional(text('vTextOptional')),
    date: optional(text('vTextOptional')),
  })),
};

/** The sections, each a list of items validated one by one (see validate.ts). */
export const sectionItems = { priorities: Priority, investments: Investment, finances: FinanceYear };

export type Section = keyof typeof sectionItems;
export const SECTIONS = Object.keys(sectionItems) as Section[];

/**
 * Rules that JSON Schema cannot state (it cannot compare two values); the
 * validator checks them, and the published schema lists them in `$comment`.
 */
export const VALIDATOR_ONLY_RULES = [
  'period.start is not after period.end',
  "an investment's start is not after its end (years or year-months)",
  'each finances[].year appears once; a repeated year is left out',
  "an element needs its own section (priorities, investments or finances) as a list; a document without it is of the wrong shape for that element",
];

/** The whole document, for its type and the published JSON Schema (not used by the elements: pure, so the bundles drop it). */
export const Programme = /* @__PURE__ */ object({
  ...headerFields,
  priorities: array(Priority),
  investments: array(Investment),
  finances: array(FinanceYear),
});

export type Priority = Infer<typeof Priority>;
export type Investment = Infer<typeof Investment>;
export type FinanceYear = Infer<typeof FinanceYear>;
export type Status = (typeof STATUSES)[number];
export type FinanceKind = (typeof KINDS)[number];
/** A valid programme document: what elements render and what `civic-load` carries. */
export type ProgrammeDocument = Infer<typeof Programme>;

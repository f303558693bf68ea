/**
 * Data format v1, defined once. The TypeScript types (`InferOutput`), the
 * run-time validation (`validate.ts`) and the published JSON Schema
 * (`schema/programme.v1.json`, made by `scripts/build-schema.js`) all come
 * from these valibot schemas, so the three cannot drift apart.
 *
 * Messages are keys into `i18n.ts` (`vYear`, …); `validate.ts` translates them.
 */
import * as v from 'valibot';

const text = v.string('vText');
const optionalText = v.optional(v.string('vTextOptional'));

/** A year such as 2017. */
export const Year = v.pipe(
  v.number('vYear'),
  v.integer('vYear'),
  v.minValue(1000, 'vYear'),
  v.maxValue(9999, 'vYear'),
);

/** A year-month such as "2017-06". */
export const YearMonth = v.pipe(v.string('vYearMonth'), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'vYearMonth'));

/** A year or a year-month; missing (or null) means "not said". */
const When = v.optional(v.nullable(v.union([Year, YearMonth], 'vYearMonth')));

/** Whole currency units (kroner), never pre-scaled; missing or null is a gap, not a zero. */
const Money = v.optional(
  v.nullable(v.pipe(v.number('vMoney'), v.minValue(0, 'vMoney'), v.maxValue(1e15, 'vMoney'))),
);

export const STATUSES = ['planned', 'in-progress', 'completed'] as const;
export const KINDS = ['actual', 'budget', 'plan'] as const;

export const Priority = v.looseObject(
  {
    id: optionalText,
    title: text,
    description: optionalText,
    area: optionalText,
  },
  'vObject',
);

export const Investment = v.looseObject(
  {
    id: optionalText,
    name: text,
    description: optionalText,
    area: optionalText,
    start: When,
    end: When,
    status: v.optional(v.picklist(STATUSES, 'vStatus')),
    cost: Money,
    location: optionalText,
  },
  'vObject',
);

export const FinanceYear = v.looseObject(
  {
    year: Year,
    revenue: Money,
    debt: Money,
    kind: v.optional(v.picklist(KINDS, 'vKind')),
  },
  'vObject',
);

/** The document's own fields, each validated (and dropped when wrong) on its own. */
export const headerFields = {
  version: v.optional(v.literal(1, 'vVersion')),
  municipality: optionalText,
  title: optionalText,
  period: v.optional(v.object({ start: Year, end: Year }, 'vObject')),
  currency: optionalText,
  source: v.optional(
    v.looseObject({ name: optionalText, url: optionalText, date: optionalText }, 'vObject'),
  ),
};

/** The sections, each a list of items validated one by one. */
export const sectionItems = {
  priorities: Priority,
  investments: Investment,
  finances: FinanceYear,
};

export type Section = keyof typeof sectionItems;
export const SECTIONS = Object.keys(sectionItems) as Section[];

/** The whole document, as published in the JSON Schema. */
export const Programme = v.looseObject(
  {
    ...headerFields,
    priorities: v.optional(v.array(Priority, 'vArray')),
    investments: v.optional(v.array(Investment, 'vArray')),
    finances: v.optional(v.array(FinanceYear, 'vArray')),
  },
  'vObject',
);

export type Priority = v.InferOutput<typeof Priority>;
export type Investment = v.InferOutput<typeof Investment>;
export type FinanceYear = v.InferOutput<typeof FinanceYear>;
export type Status = (typeof STATUSES)[number];
export type FinanceKind = (typeof KINDS)[number];
/** A valid programme document: what elements render and what `civic-load` carries. */
export type ProgrammeDocument = v.InferOutput<typeof Programme>;
/** What may be passed in: a document, or a bare array of one section's items. */
export type ProgrammeInput = ProgrammeDocument | Priority[] | Investment[] | FinanceYear[] | unknown;

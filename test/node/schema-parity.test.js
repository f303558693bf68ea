// Schema and validator agree (issue 14): generated documents, valid and broken, go through the
// library's validator (dist/lib, `npm run build:lib`) and through ajv with schema/programme.v1.json.
// Per item (priorities[i], investments[i], finances[i]), per section and per document-level field:
// "the validator reports an issue at or under this path" ⇔ "ajv reports an error there". The only
// exceptions allowed are the rules JSON Schema cannot state (VALIDATOR_ONLY_RULES, named in the
// schema's $comment): there the validator must reject and ajv accept, and nowhere else.
// The last test breaks the schema on purpose, rule by rule, and requires this property to catch each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Ajv from 'ajv';
import { validate, yearPosition } from '../../dist/lib/shared/validate.js';
import { VALIDATOR_ONLY_RULES, headerFields, SECTIONS } from '../../dist/lib/shared/schema.js';
import { MESSAGES } from '../../dist/lib/shared/i18n.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/programme.v1.json', import.meta.url), 'utf8'));
const asker = JSON.parse(readFileSync(new URL('../../demo/data/asker-2017-2020.json', import.meta.url), 'utf8'));
// FC_SEED and RUNS let a deeper hunt run (120 000 documents over seeds 1–6 found nothing); the default stays under ~10 s.
const RUNS = Number(process.env.RUNS ?? 3000);
const SEED = Number(process.env.FC_SEED ?? 20170101);
const HEADER = Object.keys(headerFields);

// allErrors: every broken item must be reported, not just the first; strict: the schema must be clean draft-07.
const compile = (s) => new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(s);

/** `/investments/3/start` → `investments[3].start` (the validator's path form). */
const fromPointer = (pointer) => pointer.split('/').slice(1)
  .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  .reduce((path, p) => (/^\d+$/.test(p) ? `${path}[${p}]` : path ? `${path}.${p}` : p), '');
const under = (path, unit) => path === unit || path.startsWith(`${unit}.`) || path.startsWith(`${unit}[`);

/** English message → key, so the run can show that every rule was reached (vText and vTextOptional share words). */
const keyOf = (message) => Object.entries(MESSAGES.en)
  .filter(([, m]) => (typeof m === 'function' ? message.startsWith(m(0).split('0')[0]) : m === message))
  .map(([k]) => k).sort().join('|') || `?${message}`;

// ---- generators: each field valid, or broken in each way its rule forbids ----------------------
const anyJson = fc.jsonValue({ maxDepth: 2 });
const WHITE = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202f', '\u3000', '\ufeff'];
const blank = fc.array(fc.constantFrom(...WHITE), { maxLength: 3 }).map((a) => a.join(''));
// Not whitespace to either side, though they look empty: zero-width space, Mongolian vowel separator, NEL.
const invisible = fc.constantFrom('\u200b', '\u180e', '\u0085', ' \u200b ');
const words = fc.oneof(fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }), fc.constantFrom('Asker', 'Bleikerfaret barnehage', 'Ø'));
const someText = fc.oneof(words, blank, invisible);
const textField = fc.oneof({ weight: 6, arbitrary: someText }, { weight: 1, arbitrary: anyJson });

const goodYear = fc.integer({ min: 2014, max: 2024 });
const year = fc.oneof(
  { weight: 8, arbitrary: goodYear },
  fc.constantFrom(999, 1000, 9999, 10000, 0, -2017, 2017.5, 1e300, '2017', '2017-06', true),
  fc.integer({ min: -20000, max: 20000 }),
  anyJson,
);
const month = fc.integer({ min: 0, max: 13 }).map((m) => String(m).padStart(2, '0'));
const yearMonth = fc.tuple(fc.integer({ min: 998, max: 10000 }), month).map(([y, m]) => `${y}-${m}`);
const when = fc.oneof(
  { weight: 6, arbitrary: goodYear },
  { weight: 6, arbitrary: fc.tuple(goodYear, month).map(([y, m]) => `${y}-${m}`) },
  yearMonth,
  fc.constantFrom(null, '2017-1', '02017-01', '0999-01', ' 2017-01', '2017-01\n', '2017-06-01', '2017/06', '٢٠١٧-01', 2017.5, '2017'),
  year,
);
const money = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((n) => n * 1000) },
  fc.constantFrom(0, 999_999, 1_000_000, 1e15, 1e15 + 2, 4.6, 0.5, 338e6 + 0.5, -5, -1e9, null, '338000000', '4,6', '', true),
  fc.integer({ min: 1, max: 999_999 }),
  fc.double({ min: -1e16, max: 1e16, noNaN: true, noDefaultInfinity: true }),
  anyJson,
);
const status = fc.oneof(fc.constantFrom('planned', 'in-progress', 'completed'), fc.constantFrom('Planned', 'done', '', 'in progress', null), anyJson);
const kind = fc.oneof(fc.constantFrom('actual', 'budget', 'plan'), fc.constantFrom('Actual', 'forecast', '', null), anyJson);
/** Unknown fields, which both must keep and ignore. */
const extra = fc.dictionary(fc.oneof(fc.constantFrom('note', 'x-kostra', 'tags', 'url'), fc.string({ maxLength: 6 })), anyJson, { maxKeys: 2 });

/** An object of these fields, any of them left out (required ones too), with unknown fields added. */
const record = (fields) => fc.tuple(extra, fc.record(fields, { requiredKeys: [] })).map(([x, r]) => ({ ...x, ...r }));
/** Mostly an object; sometimes whatever else a broken file holds. */
const item = (fields) => fc.oneof({ weight: 9, arbitrary: record(fields) }, { weight: 1, arbitrary: anyJson });
const section = (fields) => fc.oneof(
  { weight: 8, arbitrary: fc.array(item(fields), { maxLength: 6 }) },
  fc.constantFrom(null, 'x', 5, true, {}),
  anyJson,
);
const priority = { id: textField, title: textField, description: textField, area: textField };
const investment = {
  id: textField, name: textField, description: textField, area: textField,
  start: when, end: when, status, cost: money, location: textField,
};
const finance = { year, revenue: money, debt: money, kind };
const header = {
  version: fc.oneof(fc.constant(1), fc.constantFrom(2, '1', 1.5, null)),
  municipality: textField, title: textField, currency: textField,
  period: fc.oneof({ weight: 4, arbitrary: record({ start: year, end: year }) }, anyJson),
  source: fc.oneof({ weight: 4, arbitrary: record({ name: textField, url: textField, date: textField }) }, anyJson),
};
// A document comes from JSON: round-trip it (drops undefined, turns -0 into 0).
const documents = fc.tuple(extra, fc.record({
  ...header, priorities: section(priority), investments: section(investment), finances: section(finance),
}, { requiredKeys: [] })).map(([x, d]) => JSON.parse(JSON.stringify({ ...x, ...d })));

// ---- the property ---------------------------------------------------------------------------
const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Compares the two verdicts on one document and returns what differs (empty when they agree).
 * `seen` collects the validator's message keys and the validator-only cases met.
 */
function disagreements(doc, ajvValidate, seen) {
  const result = validate(doc, 'en');
  const issues = result.issues.map((i) => i.path);
  ajvValidate(doc);
  const errors = (ajvValidate.errors ?? []).map((e) => ({
    path: fromPointer(e.instancePath), what: `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`,
  }));
  for (const i of result.issues) seen.add(keyOf(i.message));

  // The validator-only rules, decided here from the document itself (a repeated year counts
  // only after an earlier item the schema accepts, as the validator keeps only those).
  const only = new Set();
  const fine = (at) => !errors.some((e) => under(e.path, at));
  if (fine('period') && isObject(doc.period) && doc.period.start > doc.period.end) only.add('period');
  if (Array.isArray(doc.investments)) doc.investments.forEach((inv, i) => {
    if (fine(`investments[${i}]`) && isObject(inv) && inv.start != null && inv.end != null
      && yearPosition(inv.start, 'start') >= yearPosition(inv.end, 'end')) only.add(`investments[${i}]`);
  });
  if (Array.isArray(doc.finances)) {
    const years = new Set();
    doc.finances.forEach((f, i) => {
      if (!fine(`finances[${i}]`)) return;
      if (years.has(f.year)) only.add(`finances[${i}]`);
      years.add(f.year);
    });
  }
  for (const u of only) seen.add(`only:${u.replace(/\[\d+\]/, '')}`);

  const units = [...HEADER];
  for (const s of SECTIONS) {
    units.push(s);
    if (Array.isArray(doc[s])) doc[s].forEach((_, i) => units.push(`${s}[${i}]`));
  }
  const problems = [];
  for (const unit of units) {
    // A section is judged as a whole only at its own path; its items are units of their own.
    const at = (path) => (SECTIONS.includes(unit) ? path === unit : under(path, unit));
    const v = issues.filter(at);
    const a = errors.filter((e) => at(e.path));
    const expected = only.has(unit) ? [true, false] : [v.length > 0, v.length > 0];
    if (v.length > 0 !== expected[0] || a.length > 0 !== expected[1]) {
      problems.push({
        unit, validatorOnly: only.has(unit),
        validator: result.issues.filter((i) => at(i.path)), ajv: a.map((e) => e.what),
      });
    }
  }
  // Nothing may be reported outside the units compared above.
  const stray = [...issues, ...errors.map((e) => e.path)].filter((path) => !units.some((u) => under(path, u)));
  if (stray.length) problems.push({ unit: '(outside every field and item)', stray });
  // The section missing for an element: the validator says so (present), the schema cannot.
  for (const s of SECTIONS) {
    if (result.present[s] !== (doc[s] === null || Array.isArray(doc[s]))) problems.push({ unit: s, present: result.present[s] });
    if (!(s in doc)) seen.add('only:missing section');
  }
  // Unknown fields are kept in what the validator returns: the document's, and each kept item is the input's own.
  for (const [k, value] of Object.entries(doc)) {
    if (!HEADER.includes(k) && !SECTIONS.includes(k) && result.data?.[k] !== value) problems.push({ unit: k, notKept: value });
  }
  for (const s of SECTIONS) for (const kept of result.data?.[s] ?? []) {
    if (!doc[s].includes(kept)) problems.push({ unit: s, notKept: kept });
  }
  return problems;
}

/** Runs the property against a schema; returns fast-check's details (failed, counterexample, …). */
function runParity(s, runs, seen = new Set(), shrink = true) {
  const ajvValidate = compile(s);
  return fc.check(fc.property(documents, (doc) => {
    const problems = disagreements(doc, ajvValidate, seen);
    if (problems.length) throw new Error(JSON.stringify(problems, null, 1));
  }), { numRuns: runs, seed: SEED, endOnFailure: !shrink });
}

test("the schema's $comment names every rule only the validator checks", () => {
  for (const rule of VALIDATOR_ONLY_RULES) assert.ok(schema.$comment.includes(rule), `$comment lacks: ${rule}`);
});

test("Asker's real document: both accept it, with no issue and no error", () => {
  const ajvValidate = compile(schema);
  assert.equal(ajvValidate(asker), true, JSON.stringify(ajvValidate.errors));
  assert.deepEqual(validate(asker, 'en').issues, []);
});

test('documents that are not objects: both reject at the top', () => {
  const ajvValidate = compile(schema);
  for (const doc of ['x', 5, true, null]) {
    assert.equal(ajvValidate(doc), false);
    assert.equal(validate(doc, 'en').data, null);
  }
  // A bare array is the validator's shorthand for one section (README "Data format"), not a schema document.
});

test(`generated documents (${RUNS}): the validator and ajv give the same verdict on each item and field`, () => {
  const seen = new Set();
  const details = runParity(schema, RUNS, seen);
  assert.equal(details.failed, false, `${fc.defaultReportMessage(details)}\nWhat differs: ${details.errorInstance?.message}`);
  // Every rule was reached: each of the validator's messages, and each validator-only case.
  const reached = [...seen].join(' ');
  for (const key of ['vObject', 'vArray', 'vMissing', 'vText', 'vEmpty', 'vYear', 'vYearMonth', 'vMoney', 'vMoneyText',
    'vMoneyNegative', 'vMoneyWhole', 'vMoneyScaled', 'vStatus', 'vKind', 'vVersion', 'vStartAfterEnd', 'vDuplicateYear',
    'only:period', 'only:investments', 'only:finances', 'only:missing section']) {
    assert.ok(reached.includes(key), `no generated document reached ${key}; reached: ${reached}`);
  }
});

/** Each mutation drops or loosens one rule of the schema; the property must find a document that shows it. */
const MUTATIONS = {
  'cost may be negative': (s) => delete s.properties.investments.items.properties.cost.anyOf[0].minimum,
  'cost may have decimals': (s) => { s.properties.investments.items.properties.cost.anyOf[0].type = 'number'; },
  'revenue may be pre-scaled': (s) => delete s.properties.finances.items.properties.revenue.anyOf[0].anyOf,
  'debt may be pre-scaled': (s) => delete s.properties.finances.items.properties.debt.anyOf[0].anyOf,
  'money may be huge': (s) => delete s.properties.finances.items.properties.debt.anyOf[0].maximum,
  'a year below 1000': (s) => delete s.properties.finances.items.properties.year.minimum,
  'month 00 or 13': (s) => { s.properties.investments.items.properties.end.anyOf[0].anyOf[1].pattern = '^[1-9]\\d{3}-\\d\\d$'; },
  'a blank title': (s) => delete s.properties.priorities.items.properties.title.pattern,
  'no name needed': (s) => { s.properties.investments.items.required = []; },
  'any status': (s) => delete s.properties.investments.items.properties.status.enum,
  'any kind': (s) => delete s.properties.finances.items.properties.kind.enum,
  'any version': (s) => delete s.properties.version.const,
  'a null section is wrong': (s) => { s.properties.priorities.type = 'array'; },
  'an item may be a list': (s) => { s.properties.finances.items.type = ['object', 'array']; },
  'a period without end': (s) => { s.properties.period.required = ['start']; },
  'a numeric title': (s) => delete s.properties.title.type,
  'no unknown fields': (s) => { s.properties.investments.items.additionalProperties = false; },
};

test('each rule broken in a copy of the schema is caught by the property', () => {
  for (const [name, mutate] of Object.entries(MUTATIONS)) {
    const broken = structuredClone(schema);
    mutate(broken);
    assert.equal(runParity(broken, RUNS, new Set(), false).failed, true, `the property did not notice: ${name}`);
  }
});

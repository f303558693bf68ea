// The plugin's PHP validator against the library's own, on the same documents:
// the real Asker data, every place in the schema given a value of every kind,
// and random edits (fast-check). Same paths, same words, same order, in nb, nn, en.
// Rules the published schema does not state (found as messages no place in the
// schema gives) are listed, not compared: PHP cannot know them until the schema says them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { validate } from '../../dist/lib/shared/validate.js';

const generated = new URL('../../integrations/wordpress/civic-widgets/generated/', import.meta.url);
const messages = JSON.parse(readFileSync(new URL('messages.json', generated), 'utf8'));
const schema = JSON.parse(readFileSync(new URL('programme.v1.json', generated), 'utf8'));
const asker = JSON.parse(readFileSync(new URL('../../demo/data/asker-2017-2020.json', import.meta.url), 'utf8'));

const stated = new Set([...Object.values(messages.places), messages.required,
  ...Object.values(messages.variants ?? {}).flat().map((answer) => answer[2])]);
// Keys no place gives, nor the rules the plugin writes out (the schema's "$comment"), unless their words are a stated key's.
const RULES = ['vStartAfterEnd', 'vDuplicateYear'];
const statedWords = new Set([...stated, ...RULES].map((k) => messages.words.en[k]));
const unstated = Object.keys(messages.words.en).filter((k) => !statedWords.has(messages.words.en[k]) && k !== 'errorParse');
const unstatedWords = new Set(unstated.flatMap((k) => Object.values(messages.words).map((w) => w[k].split('{0}')[0])));
const isUnstated = (m) => [...unstatedWords].some((w) => m.startsWith(w));

const WRONG = [{}, [], 'x', '', ' ', -1, -250, 0, 3, 2017, 2017.5, 4.6, 12000.25, 5e6, 5e6 + 0.5, '2017-13', '2017-06', '338 000 000',
  1e16, null, true, 'planned', 'plan'];
const cases = [asker];
// Every place the schema describes, with every kind of value.
(function places(node, set) {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    for (const v of WRONG) cases.push(set({ [name]: v }));
    places(child.items ?? child, (patch) => set({ [name]: child.items ? [{ ...patch }] : patch }));
  }
})(schema, (patch) => ({ ...asker, ...patch }));
cases.push([], [{ year: 2017 }], [{ name: 'x' }], [{ foo: 1 }], 'text', 42, { finances: [{}] });
// The rules beyond the schema: periods, investments' start and end, repeated years.
for (const [start, end] of [[2020, 2017], [2017, 2017], [2018, 2017], ['2017-06', '2017-05'], ['2017-06', '2017-06'], ['2017-06', 2017], [2017, '2016-12'], [2017, null]]) {
  cases.push({ ...asker, period: { start: typeof start === 'number' ? start : 2017, end: typeof end === 'number' ? end : 2020 } });
  cases.push({ ...asker, investments: [{ name: 'a', start, end }, { name: 'b', start: 2017, end: 2016 }] });
}
cases.push({ ...asker, finances: [...asker.finances, asker.finances[0], { year: 2015 }, { year: 'x' }, { year: 2015 }] });
cases.push({ ...asker, version: 2, period: { start: 2020, end: 2017 }, finances: [{ year: 2017 }, { year: 2017 }] });
fc.sample(fc.tuple(fc.constantFrom('priorities', 'investments', 'finances'), fc.nat(3),
  fc.constantFrom('title', 'name', 'year', 'start', 'end', 'cost', 'status', 'kind', 'revenue', 'area'),
  fc.jsonValue({ maxDepth: 1 })), { numRuns: 300, seed: 42 })
  .forEach(([section, i, field, value]) => {
    const doc = structuredClone(asker);
    if (doc[section][i]) doc[section][i][field] = value;
    cases.push(doc);
  });

const input = cases.flatMap((doc) => ['nb', 'nn', 'en'].map((lang) => ({ lang, doc, text: JSON.stringify(doc) })));
const php = JSON.parse(execFileSync('php', [new URL('validate-cli.php', import.meta.url).pathname], {
  input: JSON.stringify(input.map(({ lang, text }) => ({ lang, text }))), maxBuffer: 1 << 28,
}));
let same = 0;
const differ = [];
input.forEach(({ lang, doc }, n) => {
  const js = validate(doc, lang).issues.filter((i) => !isUnstated(i.message));
  const ours = php[n].filter((i) => !isUnstated(i.message));
  if (JSON.stringify(js) === JSON.stringify(ours)) same++;
  else differ.push({ lang, doc: JSON.stringify(doc).slice(0, 200), js, php: php[n] });
});
console.log(`parity: ${same} of ${input.length} documents give the same issues in PHP as in the library`
  + ` (not in the schema, so not compared: ${unstated.join(', ') || 'none'})`);
for (const d of differ.slice(0, 5)) console.log(JSON.stringify(d, null, 1));
process.exit(differ.length ? 1 : 0);

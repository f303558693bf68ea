// `civic-widgets convert`, called through bin/commands/convert.js run(args) as the dispatcher calls it:
// its exit codes (0 valid, 1 problems, 2 misuse), the document on stdout or in -o, the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../bin/commands/convert.js';

const dir = 'test/node/fixtures/convert/';
const asker = JSON.parse(readFileSync(new URL('../../demo/data/asker-2017-2020.json', import.meta.url), 'utf8'));

/** Runs the command with captured output. */
async function convert(...args) {
  const out = [];
  const err = [];
  const code = await run(args, { out: { write: (s) => out.push(s) }, err: { write: (s) => err.push(s) } });
  return { code, out: out.join(''), err: err.join('') };
}

test('several files merge into one valid document written with -o; exit 0', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'convert-')), 'programme.json');
  const r = await convert(`${dir}asker-investeringer-1000kr.csv`, `${dir}asker-okonomi-mill.csv`,
    '--municipality', 'Asker kommune', '--title', 'Handlingsprogram 2017–2020', '-o', file);
  assert.equal(r.code, 0, r.out + r.err);
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(doc.municipality, 'Asker kommune');
  assert.equal(doc.investments.length, 9);
  assert.deepEqual(doc.finances, asker.finances);
  assert.match(r.out, /Skrev .*programme\.json/);
  assert.match(r.out, /asker-investeringer-1000kr\.csv: Rad 14: summerad, hoppet over/);
  assert.match(r.out, /Gyldig programdokument: 0 prioriteringer, 9 investeringer, 7 år med tall\./);
  assert.equal(r.err, '');
});

test('without -o the document goes to stdout and the report to stderr', async () => {
  const r = await convert(`${dir}asker-okonomi-mill.csv`, '--lang', 'en');
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.out).finances, asker.finances);
  assert.match(r.err, /Row 10: totals row, skipped/);
  assert.match(r.err, /Valid programme document: 0 priorities, 0 investments, 7 years of figures\./);
});

test('problems: exit 1, each with its row, and how to give the unit', async () => {
  const r = await convert(`${dir}problemer.csv`);
  assert.equal(r.code, 1);
  assert.match(r.err, /4 problemer:/);
  assert.match(r.err, /problemer\.csv: Rad 4: mangler prosjektnavn/);
  assert.match(r.err, /Oppgi enheten med --unit kr, --unit 1000 eller --unit mill\./);
  assert.equal(JSON.parse(r.out).investments.length, 3);
});

test('--section and --unit are applied', async () => {
  const r = await convert(`${dir}uten-enhet.csv`, '--unit', '1000', '--section', 'investments');
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).investments[0].cost, 287500000);
  const missing = await convert(`${dir}mangler-aar.csv`, '--section=finances', '--lang', 'nn');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /Fann ingen kolonne for «År»\./);
});

test('an .xlsx that is not a workbook: exit 1 with what to do', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'convert-')), 'budsjett.xlsx');
  await import('node:fs').then((fs) => fs.writeFileSync(file, 'not a zip'));
  const r = await convert(file);
  assert.equal(r.code, 1);
  assert.match(r.err, /budsjett\.xlsx: Filen kan ikke leses\. Lagre den som \.xlsx eller \.csv/);
});

test('misuse: exit 2 and the usage', async () => {
  for (const args of [[], ['--unit', 'euro', `${dir}uten-enhet.csv`], ['--section', 'budget', 'x.csv'], ['--frobnicate', 'x.csv'], [`${dir}uten-enhet.csv`, '-o']]) {
    const r = await convert(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /Bruk: civic-widgets convert/);
  }
  const r = await convert('finnes-ikke.csv');
  assert.equal(r.code, 2);
  assert.match(r.err, /Fant ikke filen finnes-ikke\.csv\./);
});

// Spreadsheets → programme documents (src/convert, compiled to dist/lib by `npm run build`):
// Asker's real sheets in the forms editors have them, and the rows that cannot be used.
// Figures: ../shared/data/asker-2017-2020-sources.md, as in demo/data/asker-2017-2020.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import { convert, describe, parseNumber, parseText, readFile, slug, unitOf } from '../../dist/lib/convert/index.js';

const fixture = (name) => new URL(`fixtures/convert/${name}`, import.meta.url);
const asker = JSON.parse(readFileSync(new URL('../../demo/data/asker-2017-2020.json', import.meta.url), 'utf8'));
const convertFile = async (name, options) => convert(await readFile(name, readFileSync(fixture(name))), options);
/** Reports without the file name, for comparing. */
const omit = (o, ...keys) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
const reportsOf = (c) => c.reports.map((r) => omit(r, 'file', 'sheet'));

/**
 * What the investment sheets say, under the rules in sections.ts: the JSON's
 * projects with ids from their names and without what a sheet does not hold
 * (description, status, source). Bleikerfaret's 31 000 in 2017 of 71 000,
 * with no end given, reads as a start in 2017 with the rest still to come.
 */
const expectedInvestments = asker.investments.map((i) => ({
  ...omit(i, 'description', 'status', 'sourcePath'),
  id: slug(i.name),
  ...(i.name === 'Bleikerfaret barnehage' ? { start: 2017 } : {}),
}));

test("Asker's investment table in NOK 1000 with year columns: semicolons, BOM, title line, blank rows, a Sum row", async () => {
  const c = await convertFile('asker-investeringer-1000kr.csv');
  assert.deepEqual(c.document.investments, expectedInvestments);
  assert.deepEqual(c.document.period, { start: 2017, end: 2020 });
  assert.deepEqual(reportsOf(c), [{ level: 'skip', key: 'totalRow', row: 14, value: 'Sum investeringer' }]);
  assert.equal(c.ok, true);
  assert.equal(describe(c.reports[0], 'nb'), 'Rad 14: summerad, hoppet over');
  assert.equal(describe(c.reports[0], 'en'), 'Row 14: totals row, skipped');
});

test('the same table with two header lines, non-breaking spaces and the header repeated after a page break', async () => {
  const c = await convertFile('asker-investeringer-to-linjer.csv');
  assert.deepEqual(c.sheets[0].mapping.header, [0, 1]);
  assert.deepEqual(c.sheets[0].mapping.columns.filter((x) => x.role === 'years').map((x) => [x.header, x.year, x.unit]), [
    ['Budsjett (1000 kr) 2017', 2017, '1000'], ['Økonomiplan (1000 kr) 2018', 2018, '1000'],
    ['Økonomiplan (1000 kr) 2019', 2019, '1000'], ['Økonomiplan (1000 kr) 2020', 2020, '1000'],
  ]);
  assert.deepEqual(c.document.investments, expectedInvestments);
  assert.deepEqual(reportsOf(c), [
    { level: 'skip', key: 'repeatedHeader', row: 7 },
    { level: 'skip', key: 'repeatedHeader', row: 8 },
    { level: 'skip', key: 'totalRow', row: 15, value: 'Sum investeringer' },
  ]);
});

test('an .xlsx workbook written by a library: numbers as numbers, a second sheet of notes passed over', async () => {
  const csv = parseText(readFileSync(fixture('asker-investeringer-1000kr.csv'), 'utf8'));
  const cell = (v) => (v === '' ? null : /^[\d\s]+$/.test(v) ? { value: Number(v.replace(/\s/g, '')), type: Number } : { value: v });
  const rows = csv.map((r) => r.map(cell));
  const notes = [[{ value: 'Kilde: asker.kommune.no, Handlingsprogram 2017–2020' }]];
  const buffer = await writeXlsxFile([{ data: rows, sheet: 'Investeringer' }, { data: notes, sheet: 'Kilder' }]).toBuffer();
  const sheets = await readFile('investeringer.xlsx', buffer);
  assert.deepEqual(sheets.map((s) => s.sheet), ['Investeringer', 'Kilder']);
  assert.equal(typeof sheets[0].table[3][6], 'number', 'amounts arrive as numbers');
  const c = convert(sheets);
  assert.deepEqual(c.document.investments, expectedInvestments);
  assert.deepEqual(c.reports.map((r) => [r.level, r.key, r.row, r.file]), [
    ['skip', 'totalRow', 14, 'investeringer.xlsx › Investeringer'],
    ['skip', 'notRecognised', undefined, 'investeringer.xlsx › Kilder'],
  ]);
  assert.equal(c.ok, true);
});

test('finances as Norwegian Excel writes CSV: BOM, semicolons, decimal commas, mill. kr, kinds in words', async () => {
  const bytes = readFileSync(fixture('asker-okonomi-mill.csv'));
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const c = await convertFile('asker-okonomi-mill.csv');
  assert.deepEqual(c.document.finances, asker.finances);
  assert.deepEqual(reportsOf(c), [{ level: 'skip', key: 'totalRow', row: 10, value: 'Sum' }]);
});

test('rows that cannot be used are each reported with their number and reason; an unknown unit leaves amounts out', async () => {
  const c = await convertFile('problemer.csv');
  assert.deepEqual(reportsOf(c), [
    { level: 'problem', key: 'unknownUnit', columns: ['Totalramme (1000 EUR)'] },
    { level: 'problem', key: 'noName', row: 4, column: undefined, value: undefined },
    { level: 'problem', key: 'notWhen', row: 5, column: 'Ferdig', value: 'til høsten' },
    { level: 'problem', key: 'unknownStatus', row: 5, column: 'Status', value: 'Snart' },
    { level: 'skip', key: 'repeatedHeader', row: 6 },
    { level: 'skip', key: 'totalRow', row: 8, value: 'Totalt' },
  ]);
  assert.equal(c.ok, false);
  assert.deepEqual(c.document.investments.map((i) => [i.name, i.status, i.end, i.cost]), [
    ['Ny ishall Risenga', 'planned', undefined, undefined],
    ['Rehabilitering av Askerhallen', undefined, undefined, undefined],
    ['Nytt sykehjem på Nesbru', 'in-progress', 2017, undefined],
  ]);
  assert.deepEqual(c.reports.map((r) => describe(r, 'nb')).slice(0, 4), [
    'Kolonnen «Totalramme (1000 EUR)»: enheten kan ikke regnes om til kroner. Velg enhet; beløpene er utelatt til da',
    'Rad 4: mangler prosjektnavn, raden er ikke brukt',
    'Rad 5, kolonnen «Ferdig» («til høsten»): er ikke et årstall eller en måned og er utelatt',
    'Rad 5, kolonnen «Status» («Snart»): er ikke en kjent status (planlagt, pågår, ferdig) og er utelatt',
  ]);
  assert.equal(describe(c.reports[1], 'nn'), 'Rad 4: manglar prosjektnamn, rada er ikkje brukt');
  assert.equal(describe(c.reports[2], 'en'), 'Row 5, column “Ferdig” (“til høsten”): is not a year or a month and was left out');
  // The editor states the unit: the amounts are read, the unit problem is gone.
  const told = await convertFile('problemer.csv', { unit: '1000' });
  assert.deepEqual(told.document.investments.map((i) => i.cost), [287500000, 25000000, undefined]);
  assert.equal(told.reports.some((r) => r.key === 'unknownUnit'), false);
});

test('a missing column: finances without a year column are not guessed', async () => {
  const c = await convertFile('mangler-aar.csv');
  assert.deepEqual(reportsOf(c), [{ level: 'problem', key: 'notRecognised' }]);
  assert.equal(c.document.finances, undefined);
  const forced = await convertFile('mangler-aar.csv', { section: 'finances' });
  assert.deepEqual(reportsOf(forced), [{ level: 'problem', key: 'noColumn', value: 'year' }]);
  assert.equal(describe(forced.reports[0], 'nb'), 'Fant ingen kolonne for «År».');
});

test('amounts without a unit are left out until the unit is given; year columns give start, end and cost', async () => {
  const c = await convertFile('uten-enhet.csv');
  assert.deepEqual(reportsOf(c), [{ level: 'problem', key: 'noUnit', columns: ['2017', '2018', '2019', '2020', 'Totalramme'] }]);
  assert.deepEqual(c.document.investments, [{ id: 'ny-ishall-risenga', name: 'Ny ishall Risenga' }]);
  const told = await convertFile('uten-enhet.csv', { unit: '1000' });
  // 122 000 of 287 500 in the four years and no end given: the rest comes after 2020.
  assert.deepEqual(told.document.investments, [{ id: 'ny-ishall-risenga', name: 'Ny ishall Risenga', start: 2017, cost: 287500000 }]);
  // Without a total, the year amounts are the cost and the last year with an amount the end.
  const sheet = parseText('Prosjekt\t2017\t2018\t2019\t2020\nNy ishall Risenga\t2\t3\t5\t112\n');
  assert.deepEqual(convert([{ file: 'paste', table: sheet }], { unit: 'mill' }).document.investments,
    [{ id: 'ny-ishall-risenga', name: 'Ny ishall Risenga', start: 2017, end: 2020, cost: 122000000 }]);
});

test('Norwegian number forms', () => {
  const cases = [
    ['4 265,1', 4265.1], ['4.265,1', 4265.1], ['4,265.1', 4265.1], ['221\u00a0000', 221000], ['221\u202f000', 221000],
    ['−12', -12], ['-12', -12], ['(12)', -12], ['1 000 kr', 1000], ['kr 1 000', 1000], ['kr 1 000,-', 1000],
    ['1.234.567', 1234567], ['93,0', 93], ['338000000', 338000000], [4265.1, 4265.1],
    ['abc', undefined], ['', undefined], ['12,3,4', undefined], ['2017–2020', undefined],
  ];
  for (const [input, want] of cases) assert.equal(parseNumber(input), want, JSON.stringify(input));
});

test('units from headers and title lines', () => {
  const cases = [
    ['Beløp (1000 kr)', '1000'], ['Beløp i 1 000 kr', '1000'], ['Totalramme (i hele tusen kroner)', '1000'], ['NOK 1000', '1000'],
    ['Driftsinntekter (mill. kr)', 'mill'], ['MNOK', 'mill'], ['Operating revenue (NOK m)', 'mill'], ['Lånegjeld (mrd. kr)', 'mrd'],
    ['Driftsinntekter (kr)', 'kr'], ['Operating revenue (NOK)', 'kr'], ['Kostnad (euro)', 'unknown'], ['Cost (1000 USD)', 'unknown'],
    ['Kostnad', undefined], ['Totalramme', undefined], ['2017', undefined],
  ];
  for (const [header, want] of cases) assert.equal(unitOf(header), want, header);
});

test('a table pasted from a spreadsheet (tabs) in Windows-1252, with Norwegian area names', async () => {
  const text = 'Prioritering\tBeskrivelse\tOmråde\r\n'
    + asker.priorities.map((p) => `${p.title}\t${p.description}\t${{ care: 'Omsorg', health: 'Helse', education: 'Skole', environment: 'Miljø', transport: 'Samferdsel' }[p.area]}`).join('\r\n');
  const latin1 = Uint8Array.from(text, (ch) => ch.charCodeAt(0) > 255 ? 0x96 : ch.charCodeAt(0));
  const c = convert(await readFile('prioriteringer.txt', latin1));
  assert.deepEqual(c.document.priorities.map((p) => [p.title, p.area]), asker.priorities.map((p) => [p.title, p.area]));
  // "–" is 0x96 in Windows-1252 (Node's own decoder reads it as a control code).
  assert.equal(c.document.priorities[6].description, asker.priorities[6].description);
  assert.equal(c.ok, true);
});

test('an .xlsx whose bytes come from another realm (a frame, a vm context) is still read', async () => {
  const { runInNewContext } = await import('node:vm');
  const rows = [[{ value: 'Prioritering' }], [{ value: asker.priorities[0].title }]];
  const buffer = await writeXlsxFile(rows).toBuffer();
  const foreign = runInNewContext('new Uint8Array(n)', { n: buffer.length });
  foreign.set(buffer);
  assert.equal(foreign instanceof Uint8Array, false, 'the bytes are of another realm');
  const sheets = await readFile('prioriteringer.xlsx', foreign.buffer);
  assert.deepEqual(convert(sheets).document.priorities.map((p) => p.title), [asker.priorities[0].title]);
});

test('finances with a group line per figure over "Regnskap | Budsjett | Økonomiplan": the column gives the kind', async () => {
  const c = await convertFile('asker-okonomi-grupper.csv');
  assert.deepEqual(c.sheets[0].mapping.columns.map((x) => [x.role, x.unit]), [
    ['year', undefined], ['revenue', 'mill'], ['revenue', 'mill'], ['revenue', 'mill'], ['debt', 'mill'], ['debt', 'mill'], ['debt', 'mill'],
  ]);
  // 2016 and 2017 mix kinds (revenue budgeted, debt actual or planned): the year takes the revenue's, as the JSON does.
  assert.deepEqual(c.document.finances, asker.finances.map((f) => omit(f, 'note')));
  assert.deepEqual(c.reports, []);
});

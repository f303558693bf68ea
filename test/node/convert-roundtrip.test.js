// Round trip: what the widgets write as a spreadsheet converts back to the same document.
// The finances through the chart's own CSV download (src/debt-revenue-chart/csv.ts), the
// priorities and investments through the equivalent tables (src/convert/tables.ts), in each language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import { convert, parseText, readFile, toCsv } from '../../dist/lib/convert/index.js';
import { toCsv as chartCsv } from '../../dist/lib/debt-revenue-chart/csv.js';
import { toRows } from '../../dist/lib/debt-revenue-chart/data.js';
import { validate } from '../../dist/lib/shared/validate.js';

const asker = JSON.parse(readFileSync(new URL('../../demo/data/asker-2017-2020.json', import.meta.url), 'utf8'));
/** The document's items with only the fields a table carries (the source notes stay in the JSON). */
const omit = (o, ...keys) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
const carried = {
  priorities: asker.priorities,
  investments: asker.investments.map((i) => omit(i, 'sourcePath')),
  finances: asker.finances.map((f) => omit(f, 'note')),
};
const back = (csv, name = 'download.csv') => convert([{ file: name, table: parseText(csv) }]);

for (const lang of ['nb', 'nn', 'en']) {
  test(`the chart's CSV download converts back to the same finances (${lang})`, () => {
    const csv = chartCsv(toRows(asker.finances), lang);
    const c = back(csv);
    assert.equal(c.sheets[0].mapping.section, 'finances');
    assert.deepEqual(c.document.finances, carried.finances);
    assert.deepEqual(c.reports, []);
  });

  for (const section of ['priorities', 'investments']) {
    test(`the ${section} table converts back to the same ${section} (${lang})`, () => {
      const csv = toCsv(section, asker[section], lang);
      const c = back(csv);
      assert.equal(c.sheets[0].mapping.section, section);
      assert.deepEqual(c.document[section], carried[section]);
      assert.deepEqual(c.reports, []);
    });
  }
}

test('all three tables, saved from Excel as one workbook, convert back to one valid document', async () => {
  const sheets = ['priorities', 'investments', 'finances'].map((section) => ({
    sheet: section,
    data: parseText(section === 'finances' ? chartCsv(toRows(asker.finances), 'nb') : toCsv(section, asker[section], 'nb'))
      .map((row) => row.map((v) => (v === '' ? null : /^\d+$/.test(v) ? { value: Number(v), type: Number } : { value: v }))),
  }));
  const buffer = await writeXlsxFile(sheets).toBuffer();
  const c = convert(await readFile('handlingsprogram.xlsx', buffer), { municipality: asker.municipality, title: asker.title });
  const header = omit(asker, 'source', 'fiscalRule', 'sources', 'period');
  assert.deepEqual(c.document, { ...header, ...carried });
  assert.equal(c.ok, true);
  assert.deepEqual(validate(c.document).issues, []);
});

// The rule's verdict, the table's cells and one precision per column, as pure functions (issue 16).
import { expect } from '@open-wc/testing';
import { toRows, verdicts, type Row } from '../../src/debt-revenue-chart/data.js';
import { sharedDigits } from '../../src/debt-revenue-chart/digits.js';
import { formatNumber, formatPercent, scaledNumber, unitLabel } from '../../src/shared/format.js';
import { ruleOf, verdict } from '../../src/debt-revenue-chart/summary.js';
import { tableOf } from '../../src/debt-revenue-chart/table.js';
import type { ProgrammeDocument } from '../../src/shared/schema.js';
import { ASKER } from './asker.js';

const rows = toRows(ASKER);
const plain = (s: string) => s.replace(/\u00a0/g, ' ').replace(/[\u2060\u00ad]/g, '');
const row = (year: number, revenue: number | null, debt: number | null, kind: Row['kind'] = 'actual'): Row => ({ year, revenue, debt, kind });

describe('digits: one precision per column or axis', () => {
  it('the fewest decimals that show every value as it reads at the most', () => {
    expect(sharedDigits([108.0, 117.5])).to.equal(1);
    expect(sharedDigits([107.97, 122.1])).to.equal(1);
    expect(sharedDigits([107.97, 121.96])).to.equal(0);
    expect(sharedDigits([4307, 4605, 5680])).to.equal(0);
    expect(sharedDigits([0, 0.5, 1, 1.5], 3)).to.equal(1);
    expect(sharedDigits([0, 0.25, 0.5], 3)).to.equal(2);
    expect(sharedDigits([0.1 + 0.2, 1])).to.equal(1);
    expect(sharedDigits([])).to.equal(0);
  });

  it('numbers written with exactly that many decimals (fixed), in each language', () => {
    expect(plain(formatPercent(108, 'nb', 1, true))).to.equal('108,0 %');
    expect(formatPercent(108, 'en', 1, true)).to.equal('108.0%');
    expect(plain(`${scaledNumber(3e9, 'bn', 'nn', 1, true)}\u00a0${unitLabel('bn', 'nn')}`)).to.equal('3,0 mrd. kr');
    expect(`NOK\u00a0${scaledNumber(3e9, 'bn', 'en', 1, true)}bn`).to.equal('NOK\u00a03.0bn');
    expect(plain(formatNumber(4265, 'nb', 2, true))).to.equal('4 265,00');
    expect(formatNumber(4265.1, 'en', 2, true)).to.equal('4,265.10');
    expect(formatNumber(-5, 'nb', 1, true)).to.equal('\u22125,0');
    expect(plain(formatPercent(117.5, 'nb', 1, true))).to.equal('117,5 %');
  });
});

describe('verdict: the rule year by year', () => {
  it('each year against the last earlier year with both figures; nothing to compare is null', () => {
    expect(verdicts(rows)).to.deep.equal([null, null, 'broken', 'broken', 'kept', 'kept', null]);
    // Across a gap, 2017 is compared with 2015; a year without debt is not judged.
    expect(verdicts([row(2015, 100, 100), row(2016, 100, null), row(2017, 100, 200)])).to.deep.equal([null, null, 'broken']);
    expect(verdicts([row(2015, 100, 100), row(2016, 110, 110)])).to.deep.equal([null, 'kept']);
  });

  it('Asker: planned, since 2016 and 2017 are budget years (nb, nn, en)', () => {
    expect(plain(verdict(rows, 'nb'))).to.equal('Lånegjelden skal etter planen vokse raskere enn driftsinntektene i 2016 og 2017.');
    expect(plain(verdict(rows, 'nn'))).to.equal('Lånegjelda skal etter planen vekse raskare enn driftsinntektene i 2016 og 2017.');
    expect(plain(verdict(rows, 'en'))).to.equal('Loan debt is planned to grow faster than operating revenue in 2016 and 2017.');
  });

  it('actual years in the past, planned years after them; never; nothing to compare', () => {
    const mixed = [row(2014, 100, 100), row(2015, 100, 120), row(2016, 100, 121), row(2017, 100, 130, 'plan'), row(2018, 100, 140, 'plan'), row(2019, 100, 150, 'plan')];
    expect(plain(verdict(mixed, 'nb'))).to.equal('Lånegjelden vokste raskere enn driftsinntektene i 2015 og 2016, og etter planen i 2017–2019.');
    expect(plain(verdict(mixed, 'en'))).to.equal('Loan debt grew faster than operating revenue in 2015 and 2016, and according to plan in 2017–2019.');
    expect(verdict([row(2015, 100, 100), row(2016, 110, 100)], 'nb')).to.equal('Lånegjelden vokste ikke raskere enn driftsinntektene i noen av årene.');
    expect(verdict([row(2015, 100, 100), row(2016, 110, 100), row(2017, 120, 100, 'budget')], 'en'))
      .to.equal('Loan debt did not grow faster than operating revenue in any year, nor according to plan.');
    expect(verdict([row(2015, 100, 100, 'plan'), row(2016, 110, 100, 'plan')], 'nn')).to.equal('Lånegjelda skal etter planen ikkje vekse raskare enn driftsinntektene i nokon av åra.');
    expect(verdict([row(2015, 100, 100)], 'nb')).to.equal('');
  });

  it('the rule: the document\'s text, else the chart\'s words', () => {
    const doc = (fiscalRule?: unknown) => ({ finances: [], fiscalRule }) as unknown as ProgrammeDocument;
    expect(ruleOf(doc({ text: '  Gjelden skal ned.  ' }), 'en')).to.equal('Gjelden skal ned.');
    expect(ruleOf(doc({ text: ' ' }), 'nb')).to.equal('Lånegjelden skal ikke vokse raskere enn driftsinntektene.');
    expect(ruleOf(doc({ text: 42 }), 'en')).to.equal('Loan debt must not grow faster than operating revenue.');
    expect(ruleOf(doc(), 'nn')).to.equal('Lånegjelda skal ikkje vekse raskare enn driftsinntektene.');
  });
});

describe('table: the cells the element and the static embed show', () => {
  it('five columns: the kind with the year, one precision a column, the verdict; missing figures null', () => {
    const t = tableOf(rows, 'nb');
    // Short headers that may break (Drifts-inn-tekter, Låne-gjeld); the unit once, in the caption.
    expect(t.caption).to.equal('Lånegjeld og driftsinntekter (mill. kr)');
    expect(t.heads.map(plain)).to.deep.equal(['År', 'Driftsinntekter', 'Lånegjeld', 'Gjeld i % av inntekter', 'Regel']);
    expect(t.heads[1]).to.equal('Drifts\u00adinn\u00adtekter');
    expect(t.rows.map((r) => r.map((c) => (c == null ? null : plain(c))))).to.deep.equal([
      ['2014', null, '4 307', null, ''],
      ['2015', '4 265,1', '4 605', '108,0 %', ''],
      ['2016 (budsjett)', '4 339,2', '5 100', '117,5 %', 'brutt'],
      ['2017 (budsjett)', '4 566,5', '5 576', '122,1 %', 'brutt'],
      ['2018 (plan)', '4 723,1', '5 616', '118,9 %', 'holdt'],
      ['2019 (plan)', '4 883,2', '5 680', '116,3 %', 'holdt'],
      ['2020 (plan)', '5 052,2', null, null, ''],
    ]);
  });

  it('whole figures stay whole; a column with one decimal gives every figure one (en)', () => {
    const t = tableOf([row(2015, 3e9, 2.1e9), row(2016, 3.2e9, 2e9)], 'en');
    expect(t.rows.map((r) => r.slice(1, 4))).to.deep.equal([['3,000', '2,100', '70.0%'], ['3,200', '2,000', '62.5%']]);
  });

  it('four columns for a table that cannot scroll: the verdict, or the ratio', () => {
    expect(tableOf(rows, 'en', 'rule').heads.map(plain)).to.deep.equal(['Year', 'Revenue', 'Debt', 'Fiscal rule']);
    expect(tableOf(rows, 'en', 'ratio').rows[2]).to.deep.equal(['2016 (budget)', '4,339.2', '5,100', '117.5%']);
  });
});

// The chart's pure data, scales and paths modules, tested by their output (numbers and path strings)
// with no element and no DOM of their own: what each view plots, the box and ticks, and the lines.
import { expect } from '@open-wc/testing';
import { baseOf, fasterYears, ratioOf, seriesOf, toRows } from '../../src/debt-revenue-chart/data.js';
import { heightFor, scales } from '../../src/debt-revenue-chart/scales.js';
import { linePaths, type Point } from '../../src/debt-revenue-chart/paths.js';
import { row, rows } from './helpers.js';

describe('data: what each view plots', () => {
  it('orders the years, counts a missing kind as actual and keeps a missing figure null', () => {
    expect(rows.map((r) => r.year)).to.deep.equal([2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(rows[0]).to.deep.equal({ year: 2014, revenue: null, debt: 4307000000, kind: 'actual' });
    expect(rows[6].debt).to.equal(null);
    expect(toRows([{ year: 2015, revenue: 1 }])[0].kind).to.equal('actual');
  });

  it('amount: both series in kroner, with the gaps as null, never 0', () => {
    const [revenue, debt] = seriesOf(rows, 'amount');
    expect(revenue.key).to.equal('revenue');
    expect(revenue.values[0]).to.equal(null);
    expect(debt.values[6]).to.equal(null);
    expect(debt.values[1]).to.equal(4605000000);
  });

  it('ratio: debt in % of revenue, only for years with both', () => {
    const [ratio] = seriesOf(rows, 'ratio');
    expect(ratio.values.map((v) => (v == null ? null : Math.round(v * 10) / 10))).to.deep.equal([null, 108, 117.5, 122.1, 118.9, 116.3, null]);
    expect(ratioOf(row(2015, 0, 5))).to.equal(null);
  });

  it('growth: indexed to the first year with both figures, years before it included', () => {
    expect(baseOf(rows)!.year).to.equal(2015);
    const [revenue, debt] = seriesOf(rows, 'growth');
    expect(revenue.values[1]).to.equal(100);
    expect(debt.values[1]).to.equal(100);
    expect(debt.values[0]!.toFixed(1)).to.equal('93.5');
    expect(revenue.values[6]!.toFixed(1)).to.equal('118.5');
    expect(seriesOf([row(2015, 1, null), row(2016, null, 2)], 'growth')[0].values).to.deep.equal([null, null]);
  });

  it('finds the years debt grew faster than revenue, against the last year with both figures', () => {
    expect(fasterYears(rows)).to.deep.equal([2016, 2017]);
    // Across a missing year, 2017 is compared with 2015.
    expect(fasterYears([row(2015, 100, 100), row(2017, 100, 200)])).to.deep.equal([2017]);
    expect(fasterYears([row(2015, 100, 100), row(2016, 110, 110)])).to.deep.equal([]);
  });
});

describe('scales: box, ticks, domains', () => {
  const years = rows.map((r) => r.year);
  const amounts = [4265100000, 5680000000, 4307000000];
  const label = (v: number) => String(v / 1e9);

  it('height follows the width: 2:1, at least 300 px or square', () => {
    expect([heightFor(320), heightFor(400), heightFor(600), heightFor(1000), heightFor(1200)]).to.deep.equal([300, 300, 300, 500, 600]);
  });

  it('at 1000 px: amounts from zero, a tick per billion, every year labelled', () => {
    const s = scales(years, amounts, 1000, true, label);
    expect(s.y.domain()).to.deep.equal([0, 6e9]);
    expect(s.yTicks).to.deep.equal([0, 1e9, 2e9, 3e9, 4e9, 5e9, 6e9]);
    expect(s.xTicks).to.deep.equal(years);
    expect(s.d).to.deep.equal({ width: 1000, height: 500, top: 30, right: 20, bottom: 28, left: 17 });
    expect(s.x(2014)).to.equal(17);
    expect(s.x(2020)).to.equal(980);
    expect(s.y(0)).to.equal(472);
    expect(s.y(6e9)).to.equal(30);
  });

  it('at 320 px: fewer ticks and every other year, so labels do not overlap', () => {
    const s = scales(years, amounts, 320, true, label);
    expect(s.yTicks).to.deep.equal([0, 2e9, 4e9, 6e9]);
    expect(s.xTicks).to.deep.equal([2014, 2016, 2018, 2020]);
    // Year labels (~32 px wide) are at least 44 px apart.
    expect(s.x(2016) - s.x(2014)).to.be.at.least(44);
  });

  it('an index need not start at zero; the left margin fits the longest label', () => {
    const s = scales(years, [93.5, 123.3, 100], 1000, false, (v) => `${v} %`);
    expect(s.y.domain()).to.deep.equal([90, 125]);
    expect(s.yTicks).to.deep.equal([90, 95, 100, 105, 110, 115, 120, 125]);
    expect(s.d.left).to.equal('125 %'.length * 7 + 10);
  });

  it('one year, or one value, still makes a usable scale', () => {
    const s = scales([2017], [5], 600, true, String);
    expect(s.x.domain()).to.deep.equal([2016, 2018]);
    expect(s.xTicks).to.deep.equal([2017]);
    expect(scales([2017], [0], 600, true, String).y.domain()).to.deep.equal([0, 1]);
  });
});

describe('paths: solid actual, dashed budget and plan, gaps', () => {
  const pts = (spec: [number, number | null, boolean][]): Point[] =>
    spec.map(([year, y, planned]) => ({ year, x: (year - 2014) * 10, y, planned }));

  it('actual years: one solid line, no dashes', () => {
    expect(linePaths(pts([[2014, 5, false], [2015, 6, false], [2016, 7, false]]))).to.deep.equal({ solid: 'M0,5L10,6L20,7', dashed: '' });
  });

  it('the segment into a budget or plan year is dashed; the two meet at the last actual year', () => {
    expect(linePaths(pts([[2014, 0, false], [2015, 10, false], [2016, 20, true], [2017, 30, true]])))
      .to.deep.equal({ solid: 'M0,0L10,10', dashed: 'M10,10L20,20L30,30' });
  });

  it('a missing figure breaks the line instead of dropping to zero', () => {
    const { solid } = linePaths(pts([[2014, 0, false], [2015, 10, false], [2016, null, false], [2017, 30, false], [2018, 40, false]]));
    expect(solid).to.equal('M0,0L10,10M30,30L40,40');
  });

  it('a missing year breaks it too', () => {
    expect(linePaths(pts([[2014, 0, false], [2016, 20, false]]))).to.deep.equal({ solid: '', dashed: '' });
  });

  it('styles alternate segment by segment, not point by point', () => {
    expect(linePaths(pts([[2014, 0, false], [2015, 10, false], [2016, 20, true], [2017, 30, false]])))
      .to.deep.equal({ solid: 'M0,0L10,10M20,20L30,30', dashed: 'M10,10L20,20' });
  });

  it('rounds to tenths of a pixel', () => {
    expect(linePaths([{ year: 1, x: 1.234, y: 5.678, planned: false }, { year: 2, x: 2.25, y: 9.99, planned: false }]).solid).to.equal('M1.2,5.7L2.3,10');
  });
});

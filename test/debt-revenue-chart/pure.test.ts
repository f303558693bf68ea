// The chart's pure modules, tested by their output (numbers, path strings,
// sentences, CSV bytes, SVG markup) with no element and no DOM of their own.
import { expect } from '@open-wc/testing';
import { baseOf, fasterYears, ratioOf, seriesOf, toRows, type Row } from '../../src/debt-revenue-chart/data.js';
import { heightFor, scales } from '../../src/debt-revenue-chart/scales.js';
import { linePaths, type Point } from '../../src/debt-revenue-chart/paths.js';
import { announce, figuresAt, summarize, yearList } from '../../src/debt-revenue-chart/summary.js';
import { toCsv } from '../../src/debt-revenue-chart/csv.js';
import { layout, legendOf, plotSvg as plotNode, serialize } from '../../src/debt-revenue-chart/plot.js';
import { exportSvg } from '../../src/debt-revenue-chart/export.js';
import { LIGHT } from '../../src/debt-revenue-chart/plot.js';
import { ASKER } from './asker.js';

const rows = toRows(ASKER);
/** Non-breaking spaces (inside amounts) and word joiners (in year spans) read as plain text in assertions. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\u2060/g, '');
const row = (year: number, revenue: number | null, debt: number | null, kind: Row['kind'] = 'actual'): Row => ({ year, revenue, debt, kind });

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

describe('summary: the chart in words', () => {
  it('amount, nb: ending in a plan year, the change is said as planned, not as past (issue 16)', () => {
    expect(plain(summarize(rows, 'amount', 'nb'))).to.equal(
      'Lånegjelden skal etter planen øke fra 4,3 mrd. kr i 2014 til 5,7 mrd. kr i 2019 (plan), mens driftsinntektene skal etter planen øke fra 4,3 mrd. kr i 2015 til 5,1 mrd. kr i 2020 (plan).',
    );
  });

  it('amount: ending in an actual year, the past tense', () => {
    const actual = rows.filter((r) => r.kind === 'actual');
    expect(plain(summarize(actual, 'amount', 'nb'))).to.match(/^Lånegjelden økte fra 4,3 mrd\. kr i 2014 til /);
    expect(plain(summarize(actual, 'amount', 'en'))).to.match(/^Loan debt rose from /);
  });

  it('amount, nn and en', () => {
    expect(plain(summarize(rows, 'amount', 'nn'))).to.equal(
      'Lånegjelda skal etter planen auke frå 4,3 mrd. kr i 2014 til 5,7 mrd. kr i 2019 (plan), medan driftsinntektene skal etter planen auke frå 4,3 mrd. kr i 2015 til 5,1 mrd. kr i 2020 (plan).',
    );
    expect(plain(summarize(rows, 'amount', 'en'))).to.equal(
      'Loan debt is planned to rise from NOK 4.3bn in 2014 to NOK 5.7bn in 2019 (plan), while operating revenue is planned to rise from NOK 4.3bn in 2015 to NOK 5.1bn in 2020 (plan).',
    );
  });

  it('amount: falling, unchanged, a single figure and a series without figures', () => {
    expect(plain(summarize([row(2015, 500e6, 900e6), row(2016, 400e6, 900e6, 'budget')], 'amount', 'nb'))).to.equal(
      'Lånegjelden var 900 mill. kr i 2015 og 900 mill. kr i 2016 (budsjett), mens driftsinntektene skal etter planen synke fra 500 mill. kr i 2015 til 400 mill. kr i 2016 (budsjett).',
    );
    expect(plain(summarize([row(2015, 500e6, null)], 'amount', 'nn'))).to.equal(
      'Driftsinntektene var 500 mill. kr i 2015. Det finst ingen tal for lånegjelda.',
    );
    expect(plain(summarize([row(2015, null, 2e9)], 'amount', 'en'))).to.equal(
      'Loan debt was NOK 2bn in 2015. There are no figures for operating revenue.',
    );
  });

  it('ratio: first and last, the highest, and the years over the threshold as a span; one precision; tense by kind', () => {
    expect(plain(summarize(rows, 'ratio', 'nb', 110))).to.equal(
      'Lånegjelden var 108,0 % av driftsinntektene i 2015 og skal etter planen være 116,3 % i 2019 (plan). Den skal etter planen være høyest, 122,1 %, i 2017 (budsjett). Den skal etter planen være over grensen på 110 % i 2016–2019.',
    );
    expect(plain(summarize(rows, 'ratio', 'nn', 130))).to.equal(
      'Lånegjelda var 108,0 % av driftsinntektene i 2015 og skal etter planen vere 116,3 % i 2019 (plan). Ho skal etter planen vere høgast, 122,1 %, i 2017 (budsjett). Ho var ikkje over grensa på 130 % i nokon av åra, heller ikkje etter planen.',
    );
    expect(plain(summarize(rows, 'ratio', 'en'))).to.equal(
      'Loan debt was 108.0% of operating revenue in 2015 and is planned to be 116.3% in 2019 (plan). It is planned to be highest, 122.1%, in 2017 (budget).',
    );
    // Over the limit in an actual year and in planned ones: "…, og etter planen i …".
    expect(plain(summarize(rows, 'ratio', 'nb', 107))).to.match(/Den var over grensen på 107 % i 2015, og etter planen i 2016–2019\.$/);
    expect(summarize([row(2015, 1, null)], 'ratio', 'nb')).to.equal('Ingen år har tall for både gjeld og inntekter.');
  });

  it('growth: the change since the base year, its tense by the last year\'s kind', () => {
    expect(plain(summarize(rows, 'growth', 'nb'))).to.equal(
      'Lånegjelden skal etter planen øke med 23,3 % fra 2015 til 2019 (plan), mens driftsinntektene skal etter planen øke med 14,5 %.',
    );
    expect(plain(summarize(rows, 'growth', 'nn'))).to.equal(
      'Lånegjelda skal etter planen auke med 23,3 % frå 2015 til 2019 (plan), medan driftsinntektene skal etter planen auke med 14,5 %.',
    );
    expect(plain(summarize(rows, 'growth', 'en'))).to.equal(
      'Loan debt is planned to rise by 23.3% from 2015 to 2019 (plan), while operating revenue is planned to rise by 14.5%.',
    );
    expect(plain(summarize([row(2015, 100, 100), row(2016, 120, 90)], 'growth', 'nb'))).to.equal(
      'Lånegjelden sank med 10 % fra 2015 til 2016, mens driftsinntektene økte med 20 %.',
    );
    expect(summarize([row(2015, 100, 100)], 'growth', 'en')).to.equal('Only 2015 has figures for both debt and revenue, so their growth cannot be compared.');
  });

  it('lists years, with three or more in a row as a span', () => {
    expect(plain(yearList([2014, 2016, 2017], 'nb'))).to.equal('2014, 2016 og 2017');
    expect(plain(yearList([2015, 2017, 2018, 2019], 'en'))).to.equal('2015 and 2017–2019');
    expect(yearList([2016], 'nn')).to.equal('2016');
  });

  it('a year for the tooltip (short) and for the announcement (spelled out)', () => {
    const g = layout(rows, 'amount', 640, 'nb');
    expect(figuresAt(g, 2).map((f) => plain(`${f.label}: ${f.value}`))).to.deep.equal(['Driftsinntekter: 4,3 mrd. kr', 'Lånegjeld: 5,1 mrd. kr']);
    expect(announce(g, 0)).to.equal('2014 (regnskap). Driftsinntekter: ikke oppgitt. Lånegjeld: 4,3 milliarder kroner.');
    // A year the rule was broken says so, in every view.
    expect(announce(layout(rows, 'ratio', 640, 'en'), 3)).to.equal('2017 (budget). Loan debt as % of operating revenue: 122.1%. Debt grows faster than revenue.');
    expect(plain(announce(layout(rows, 'growth', 640, 'nn'), 2))).to.equal(
      '2016 (budsjett). Driftsinntekter: indeks 101,7. Lånegjeld: indeks 110,7. Gjelda veks raskare enn inntektene.',
    );
  });
});

describe('csv: what Excel opens correctly', () => {
  const bytes = (s: string) => [...new TextEncoder().encode(s)];

  it('nb: BOM, semicolons, decimal comma, CRLF, gaps as empty cells, the kind, the rule\'s verdict', () => {
    const csv = toCsv(rows, 'nb');
    expect(bytes(csv).slice(0, 3)).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1).split('\r\n')).to.deep.equal([
      'År;Driftsinntekter (kr);Lånegjeld (kr);Gjeld i % av inntekter;Type tall;Regel',
      '2014;;4307000000;;regnskap;',
      '2015;4265100000;4605000000;108,0;regnskap;',
      '2016;4339200000;5100000000;117,5;budsjett;brutt',
      '2017;4566500000;5576000000;122,1;budsjett;brutt',
      '2018;4723100000;5616000000;118,9;plan;holdt',
      '2019;4883200000;5680000000;116,3;plan;holdt',
      '2020;5052200000;;;plan;',
      '',
    ]);
    expect(csv.replace(/\r\n/g, '')).not.to.include('\n');
  });

  it('nn: its own words', () => {
    expect(toCsv(rows, 'nn').split('\r\n')[1]).to.equal('2014;;4307000000;;rekneskap;');
    expect(toCsv(rows, 'nn').split('\r\n')[3]).to.equal('2016;4339200000;5100000000;117,5;budsjett;broten');
    expect(toCsv(rows, 'nn').split('\r\n')[0]).to.include('Type tal');
  });

  it('en: commas and decimal points', () => {
    const lines = toCsv(rows, 'en').slice(1).split('\r\n');
    expect(lines[0]).to.equal('Year,Operating revenue (NOK),Loan debt (NOK),Debt as % of revenue,Kind,Fiscal rule');
    expect(lines[2]).to.equal('2015,4265100000,4605000000,108.0,actual,');
    expect(lines[5]).to.equal('2018,4723100000,5616000000,118.9,plan,kept');
    expect(lines[7]).to.equal('2020,5052200000,,,plan,');
  });
});

describe('plot: the SVG markup', () => {
  const g = layout(rows, 'amount', 1000, 'nb', undefined, { start: 2017, end: 2020 });
  /** The plot as markup (the nodes serialised, as in the file). */
  const plotSvg = (l: typeof g) => serialize(plotNode(l));

  it('amount: markers only where there is a figure, hollow for budget and plan', () => {
    const svg = plotSvg(g);
    // Each series' markers of a kind are one path, one subpath per year: circles (two arcs) for revenue, squares for debt.
    const marks = (cls: string) => [...svg.matchAll(new RegExp(`<path class="${cls}" d="([^"]+)"`, 'g'))].map((m) => m[1].match(/M/g)!.length);
    expect(marks('mark revenue')).to.deep.equal([1]);
    expect(marks('mark revenue hollow')).to.deep.equal([5]);
    expect(marks('mark debt')).to.deep.equal([2]);
    expect(marks('mark debt hollow')).to.deep.equal([4]);
    expect(svg.match(/<path class="mark revenue[^"]*" d="M[\d.]+,[\d.]+a3.5,3.5 0 1,0 7,0a3.5,3.5 0 1,0 -7,0/g)).to.have.length(2);
    expect(svg.match(/<path class="mark debt[^"]*" d="M[\d.]+,[\d.]+h7v7h-7z/g)).to.have.length(2);
    expect(svg.match(/stroke-dasharray="7 5"/g)).to.have.length(2);
    expect(svg).to.include('>mrd.\u00a0kr</text>');
    expect(svg).to.include('>Planperiode</text>');
  });

  it('the plan band: the programme period, else the years marked plan', () => {
    expect(g.band).to.deep.equal([2017, 2020]);
    expect(layout(rows, 'amount', 1000, 'nb').band).to.deep.equal([2018, 2020]);
    expect(layout(rows.slice(0, 2), 'amount', 1000, 'nb').band).to.equal(undefined);
  });

  it('ratio: a threshold line and its label; every view: the years the rule was broken, a band and a bar each', () => {
    const ratio = layout(rows, 'ratio', 1000, 'nb', 110);
    const svg = plotSvg(ratio);
    expect(svg).to.include(`class="limit" x1="${ratio.s!.d.left}" x2="980" y1="${Math.round(ratio.s!.y(110) * 10) / 10}"`);
    expect(svg).to.include('>Grense 110\u00a0%</text>');
    expect(layout(rows, 'ratio', 1000, 'nb', 0).threshold).to.equal(undefined);
    const growth = layout(rows, 'growth', 1000, 'nb');
    expect(growth.faster).to.deep.equal([2016, 2017]);
    expect(plotSvg(growth).match(/<path class="faster" d="M[^"]+"/)![0].match(/M/g)).to.have.length(2);
    expect(plotSvg(growth).match(/<path class="faster-bar" d="M[^"]+" stroke="var\(--_debt\)" stroke-width="4"/)![0].match(/M/g)).to.have.length(2);
    expect(layout(rows, 'amount', 1000, 'nb').faster).to.deep.equal([2016, 2017]);
    expect(growth.axis).to.equal('Indeks, 2015 = 100');
  });

  it('the legend names only what is drawn', () => {
    expect(legendOf(g).map((i) => i.label)).to.deep.equal(['Driftsinntekter', 'Lånegjeld', 'Gjelden vokser raskere enn inntektene', 'regnskap', 'budsjett og plan']);
    expect(legendOf(layout(rows, 'ratio', 600, 'en', 110)).map((i) => i.label))
      .to.deep.equal(['Loan debt as % of operating revenue', 'Limit 110%', 'Debt grows faster than revenue', 'actual', 'budget and plan']);
    expect(legendOf(layout(rows.slice(0, 2), 'growth', 600, 'nb')).map((i) => i.label)).to.deep.equal(['Driftsinntekter', 'Lånegjeld', 'regnskap']);
  });

  it('the chosen year: a rule and larger markers', () => {
    const svg = serialize(plotNode(g, undefined, 6));
    expect(svg).to.include(`class="cursor" x1="980"`);
    // 2020 has a revenue figure only: one larger marker.
    expect(svg.match(/<path class="mark revenue hollow" d="M[\d.]+,[\d.]+a5.5,5.5 /g)).to.have.length(1);
    expect(svg.match(/a5.5,5.5|h11v11/g)).to.have.length(2);
    expect(plotSvg(g)).not.to.include('cursor');
  });

  it('a view with nothing to plot has no scales', () => {
    expect(layout([row(2015, 1, null)], 'ratio', 600, 'nb').s).to.equal(undefined);
  });
});

describe('export: a standalone SVG for print', () => {
  const g = layout(rows, 'amount', 800, 'nb', undefined, { start: 2017, end: 2020 });
  const { svg, width, height } = exportSvg(g, LIGHT, {
    title: 'Handlingsprogram <2017–2020>', subtitle: 'Lånegjeld og driftsinntekter', source: 'Kilde: Asker kommune, 6. desember 2016',
    desc: 'Lånegjelden økte.', font: '"Source Sans", sans-serif',
  });

  it('is well-formed SVG with title, legend, plot and source, and no stylesheet', () => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('title')!.textContent).to.equal('Handlingsprogram <2017–2020>');
    expect(doc.querySelector('desc')!.textContent).to.equal('Lånegjelden økte.');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include.members(['Handlingsprogram <2017–2020>', 'Lånegjeld og driftsinntekter', 'Driftsinntekter', 'Lånegjeld', 'regnskap', 'budsjett og plan', 'Kilde: Asker kommune, 6. desember 2016']);
    // Revenue: dashed only (2014 is a gap, 2016 a budget year); debt: solid into 2015, then dashed.
    expect(doc.querySelectorAll('path.line:not([d^="M1 7"])')).to.have.length(3);
    expect(svg).not.to.include('<style');
    expect(svg).not.to.include('var(');
    expect(doc.documentElement.getAttribute('font-family')).to.equal('"Source Sans", sans-serif');
    expect([width, height]).to.deep.equal([832, Number(doc.documentElement.getAttribute('height'))]);
    expect(height).to.be.above(400 + 80);
  });
});

// What the chart writes out, from its pure modules with no element: the CSV bytes, the plot's SVG
// markup, and the standalone SVG for print and download.
import { expect } from '@open-wc/testing';
import { toCsv } from '../../src/debt-revenue-chart/csv.js';
import { layout, legendOf, LIGHT, plotSvg as plotNode, serialize } from '../../src/debt-revenue-chart/plot.js';
import { exportSvg } from '../../src/debt-revenue-chart/export.js';
import { row, rows } from './helpers.js';

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

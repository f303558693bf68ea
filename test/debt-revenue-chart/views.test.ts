// <civic-debt-revenue-chart> in Chromium: its three views (amount, ratio, growth), gaps and plan
// years drawn as such, a view with nothing to plot, the summary, and the ticks at 320 px.
import { expect } from '@open-wc/testing';
import { $, $$, chart, plain } from './helpers.js';

/** The y coordinates in a path string. */
const ys = (d: string) => [...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
/** The centres' x of the markers in the plot's paths matching `sel` (each subpath starts at x − 3.5). */
const markXs = (el: Element, sel: string) => $$(el, `.frame ${sel}`)
  .flatMap((p) => [...p.getAttribute('d')!.matchAll(/M([\d.]+),/g)].map((m) => Math.round((Number(m[1]) + 3.5) * 10) / 10));

describe('<civic-debt-revenue-chart>: views', () => {
  it('amount (default): two lines in kroner from zero, with a unit and a legend in words', async () => {
    const el = await chart();
    await expect(el).to.be.accessible();
    expect(el.view).to.equal('amount');
    expect(el.getAttribute('view')).to.equal('amount');
    expect($$(el, '.frame path.line.revenue')).to.have.length(1);
    expect($$(el, '.frame path.line.debt')).to.have.length(2);
    expect(plain($(el, 'svg text.axis').textContent)).to.equal('mrd. kr');
    expect($$(el, 'svg text.tick').map((t) => t.textContent).slice(0, 7)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6']);
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal(['Driftsinntekter', 'Lånegjeld', 'Gjelden vokser raskere enn inntektene', 'regnskap', 'budsjett og plan']);
    expect(plain($(el, '#summary').textContent)).to.match(/^Lånegjelden skal etter planen øke fra 4,3 mrd\. kr i 2014 til 5,7 mrd\. kr i 2019 \(plan\)/);
  });

  it('gaps stay gaps: no revenue in 2014 and no debt in 2020 are drawn as zero', async () => {
    const el = await chart();
    const svg = $(el, '.frame svg');
    const zero = Number($(el, 'line.grid.ref').getAttribute('y1'));
    for (const p of $$(el, '.frame path.line')) expect(ys(p.getAttribute('d')!)).not.to.include(zero);
    const x = (year: number) => Number([...svg.querySelectorAll('text.tick')].find((t) => t.textContent === String(year))!.getAttribute('x'));
    const cx = markXs(el, 'path.mark.revenue');
    expect(cx).to.have.length(6);
    expect(cx).not.to.include(x(2014));
    expect(cx).to.include(x(2015));
    const debtX = markXs(el, 'path.mark.debt');
    expect(debtX).to.have.length(6);
    expect(debtX).not.to.include(x(2020));
    // A gap in the middle breaks the line in two.
    el.data = { finances: [{ year: 2015, debt: 5e9 }, { year: 2016, debt: 5.1e9 }, { year: 2017, debt: null }, { year: 2018, debt: 5.3e9 }, { year: 2019, debt: 5.4e9 }] };
    await el.updateComplete;
    expect($(el, '.frame path.line.debt').getAttribute('d')!.match(/M/g)).to.have.length(2);
  });

  it('plan years: dashed lines, hollow markers and a labelled band for the plan period', async () => {
    const el = await chart();
    const dashed = $$(el, '.frame path.line.dash');
    expect(dashed).to.have.length(2);
    for (const p of dashed) expect(getComputedStyle(p).strokeDasharray).to.equal('7px, 5px');
    // Debt is solid only from 2014 to 2015, the two actual years.
    expect(ys($(el, '.frame path.line.debt:not(.dash)').getAttribute('d')!)).to.have.length(2);
    expect(markXs(el, '.mark.hollow')).to.have.length(9);
    expect($$(el, '.frame .mark.hollow')).to.have.length(2);
    expect($(el, 'rect.band')).to.exist;
    expect($(el, 'text.band-label').textContent).to.equal('Planperiode');
  });

  it('ratio: one line in % with the threshold line, named in the summary', async () => {
    const el = await chart({ view: 'ratio', threshold: 110 });
    await expect(el).to.be.accessible();
    expect($$(el, '.frame path.line')).to.have.length(1);
    expect($(el, 'line.limit')).to.exist;
    expect(plain($(el, 'text.limit-label').textContent)).to.equal('Grense 110 %');
    expect(plain($(el, '#summary').textContent)).to.include('Den skal etter planen være over grensen på 110 % i 2016–2019.');
    el.removeAttribute('threshold');
    el.threshold = undefined;
    await el.updateComplete;
    expect($(el, 'line.limit')).to.equal(null);
  });

  it('growth: indexed to 2015 = 100, the years debt grew faster marked and named', async () => {
    const el = await chart({ view: 'growth' });
    await expect(el).to.be.accessible();
    expect($(el, 'text.axis').textContent).to.equal('Indeks, 2015 = 100');
    expect($(el, '.frame path.faster').getAttribute('d')!.match(/M/g)).to.have.length(2);
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.include('Gjelden vokser raskere enn inntektene');
    // The change in per cent; the years the rule was broken are said in the rule's line above the chart.
    expect(plain($(el, '#summary').textContent)).to.equal('Lånegjelden skal etter planen øke med 23,3 % fra 2015 til 2019 (plan), mens driftsinntektene skal etter planen øke med 14,5 %.');
    expect(plain($(el, '[part~="rule"]').textContent)).to.include('Lånegjelden skal etter planen vokse raskere enn driftsinntektene i 2016 og 2017.');
  });

  it('an unknown view draws amounts; a view with nothing to plot says so', async () => {
    const el = await chart({ view: 'pie' as never });
    expect(plain($(el, 'text.axis').textContent)).to.equal('mrd. kr');
    el.view = 'ratio';
    el.data = [{ year: 2015, revenue: 4e9 }];
    await el.updateComplete;
    expect($(el, '.frame svg')).to.equal(null);
    expect($(el, '.frame').textContent).to.include('Ingen år har tall for både gjeld og inntekter.');
    await expect(el).to.be.accessible();
  });

  it('summary="hidden" hides the summary visually; it stays the description', async () => {
    const el = await chart({ summary: 'hidden' });
    const summary = $(el, '#summary');
    expect(summary.classList.contains('sr-only')).to.equal(true);
    expect($(el, '.frame').getAttribute('aria-describedby')).to.equal('rule summary');
    expect(summary.textContent).to.include('Lånegjelden skal etter planen øke');
    await expect(el).to.be.accessible();
  });

  it('draws fewer ticks at 320 px and every other year', async () => {
    const el = await chart({}, 320);
    expect($$(el, 'text.tick').map((t) => t.textContent)).to.deep.equal(['0', '2', '4', '6', '2014', '2016', '2018', '2020']);
    expect($(el, '.chart').classList.contains('narrow')).to.equal(true);
    expect($(el, '.frame').getBoundingClientRect().height).to.equal(300);
  });
});

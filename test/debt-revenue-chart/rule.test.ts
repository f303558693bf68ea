// Issue 16 for <civic-debt-revenue-chart>: the rule and its verdict in the default view, the broken years
// marked in the plot, the verdict per year in the table and the CSV, one precision per column and axis,
// tense by kind in every view's summary, and a table that fits (or visibly scrolls) at 320 and 326 px.
// Only the element, its DOM and summarize() are used, so these run against the code before the change too.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CivicDebtRevenueChart } from '../../src/debt-revenue-chart/debt-revenue-chart.js';
import { toRows } from '../../src/debt-revenue-chart/data.js';
import { summarize } from '../../src/debt-revenue-chart/summary.js';
import type { FinanceYear } from '../../src/shared/schema.js';
import { ASKER } from './asker.js';
import { $, $$, drawn, plain } from './helpers.js';

type Chart = CivicDebtRevenueChart;
const RULE = { text: 'Lånegjelden skal ikke øke mer enn kommunens inntekter.', source: 'Handlingsprogram 2014–2017' };
const DOC = { version: 1, title: 'Handlingsprogram 2017–2020', period: { start: 2017, end: 2020 }, finances: ASKER, fiscalRule: RULE };
const chart = (attrs: Record<string, unknown> = {}, width: number | string = 640) => drawn({ data: DOC, ...attrs }, width);
/** What the eye reads in a cell: the screen reader's twin (sr-only) left out. */
const seen = (c: Element) => plain([...c.childNodes].filter((x) => x.nodeType === Node.TEXT_NODE || (x instanceof Element && !x.classList.contains('sr-only'))).map((x) => x.textContent).join(''));
async function openTable(el: Chart): Promise<HTMLTableElement> {
  $(el, '.tools button').click();
  await el.updateComplete;
  return $(el, 'table') as HTMLTableElement;
}
const rowOf = (table: HTMLTableElement, year: string) =>
  [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(seen)).find((cells) => cells[0].startsWith(year))!;

/** WCAG contrast of two computed colours "rgb(r, g, b)". */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('<civic-debt-revenue-chart>: the rule in plain sight (issue 16)', () => {
  it('the default view states the document\'s rule and its verdict above the plot, and reads them as its description', async () => {
    const el = await chart();
    expect(el.view).to.equal('amount');
    const rule = $(el, '[part~="rule"]');
    expect(plain(rule?.textContent)).to.equal(
      'Regelen: Lånegjelden skal ikke øke mer enn kommunens inntekter. Lånegjelden skal etter planen vokse raskere enn driftsinntektene i 2016 og 2017.',
    );
    expect(rule.getBoundingClientRect().bottom).to.be.at.most($(el, '.frame').getBoundingClientRect().top);
    expect($(el, '.frame').getAttribute('aria-describedby')!.split(' ')).to.include(rule.id);
    await expect(el).to.be.accessible();
  });

  for (const [lang, text] of [
    ['nb', 'Regelen: Lånegjelden skal ikke vokse raskere enn driftsinntektene. Lånegjelden skal etter planen vokse raskere enn driftsinntektene i 2016 og 2017.'],
    ['nn', 'Regelen: Lånegjelda skal ikkje vekse raskare enn driftsinntektene. Lånegjelda skal etter planen vekse raskare enn driftsinntektene i 2016 og 2017.'],
    ['en', 'The rule: Loan debt must not grow faster than operating revenue. Loan debt is planned to grow faster than operating revenue in 2016 and 2017.'],
  ] as const) {
    it(`without fiscalRule, the rule in the chart's own words (${lang})`, async () => {
      const el = await chart({ lang, data: { ...DOC, fiscalRule: undefined } });
      expect(plain($(el, '[part~="rule"]')?.textContent)).to.equal(text);
    });
  }

  it('the verdict\'s tense follows each year\'s kind: actual years in the past, budget and plan years as planned', async () => {
    const y = (year: number, revenue: number, debt: number, kind: FinanceYear['kind']) => ({ year, revenue: revenue * 1e7, debt: debt * 1e7, kind });
    const el = await chart({ data: { finances: [y(2014, 100, 100, 'actual'), y(2015, 100, 120, 'actual'), y(2016, 100, 130, 'plan'), y(2017, 120, 130, 'plan')] } });
    const said = () => plain($(el, '[part~="rule"]').textContent).replace(/^(Regelen|The rule): [^.]+\. /, '');
    expect(said()).to.equal('Lånegjelden vokste raskere enn driftsinntektene i 2015, og etter planen i 2016.');
    el.lang = 'en';
    await el.updateComplete;
    expect(said()).to.equal('Loan debt grew faster than operating revenue in 2015, and according to plan in 2016.');
    el.lang = 'nb';
    el.data = { finances: [y(2014, 100, 100, 'actual'), y(2015, 110, 100, 'actual'), y(2016, 120, 100, 'plan')] };
    await el.updateComplete;
    expect(said()).to.equal('Lånegjelden vokste ikke raskere enn driftsinntektene i noen av årene, heller ikke etter planen.');
    el.data = { finances: [y(2016, 100, 100, 'budget'), y(2017, 120, 100, 'plan')] };
    await el.updateComplete;
    expect(said()).to.equal('Lånegjelden skal etter planen ikke vokse raskere enn driftsinntektene i noen av årene.');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`the broken years are marked in the amount view, not by colour alone, with ≥ 3:1 contrast (${theme})`, async () => {
      const el = await chart({ theme });
      // A band per broken year (from the year before to it), and a bar along its top.
      const band = $(el, '.frame path.faster');
      const bar = $(el, '.frame path.faster-bar');
      expect(band?.getAttribute('d')?.match(/M/g)).to.have.length(2);
      expect(bar?.getAttribute('d')?.match(/M/g)).to.have.length(2);
      expect(Number(getComputedStyle(bar).strokeWidth.replace('px', ''))).to.be.at.least(3);
      expect(contrast(getComputedStyle(bar).stroke, getComputedStyle($(el, '.base')).backgroundColor)).to.be.at.least(3);
      // Between the 2015 and 2017 ticks: 2016 and 2017.
      const x = (year: number) => Number($$(el, 'text.tick').find((t) => t.textContent === String(year))!.getAttribute('x'));
      const box = (bar as unknown as SVGGraphicsElement).getBBox();
      expect([Math.round(box.x), Math.round(box.x + box.width)]).to.deep.equal([Math.round(x(2015)), Math.round(x(2017))]);
      expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.include('Gjelden vokser raskere enn inntektene');
      expect($$(el, '.legend li svg .faster-bar')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  for (const width of [320, 600]) {
    it(`while loading, the rule's room is kept, so nothing below moves when it is stated (${width} px)`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-family: system-ui">
        <civic-debt-revenue-chart src=${`/__api/asker?id=rule-${width}-${Date.now()}&delay=400`}></civic-debt-revenue-chart><p id="below">Below</p></div>`);
      const el = box.firstElementChild as Chart;
      const loaded = oneEvent(el, 'civic-load');
      await waitUntil(() => $(el, '.frame')?.style.height, 'not measured');
      await el.updateComplete;
      // As the reader sees it: the chart's body is laid out in the frame that shows it (content-visibility).
      await new Promise(requestAnimationFrame);
      expect(el.status).to.equal('loading');
      const rule = $(el, '.rule').getBoundingClientRect().height;
      // Measured from the rule down: the heading's context line above it is the base class's (it may wrap once the title is known).
      const below = () => box.querySelector('#below')!.getBoundingClientRect().top - $(el, '.rule').getBoundingClientRect().top;
      const before = below();
      await loaded;
      await el.updateComplete;
      expect(plain($(el, '[part~="rule"]').textContent)).to.match(/^Regelen: Lånegjelden skal ikke øke mer enn kommunens inntekter\./);
      expect($(el, '[part~="rule"]').getBoundingClientRect().height).to.equal(rule);
      expect(below()).to.equal(before);
    });
  }
});

describe('<civic-debt-revenue-chart>: the verdict per year in the table and the CSV (issue 16)', () => {
  for (const [lang, col, broken, kept, r2015, r2016] of [
    ['nb', 'Regel', 'brutt', 'holdt', ['2015', '4 265,1', '4 605', '108,0 %', ''], ['2016 budsjett', '4 339,2', '5 100', '117,5 %', 'brutt']],
    ['nn', 'Regel', 'broten', 'halden', ['2015', '4 265,1', '4 605', '108,0 %', ''], ['2016 budsjett', '4 339,2', '5 100', '117,5 %', 'broten']],
    ['en', 'Fiscal rule', 'broken', 'kept', ['2015', '4,265.1', '4,605', '108.0%', ''], ['2016 budget', '4,339.2', '5,100', '117.5%', 'broken']],
  ] as const) {
    it(`the table: a verdict column and one precision per column (${lang})`, async () => {
      const el = await chart({ lang });
      const table = await openTable(el);
      const heads = [...table.querySelectorAll('thead th')].map(seen);
      expect(heads[heads.length - 1]).to.equal(col);
      expect(rowOf(table, '2015')).to.deep.equal(r2015);
      expect(rowOf(table, '2016')).to.deep.equal(r2016);
      expect(rowOf(table, '2017').pop()).to.equal(broken);
      expect(rowOf(table, '2018').pop()).to.equal(kept);
      expect(rowOf(table, '2014').pop()).to.equal('');
      // Every figure of a column has the same number of decimals.
      const decimals = (s: string) => (s.match(lang === 'en' ? /\.(\d+)/ : /,(\d+)/)?.[1].length ?? 0);
      const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(seen));
      for (const c of [1, 2, 3]) {
        const figures = rows.map((r) => r[c]).filter((s) => /\d/.test(s));
        expect(new Set(figures.map(decimals)).size, `column ${c}: ${figures.join(' | ')}`).to.equal(1);
      }
    });
  }

  it('the CSV: a verdict column, empty where nothing is compared (nb, en)', async () => {
    const lines = (await chart()).toCsv().slice(1).split('\r\n');
    expect(lines[0]).to.match(/;Regel$/);
    expect(lines.slice(1, 5)).to.deep.equal([
      '2014;;4307000000;;regnskap;', '2015;4265100000;4605000000;108,0;regnskap;',
      '2016;4339200000;5100000000;117,5;budsjett;brutt', '2017;4566500000;5576000000;122,1;budsjett;brutt',
    ]);
    expect(lines[5]).to.equal('2018;4723100000;5616000000;118,9;plan;holdt');
    const en = (await chart({ lang: 'en' })).toCsv().slice(1).split('\r\n');
    expect(en[0]).to.match(/,Fiscal rule$/);
    expect(en[3]).to.equal('2016,4339200000,5100000000,117.5,budget,broken');
  });
});

describe('<civic-debt-revenue-chart>: one precision per axis (issue 16)', () => {
  it('tick labels share one number of decimals, chosen from the ticks shown', async () => {
    const el = await chart({ data: { finances: [{ year: 2015, revenue: 1.2e9, debt: 1e9 }, { year: 2016, revenue: 2.1e9, debt: 1.4e9 }] } });
    const ticks = $$(el, 'text.tick').map((t) => t.textContent!).filter((s) => !/^20\d\d$/.test(s));
    expect(ticks).to.deep.equal(['0,0', '0,5', '1,0', '1,5', '2,0', '2,5']);
    // All whole when the ticks are whole.
    const asker = await chart();
    expect($$(asker, 'text.tick').map((t) => t.textContent).slice(0, 7)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6']);
  });
});

describe('summary: the tense follows the kind in the ratio and growth views (issue 16)', () => {
  const rows = toRows(ASKER);
  const actual = rows.filter((r) => r.kind === 'actual' || r.year === 2016).map((r) => ({ ...r, kind: 'actual' as const }));
  const say = (...a: Parameters<typeof summarize>) => plain(summarize(...a));

  it('ratio, nb nn en: budget and plan years said as planned', () => {
    expect(say(rows, 'ratio', 'nb', 110)).to.equal(
      'Lånegjelden var 108,0 % av driftsinntektene i 2015 og skal etter planen være 116,3 % i 2019 (plan). Den skal etter planen være høyest, 122,1 %, i 2017 (budsjett). Den skal etter planen være over grensen på 110 % i 2016–2019.',
    );
    expect(say(rows, 'ratio', 'nn', 130)).to.equal(
      'Lånegjelda var 108,0 % av driftsinntektene i 2015 og skal etter planen vere 116,3 % i 2019 (plan). Ho skal etter planen vere høgast, 122,1 %, i 2017 (budsjett). Ho var ikkje over grensa på 130 % i nokon av åra, heller ikkje etter planen.',
    );
    expect(say(rows, 'ratio', 'en', 110)).to.equal(
      'Loan debt was 108.0% of operating revenue in 2015 and is planned to be 116.3% in 2019 (plan). It is planned to be highest, 122.1%, in 2017 (budget). It is planned to be above the limit of 110% in 2016–2019.',
    );
  });

  it('ratio: actual years in the past tense', () => {
    expect(say(actual, 'ratio', 'nb', 110)).to.equal('Lånegjelden var 108,0 % av driftsinntektene i 2015 og var 117,5 % i 2016. Den var over grensen på 110 % i 2016.');
    expect(say(actual, 'ratio', 'en', 130)).to.equal('Loan debt was 108.0% of operating revenue in 2015 and was 117.5% in 2016. It was not above the limit of 130% in any year.');
  });

  it('growth, nb nn en: planned, and past when the last year is actual', () => {
    expect(say(rows, 'growth', 'nb')).to.equal('Lånegjelden skal etter planen øke med 23,3 % fra 2015 til 2019 (plan), mens driftsinntektene skal etter planen øke med 14,5 %.');
    expect(say(rows, 'growth', 'nn')).to.equal('Lånegjelda skal etter planen auke med 23,3 % frå 2015 til 2019 (plan), medan driftsinntektene skal etter planen auke med 14,5 %.');
    expect(say(rows, 'growth', 'en')).to.equal('Loan debt is planned to rise by 23.3% from 2015 to 2019 (plan), while operating revenue is planned to rise by 14.5%.');
    expect(say(actual, 'growth', 'nb')).to.equal('Lånegjelden økte med 10,7 % fra 2015 til 2016, mens driftsinntektene økte med 1,7 %.');
    expect(say(actual, 'growth', 'en')).to.equal('Loan debt rose by 10.7% from 2015 to 2016, while operating revenue rose by 1.7%.');
  });
});

describe('<civic-debt-revenue-chart>: the table fits (issue 16)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [what, viewport, box] of [
    // In the demo's font (system-ui: DejaVu Sans here, wider than most phones' fonts).
    ['a 320 px phone', 320, 'auto'],
    ['a 326 px card', 800, '326px'],
  ] as const) {
    for (const lang of ['nb', 'en'] as const) {
      it(`every column is inside the table's box in ${what} (${lang}); the box is a named, focusable region`, async () => {
        await setViewport({ width: viewport, height: 800 });
        const el = await chart({ lang }, `${box}; font-family: system-ui`);
        const table = await openTable(el);
        const region = table.parentElement!;
        const edge = region.getBoundingClientRect().right;
        expect(el.getBoundingClientRect().width).to.be.at.most(326);
        const out = [...table.querySelectorAll('th, td')].filter((c) => c.getBoundingClientRect().right > edge + 0.5).map(seen);
        expect(out, 'cells past the edge').to.deep.equal([]);
        expect(region.scrollWidth).to.be.at.most(region.clientWidth);
        expect([region.getAttribute('role'), region.tabIndex, !!region.getAttribute('aria-label')]).to.deep.equal(['region', 0, true]);
      });
    }
  }

  it('when a table still scrolls, a shadow at the edge says so', async () => {
    const el = await chart({}, 200);
    const region = (await openTable(el)).parentElement!;
    expect(region.scrollWidth).to.be.above(region.clientWidth);
    expect(getComputedStyle(region).backgroundImage).to.include('gradient');
    expect(getComputedStyle(region).overflowX).to.equal('auto');
  });
});

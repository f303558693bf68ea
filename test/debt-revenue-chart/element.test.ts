// <civic-debt-revenue-chart> in Chromium: views, gaps, plan years, keyboard and
// pointer, table, downloads, states, languages and axe in both themes.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CivicDebtRevenueChart } from '../../src/debt-revenue-chart/debt-revenue-chart.js';
import type { CivicErrorEvent } from '../../src/shared/events.js';
import { ASKER } from './asker.js';
import { $, $$, drawn, plain } from './helpers.js';

type Chart = CivicDebtRevenueChart;
const DOC = {
  version: 1, title: 'Handlingsprogram 2017–2020', period: { start: 2017, end: 2020 },
  source: { name: 'Asker kommune', url: 'https://www.asker.kommune.no/', date: '2016-12-06' }, finances: ASKER,
};
let n = 0;
const asker = (delay = 0) => `/__api/asker?id=chart-${Date.now()}-${n++}&delay=${delay}`;

/** A chart of the Asker document in a box of the given width, once it has measured that width and drawn. */
const chart = (attrs: Partial<Chart> & Record<string, unknown> = {}, width = 640) => drawn({ data: DOC, ...attrs }, width);

/** The y coordinates in a path string. */
const ys = (d: string) => [...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
/** The centres' x of the markers in the plot's paths matching `sel` (each subpath starts at x − 3.5). */
const markXs = (el: Element, sel: string) => $$(el, `.frame ${sel}`)
  .flatMap((p) => [...p.getAttribute('d')!.matchAll(/M([\d.]+),/g)].map((m) => Math.round((Number(m[1]) + 3.5) * 10) / 10));
/** Opens the table ("Vis tabell"): it is rendered only when opened (or printed). */
async function openTable(el: Chart): Promise<HTMLTableElement> {
  $(el, '.tools button').click();
  await el.updateComplete;
  return $(el, 'table') as HTMLTableElement;
}

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

describe('<civic-debt-revenue-chart>: reading a year', () => {
  it('is one tab stop; ←/→/Home/End move between years, said as the slider value', async () => {
    const el = await chart();
    const frame = $(el, '.frame');
    expect(frame.tabIndex).to.equal(0);
    // Before the buttons, nothing else in the chart takes focus: the table's box is out of the tab order while hidden.
    expect($$(el, '[tabindex]').filter((e) => e.tabIndex >= 0)).to.deep.equal([frame]);
    frame.focus();
    // A slider to screen readers: its value text says the chosen year (test/debt-revenue-chart/heard.test.ts reads the tree).
    const said = () => frame.getAttribute('aria-valuetext');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said()).to.equal('2014 (regnskap). Driftsinntekter: ikke oppgitt. Lånegjeld: 4,3 milliarder kroner.');
    expect(plain($(el, '.tip strong').textContent)).to.equal('2014 (regnskap)');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said()).to.equal('2015 (regnskap). Driftsinntekter: 4,3 milliarder kroner. Lånegjeld: 4,6 milliarder kroner.');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(said()).to.equal('2020 (plan). Driftsinntekter: 5,1 milliarder kroner. Lånegjeld: ikke oppgitt.');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said()).to.match(/^2020/);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(said()).to.match(/^2019 \(plan\)/);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(said()).to.match(/^2014/);
    expect(Number($(el, 'line.cursor').getAttribute('x1'))).to.equal(Number($$(el, 'text.tick').find((t) => t.textContent === '2014')!.getAttribute('x')));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, 'line.cursor')).to.equal(null);
    expect($(el, '.tip')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('ArrowLeft from nothing starts at the last year; the focus ring is visible', async () => {
    const el = await chart({ view: 'growth' });
    $(el, '.frame').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect($(el, '.frame').getAttribute('aria-valuetext')).to.equal('2020 (plan). Driftsinntekter: indeks 118,5. Lånegjeld: ikke oppgitt.');
    expect($(el, '.frame').matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle($(el, '.frame')).outlineStyle).to.equal('solid');
  });

  it('hover shows the nearest year in a tooltip; a mouse leaving takes it away', async () => {
    const el = await chart();
    const frame = $(el, '.frame');
    const tick = $$(el, 'text.tick').find((t) => t.textContent === '2017')!;
    const box = frame.getBoundingClientRect();
    const clientX = box.left + (Number(tick.getAttribute('x')) + 20) * (box.width / 640);
    frame.dispatchEvent(new PointerEvent('pointermove', { clientX, clientY: box.top + 100, pointerType: 'mouse', bubbles: true }));
    await el.updateComplete;
    const tip = $(el, '.tip');
    expect(plain(tip.textContent)).to.equal('2017 (budsjett) Driftsinntekter: 4,6 mrd. kr Lånegjeld: 5,6 mrd. kr');
    expect(tip.getAttribute('aria-hidden')).to.equal('true');
    // Beside the rule, below the figures (they are high up); placed through the CSSOM, which a strict CSP allows
    // (test/embedding/csp.test.ts checks the bundle under one).
    expect(parseFloat(tip.style.left)).to.be.closeTo((Number(tick.getAttribute('x')) / 640) * 100, 0.1);
    expect([tip.style.right, tip.style.top, tip.style.bottom]).to.deep.equal(['', '', '34px']);
    // The pointer does not talk to screen readers; the keyboard does.
    expect($(el, '.chart > [role="status"]').textContent).to.equal('');
    frame.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await el.updateComplete;
    expect($(el, '.tip')).to.equal(null);
  });

  it('touch shows the touched year and leaves it up', async () => {
    const el = await chart({ view: 'ratio' });
    const frame = $(el, '.frame');
    const box = frame.getBoundingClientRect();
    frame.dispatchEvent(new PointerEvent('pointerdown', { clientX: box.right - 2, clientY: box.top + 50, pointerType: 'touch', bubbles: true }));
    frame.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'touch' }));
    await el.updateComplete;
    expect(plain($(el, '.tip').textContent)).to.equal('2020 (plan) Lånegjeld: ikke oppgitt');
    expect(getComputedStyle(frame).touchAction).to.equal('pan-y');
  });
});

describe('<civic-debt-revenue-chart>: table', () => {
  it('is rendered when "Vis tabell" opens it, and "Vis figur" switches back to the chart', async () => {
    const el = await chart();
    // Closed, it is not drawn at all: most of a chart's nodes would be the table's.
    expect($(el, 'table')).to.equal(null);
    expect($(el, '[part="table"]')).to.equal(null);
    const toggle = $(el, '.tools button');
    expect(toggle.textContent).to.equal('Vis tabell');
    const table = await openTable(el);
    expect(toggle.textContent).to.equal('Vis figur');
    expect(plain(table.querySelector('caption')!.textContent)).to.equal('Lånegjeld og driftsinntekter (mill. kr)');
    // What is seen: an amount's screen-reader twin (sr-only, without the spaces) is left out here (heard.test.ts hears it).
    const seen = (c: Element) => plain([...c.childNodes].filter((x) => x.nodeType === Node.TEXT_NODE || (x instanceof Element && !x.classList.contains('sr-only'))).map((x) => x.textContent).join(''));
    const cells = (i: number) => [...table.querySelectorAll('tbody tr')[i].children].map(seen);
    expect(table.querySelectorAll('tbody tr')).to.have.length(7);
    // The kind with the year, as the chart writes it; the rule's verdict last (rule.test.ts has more).
    expect(cells(0)).to.deep.equal(['2014', 'ikke oppgitt', '4 307', 'ikke oppgitt', '']);
    expect(cells(2)).to.deep.equal(['2016 budsjett', '4 339,2', '5 100', '117,5 %', 'brutt']);
    expect(cells(6)).to.deep.equal(['2020 plan', '5 052,2', 'ikke oppgitt', 'ikke oppgitt', '']);
    expect(table.querySelectorAll('th[scope="col"]')).to.have.length(5);
    expect(table.querySelectorAll('th[scope="row"]')).to.have.length(7);
    expect(table.parentElement!.classList.contains('sr-only')).to.equal(false);
    // Shown, its box is a scrollable region one can tab to, named with the chart's heading (two charts, two names).
    expect(table.parentElement!.getAttribute('part')).to.equal('table');
    expect(table.parentElement!.getAttribute('role')).to.equal('region');
    expect(table.parentElement!.getAttribute('aria-label')).to.equal('Handlingsprogram 2017–2020: Lånegjeld og driftsinntekter');
    expect(table.parentElement!.tabIndex).to.equal(0);
    expect($(el, '.frame').hidden).to.equal(true);
    expect(table.getBoundingClientRect().height).to.be.above(100);
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(toggle.textContent).to.equal('Vis tabell');
    expect($(el, '.frame').hidden).to.equal(false);
    expect($(el, 'table')).to.equal(null);
  });

  it('is printed although closed on screen: rendered before printing, gone after', async () => {
    const el = await chart();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const table = $(el, 'table');
    expect(table.querySelectorAll('tbody tr')).to.have.length(7);
    // On screen it stays out of sight (and out of the tab order and the accessibility tree) while the print dialog is up.
    expect(table.getBoundingClientRect().height).to.equal(0);
    expect($(el, '.frame').hidden).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(table.getBoundingClientRect().height).to.be.above(100);
      expect($(el, '.frame').getBoundingClientRect().height).to.be.above(100);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($(el, 'table')).to.equal(null);
  });
});

describe('<civic-debt-revenue-chart>: weight', () => {
  it('draws once: the width measured on connecting is the one the observer reports', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    const el = document.createElement('civic-debt-revenue-chart');
    let renders = 0;
    // Lit's update() renders and commits; counted on this one element.
    const raw = el as unknown as { update(changed: unknown): void };
    const update = raw.update;
    raw.update = function (this: unknown, changed: unknown) {
      renders++;
      update.call(this, changed);
    };
    el.data = DOC;
    box.append(el);
    await oneEvent(el, 'civic-load');
    // The observer's first report comes with the next frame; two frames later nothing else is pending.
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect(renders).to.equal(1);
    expect($(el, '.frame').style.height).to.equal('320px');
    // A real change of width still redraws.
    box.style.width = '400px';
    await waitUntil(() => renders === 2, 'no redraw after a resize');
    await el.updateComplete;
    expect($(el, '.frame').style.height).to.equal('300px');
  });

  it('few nodes: markers as a path per series and kind, the grid as one path, no table or tooltip until used', async () => {
    const el = await chart();
    const count = (n: Node): number => [...n.childNodes].reduce((t, c) => t + 1 + count(c), 0);
    expect($$(el, '.frame .mark')).to.have.length(4);
    expect($$(el, '.frame .grid')).to.have.length(2);
    expect($(el, '.tip')).to.equal(null);
    expect(count(el.shadowRoot!)).to.be.below(260);
  });
});

describe('<civic-debt-revenue-chart>: downloads', () => {
  const saved: { name: string; href: string }[] = [];
  const click = HTMLAnchorElement.prototype.click;
  beforeEach(() => {
    saved.length = 0;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { saved.push({ name: this.download, href: this.href }); };
  });
  afterEach(() => { HTMLAnchorElement.prototype.click = click; });
  const button = (el: Element, label: string) => $$(el, '.tools button').find((b) => b.textContent === label)!;
  const fetched = async () => {
    await waitUntil(() => saved.length === 1, 'nothing was downloaded');
    return new Uint8Array(await (await fetch(saved[0].href)).arrayBuffer());
  };

  it('CSV in nb: BOM, semicolons, decimal comma, CRLF', async () => {
    const el = await chart();
    button(el, 'CSV').click();
    const bytes = await fetched();
    expect(saved[0].name).to.equal('laanegjeld-og-driftsinntekter.csv');
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).to.equal(el.toCsv());
    expect(text.split('\r\n')[3]).to.equal('2016;4339200000;5100000000;117,5;budsjett;brutt');
  });

  it('CSV in en: commas and decimal points', async () => {
    const el = await chart({ lang: 'en' });
    button(el, 'CSV').click();
    const text = new TextDecoder().decode(await fetched());
    expect(text.split('\r\n')[3]).to.equal('2016,4339200000,5100000000,117.5,budget,broken');
  });

  it('SVG with title, subtitle, legend and source line, in light colours even in the dark theme', async () => {
    const el = await chart({ theme: 'dark', view: 'growth' });
    button(el, 'SVG').click();
    const svg = new TextDecoder().decode(await fetched());
    expect(saved[0].name).to.equal('laanegjeld-og-driftsinntekter.svg');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => plain(t.textContent));
    expect(texts).to.include.members([
      'Handlingsprogram 2017–2020', 'Vekst i lånegjeld og driftsinntekter', 'Driftsinntekter', 'Lånegjeld',
      'Gjelden vokser raskere enn inntektene', 'Kilde: Asker kommune, 6. desember 2016', 'Indeks, 2015 = 100', 'Planperiode',
    ]);
    // The file's description: the rule, its verdict and the summary.
    expect(doc.querySelector('desc')!.textContent).to.include('Regelen: Lånegjelden skal ikke vokse raskere enn driftsinntektene. Lånegjelden skal etter planen vokse raskere');
    expect(doc.querySelector('rect')!.getAttribute('fill')).to.equal('#ffffff');
    expect(svg).to.include('stroke="#1f62b8"');
  });

  it('SVG uses the page\'s own series colours; a title from the data is escaped', async () => {
    const el = await chart({ data: { ...DOC, title: '<img src=x onerror=alert(1)>' } });
    el.style.setProperty('--civic-color-debt', '#6a1b9a');
    const svg = el.toSvg();
    expect(svg).to.include('stroke="#6a1b9a"');
    expect(svg).to.include('<title>&lt;img src=x onerror=alert(1)&gt;</title>');
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('img')).to.equal(null);
  });

  it('PNG drawn from the SVG', async () => {
    const el = await chart();
    button(el, 'PNG').click();
    const bytes = await fetched();
    expect(saved[0].name).to.equal('laanegjeld-og-driftsinntekter.png');
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).to.equal('PNG');
    const img = await createImageBitmap(new Blob([bytes]));
    expect(img.width).to.equal(2 * (640 + 32));
  });

  it('nothing to export before data', async () => {
    const el = document.createElement('civic-debt-revenue-chart');
    expect(el.toCsv()).to.equal('');
    expect(el.toSvg()).to.equal('');
    let failed = false;
    await el.toPng().catch(() => { failed = true; });
    expect(failed).to.equal(true);
  });
});

describe('<civic-debt-revenue-chart>: states', () => {

  for (const theme of ['light', 'dark'] as const) {
    it(`loading reserves the chart's height, so nothing below moves (${theme})`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"><civic-debt-revenue-chart theme=${theme} src=${asker(400)}></civic-debt-revenue-chart><p id="below">Below</p></div>`);
      const el = box.firstElementChild as Chart;
      const loaded = oneEvent(el, 'civic-load');
      await waitUntil(() => $(el, '.frame')?.style.height, 'not measured');
      await el.updateComplete;
      expect(el.status).to.equal('loading');
      expect($(el, '[aria-busy="true"]')).to.exist;
      expect(plain($(el, '.frame.loading').textContent)).to.equal('Laster …');
      await expect(el).to.be.accessible();
      const frameBefore = $(el, '.frame').getBoundingClientRect().height;
      const below = box.querySelector('#below')!.getBoundingClientRect().top;
      await loaded;
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect($(el, '.frame').getBoundingClientRect().height).to.equal(frameBefore);
      expect(box.querySelector('#below')!.getBoundingClientRect().top).to.equal(below);
      await expect(el).to.be.accessible();
    });
  }

  it('empty: says there are no figures', async () => {
    const el = await fixture<Chart>(html`<civic-debt-revenue-chart .data=${{ finances: [] }}></civic-debt-revenue-chart>`);
    expect(el.status).to.equal('empty');
    expect(plain($(el, '.state').textContent)).to.equal('Ingen tall for gjeld og inntekter å vise');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('error: a failed request is said in the widget, in both themes', async () => {
    const el = document.createElement('civic-debt-revenue-chart');
    el.src = `/__api/status/500?id=chart-err-${n++}`;
    const failed = oneEvent(el, 'civic-error') as Promise<CivicErrorEvent>;
    document.body.append(el);
    await failed;
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect($(el, '[role="alert"]').textContent).to.include('500');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('partial: an invalid year is left out, the rest is drawn, and the widget says so', async () => {
    const el = document.createElement('civic-debt-revenue-chart');
    const failed = oneEvent(el, 'civic-error') as Promise<CivicErrorEvent>;
    el.data = { finances: [...ASKER, { year: 'soon', debt: 1 }] };
    document.body.append(el);
    const event = await failed;
    await el.updateComplete;
    expect(event.detail.issues[0].path).to.match(/^finances\[7\]/);
    expect(el.status).to.equal('ready');
    expect((await openTable(el)).querySelectorAll('tbody tr')).to.have.length(7);
    expect(plain($(el, '.notice').textContent)).to.include('1 oppføring kunne ikke vises.');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('ready, in the dark theme, is accessible in every view', async () => {
    for (const view of ['amount', 'ratio', 'growth'] as const) {
      const el = await chart({ view, theme: 'dark', threshold: 110 });
      await expect(el).to.be.accessible();
    }
  });
});

describe('<civic-debt-revenue-chart>: languages', () => {
  it('nn: its own words in the chart, summary, table and buttons', async () => {
    const el = await chart({ lang: 'nn' });
    expect(plain($(el, '#summary').textContent)).to.match(/^Lånegjelda skal etter planen auke frå 4,3 mrd\. kr i 2014/);
    expect($(el, '.tools button').textContent).to.equal('Vis tabell');
    expect((await openTable(el)).querySelector('tbody tr:nth-child(3) td:last-child')!.textContent).to.equal('broten');
    expect($(el, '.frame').getAttribute('aria-label')).to.equal('Lånegjeld og driftsinntekter. Bruk piltastane for å gå mellom åra.');
    expect(plain($(el, '.source').textContent)).to.equal('Kjelde: Asker kommune, 6. desember 2016');
  });

  it('en: words and number formats', async () => {
    const el = await chart({ lang: 'en', view: 'ratio', threshold: 110 });
    expect(plain($(el, '#summary').textContent)).to.equal(
      'Loan debt was 108.0% of operating revenue in 2015 and is planned to be 116.3% in 2019 (plan). It is planned to be highest, 122.1%, in 2017 (budget). It is planned to be above the limit of 110% in 2016–2019.',
    );
    expect($(el, '.tools button').textContent).to.equal('Show table');
    expect($(el, 'text.limit-label').textContent).to.equal('Limit 110%');
    expect($$(el, 'text.tick')[3].textContent).to.equal('60%');
  });

  it('follows the language of the page around it, and a change of lang', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 640px"><civic-debt-revenue-chart .data=${DOC}></civic-debt-revenue-chart></div>`);
    const el = box.firstElementChild as Chart;
    await el.updateComplete;
    expect($(el, '.tools button').textContent).to.equal('Show table');
    el.lang = 'nb';
    await el.updateComplete;
    expect($(el, '.tools button').textContent).to.equal('Vis tabell');
  });
});

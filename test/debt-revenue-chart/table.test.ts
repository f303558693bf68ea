// <civic-debt-revenue-chart> in Chromium: the table, rendered only when opened or printed, and the
// weight that this keeps low: one render on connecting, few nodes until the reader asks for more.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, $$, chart, DOC, openTable, plain } from './helpers.js';

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

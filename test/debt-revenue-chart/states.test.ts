// <civic-debt-revenue-chart> in Chromium: its states (loading without a jump, empty, error, partial,
// ready in the dark theme), accessible in both themes, and its words in nn and en and the page's lang.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CivicErrorEvent } from '../../src/shared/events.js';
import { ASKER } from './asker.js';
import { $, $$, chart, DOC, openTable, plain, type Chart } from './helpers.js';

let n = 0;
const asker = (delay = 0) => `/__api/asker?id=chart-${Date.now()}-${n++}&delay=${delay}`;

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

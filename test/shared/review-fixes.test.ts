// Regressions for what a code review found: each test fails on the code before its fix.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { safeUrl } from '../../src/shared/civic-element.js';
import { validate } from '../../src/shared/validate.js';
import { areaLabel, normaliseLang } from '../../src/shared/i18n.js';
import { fasterYears, toRows } from '../../src/debt-revenue-chart/data.js';
import { layout } from '../../src/debt-revenue-chart/plot.js';
import { summarize, verdict } from '../../src/debt-revenue-chart/summary.js';
import type { CivicErrorEvent } from '../../src/shared/events.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
let n = 0;
const echo = (body: string) => `/__api/echo?id=rf-${Date.now()}-${n++}&body=${encodeURIComponent(body)}`;

describe('review fixes: shared', () => {

  it('no javascript: link slips through with tabs, newlines or control characters', () => {
    for (const url of ['java\nscript:alert(1)', 'java\tscript:x', '\u0001javascript:alert(1)', ' JAVASCRIPT:x']) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
    expect(safeUrl('https://www.asker.kommune.no/')).to.equal('https://www.asker.kommune.no/');
    expect(safeUrl('../data/x.json')).to.equal('../data/x.json');
  });

  it('a malformed src is an error in the widget and the event, not a blank widget', async () => {
    const el = document.createElement('civic-priority-list');
    el.src = 'https://';
    const failed = oneEvent(el, 'civic-error') as Promise<CivicErrorEvent>;
    document.body.append(el);
    expect((await failed).detail.message).to.include('Fikk ikke kontakt');
    expect(el.status).to.equal('error');
    el.remove();
  });

  it('a second broken source fires civic-error again, though the message is the same', async () => {
    const el = document.createElement('civic-priority-list');
    let errors = 0;
    el.addEventListener('civic-error', () => errors++);
    el.src = `/__api/not-json?id=rf-a-${Date.now()}`;
    document.body.append(el);
    await oneEvent(el, 'civic-error');
    el.src = `/__api/not-json?id=rf-b-${Date.now()}`;
    await oneEvent(el, 'civic-error');
    expect(errors).to.equal(2);
    el.remove();
  });

  it('an empty inline script (a CMS placeholder) lets src load', async () => {
    const el = document.createElement('civic-priority-list');
    el.innerHTML = '<script type="application/json">  </script>';
    el.src = '/demo/data/asker-2017-2020.json';
    const loaded = oneEvent(el, 'civic-load');
    document.body.append(el);
    await loaded;
    el.remove();
  });

  it('a timeout that is not a number falls back to 15 s instead of failing at once', async () => {
    const el = await fixture(html`<civic-priority-list timeout="abc" src=${echo('[{"title":"A"}]')}></civic-priority-list>`);
    await oneEvent(el, 'civic-load');
  });

  it('NaN as data is one error event, not one per update', async () => {
    let errors = 0;
    const el = await fixture(html`<civic-priority-list @civic-error=${() => errors++} .data=${NaN}></civic-priority-list>`);
    (el as HTMLElement & { heading: string }).heading = 'x';
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(errors).to.equal(1);
  });

  it('exotic input never throws into the page', async () => {
    expect(normaliseLang(5 as unknown as string)).to.equal(undefined);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    // Set directly: the test's own html`` helper would touch the proxy first.
    const el = await fixture<HTMLElement & { data: unknown; status: string; updateComplete: Promise<unknown> }>(html`<civic-priority-list></civic-priority-list>`);
    el.data = revoked.proxy;
    await el.updateComplete;
    expect(el.status).to.equal('error');
  });

  it('titles must say something; year-months need a real year', () => {
    expect(validate({ priorities: [{ title: '   ' }, { title: '' }] }, 'en').dropped.priorities).to.equal(2);
    expect(validate({ investments: [{ name: 'A', start: '0000-01' }] }, 'en').dropped.investments).to.equal(1);
  });

  it('an area named like an object property is shown as written', () => {
    expect(areaLabel('nb', 'constructor')).to.equal('Constructor');
    expect(areaLabel('nb', '__proto__')).to.equal('__proto__');
  });

  it('an empty source name shows the URL, not an empty link', async () => {
    const el = await fixture(html`<civic-priority-list .data=${{ source: { name: '', url: 'https://example.org/' }, priorities: [{ title: 'A' }] }}></civic-priority-list>`);
    expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('https://example.org/');
  });

  it('stays hidden inside a visibility:hidden container', async () => {
    const box = await fixture(html`<div style="visibility:hidden"><civic-priority-list .data=${[{ title: 'A' }]}></civic-priority-list></div>`);
    const inner = box.firstElementChild!.shadowRoot!.querySelector('.title')!;
    expect(getComputedStyle(inner).visibility).to.equal('hidden');
  });

  it('reads the programme\'s number of a filtered priority to screen readers too', async () => {
    const el = await fixture(html`<civic-priority-list area="education" .data=${[{ title: 'A', area: 'health' }, { title: 'B', area: 'education' }]}></civic-priority-list>`);
    const num = el.shadowRoot!.querySelector('.number')!;
    expect(num.getAttribute('aria-hidden')).to.equal(null);
    expect(num.textContent).to.equal('2.');
  });
});

describe('review fixes: chart and timeline', () => {
  const rows = toRows([{ year: 2014, revenue: 4e9, debt: 4e9 }, { year: 2016, revenue: 4.4e9, debt: 5.2e9 }]);

  it('debt growing faster across a gap in the years is named, never denied', () => {
    expect(fasterYears(rows)).to.deep.equal([2016]);
    // The rule's verdict names the years (the growth view's summary no longer repeats them).
    expect(verdict(rows, 'nb')).to.include('vokste raskere enn driftsinntektene i 2016');
    expect(summarize(rows, 'growth', 'nb')).to.not.include('ikke');
  });

  it('tick labels never repeat when the range is small', () => {
    const g = layout(toRows([{ year: 2017, revenue: 4e9, debt: 5e9 }]), 'growth', 800, 'nb');
    const labels = g.s!.yTicks.map(g.label);
    expect(new Set(labels).size).to.equal(labels.length);
  });

  it('an infinite threshold is ignored, not drawn', () => {
    const g = layout(rows, 'ratio', 800, 'nb', Infinity);
    expect(g.threshold).to.equal(undefined);
    expect(g.s!.y.domain().every(Number.isFinite)).to.equal(true);
  });

  it('without a plot, only CSV is offered for download', async () => {
    const el = await fixture(html`<civic-debt-revenue-chart view="ratio" .data=${[{ year: 2017, debt: 1e9 }]}></civic-debt-revenue-chart>`);
    const labels = [...el.shadowRoot!.querySelectorAll('.tools button')].map((b) => b.textContent!.trim());
    expect(labels).to.include('CSV');
    expect(labels).to.not.include('SVG');
  });

  it('new data closes the details opened for the old projects', async () => {
    const el = await fixture<HTMLElement & { data: unknown; updateComplete: Promise<unknown> }>(html`<civic-investment-timeline .data=${[{ name: 'A' }, { name: 'B' }]}></civic-investment-timeline>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.name')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button.name')!.getAttribute('aria-expanded')).to.equal('true');
    el.data = [{ name: 'C' }, { name: 'D' }];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button.name')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('says "i perioden" on a bar only when the document has a period', async () => {
    const el = await fixture(html`<civic-investment-timeline .data=${[{ name: 'A', start: 2017, end: 2019 }, { name: 'B' }]}></civic-investment-timeline>`);
    expect(el.shadowRoot!.querySelector('.vlabel')).to.equal(null);
    expect(text(el)).to.not.include('i perioden');
  });
});

describe('no input at all', () => {
  it('says after the timeout that the element has no data, and fires civic-error once', async () => {
    let errors = 0;
    const el = await fixture<HTMLElement & { status: string }>(html`<civic-priority-list timeout="100" @civic-error=${() => errors++}></civic-priority-list>`);
    expect(el.status).to.equal('loading');
    const event = (await oneEvent(el, 'civic-error')) as CivicErrorEvent;
    expect(event.detail.message).to.include('Elementet har ingen data');
    expect(text(el)).to.include('src="adresse-til-fil.json"');
    (el as unknown as { data: unknown }).data = [{ title: 'Late data' }];
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.status).to.equal('ready');
    expect(errors).to.equal(1);
  });
});

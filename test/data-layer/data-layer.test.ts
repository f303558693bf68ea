// Regression tests for the data layer (issue "Data you can trust"): each was
// seen failing on the code before shared/data-controller.ts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CivicElement } from '../../src/shared/civic-element.js';
import type { CivicErrorEvent, CivicLoadEvent } from '../../src/shared/events.js';
import { Programme, FAIL } from '../../src/shared/schema.js';
import { validate } from '../../src/shared/validate.js';

let n = 0;
const unique = () => `dl-${Date.now()}-${n++}`;
const count = async (id: string) => (await (await fetch(`/__api/count?of=${id}`)).json()).count as number;
const echo = (body: unknown, id = unique(), delay = 0) =>
  `/__api/echo?id=${id}&delay=${delay}&body=${encodeURIComponent(JSON.stringify(body))}`;
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) => t.textContent!.trim());

describe('every document is judged', () => {
  it('a JSON file without the element\'s section is an error that names what was expected, not "empty"', async () => {
    const el = await fixture<CivicElement>(html`<civic-priority-list src=${echo({ results: [{ id: 1 }] })}></civic-priority-list>`);
    const e = (await oneEvent(el, 'civic-error')) as CivicErrorEvent;
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect(e.detail.message).to.contain('priorities');
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('prioriteringer');
  });

  it('a section of the wrong type is an error too', async () => {
    const el = await fixture<CivicElement>(html`<civic-priority-list lang="en" .data=${{ priorities: { title: 'A' } }}></civic-priority-list>`);
    expect(el.status).to.equal('error');
    expect(text(el)).to.contain('priorities');
  });

  it('an empty section is empty, not an error', async () => {
    const el = await fixture<CivicElement>(html`<civic-priority-list .data=${{ priorities: [] }}></civic-priority-list>`);
    expect(el.status).to.equal('empty');
  });

  it('a problem in a document-level field is shown in the widget, not only in the event', async () => {
    const el = await fixture<CivicElement>(html`<civic-priority-list .data=${{ title: 5, priorities: [{ title: 'A' }] }}></civic-priority-list>`);
    expect(el.status).to.equal('ready');
    const notice = el.shadowRoot!.querySelector('[part~="notice"]');
    expect(notice, 'no notice').to.exist;
    expect(notice!.textContent).to.contain('title');
  });

  it('a pre-scaled amount is reported and asks for whole kroner', () => {
    const r = validate({ finances: [{ year: 2017, revenue: 4.6, debt: 5.7 }] }, 'nb');
    expect(r.dropped.finances).to.equal(1);
    expect(r.issues.map((i) => i.message).join(' ')).to.contain('hele kroner');
    const en = validate({ finances: [{ year: 2017, revenue: 4600, debt: 0 }] }, 'en');
    expect(en.issues[0]?.message).to.contain('whole kroner');
  });

  it('a negative amount is not told to remove spaces', () => {
    const r = validate({ finances: [{ year: 2017, debt: -5 }] }, 'nb');
    expect(r.issues[0].message).not.to.contain('mellomrom');
  });

  it('an empty required text is called empty, not missing', () => {
    const r = validate({ priorities: [{ title: '' }] }, 'en');
    expect(r.issues[0].message).not.to.contain('missing');
  });

  it('the exported Programme definition accepts a valid document', () => {
    const report = () => {};
    expect(Programme.p({ title: 'X', priorities: [{ title: 'A' }], finances: [] }, '', report)).not.to.equal(FAIL);
    expect(Programme.p({ priorities: [{}] }, '', report)).to.equal(FAIL);
  });
});

describe('requests and copies', () => {
  it('elements that share a src each keep their own timeout', async () => {
    const url = echo([{ title: 'A' }], unique(), 700);
    const box = await fixture(html`<div><civic-priority-list timeout="300" src=${url}></civic-priority-list><civic-priority-list src=${url}></civic-priority-list></div>`);
    const [a, b] = [...box.children] as CivicElement[];
    const [errA, loadB] = await Promise.all([oneEvent(a, 'civic-error') as Promise<CivicErrorEvent>, oneEvent(b, 'civic-load')]);
    expect(errA.detail.message).to.contain('0,3 sekunder');
    expect(loadB).to.exist;
    expect(b.status).to.equal('ready');
  });

  it('a listener that edits detail.data changes nothing elsewhere', async () => {
    const id = unique();
    const url = echo({ priorities: [{ title: 'Original' }] }, id);
    const first = await fixture<CivicElement>(html`<civic-priority-list src=${url}></civic-priority-list>`);
    const e = (await oneEvent(first, 'civic-load')) as CivicLoadEvent;
    try {
      (e.detail.data.priorities![0] as { title: string }).title = 'Changed';
    } catch { /* read-only: fine */ }
    await first.updateComplete;
    expect(titles(first)).to.deep.equal(['Original']);
    const second = await fixture<CivicElement>(html`<civic-priority-list src=${url}></civic-priority-list>`);
    await oneEvent(second, 'civic-load');
    expect(titles(second)).to.deep.equal(['Original']);
  });

  it('data changed in place and requestUpdate() is validated again', async () => {
    const data = { priorities: [{ title: 'A' }] as unknown[] };
    const el = await fixture<CivicElement>(html`<civic-priority-list .data=${data}></civic-priority-list>`);
    data.priorities.push({ title: 'B' }, { nope: 1 });
    el.requestUpdate();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['A', 'B']);
    expect(el.shadowRoot!.querySelector('[part~="notice"]')).to.exist;
  });

  it('data behind a proxy (a Vue ref, a MobX store) is copied and shown', async () => {
    const data = new Proxy({ priorities: [{ title: 'A' }] }, {});
    const el = await fixture<CivicElement>(html`<civic-priority-list .data=${data}></civic-priority-list>`);
    expect(el.status).to.equal('ready');
    expect(titles(el)).to.deep.equal(['A']);
  });

  it('timeout="Infinity" with no input keeps waiting instead of failing at once', async () => {
    const el = await fixture<CivicElement>(html`<civic-priority-list timeout="Infinity"></civic-priority-list>`);
    // Absence can only be shown over time: the old code failed after 5 ms.
    await new Promise((r) => setTimeout(r, 100));
    expect(el.status).to.equal('loading');
  });

  it('reload() fetches the file again and shows what it says now', async () => {
    const id = unique();
    const el = await fixture<CivicElement>(html`<civic-priority-list src=${echo([{ title: 'A' }], id)}></civic-priority-list>`);
    await oneEvent(el, 'civic-load');
    expect(await count(id)).to.equal(1);
    let loads = 0;
    el.addEventListener('civic-load', () => loads++);
    (el as CivicElement & { reload(): void }).reload();
    // The server's record, not a time: the file was asked for again, and its answer announced once.
    await waitUntil(async () => (await count(id)) === 2, 'reload() did not fetch again');
    await waitUntil(() => loads === 1, 'the reloaded document was not announced');
    expect(el.status).to.equal('ready');
  });

  it('new inline JSON closes the old timeline\'s open details', async () => {
    const el = await fixture<CivicElement>(html`<civic-investment-timeline now="none"><script type="application/json">[{"name":"Skole","start":2017,"end":2018,"cost":1000000}]</script></civic-investment-timeline>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="name"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="details"]:not([hidden])').length).to.equal(1);
    el.querySelector('script')!.textContent = '[{"name":"Sykehjem","start":2018,"end":2019,"cost":2000000}]';
    await waitUntil(() => text(el).includes('Sykehjem'));
    expect(el.shadowRoot!.querySelectorAll('[part~="details"]:not([hidden])').length, 'details still open').to.equal(0);
  });
});

/**
 * The data layer's copies after it stopped making ones nobody reads: the civic-load
 * event copies its document when a listener first reads `detail.data`, and a document
 * the element parsed itself (src, inline JSON) is frozen rather than copied. The
 * contract still holds: each element and each event has its own read-only copy.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CivicElement } from '../../src/shared/civic-element.js';
import type { CivicLoadEvent } from '../../src/shared/events.js';

let n = 0;
const echo = (body: unknown) => `/__api/echo?id=dc-${Date.now()}-${n++}&body=${encodeURIComponent(JSON.stringify(body))}`;
const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) => t.textContent!.trim());
const deepFrozen = (v: unknown): boolean =>
  typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(deepFrozen));

describe('data layer: copies made when read', () => {
  it('the event\'s document, read after the embedder changed its object, is what was drawn', async () => {
    const data = { title: 'Plan', priorities: [{ title: 'A' }] };
    const el = document.createElement('civic-priority-list') as CivicElement;
    el.data = data;
    const loaded = oneEvent(el, 'civic-load') as Promise<CivicLoadEvent>;
    (await fixture(html`<div></div>`)).append(el);
    const e = await loaded;
    data.priorities[0].title = 'Changed';
    data.title = 'Other';
    expect(e.detail.data.priorities![0].title).to.equal('A');
    expect(e.detail.data.title).to.equal('Plan');
    expect(deepFrozen(e.detail.data)).to.equal(true);
    // One copy per event, the same on every read.
    expect(e.detail.data).to.equal(e.detail.data);
    expect(titles(el)).to.deep.equal(['A']);
  });

  it('elements sharing one data object or one src each announce their own read-only copy', async () => {
    const data = { priorities: [{ title: 'A' }] };
    for (const attrs of [{ data }, { src: echo(data) }]) {
      const box = await fixture(html`<div></div>`);
      const els = [0, 1].map(() => Object.assign(document.createElement('civic-priority-list'), attrs));
      const events = els.map((el) => oneEvent(el, 'civic-load') as Promise<CivicLoadEvent>);
      box.append(...els);
      const [a, b] = (await Promise.all(events)).map((e) => e.detail.data);
      expect(a).to.not.equal(b);
      expect(a.priorities).to.not.equal(b.priorities);
      expect(a.priorities![0]).to.not.equal(data.priorities[0]);
      expect(a).to.deep.equal(b);
      expect(deepFrozen(a) && deepFrozen(b)).to.equal(true);
      try {
        (a.priorities![0] as { title: string }).title = 'Changed';
      } catch { /* read-only: fine */ }
      expect(b.priorities![0].title).to.equal('A');
      await Promise.all(els.map((el) => el.updateComplete));
      expect(els.map(titles)).to.deep.equal([['A'], ['A']]);
    }
  });

  it('inline JSON is parsed into a frozen document: an edit to the event\'s copy changes nothing drawn', async () => {
    const el = await fixture<CivicElement>(html`<civic-priority-list><script type="application/json">[{"title":"A"}]</script></civic-priority-list>`);
    if (el.status === 'loading') await oneEvent(el, 'civic-load');
    el.reload();
    const e = (await oneEvent(el, 'civic-load')) as CivicLoadEvent;
    expect(deepFrozen(e.detail.data)).to.equal(true);
    el.requestUpdate();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['A']);
  });

  it('a resize redraws in the new width without copying and validating the data again', async () => {
    const data = { investments: [{ name: 'Skole', start: 2017, end: 2018 }, { name: 'Hall', start: 2018, end: 2020 }] };
    const box = await fixture<HTMLDivElement>(html`<div style="width:900px"><civic-investment-timeline .data=${data}></civic-investment-timeline></div>`);
    const el = box.firstElementChild as CivicElement;
    if (el.status === 'loading') await oneEvent(el, 'civic-load');
    await el.updateComplete;
    const clone = window.structuredClone;
    let copies = 0;
    window.structuredClone = <T>(value: T, options?: StructuredSerializeOptions): T => (copies++, clone(value, options));
    try {
      box.style.width = '400px';
      // The narrow layout (year groups) is drawn once the observer has reported the new width.
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="group"]'), 'no redraw in the narrow layout');
      await el.updateComplete;
    } finally {
      window.structuredClone = clone;
    }
    expect(copies).to.equal(0);
  });
});

describe('data layer: the chart\'s own updates are not "data changed in place"', () => {
  it('choosing years with the keys and the pointer copies and validates nothing', async () => {
    const data = { finances: [
      { year: 2015, kind: 'actual', revenue: 4300000000, debt: 4300000000 },
      { year: 2016, kind: 'budget', revenue: 4400000000, debt: 4700000000 },
      { year: 2017, kind: 'plan', revenue: 4500000000, debt: 5000000000 },
    ] };
    const el = await fixture<CivicElement>(html`<civic-debt-revenue-chart style="width:600px" .data=${data}></civic-debt-revenue-chart>`);
    if (el.status === 'loading') await oneEvent(el, 'civic-load');
    await el.updateComplete;
    const slider = el.shadowRoot!.querySelector<HTMLElement>('[role="slider"]');
    expect(slider !== null, 'no slider').to.equal(true);
    const clone = window.structuredClone;
    let copies = 0;
    window.structuredClone = <T>(value: T, options?: StructuredSerializeOptions): T => (copies++, clone(value, options));
    try {
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'End', 'Home', 'Escape']) {
        slider!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        await el.updateComplete;
      }
      const box = slider!.getBoundingClientRect();
      slider!.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + box.width / 2, clientY: box.top + 10, bubbles: true, composed: true }));
      await el.updateComplete;
    } finally {
      window.structuredClone = clone;
    }
    expect(copies).to.equal(0);
  });
});

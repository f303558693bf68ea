// Each element's default heading is its own subject, so three elements under one
// article do not repeat the programme's title as three identical headings (issue 16).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CivicElement } from '../../src/shared/civic-element.js';

const doc = {
  title: 'Handlingsprogram 2017–2020', municipality: 'Asker kommune',
  priorities: [{ title: 'Bo lenger hjemme' }],
  investments: [{ name: 'Skole', start: 2017, end: 2018 }],
  finances: [{ year: 2016, revenue: 4339200000, debt: 5100000000 }, { year: 2017, revenue: 4566500000, debt: 5576000000 }],
};
const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')?.textContent?.trim();
const context = (el: Element) => el.shadowRoot!.querySelector('[part~="context"]')?.textContent?.trim();

async function three(lang: string): Promise<CivicElement[]> {
  const box = await fixture(html`<div lang=${lang}>
    <civic-priority-list .data=${doc}></civic-priority-list>
    <civic-investment-timeline now="none" .data=${doc}></civic-investment-timeline>
    <civic-debt-revenue-chart .data=${doc}></civic-debt-revenue-chart></div>`);
  const els = [...box.children] as CivicElement[];
  await Promise.all(els.map((e) => e.updateComplete));
  return els;
}

describe('default headings', () => {
  for (const [lang, expected] of [
    ['nb', ['Prioriteringer', 'Investeringer', 'Lånegjeld og driftsinntekter']],
    ['nn', ['Prioriteringar', 'Investeringar', 'Lånegjeld og driftsinntekter']],
    ['en', ['Priorities', 'Investments', 'Loan debt and operating revenue']],
  ] as const) {
    it(`three elements have three different headings (${lang}), with the programme as context`, async () => {
      const els = await three(lang);
      expect(els.map(heading)).to.deep.equal(expected);
      expect(els.map(context)).to.deep.equal(Array(3).fill('Handlingsprogram 2017–2020, Asker kommune'));
    });
  }

  it('heading="…" replaces it (and the context); heading="" hides both', async () => {
    const els = await three('nb');
    els[0].heading = 'Våre mål';
    els[1].heading = '';
    await Promise.all(els.map((e) => e.updateComplete));
    expect([heading(els[0]), context(els[0])]).to.deep.equal(['Våre mål', undefined]);
    expect([heading(els[1]), context(els[1])]).to.deep.equal([undefined, undefined]);
  });

  it('the heading is there while loading, so it does not appear (and push the page) when data arrives', async () => {
    const el = await fixture<CivicElement>(html`<civic-priority-list timeout="Infinity"></civic-priority-list>`);
    expect(el.status).to.equal('loading');
    expect(heading(el)).to.equal('Prioriteringer');
  });

  it('the context line takes while loading the height it has when drawn, also where it wraps (320 px)', async () => {
    // The test server answers after a delay, so the loading state is measured first.
    const src = `/__api/echo?delay=300&id=ctx-${Date.now()}&body=${encodeURIComponent(JSON.stringify(doc))}`;
    const el = await fixture<CivicElement>(html`<civic-priority-list style="width:288px;font-family:sans-serif" src=${src}></civic-priority-list>`);
    expect(el.status).to.equal('loading');
    const box = () => el.shadowRoot!.querySelector('[part~="context"]')!.getBoundingClientRect().height;
    const before = box();
    await new Promise((r) => el.addEventListener('civic-load', r, { once: true }));
    await el.updateComplete;
    expect(box() > 20, 'the context wraps at this width').to.equal(true);
    expect(Math.round(before)).to.equal(Math.round(box()));
  });
});


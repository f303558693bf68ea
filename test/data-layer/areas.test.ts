// One `area` filter for the list and the timeline: comma-separated, trimmed,
// case-insensitive, and an area of several words is one area.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { CivicElement } from '../../src/shared/civic-element.js';

const doc = {
  priorities: [
    { title: 'Bo lenger hjemme', area: 'health' },
    { title: 'Flere sykehjemsplasser', area: 'Helse og omsorg' },
    { title: 'Ny skole', area: 'education' },
  ],
  investments: [
    { name: 'Sykehjem', area: 'health', start: 2017, end: 2018 },
    { name: 'Omsorgsbolig', area: 'Helse og omsorg', start: 2017, end: 2019 },
    { name: 'Skole', area: 'education', start: 2018, end: 2020 },
  ],
};

async function shown(tag: 'civic-priority-list' | 'civic-investment-timeline', area: string): Promise<string[]> {
  const el = await fixture<CivicElement>(
    tag === 'civic-priority-list'
      ? html`<civic-priority-list area=${area} .data=${doc}></civic-priority-list>`
      : html`<civic-investment-timeline area=${area} now="none" .data=${doc}></civic-investment-timeline>`,
  );
  await el.updateComplete;
  const names = tag === 'civic-priority-list' ? '[part~="title"]' : '[part~="name"]';
  return [...el.shadowRoot!.querySelectorAll(names)].map((n) => n.textContent!.trim());
}

describe('area filter: one meaning for both elements', () => {
  for (const tag of ['civic-priority-list', 'civic-investment-timeline'] as const) {
    it(`<${tag}>: area="Health" matches "health" (case-insensitive)`, async () => {
      expect(await shown(tag, 'Health')).to.have.length(1);
    });
    it(`<${tag}>: a multi-word area is one area`, async () => {
      expect(await shown(tag, 'helse og omsorg')).to.have.length(1);
    });
    it(`<${tag}>: comma-separated, trimmed`, async () => {
      expect(await shown(tag, ' health ,  Helse og omsorg ,')).to.have.length(2);
    });
  }
  it('known area keys separated by spaces still work in the timeline (as documented before)', async () => {
    expect(await shown('civic-investment-timeline', 'health education')).to.have.length(2);
  });
  it('an element says which areas it shows', async () => {
    const el = await fixture<CivicElement>(html`<civic-investment-timeline area="Helse og omsorg" now="none" .data=${doc}></civic-investment-timeline>`);
    expect(el.shadowRoot!.querySelector('[part~="filter"]')!.textContent).to.contain('Helse og omsorg');
  });
  void oneEvent;
});

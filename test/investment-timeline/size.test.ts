// <civic-investment-timeline> in Chromium: sizes. The container's width (the narrow list below the
// chart's width, measured again when moved, no overflow from 280 to 1200 px) and the data's (1,000 projects).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, $$, askerDocument, inBox, rowOf, shadow, text } from './helpers.js';

let asker: Record<string, unknown>;
before(async () => {
  asker = await askerDocument();
});

describe('<civic-investment-timeline>: narrow layout', () => {
  it('becomes a list grouped by completion year in a 320 px container, without overflow', async () => {
    const { box, el } = await inBox(320, html`<civic-investment-timeline .data=${asker}></civic-investment-timeline>`);
    expect($(el, '.chart')).to.equal(null);
    expect($$(el, '.group').map((g) => g.textContent)).to.deep.equal(['Ferdig 2017', 'Ferdig 2018', 'Uten oppgitt sluttår']);
    expect($$(el, '.group')[0].getAttribute('aria-level')).to.equal('3');
    expect($$(el, '.cards').map((l) => l.children.length)).to.deep.equal([3, 1, 5]);
    expect($$(el, '.cards').map((l) => $(el, `#${l.getAttribute('aria-labelledby')}`)!.textContent)).to.deep.equal(['Ferdig 2017', 'Ferdig 2018', 'Uten oppgitt sluttår']);
    // The status pattern stays, beside its word.
    expect(rowOf(el, 'Nytt sykehjem på Nesbru').querySelector('.meta .key.s-in-progress')).to.exist;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(shadow(el).querySelector('.base')!.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
    // Wider container: the chart comes back.
    box.style.width = '700px';
    await waitUntil(() => $(el, '.chart'), 'the chart returns at 700 px');
  });

  it('measures again when moved to a narrower column', async () => {
    const { el } = await inBox(1000, html`<civic-investment-timeline .data=${asker}></civic-investment-timeline>`);
    expect($(el, '.chart')).to.exist;
    const column = await fixture<HTMLDivElement>(html`<div style="width:320px"></div>`);
    column.append(el);
    await waitUntil(() => $(el, '.group'), 'the narrow layout after the move');
    expect($(el, '.chart')).to.equal(null);
  });

  it('fits 280 px in English and in dark theme', async () => {
    const { el } = await inBox(280, html`<civic-investment-timeline lang="en" theme="dark" .data=${asker}></civic-investment-timeline>`);
    expect($$(el, '.group').map((g) => g.textContent)).to.deep.equal(['Ending 2017', 'Ending 2018', 'No end year given']);
    expect(shadow(el).querySelector('.base')!.scrollWidth).to.be.at.most(280);
    await expect(el).to.be.accessible();
  });

  it('does not overflow at 520 and 1200 px', async () => {
    for (const width of [520, 1200]) {
      const { el } = await inBox(width, html`<civic-investment-timeline .data=${asker} now="2018"></civic-investment-timeline>`);
      expect($(el, '.chart'), `chart at ${width}`).to.exist;
      expect(shadow(el).querySelector('.base')!.scrollWidth).to.be.at.most(width);
    }
  });
});

describe('<civic-investment-timeline>: many projects', () => {
  it('opening a project among 1,000 sets no position again and copies no data; names open their details in both layouts', async () => {
    const investments = Array.from({ length: 1000 }, (_, i) => ({ name: `Prosjekt ${i}`, start: 2000 + (i % 30), end: 2001 + (i % 30) }));
    for (const width of [1000, 400]) {
      const { el } = await inBox(width, html`<civic-investment-timeline now="none" .data=${{ investments }}></civic-investment-timeline>`);
      // Counted at the CSSOM: setting a value a bar already has changes nothing visible, but costs 1,000 calls.
      const proto = CSSStyleDeclaration.prototype;
      const setProperty = proto.setProperty;
      let sets = 0;
      proto.setProperty = function (...args: Parameters<typeof setProperty>) {
        sets++;
        return setProperty.apply(this, args);
      };
      // Nor is the data copied again: opening is no "data changed in place" (a bare requestUpdate()).
      const clone = window.structuredClone;
      let copies = 0;
      window.structuredClone = <T>(value: T, options?: StructuredSerializeOptions): T => (copies++, clone(value, options));
      const name = $$(el, '.name')[500];
      try {
        name.click();
        await el.updateComplete;
      } finally {
        proto.setProperty = setProperty;
        window.structuredClone = clone;
      }
      expect(sets, `${width}px: positions set again`).to.equal(0);
      expect(copies, `${width}px: data copied again`).to.equal(0);
      expect(name.getAttribute('aria-expanded')).to.equal('true');
      expect($$(el, '[part~="details"]').length).to.equal(1);
    }
  });

  it('renders 1,000 projects without error', async () => {
    const areas = ['health', 'education', 'sport', 'culture', 'transport', undefined];
    const statuses = ['planned', 'in-progress', 'completed', undefined];
    const investments = Array.from({ length: 1000 }, (_, i) => {
      const start = i % 7 === 0 ? undefined : 2000 + (i % 30);
      const end = i % 11 === 0 ? undefined : 2000 + (i % 30) + (i % 5);
      return { id: `p${i}`, name: `Prosjekt ${i}`, area: areas[i % 6], status: statuses[i % 4], start, end, cost: i % 3 ? i * 1e6 : null };
    });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const { el } = await inBox(1000, html`<civic-investment-timeline .data=${{ period: { start: 2017, end: 2020 }, investments }}></civic-investment-timeline>`);
      expect($$(el, '.row')).to.have.length(1000);
      expect($$(el, '.bar')).to.have.length(1000);
      // Forty years on the axis: only round years are labelled.
      expect($$(el, '.tick').length).to.be.at.most(12);
      expect(text(el)).to.include('1000 prosjekter');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});

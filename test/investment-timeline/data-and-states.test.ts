// <civic-investment-timeline> in Chromium: the ways data comes in (property, inline JSON, src) and
// the states it can be in (loading with its height reserved, empty, error, partial), in both themes.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CivicInvestmentTimeline } from '../../src/investment-timeline/investment-timeline.js';
import type { CivicErrorEvent } from '../../src/shared/events.js';
import { $, $$, askerDocument, barOf, clean, inBox, loaded, names, pos, rowOf, shadow, text, unique } from './helpers.js';

let asker: Record<string, unknown>;
before(async () => {
  asker = await askerDocument();
});

describe('<civic-investment-timeline>: the three ways in', () => {
  it('draws Asker\'s nine projects from the data property, in order, with a summary', async () => {
    const { el } = await inBox(1000, html`<civic-investment-timeline .data=${asker} now="2017"></civic-investment-timeline>`);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Investeringer');
    expect(shadow(el).querySelector('[part~="context"]')!.textContent).to.equal('Handlingsprogram 2017–2020, Asker kommune');
    expect(names(el)).to.deep.equal([
      'Nytt sykehjem på Nesbru', 'Ny svømmehall på Holmen', 'Kistefossdammen barnehage',
      'Omsorgsboliger for funksjonshemmede, fase 1', 'Ny ishall Risenga', 'Risenga ungdomsskole',
      'Bleikerfaret barnehage', 'Rehabilitering av Askerhallen', 'Utvikling av Heggedal torg og park',
    ]);
    expect(clean($(el, '.summary [aria-hidden]')!.textContent)).to.equal('9 prosjekter, til sammen 1,4 mrd. kr (8 med kjent kostnad)');
    expect(clean($(el, '.summary .sr-only')!.textContent)).to.equal('9 prosjekter, til sammen 1,4 milliarder kroner (8 med kjent kostnad)');
    expect($$(el, '.tick').map((t) => t.textContent)).to.deep.equal(['2017', '2018', '2019', '2020']);
    expect(pos(barOf(el, 'Omsorgsboliger for funksjonshemmede, fase 1'))).to.deep.equal(['0%', '50%']);
    expect(clean(rowOf(el, 'Nytt sykehjem på Nesbru').querySelector('.meta')!.textContent)).to.include('Helse Pågår 338 mill. kr');
    expect(text(el)).to.include('Kilde: Asker kommune, 6. desember 2016');
    expect(el.status).to.equal('ready');
    await expect(el).to.be.accessible();
  });

  it('draws from inline JSON', async () => {
    const el = await loaded(await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline><script type="application/json">
      [{ "name": "Inline", "start": 2018, "end": 2019, "status": "completed", "area": "culture" }]
    </script></civic-investment-timeline>`));
    expect(names(el)).to.deep.equal(['Inline']);
    expect(pos(barOf(el, 'Inline'))).to.deep.equal(['0%', '100%']);
    expect(barOf(el, 'Inline').classList.contains('s-completed')).to.equal(true);
  });

  it('fetches src and fires civic-load', async () => {
    const el = document.createElement('civic-investment-timeline');
    el.src = `/__api/asker?id=${unique()}`;
    const load = oneEvent(el, 'civic-load');
    document.body.append(el);
    await load;
    await el.updateComplete;
    expect(names(el)).to.have.length(9);
    el.remove();
  });
});

describe('<civic-investment-timeline>: states', () => {
  it('reserves about its final height while loading, and is accessible', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:800px"><civic-investment-timeline heading="Investeringer"
      src=${`/__api/asker?id=${unique()}&delay=400`}></civic-investment-timeline></div>`);
    const el = box.firstElementChild as CivicInvestmentTimeline;
    expect(el.status).to.equal('loading');
    expect($(el, '.loading[role="status"]')).to.exist;
    const loading = el.getBoundingClientRect().height;
    await expect(el).to.be.accessible();
    await loaded(el);
    expect(names(el)).to.have.length(9);
    // Asker's nine projects: the reserved box is within a fifth of the drawn height.
    const drawn = el.getBoundingClientRect().height;
    expect(loading / drawn, `loading ${loading}px, drawn ${drawn}px`).to.be.within(0.8, 1.2);
  });

  it('is empty with its own words', async () => {
    const el = await loaded(await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline .data=${{ title: 'Plan', investments: [] }}></civic-investment-timeline>`));
    expect(el.status).to.equal('empty');
    expect(text(el)).to.include('Ingen investeringsprosjekter å vise');
    await expect(el).to.be.accessible();
  });

  it('shows an error box for bad data and a notice for the projects left out', async () => {
    const bad = await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline .data=${'bad'}></civic-investment-timeline>`);
    expect(bad.status).to.equal('error');
    expect($(bad, '[role="alert"]')).to.exist;
    await expect(bad).to.be.accessible();

    const el = document.createElement('civic-investment-timeline');
    el.data = [{ name: 'OK', start: 2018, end: 2019 }, { name: 'Bad', start: 2019, end: 2018 }, { start: 2017 }];
    const failed = oneEvent(el, 'civic-error') as Promise<CivicErrorEvent>;
    document.body.append(el);
    const event = await failed;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['OK']);
    expect(event.detail.issues.map((i) => i.path)).to.deep.equal(['investments[1].end', 'investments[2].name']);
    expect(text(el)).to.include('2 oppføringer kunne ikke vises.');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('is accessible in every state in the dark theme', async () => {
    for (const data of [asker, { investments: [] }, 'bad', [{ name: 'OK', end: 2018 }, { name: 1 }]]) {
      const el = await loaded(await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline theme="dark" now="2017" .data=${data}></civic-investment-timeline>`));
      await expect(el).to.be.accessible();
    }
    const loading = await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline theme="dark" src=${`/__api/asker?id=${unique()}&delay=300`}></civic-investment-timeline>`);
    await expect(loading).to.be.accessible();
  });
});

// <civic-investment-timeline> in Chromium: drawing honestly (status by text and pattern, open ends,
// vague and missing years, months), the area filter and the "now" year.
import { expect, fixture, html } from '@open-wc/testing';
import type { CivicInvestmentTimeline } from '../../src/investment-timeline/investment-timeline.js';
import { $, $$, askerDocument, barOf, clean, loaded, names, pos, rowOf, text, whenOf } from './helpers.js';

let asker: Record<string, unknown>;
before(async () => {
  asker = await askerDocument();
});

describe('<civic-investment-timeline>: drawing honestly', () => {
  it('shows status by text and pattern, area by label and colour', async () => {
    const el = await loaded(await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline .data=${asker} now="none"></civic-investment-timeline>`));
    const nesbru = rowOf(el, 'Nytt sykehjem på Nesbru');
    expect(nesbru.dataset.area).to.equal('health');
    expect(nesbru.querySelector('.bar')!.classList.contains('s-in-progress')).to.equal(true);
    expect(getComputedStyle(nesbru.querySelector('.bar')!).backgroundImage).to.include('repeating-linear-gradient');
    const planned = barOf(el, 'Omsorgsboliger for funksjonshemmede, fase 1');
    expect(planned.classList.contains('s-planned')).to.equal(true);
    // Planned is an outline: its inside is the background, not the area colour.
    expect(getComputedStyle(planned).backgroundColor).to.not.equal(getComputedStyle(planned).borderTopColor);
    expect($$(el, '.legend li').map((li) => clean(li.textContent))).to.deep.equal(['Pågår', 'Planlagt', 'Status ikke oppgitt', 'Start eller slutt ikke oppgitt']);
    // Two areas have two colours.
    expect(getComputedStyle(barOf(el, 'Ny svømmehall på Holmen')).borderTopColor).to.not.equal(getComputedStyle(barOf(el, 'Nytt sykehjem på Nesbru')).borderTopColor);
  });

  it('draws a missing start open from the left edge and a missing end open to the right, with words', async () => {
    const el = await loaded(await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline .data=${asker}></civic-investment-timeline>`));
    const nesbru = barOf(el, 'Nytt sykehjem på Nesbru');
    expect(pos(nesbru)).to.deep.equal(['0%', '25%']);
    expect([nesbru.classList.contains('os'), nesbru.classList.contains('oe')]).to.deep.equal([true, false]);
    expect(getComputedStyle(nesbru).maskImage).to.include('gradient');
    expect(whenOf(el, 'Nytt sykehjem på Nesbru')).to.equal('ferdig 2017 (start ikke oppgitt)');
    const skole = barOf(el, 'Risenga ungdomsskole');
    expect(pos(skole)).to.deep.equal(['75%', '25%']);
    expect([skole.classList.contains('os'), skole.classList.contains('oe')]).to.deep.equal([false, true]);
    expect(whenOf(el, 'Risenga ungdomsskole')).to.equal('fra 2020 (slutt ikke oppgitt)');
    expect(whenOf(el, 'Omsorgsboliger for funksjonshemmede, fase 1')).to.equal('2017–2018');
  });

  it('draws a project with neither start nor end across the period, labelled "i perioden"', async () => {
    const el = await loaded(await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline .data=${asker}></civic-investment-timeline>`));
    const row = rowOf(el, 'Bleikerfaret barnehage');
    const bar = row.querySelector<HTMLElement>('.bar')!;
    expect(bar.classList.contains('vague')).to.equal(true);
    expect(pos(bar)).to.deep.equal(['0%', '100%']);
    // Visibly different: thinner than a bar with dates.
    expect(bar.getBoundingClientRect().height).to.be.below(barOf(el, 'Nytt sykehjem på Nesbru').getBoundingClientRect().height);
    expect(row.querySelector('.vlabel')!.textContent).to.equal('i perioden');
    expect(whenOf(el, 'Bleikerfaret barnehage')).to.equal('i perioden 2017–2020');
    expect(clean(row.querySelector('.meta')!.textContent)).to.include('Status ikke oppgitt');
    expect(clean(rowOf(el, 'Utvikling av Heggedal torg og park').querySelector('.meta')!.textContent)).to.include('kostnad ikke oppgitt');
  });

  it('says "tidspunkt ikke oppgitt" and draws no bars when there are no years at all', async () => {
    const el = await loaded(await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline .data=${[{ name: 'A' }, { name: 'B', cost: 5e6 }]}></civic-investment-timeline>`));
    expect($(el, '.bar')).to.equal(null);
    expect($(el, '.chart')).to.equal(null);
    expect(whenOf(el, 'A')).to.equal('tidspunkt ikke oppgitt');
    await expect(el).to.be.accessible();
  });

  it('places year-months by month and writes them as months', async () => {
    const data = { period: { start: 2017, end: 2020 }, investments: [{ name: 'M', start: '2017-07', end: '2018-06', status: 'completed' }] };
    const el = await loaded(await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline .data=${data}></civic-investment-timeline>`));
    expect(pos(barOf(el, 'M'))).to.deep.equal(['12.5%', '25%']);
    expect(whenOf(el, 'M')).to.equal('juli 2017 – juni 2018');
    el.lang = 'en';
    await el.updateComplete;
    expect(whenOf(el, 'M')).to.equal('Jul 2017 – Jun 2018');
  });
});

describe('<civic-investment-timeline>: filter and now', () => {
  it('shows only the areas asked for, and says so', async () => {
    const el = await loaded(await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline area="health,education" .data=${asker}></civic-investment-timeline>`));
    expect(names(el)).to.deep.equal(['Nytt sykehjem på Nesbru', 'Risenga ungdomsskole']);
    expect(clean($(el, '.summary [aria-hidden]')!.textContent)).to.equal('2 prosjekter, til sammen 611 mill. kr');
    expect(clean($(el, '.filter')!.textContent)).to.equal('Utvalg: Helse, Skole');
    el.area = 'sport';
    await el.updateComplete;
    expect(names(el)).to.have.length(3);
    el.area = 'transport';
    await el.updateComplete;
    expect(names(el)).to.have.length(0);
    expect(text(el)).to.include('Ingen prosjekter innen de valgte områdene');
    await expect(el).to.be.accessible();
    el.area = '';
    await el.updateComplete;
    expect(names(el)).to.have.length(9);
  });

  it('marks the now year, hides it with now="none", and defaults to this year', async () => {
    const el = await loaded(await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline now="2018" .data=${asker}></civic-investment-timeline>`));
    expect(pos($(el, '.now')!)).to.deep.equal(['25%', '25%']);
    expect($(el, '.tick.is-now')!.textContent).to.equal('2018');
    expect(text(el)).to.include('Nå (2018)');
    el.now = 'none';
    await el.updateComplete;
    expect($(el, '.now')).to.equal(null);
    expect(text(el)).to.not.include('Nå (');
    // Default: the current calendar year, drawn when it is on the timeline…
    const year = new Date().getFullYear();
    el.now = undefined;
    el.data = { period: { start: year - 1, end: year + 2 }, investments: [{ name: 'X', start: year - 1, end: year }] };
    await el.updateComplete;
    expect(pos($(el, '.now')!)).to.deep.equal(['25%', '25%']);
    expect(text(el)).to.include(`Nå (${year})`);
    // …and not when it is outside (Asker 2017–2020 seen in a later year).
    el.data = { period: { start: 1990, end: 1991 }, investments: [{ name: 'X', start: 1990 }] };
    await el.updateComplete;
    expect($(el, '.now')).to.equal(null);
  });
});

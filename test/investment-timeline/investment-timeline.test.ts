import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CivicInvestmentTimeline } from '../../src/investment-timeline/investment-timeline.js';
import type { CivicErrorEvent } from '../../src/shared/events.js';

const ASKER = '/demo/data/asker-2017-2020.json';
let asker: Record<string, unknown>;
let n = 0;
const unique = () => `tl-${Date.now()}-${n++}`;
const NBSP = /\u00a0/g;

const shadow = (el: Element) => el.shadowRoot!;
const $ = (el: Element, sel: string) => shadow(el).querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...shadow(el).querySelectorAll<HTMLElement>(sel)];
const clean = (s: string | null) => (s ?? '').replace(NBSP, ' ').replace(/\s+/g, ' ').trim();
const text = (el: Element) => clean(shadow(el).textContent);
const names = (el: Element) => $$(el, '.name').map((b) => b.textContent);
const rowOf = (el: Element, name: string) => $$(el, '.row').find((r) => r.querySelector('.name')!.textContent === name)!;
const barOf = (el: Element, name: string) => rowOf(el, name).querySelector<HTMLElement>('.bar')!;
const whenOf = (el: Element, name: string) => clean(rowOf(el, name).querySelector('.when')!.textContent);
const pos = (bar: HTMLElement) => [bar.style.left, bar.style.width];

async function loaded(el: CivicInvestmentTimeline) {
  if (el.status === 'loading') await oneEvent(el, 'civic-load');
  await el.updateComplete;
  return el;
}

/** Renders into a box of a given width and waits until the element has measured it. */
async function inBox(width: number, content: ReturnType<typeof html>) {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${content}</div>`);
  const el = box.firstElementChild as CivicInvestmentTimeline;
  await loaded(el);
  await waitUntil(() => (el as unknown as { width: { width: number } }).width.width === width, 'the element measures its box');
  await el.updateComplete;
  return { box, el };
}

before(async () => {
  asker = await (await fetch(ASKER)).json();
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

describe('<civic-investment-timeline>: text, languages, keyboard, print', () => {
  it('shows text from the data as text, never markup', async () => {
    const evil = '<img src=x onerror="window.hackedTimeline=1">';
    const data = [{ name: evil, description: '<b>bold</b>', location: '<i>x</i>', area: '"><script>1</script>', start: 2018, end: 2019 }];
    const el = await loaded(await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline .data=${data}></civic-investment-timeline>`));
    expect(shadow(el).querySelector('img, b, i, script')).to.equal(null);
    expect(names(el)).to.deep.equal([evil]);
    // The description and location are in the details, rendered when opened.
    $(el, '.name')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('img, b, i, script')).to.equal(null);
    expect(text(el)).to.include('<b>bold</b>');
    expect(text(el)).to.include('<i>x</i>');
    expect(rowOf(el, evil).dataset.area).to.equal('"><script>1</script>');
    expect((window as unknown as { hackedTimeline?: number }).hackedTimeline).to.equal(undefined);
  });

  it('speaks nynorsk and English', async () => {
    const box = await fixture(html`<div lang="nn"><civic-investment-timeline .data=${asker} now="2017"></civic-investment-timeline></div>`);
    const el = await loaded(box.firstElementChild as CivicInvestmentTimeline);
    expect(clean($(el, '.summary [aria-hidden]')!.textContent)).to.equal('9 prosjekt, til saman 1,4 mrd. kr (8 med kjend kostnad)');
    expect(whenOf(el, 'Nytt sykehjem på Nesbru')).to.equal('ferdig 2017 (start ikkje oppgitt)');
    expect(whenOf(el, 'Ny ishall Risenga')).to.equal('frå 2017 (slutt ikkje oppgitt)');
    expect(clean(rowOf(el, 'Risenga ungdomsskole').querySelector('.meta')!.textContent)).to.include('Skule Planlagd');
    expect(text(el)).to.include('No (2017)');
    expect(text(el)).to.include('Kjelde:');
    el.lang = 'en';
    await el.updateComplete;
    expect(clean($(el, '.summary [aria-hidden]')!.textContent)).to.equal('9 projects, NOK 1.4bn in total (8 with a known cost)');
    expect(whenOf(el, 'Bleikerfaret barnehage')).to.equal('in the period 2017–2020');
    expect(clean(rowOf(el, 'Nytt sykehjem på Nesbru').querySelector('.meta')!.textContent)).to.include('Health In progress NOK 338m');
    expect($$(el, '.legend li').map((li) => clean(li.textContent))).to.deep.equal(['In progress', 'Planned', 'Status not given', 'Start or end not given', 'Now (2017)']);
    el.data = { investments: [] };
    await el.updateComplete;
    expect(text(el)).to.include('No capital projects to show');
  });

  it('opens each project\'s details from the keyboard', async () => {
    const el = await loaded(await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline .data=${asker}></civic-investment-timeline>`));
    const [first, second] = $$(el, '.name');
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    // Closed details are not rendered at all (most of a row's nodes), and nothing points at them.
    expect($$(el, '[part~="details"]').length).to.equal(0);
    expect(first.hasAttribute('aria-controls')).to.equal(false);
    first.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    const details = $(el, `#${first.getAttribute('aria-controls')}`)!;
    expect(details.hidden).to.equal(false);
    expect(clean(details.textContent)).to.include('Vil stå ferdig i løpet av 2017.');
    expect([...details.querySelectorAll('dt, dd')].map((d) => clean(d.textContent))).to.deep.equal(
      ['Start', 'ikke oppgitt', 'Slutt', '2017', 'Kostnad', '338 millioner kroner', 'Sted', 'Nesbru'],
    );
    await expect(el).to.be.accessible();
    // Tab moves on to the next project's button; Space opens it.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(second);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(second.getAttribute('aria-expanded')).to.equal('true');
    expect($$(el, '[part~="details"]').length).to.equal(2);
    // Enter again closes the first.
    first.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details.isConnected).to.equal(false);
    expect(first.hasAttribute('aria-controls')).to.equal(false);
    expect($$(el, '[part~="details"]').length).to.equal(1);
  });

  it('prints every project\'s details, rendered before printing and dropped after', async () => {
    const el = await loaded(await fixture<CivicInvestmentTimeline>(html`<civic-investment-timeline .data=${asker}></civic-investment-timeline>`));
    expect($$(el, '.details').length).to.equal(0);
    // What the browser does when one prints: beforeprint, print media, afterprint.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const details = $$(el, '.details');
    expect(details.length).to.equal($$(el, '.row').length);
    expect(getComputedStyle(details[0]).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(details.map((d) => getComputedStyle(d).display)).to.deep.equal(details.map(() => 'block'));
      expect(clean(details[0].textContent)).to.include('Kostnad');
      expect(getComputedStyle($(el, '.name')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
    }
    await el.updateComplete;
    expect($$(el, '.details').length).to.equal(0);
  });

  it('is drawn once on connecting, in the layout its measured width calls for, not again when the observer reports', async () => {
    let renders = 0;
    let narrowAtLoad: boolean | undefined;
    // 400 px calls for the narrow layout; a first render at a guessed width would draw the wide one.
    const box = await fixture<HTMLDivElement>(html`<div style="width:400px"></div>`);
    const el = document.createElement('civic-investment-timeline') as CivicInvestmentTimeline;
    el.data = asker;
    el.addEventListener('civic-load', () => {
      narrowAtLoad = $$(el, '.group').length > 0;
    });
    // Lit's update() is one render pass.
    const host = el as unknown as { update(c: unknown): void };
    const update = host.update;
    host.update = function (c: unknown) {
      renders++;
      update.call(this, c);
    };
    box.append(el);
    await loaded(el);
    // Two frames: the ResizeObserver's first report comes in the frame after the first render.
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect((el as unknown as { width: { width: number } }).width.width).to.equal(400);
    expect(narrowAtLoad, 'narrow at the first render').to.equal(true);
    expect(renders, 'renders').to.equal(1);
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

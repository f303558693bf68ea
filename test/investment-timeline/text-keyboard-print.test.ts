// <civic-investment-timeline> in Chromium: text from the data shown as text, its words in nn and en,
// the details opened from the keyboard and printed, and one render on connecting.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { CivicInvestmentTimeline } from '../../src/investment-timeline/investment-timeline.js';
import { $, $$, askerDocument, clean, loaded, names, rowOf, shadow, text, whenOf } from './helpers.js';

let asker: Record<string, unknown>;
before(async () => {
  asker = await askerDocument();
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

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CivicPriorityList } from '../../src/priority-list/priority-list.js';
import { filterPriorities } from '../../src/priority-list/filter.js';
import { parseAreas } from '../../src/shared/areas.js';
import type { CivicErrorEvent } from '../../src/shared/events.js';

const ASKER = '/demo/data/asker-2017-2020.json';
let asker: Record<string, unknown>;
const shadow = (el: Element) => el.shadowRoot!;
const titles = (el: Element) => [...shadow(el).querySelectorAll('.item:not([hidden]) .title')].map((t) => t.textContent);
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ').trim();

async function loaded(el: CivicPriorityList) {
  if (el.status === 'loading') await oneEvent(el, 'civic-load');
  await el.updateComplete;
  return el;
}

before(async () => {
  asker = await (await fetch(ASKER)).json();
});

describe('filterPriorities and parseAreas', () => {
  const items = [{ title: 'A', area: 'health' }, { title: 'B', area: 'education' }, { title: 'C' }, { title: 'D', area: 'health' }];
  it('parses a comma-separated list with spaces', () => {
    expect(parseAreas(' health, education ,')).to.deep.equal(['health', 'education']);
    expect(parseAreas(undefined)).to.deep.equal([]);
  });
  it('keeps the programme order and each item\'s number in the whole programme', () => {
    expect(filterPriorities(items, ['health']).map((x) => [x.priority.title, x.number])).to.deep.equal([['A', 1], ['D', 4]]);
    expect(filterPriorities(items, [])).to.have.length(4);
  });
});

describe('<civic-priority-list>', () => {
  it('renders Asker\'s nine priorities from src as an ordered list with a heading', async () => {
    const el = await loaded(await fixture<CivicPriorityList>(html`<civic-priority-list src=${ASKER}></civic-priority-list>`));
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Prioriteringer');
    expect(shadow(el).querySelector('ol')).to.exist;
    expect(titles(el)).to.have.length(9);
    expect(titles(el)[2]).to.equal('Bo lenger i eget hjem');
    expect(text(el)).to.include('Kilde: Asker kommune, 6. desember 2016');
    await expect(el).to.be.accessible();
  });

  it('renders from the data property and from inline JSON', async () => {
    const a = await fixture<CivicPriorityList>(html`<civic-priority-list .data=${asker}></civic-priority-list>`);
    expect(titles(a)).to.have.length(9);
    const b = await fixture<CivicPriorityList>(html`<civic-priority-list><script type="application/json">[{"title":"Inline","area":"culture"}]</script></civic-priority-list>`);
    expect(titles(b)).to.deep.equal(['Inline']);
    expect(text(b)).to.include('Kultur');
  });

  it('shows the area as a translated label, not by colour alone', async () => {
    const el = await fixture<CivicPriorityList>(html`<civic-priority-list lang="en" .data=${asker}></civic-priority-list>`);
    const area = shadow(el).querySelector('.area')!;
    expect(area.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Area: Care');
    expect(area.getAttribute('data-area')).to.equal('care');
    const colour = getComputedStyle(area, '::before').backgroundColor;
    const other = getComputedStyle(shadow(el).querySelectorAll('.area')[2], '::before').backgroundColor;
    expect(colour).to.not.equal(other); // care and health differ
  });

  it('filters by area and keeps the programme\'s numbers', async () => {
    const el = await fixture<CivicPriorityList>(html`<civic-priority-list area="education, environment" .data=${asker}></civic-priority-list>`);
    expect(titles(el)).to.deep.equal([
      'Asker kommune er utnevnt til nasjonal realfagskommune', 'Digitalt løft i skolen', 'Bedre miljø og redusert klimagassutslipp',
    ]);
    expect([...shadow(el).querySelectorAll('.number')].map((n) => n.textContent)).to.deep.equal(['6.', '7.', '8.']);
  });

  it('says so when a filter leaves nothing', async () => {
    const el = await fixture<CivicPriorityList>(html`<civic-priority-list area="sport" .data=${asker}></civic-priority-list>`);
    expect(text(el)).to.include('Ingen prioriteringer å vise');
  });

  it('limits to the first n and expands in place by keyboard, moving focus and announcing it', async () => {
    const el = await fixture<CivicPriorityList>(html`<civic-priority-list limit="4" .data=${asker}></civic-priority-list>`);
    expect(titles(el)).to.have.length(4);
    const button = shadow(el).querySelector<HTMLButtonElement>('button.toggle')!;
    expect(button.textContent!.trim()).to.equal('Vis alle 9');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' }); // a real key press, as a keyboard user would
    await el.updateComplete;
    expect(titles(el)).to.have.length(9);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Vis færre');
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[data-index="4"]'));
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Viser alle 9 prioriteringer');
    await expect(el).to.be.accessible();
    button.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(4);
    expect(shadow(el).activeElement).to.equal(button);
  });

  it('has no button when the limit is not smaller than the list', async () => {
    const el = await fixture<CivicPriorityList>(html`<civic-priority-list limit="20" .data=${asker}></civic-priority-list>`);
    expect(shadow(el).querySelector('button')).to.equal(null);
    expect(titles(el)).to.have.length(9);
  });

  it('speaks nynorsk and English', async () => {
    const nn = await fixture<CivicPriorityList>(html`<div lang="nn"><civic-priority-list limit="2" .data=${asker}></civic-priority-list></div>`);
    const pl = nn.querySelector('civic-priority-list')!;
    await pl.updateComplete;
    expect(text(pl)).to.include('Kjelde: Asker kommune');
    expect(text(pl)).to.include('Vis alle 9');
    const en = await fixture<CivicPriorityList>(html`<civic-priority-list lang="en" limit="2" .data=${asker}></civic-priority-list>`);
    expect(text(en)).to.include('Show all 9');
    expect(text(en)).to.include('Source: Asker kommune, 6 December 2016');
    const empty = await fixture<CivicPriorityList>(html`<civic-priority-list lang="nn" .data=${[]}></civic-priority-list>`);
    expect(text(empty)).to.include('Ingen prioriteringar å vise');
  });

  it('shows text from the data as text, never markup', async () => {
    const hostile = [{ title: '<img src=x onerror="window.pwned=1">', description: '<script>window.pwned=2</script>', area: '<b>x</b>' }];
    const el = await fixture<CivicPriorityList>(html`<civic-priority-list .data=${hostile}></civic-priority-list>`);
    // Two frames: time for an injected image's onerror to have run, had markup got in.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(shadow(el).querySelector('img, script, b')).to.equal(null);
    expect(titles(el)[0]).to.equal('<img src=x onerror="window.pwned=1">');
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  describe('states', () => {
    it('loading: reserves space and is busy', async () => {
      const el = await fixture<CivicPriorityList>(html`<civic-priority-list src=${"/__api/asker?id=pl-loading&delay=2000"}></civic-priority-list>`);
      expect(el.status).to.equal('loading');
      const base = shadow(el).querySelector('[part="base"]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(60);
      await expect(el).to.be.accessible();
    });

    it('empty', async () => {
      const el = await fixture<CivicPriorityList>(html`<civic-priority-list .data=${{ title: 'Plan', priorities: [] }}></civic-priority-list>`);
      expect(el.status).to.equal('empty');
      expect(text(el)).to.include('Ingen prioriteringer å vise');
      await expect(el).to.be.accessible();
    });

    it('error: a missing file, said in Norwegian in the widget and the event', async () => {
      const el = document.createElement('civic-priority-list');
      el.src = '/__api/status/404?id=pl-404';
      const failed = oneEvent(el, 'civic-error') as Promise<CivicErrorEvent>;
      document.body.append(el);
      const event = await failed;
      await el.updateComplete;
      expect(event.detail.message).to.include('svarte med feil 404');
      expect(text(el)).to.include('Kunne ikke vise innholdet');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('partial: valid items shown, the left-out count said', async () => {
      const el = await fixture<CivicPriorityList>(html`<civic-priority-list .data=${{ priorities: [{ title: 'A' }, { title: 7 }, {}, { title: 'D' }] }}></civic-priority-list>`);
      expect(titles(el)).to.deep.equal(['A', 'D']);
      expect(text(el)).to.include('2 oppføringer kunne ikke vises.');
      await expect(el).to.be.accessible();
    });

    for (const theme of ['light', 'dark']) {
      it(`is accessible in the ${theme} theme, every state`, async () => {
        const ready = await fixture<CivicPriorityList>(html`<civic-priority-list theme=${theme} limit="3" .data=${asker}></civic-priority-list>`);
        await expect(ready).to.be.accessible();
        const partial = await fixture<CivicPriorityList>(html`<civic-priority-list theme=${theme} .data=${[{ title: 'A', area: 'sport' }, {}]}></civic-priority-list>`);
        await expect(partial).to.be.accessible();
        const error = await fixture<CivicPriorityList>(html`<civic-priority-list theme=${theme} .data=${42}></civic-priority-list>`);
        await expect(error).to.be.accessible();
        const empty = await fixture<CivicPriorityList>(html`<civic-priority-list theme=${theme} .data=${[]}></civic-priority-list>`);
        await expect(empty).to.be.accessible();
      });
    }
  });

  it('does not overflow from 280 to 1200 px', async () => {
    for (const width of [280, 320, 768, 1200]) {
      const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><civic-priority-list limit="3" area="health,care" .data=${asker}></civic-priority-list></div>`);
      const el = box.firstElementChild as CivicPriorityList;
      await el.updateComplete;
      const base = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth, `${width}px`).to.be.at.most(width);
    }
  });

  it('a long list lays out only the items near the screen; a short one every item, so nothing shifts', async () => {
    const many = Array.from({ length: 61 }, (_, i) => ({ title: `Mål ${i + 1}`, description: 'Tekst', area: 'health' }));
    const long = await fixture<CivicPriorityList>(html`<civic-priority-list .data=${many}></civic-priority-list>`);
    const short = await fixture<CivicPriorityList>(html`<civic-priority-list .data=${many.slice(0, 60)}></civic-priority-list>`);
    const visibility = (el: Element) => [...new Set([...shadow(el).querySelectorAll('.item')].map((i) => getComputedStyle(i).contentVisibility))];
    expect(visibility(long)).to.deep.equal(['auto']);
    expect(visibility(short)).to.deep.equal(['visible']);
    // Off-screen items keep their text for find-in-page and screen readers.
    expect(shadow(long).querySelectorAll('.title')[60].textContent).to.equal('Mål 61');
  });

  it('an item is its number, title, description and area, without empty text between its blocks', async () => {
    const el = await fixture<CivicPriorityList>(html`<civic-priority-list .data=${[{ title: 'Mål', description: 'Tekst', area: 'health' }]}></civic-priority-list>`);
    const item = shadow(el).querySelector('.item')!;
    const blank = (n: Node): number => [...n.childNodes].reduce((k, c) => k + blank(c) + (c.nodeType === 3 && !c.textContent!.trim() ? 1 : 0), 0);
    expect(blank(item)).to.equal(0);
    expect(item.textContent).to.equal('1.MålTekstOmråde: Helse');
  });
});

// The demo speaks bokmål first: every demo page opens in nb, and its switch turns the page's own words
// (headings, labels, buttons, help, messages) and the elements that follow the page into nn or en.
import { expect, oneEvent } from '@open-wc/testing';
import { STRINGS } from '../../demo/strings.js';
import { openPage, settled, TAGS, text, type Frame } from './helpers.js';

const ELEMENT_PAGES = ['priority-list.html', 'investment-timeline.html', 'debt-revenue-chart.html'];
const open = (page: string, query = '') => openPage(page, 'demo-ready', `Demo ${page}`, 1000, 800, query);
const words = (f: Frame, selector: string) => f.doc.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();

/** Clicks a language in the page's switch and waits for the elements that follow the page to render it. */
async function switchTo(f: Frame, lang: string) {
  (f.doc.getElementById(`lang-${lang}`) as HTMLInputElement).click();
  await Promise.all([...f.doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(TAGS.join(','))].map((e) => e.updateComplete));
}

describe('demo language: the main page', () => {
  let f: Frame;
  const follow = () => [...f.doc.querySelectorAll('.showcase [data-follow]')];
  before(async () => {
    f = await open('index.html');
    await Promise.all(follow().map(settled));
  });
  after(() => f.frame.remove());

  it('opens in bokmål: the page, the playground, the generator, the reference and the elements', () => {
    expect(f.doc.documentElement.lang).to.equal('nb');
    expect((f.doc.getElementById('lang-nb') as HTMLInputElement).checked).to.equal(true);
    expect(words(f, '.lead')).to.equal(STRINGS.nb.page['index.lead']);
    expect(words(f, '#playground-h')).to.equal('Prøv selv');
    expect(words(f, '#pg-status')).to.equal('Gyldig: 9 prioriteringer, 9 investeringer, 7 år med økonomitall.');
    expect(words(f, '#generator-root legend')).to.equal('Hva kan du gjøre på nettstedet ditt?');
    expect(words(f, '#reference-root h4')).to.equal('Attributter');
    expect(follow().map((e) => e.getAttribute('lang'))).to.deep.equal(['nb', 'nb', 'nb']);
    expect(text(follow()[0])).to.include('Prioriteringer');
  });

  it('switches to nynorsk and English: page text, document language, elements, address and links', async () => {
    const editor = f.doc.getElementById('pg-json') as HTMLTextAreaElement;
    const edited = editor.value.replace('"Asker kommune"', '"Asker kommune (endra)"');
    editor.value = edited;
    editor.dispatchEvent(new f.win.Event('input', { bubbles: true }));
    for (const lang of ['nn', 'en'] as const) {
      await switchTo(f, lang);
      const s = STRINGS[lang];
      expect(f.doc.documentElement.lang, lang).to.equal(lang);
      expect(f.doc.title).to.equal(s.page['index.title']);
      expect(f.doc.querySelector('meta[name="description"]')!.getAttribute('content')).to.equal(s.page['index.description']);
      expect(words(f, '.skip-link')).to.equal(s.frame.skip);
      expect(words(f, '.lead')).to.equal(s.page['index.lead']);
      expect(words(f, '#playground-h')).to.equal(s.page['index.playground.h']);
      expect(words(f, '#pg-json-hint')).to.equal(s.playground.documentHint);
      expect(words(f, '#generator-root legend')).to.equal(s.generator.situation);
      expect(words(f, '#reference-root h4')).to.equal(s.reference.blocks.attributes);
      expect(follow().map((e) => e.getAttribute('lang'))).to.deep.equal([lang, lang, lang]);
      expect(new URL(f.win.location.href).searchParams.get('lang')).to.equal(lang);
      expect(f.doc.querySelector<HTMLAnchorElement>('.page-list a')!.href).to.match(new RegExp(`/demo/priority-list\\.html\\?lang=${lang}$`));
      // What the reader typed in the playground stays.
      expect((f.doc.getElementById('pg-json') as HTMLTextAreaElement).value).to.equal(edited);
    }
    expect(text(follow()[0])).to.include('Priorities');
    expect(words(f, '#pg-status')).to.match(/^Valid: 9 priorities/);
    await switchTo(f, 'nb');
    expect(words(f, '.lead')).to.equal(STRINGS.nb.page['index.lead']);
    expect(new URL(f.win.location.href).search).to.equal('');
  });
});

describe('demo language: the per-element pages', () => {
  for (const page of ELEMENT_PAGES) {
    it(`${page} opens in bokmål and switches to nn and en (the fixed-language examples keep theirs)`, async () => {
      const f = await open(page);
      try {
        expect(f.doc.documentElement.lang).to.equal('nb');
        const follow = [...f.doc.querySelectorAll('main [data-follow]:not([data-follow="theme"])')];
        const fixed = [...f.doc.querySelectorAll('main [data-follow="theme"]')];
        const fixedLangs = fixed.map((e) => e.getAttribute('lang'));
        expect(follow.length).to.be.above(0);
        const h1 = f.doc.querySelector('h1')!;
        const key = h1.dataset.t!;
        expect(h1.textContent).to.equal(STRINGS.nb.page[key]);
        for (const lang of ['nn', 'en'] as const) {
          await switchTo(f, lang);
          expect(h1.textContent, lang).to.equal(STRINGS[lang].page[key]);
          expect(words(f, 'main section h2')).to.equal(STRINGS[lang].page[f.doc.querySelector<HTMLElement>('main section h2')!.dataset.t!].replace(/`/g, ''));
          expect(follow.map((e) => e.getAttribute('lang'))).to.deep.equal(follow.map(() => lang));
          expect(fixed.map((e) => e.getAttribute('lang'))).to.deep.equal(fixedLangs);
        }
      } finally {
        f.frame.remove();
      }
    });
  }

  it('opens in the language the address asks for (?lang=nn), as the links from the main page give it', async () => {
    const f = await open('investment-timeline.html', '?lang=nn');
    try {
      expect(f.doc.documentElement.lang).to.equal('nn');
      expect(f.doc.querySelector('h1')!.textContent).to.equal('Tidslinje for investeringar');
      expect((f.doc.getElementById('lang-nn') as HTMLInputElement).checked).to.equal(true);
      expect(f.doc.querySelector('#timeline-all')!.getAttribute('lang')).to.equal('nn');
    } finally {
      f.frame.remove();
    }
  });
});

describe('demo strings', () => {
  it('have the same keys in nb, nn and en', () => {
    const keys = (lang: 'nb' | 'nn' | 'en') => Object.keys(STRINGS[lang].page).sort();
    expect(keys('nn')).to.deep.equal(keys('nb'));
    expect(keys('en')).to.deep.equal(keys('nb'));
  });

  it('cover every data-t key of every demo page, and the pages hold the bokmål words', async () => {
    for (const page of ['index.html', ...ELEMENT_PAGES]) {
      const doc = new DOMParser().parseFromString(await (await fetch(`/demo/${page}`)).text(), 'text/html');
      const marked = [...doc.querySelectorAll<HTMLElement>('[data-t]')];
      expect(marked.length, page).to.be.above(5);
      for (const el of marked) {
        const key = el.dataset.t!;
        const nb = key.startsWith('frame.') ? STRINGS.nb.frame[key.slice(6) as 'skip'] : STRINGS.nb.page[key];
        expect(nb, `${page}: ${key}`).to.be.a('string');
        expect(el.textContent!.replace(/\s+/g, ' ').trim(), `${page}: ${key}`).to.equal(nb.replace(/[`*]/g, ''));
      }
      for (const el of doc.querySelectorAll<HTMLElement>('[data-t-content], [data-t-label], [data-t-heading]')) {
        const key = el.dataset.tContent ?? el.dataset.tLabel ?? el.dataset.tHeading!;
        const attr = el.dataset.tContent ? 'content' : el.dataset.tLabel ? 'aria-label' : 'heading';
        const nb = key.startsWith('frame.') ? STRINGS.nb.frame[key.slice(6) as 'skip'] : STRINGS.nb.page[key];
        expect(el.getAttribute(attr), `${page}: ${key}`).to.equal(nb);
      }
    }
  });
});

void oneEvent;

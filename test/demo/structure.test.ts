// What Lighthouse and a screen-reader user need of every demo page: one h1, a main landmark, a meta
// description, a favicon that exists; the per-element pages reachable from the main page; the
// playground's problem list in full; a visible focus ring on the checked segment of the switches.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, openDemo, openPage, settled, TAGS, type Frame } from './helpers.js';

const PAGES = ['index.html', 'priority-list.html', 'investment-timeline.html', 'debt-revenue-chart.html', 'builder.html'];
const ELEMENT_PAGES = ['priority-list.html', 'investment-timeline.html', 'debt-revenue-chart.html'];

/** The page as the server sends it, before any script has run. */
async function served(page: string): Promise<Document> {
  const res = await fetch(`/demo/${page}`);
  expect(res.status, page).to.equal(200);
  return new DOMParser().parseFromString(await res.text(), 'text/html');
}

describe('demo pages: structure', () => {
  for (const page of PAGES) {
    it(`${page}: one h1, a main landmark, a meta description, a favicon, lang nb`, async () => {
      const doc = await served(page);
      expect(doc.querySelectorAll('h1').length, 'h1').to.equal(1);
      expect(doc.querySelectorAll('main').length, 'main').to.equal(1);
      expect(doc.querySelector('main h1'), 'the h1 is in main').to.not.equal(null);
      expect(doc.querySelector('header'), 'a banner').to.not.equal(null);
      const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, 'meta description').to.be.above(50);
      expect(doc.documentElement.lang).to.equal('nb');
      const icon = doc.querySelector('link[rel="icon"]')?.getAttribute('href') ?? '';
      expect(icon, 'favicon').to.match(/\.svg$/);
      expect((await fetch(new URL(icon, `${location.origin}/demo/${page}`))).status, 'favicon request').to.equal(200);
    });
  }

  it('the main page links to every per-element page, and the links lead there', async () => {
    const doc = await served('index.html');
    const inMain = [...doc.querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) => a.getAttribute('href')!.replace(/^\.\//, ''));
    for (const page of ELEMENT_PAGES) {
      expect(inMain, page).to.include(page);
      expect((await fetch(`/demo/${page}`)).status, page).to.equal(200);
    }
  });

  it('every per-element page links back to the main page and to the others', async () => {
    for (const page of ELEMENT_PAGES) {
      const links = [...(await served(page)).querySelectorAll('header a[href]')].map((a) => a.getAttribute('href')!.replace(/^\.\//, ''));
      expect(links, page).to.include.members(['index.html', ...ELEMENT_PAGES]);
    }
  });

  it('the deliberate failing requests are said so next to them', async () => {
    for (const page of ['priority-list.html', 'investment-timeline.html']) {
      const doc = await served(page);
      const broken = doc.querySelector('[src*="finst-ikkje"], [data-src*="finst-ikkje"]')!;
      expect(broken.closest('section')!.querySelector('[data-t="deliberate"]'), page).to.not.equal(null);
    }
  });
});

describe('demo pages: axe', () => {
  for (const page of ELEMENT_PAGES) {
    for (const theme of ['light', 'dark']) {
      it(`${page} passes axe, ${theme}, at 320 px`, async () => {
        const f = await openPage(page, 'demo-ready', `Demo ${page}`, 320, 800, `?theme=${theme}`);
        try {
          await Promise.all([...f.doc.querySelectorAll(`${TAGS.join(',')}`)].filter((e) => e.id !== 'waiting').map(settled));
          expect(await axeViolations(f)).to.deep.equal([]);
          expect(f.doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(f.doc.documentElement.clientWidth);
        } finally {
          f.frame.remove();
        }
      });
    }
  }
});

describe('demo pages: the playground and the switches', () => {
  let f: Frame;
  before(async () => {
    f = await openDemo(1000);
  });
  after(() => f.frame.remove());

  it('shows every problem of the data in full (the list grows, it does not cut lines off)', async () => {
    const editor = f.doc.getElementById('pg-json') as HTMLTextAreaElement;
    const doc = JSON.parse(editor.value);
    for (const p of doc.priorities) p.area = 'et område som ikke finnes i listen over kjente områder';
    for (const i of doc.investments) i.start = 'snart';
    for (const y of doc.finances) y.revenue = 'mye';
    const updated = new Promise((resolve) => f.doc.getElementById('playground-root')!.addEventListener('playground-update', resolve, { once: true }));
    editor.value = JSON.stringify(doc, null, 2);
    editor.dispatchEvent(new f.win.Event('input', { bubbles: true }));
    await updated;
    const list = f.doc.querySelector('.problems ul')!;
    expect(list.children.length).to.be.above(12);
    expect(list.scrollHeight - list.clientHeight, 'hidden inside the list').to.be.at.most(1);
    const last = list.lastElementChild!.getBoundingClientRect();
    expect(last.bottom - list.getBoundingClientRect().bottom, 'last problem below the list\'s edge').to.be.at.most(1);
  });

  for (const theme of ['light', 'dark']) {
    it(`the checked segment of the language and theme switches shows a focus ring, ${theme}`, async () => {
      (f.doc.getElementById(`theme-${theme}`) as HTMLInputElement).click();
      const checked = f.doc.getElementById('lang-nb') as HTMLInputElement;
      f.frame.focus();
      checked.focus();
      // Keyboard focus (Tab and back) so that :focus-visible applies, as it does for a keyboard user.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(f.doc.activeElement === checked, 'the checked radio has the focus').to.equal(true);
      const label = f.doc.querySelector<HTMLLabelElement>('label[for="lang-nb"]')!;
      const style = f.win.getComputedStyle(label);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      // The ring is drawn outside the segment, over the page: it must differ from the page's background there.
      expect(parseFloat(style.outlineOffset), 'outline outside the label').to.be.at.least(0);
      const pageBg = f.win.getComputedStyle(f.doc.documentElement).backgroundColor;
      expect(style.outlineColor, 'ring colour against the page').to.not.equal(pageBg);
    });
  }
});

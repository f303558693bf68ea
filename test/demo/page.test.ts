// The demo page as a visitor gets it (demo/index.html in an iframe): accessible,
// no horizontal scrolling at 320 px, and the playground's round trip.
import { expect, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { validate } from '../../src/shared/validate.js';
import { axeViolations, openDemo, overflowing, paste, settled, TAGS, text } from './helpers.js';

type Frame = Awaited<ReturnType<typeof openDemo>>;

async function allSettled(f: Frame) {
  const els = [...f.doc.querySelectorAll(TAGS.join(','))];
  await Promise.all(els.map(settled));
  await Promise.all(els.map((el) => (el as LitElement).updateComplete));
  return els;
}

describe('demo page', () => {
  let f: Frame | undefined;
  afterEach(() => f?.frame.remove());

  it('shows the three elements with the Asker data, in the chosen language and theme', async () => {
    f = await openDemo();
    const shown = [...f.doc.querySelectorAll<LitElement & { status: string }>('.showcase civic-priority-list, .showcase civic-investment-timeline, .showcase civic-debt-revenue-chart')];
    expect(shown.map((e) => e.localName)).to.deep.equal(TAGS);
    await allSettled(f);
    expect(shown.map((e) => e.status)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(shown.map((e) => e.getAttribute('lang') ?? f!.doc.documentElement.lang)).to.deep.equal(['nb', 'nb', 'nb']);
    const en = f.doc.getElementById('lang-en') as HTMLInputElement;
    en.click();
    await Promise.all(shown.map((e) => e.updateComplete));
    expect(shown.map((e) => e.getAttribute('lang'))).to.deep.equal(['en', 'en', 'en']);
    expect(text(shown[0])).to.include('Priorities');
    (f.doc.getElementById('theme-dark') as HTMLInputElement).click();
    expect(shown.map((e) => e.getAttribute('theme'))).to.deep.equal(['dark', 'dark', 'dark']);
  });

  it('passes axe, light, at 1000 px', async () => {
    f = await openDemo(1000, '?theme=light');
    await allSettled(f);
    expect(await axeViolations(f)).to.deep.equal([]);
  });

  it('passes axe, dark, at 320 px, and does not scroll sideways', async () => {
    f = await openDemo(320, '?theme=dark');
    await allSettled(f);
    const root = f.doc.documentElement;
    expect(root.scrollWidth, `page width at 320 px; too wide: ${overflowing(f.doc).slice(0, 8).join(', ')}`).to.be.at.most(root.clientWidth);
    expect(await axeViolations(f)).to.deep.equal([]);
  });

  it('has a skip link to the main content and one h1', async () => {
    f = await openDemo();
    const skip = f.doc.querySelector<HTMLAnchorElement>('a[href]')!;
    expect(skip.getAttribute('href'), 'the first link').to.equal('#main');
    expect(skip.textContent).to.equal('Hopp til innholdet');
    expect(f.doc.querySelector('main#main')).to.exist;
    expect(f.doc.querySelectorAll('h1')).to.have.length(1);
  });
});

describe('demo playground', () => {
  let f: Frame;
  let root: HTMLElement;
  let editor: HTMLTextAreaElement;
  let status: HTMLElement;
  const preview = (tag: string) => root.querySelector(`.preview ${tag}`) as LitElement & { status: string };

  before(async () => {
    f = await openDemo();
    root = f.doc.getElementById('playground-root')!;
    editor = f.doc.getElementById('pg-json') as HTMLTextAreaElement;
    status = f.doc.getElementById('pg-status')!;
    await allSettled(f);
  });
  after(() => f.frame.remove());

  /** Types into the editor as a user does, and waits for the (debounced) check. */
  async function type(value: string) {
    const checked = oneEvent(root, 'playground-update');
    editor.value = value;
    editor.dispatchEvent(new f.win.Event('input', { bubbles: true }));
    await checked;
    await Promise.all(TAGS.map((t) => preview(t).updateComplete));
  }

  it('starts with the Asker document, valid, and the three elements showing it', () => {
    const doc = JSON.parse(editor.value);
    expect(doc.municipality).to.equal('Asker kommune');
    expect(status.textContent).to.equal('Gyldig: 9 prioriteringer, 9 investeringer, 7 år med økonomitall.');
    for (const t of TAGS) expect(preview(t).status, t).to.equal('ready');
  });

  it('updates the elements when the JSON is edited', async () => {
    const doc = JSON.parse(editor.value);
    doc.priorities[0].title = 'En ny prioritet fra testen';
    doc.priorities.splice(1);
    await type(JSON.stringify(doc, null, 2));
    expect(text(preview('civic-priority-list'))).to.include('En ny prioritet fra testen');
    expect(preview('civic-priority-list').shadowRoot!.querySelectorAll('li[part="item"]')).to.have.length(1);
    expect(status.textContent).to.include('1 prioritering,');
  });

  it('says where invalid JSON breaks, and keeps the last good data on show', async () => {
    await type('{\n  "title": "Plan",\n  "priorities": [ { "title": "A" }, ]\n}');
    expect(status.textContent).to.include('ikke gyldig JSON: feil på linje 3, kolonne 37');
    expect(status.className).to.include('bad');
    expect(editor.getAttribute('aria-invalid')).to.equal('true');
    const goTo = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Vis feilen i redigeringsfeltet')!;
    expect(goTo.hidden).to.equal(false);
    goTo.click();
    expect(editor.selectionStart).to.equal(editor.value.indexOf(']'));
    expect(text(preview('civic-priority-list'))).to.include('En ny prioritet fra testen');
  });

  it('lists each schema problem by path and message, in the chosen language', async () => {
    const doc = JSON.parse(await (await fetch('/demo/data/asker-2017-2020.json')).text());
    doc.investments[2].start = 'snart';
    doc.finances[0].revenue = '4 mrd';
    await type(JSON.stringify(doc, null, 2));
    const items = () => [...root.querySelectorAll('.problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const expected = (lang: 'nb' | 'en') => validate(doc, lang).issues.map((i) => `${i.path} ${i.message}`);
    // The page is in bokmål and lang is not set: the elements speak bokmål, and so do the problems.
    expect(items()).to.deep.equal(expected('nb'));
    expect(items().some((i) => i.startsWith('investments[2].start '))).to.equal(true);
    expect(items().some((i) => i.startsWith('finances[0].revenue '))).to.equal(true);
    expect(status.textContent).to.equal('2 feil; 2 oppføringer er utelatt.');
    expect(preview('civic-investment-timeline').shadowRoot!.querySelector('[part~="notice"]')).to.exist;

    const lang = f.doc.getElementById('pg-attr-lang') as HTMLSelectElement;
    const choose = async (value: string) => {
      const checked = oneEvent(root, 'playground-update');
      lang.value = value;
      lang.dispatchEvent(new f.win.Event('change', { bubbles: true }));
      await checked;
    };
    await choose('en');
    expect(items()).to.deep.equal(expected('en'));
    expect(preview('civic-priority-list').getAttribute('lang')).to.equal('en');
    await choose('nb');
    expect(items()).to.deep.equal(expected('nb'));
    expect(preview('civic-priority-list').getAttribute('lang')).to.equal('nb');
  });

  it('sets attributes from the controls, on the elements that have them, and in the embed code', async () => {
    const limit = f.doc.getElementById('pg-attr-limit') as HTMLInputElement;
    limit.value = '3';
    limit.dispatchEvent(new f.win.Event('input', { bubbles: true }));
    await preview('civic-priority-list').updateComplete;
    expect(preview('civic-priority-list').getAttribute('limit')).to.equal('3');
    expect(preview('civic-debt-revenue-chart').hasAttribute('limit')).to.equal(false);
    const snippet = (f.doc.getElementById('pg-snippet') as HTMLTextAreaElement).value;
    const [script, open] = snippet.split('\n');
    expect(script).to.match(/^<script type="module" src="https:\/\/unpkg\.com\/civic-widgets@[\d.]+\/dist\/civic-widgets\.js"><\/script>$/);
    expect(open).to.equal('<civic-priority-list lang="nb" limit="3">');
    expect(snippet).to.include('<script type="application/json">');
  });

  it('gives embed code that renders when pasted into a blank page, for each element and with src', async () => {
    const field = (id: string) => f.doc.getElementById(id) as HTMLInputElement;
    const set = (el: HTMLInputElement, value: string) => {
      el.value = value;
      el.dispatchEvent(new f.win.Event('input', { bubbles: true }));
    };
    set(field('pg-script'), '/dist/civic-widgets.js');
    for (const [i, tag] of TAGS.entries()) {
      field(`pg-tag-${i}`).click();
      const code = (f.doc.getElementById('pg-snippet') as HTMLTextAreaElement).value;
      expect(code).to.include(`<${tag} lang="nb"`);
      const { frame, events } = await paste(code);
      expect(events.at(-1), tag).to.deep.equal({ type: 'civic-load', tag });
      expect(frame.contentDocument!.querySelector(tag)!.getAttribute('lang')).to.equal('nb');
      frame.remove();
    }
    field('pg-tag-0').click();
    field('pg-mode-src').click();
    set(field('pg-src'), '/demo/data/asker-2017-2020.json');
    const code = (f.doc.getElementById('pg-snippet') as HTMLTextAreaElement).value;
    expect(code).to.include('<civic-priority-list src="/demo/data/asker-2017-2020.json" lang="nb" limit="3"></civic-priority-list>');
    const { frame, events } = await paste(code);
    expect(events.at(-1)).to.deep.equal({ type: 'civic-load', tag: 'civic-priority-list' });
    expect(frame.contentDocument!.querySelector('civic-priority-list')!.shadowRoot!.querySelectorAll('li[part="item"]:not([hidden])')).to.have.length(3);
    frame.remove();
  });

  it('copies the embed code and says so politely', async () => {
    const copy = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Kopier innbyggingskoden')!;
    const live = root.querySelector('.copied')!;
    expect(live.getAttribute('role')).to.equal('status');
    // The frame has no clipboard permission in headless Chromium, or has it: either way the reader is told.
    copy.click();
    await new Promise<void>((resolve) => {
      if (live.textContent) return resolve();
      new f.win.MutationObserver((_, o) => { o.disconnect(); resolve(); }).observe(live, { childList: true, characterData: true, subtree: true });
    });
    expect(live.textContent).to.match(/Kopiert til utklippstavlen|Koden er merket/);
  });
});

// The API reference is generated from custom-elements.json (written by
// `npm run build`, which `npm test` runs first) and lists all of it.
import { expect, fixture, html } from '@open-wc/testing';
import { elementsOf, enumValues, kindOf, loadManifest, type Manifest } from '../../demo/manifest.js';
import { renderReference } from '../../demo/reference.js';
import { controlsFor } from '../../demo/playground.js';
import { STRINGS } from '../../demo/strings.js';
import { TAGS } from './helpers.js';

interface RawDecl { tagName?: string; customElement?: boolean; attributes?: { name: string; type?: { text?: string } }[]; events?: { name: string }[]; cssProperties?: { name: string }[]; cssParts?: { name: string }[] }

const rowsOf = (article: Element, caption: string) => {
  const table = [...article.querySelectorAll('table')].find((t) => t.caption!.textContent!.endsWith(`: ${caption}`));
  return table ? [...table.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent!.trim())) : [];
};

describe('API reference', () => {
  let manifest: Manifest;
  let box: HTMLElement;
  const decls = () => manifest.modules.flatMap((m) => (m.declarations ?? []) as RawDecl[]).filter((d) => d.customElement && d.tagName);

  before(async () => {
    manifest = await loadManifest('/custom-elements.json');
  });
  beforeEach(async () => {
    box = await fixture(html`<div></div>`);
    // In English, whose captions the rows are found by (the demo opens in bokmål; test/demo/language.test.ts).
    renderReference(box, elementsOf(manifest), 3, STRINGS.en.reference);
  });

  it('has an entry for each tag in the manifest, the three in page order first', () => {
    const tags = [...box.querySelectorAll('article')].map((a) => a.dataset.tag);
    expect(tags.slice(0, 3)).to.deep.equal(TAGS);
    expect([...tags].sort()).to.deep.equal(decls().map((d) => d.tagName).sort());
  });

  it('lists every attribute in custom-elements.json, with its type', () => {
    let n = 0;
    for (const d of decls()) {
      const rows = rowsOf(box.querySelector(`article[data-tag="${d.tagName}"]`)!, 'attributes');
      // Names with a leading underscore are Lit's internal state, which the analyzer lists though no attribute exists.
      const attrs = (d.attributes ?? []).filter((a) => !a.name.startsWith('_'));
      expect(rows.map((r) => r[0]), d.tagName).to.deep.equal(attrs.map((a) => a.name));
      attrs.forEach((a, i) => expect(rows[i][1], `${d.tagName} ${a.name}`).to.equal(a.type?.text ?? ''));
      n += attrs.length;
    }
    expect(n).to.be.above(3 * 6);
  });

  it('lists events, CSS custom properties and parts as the manifest has them', () => {
    for (const d of decls()) {
      const article = box.querySelector(`article[data-tag="${d.tagName}"]`)!;
      expect(rowsOf(article, 'events').map((r) => r[0]), d.tagName).to.deep.equal((d.events ?? []).map((e) => e.name));
      expect(rowsOf(article, 'CSS custom properties').map((r) => r[0])).to.deep.equal((d.cssProperties ?? []).map((e) => e.name));
      expect(rowsOf(article, 'CSS parts').map((r) => r[0])).to.deep.equal((d.cssParts ?? []).map((e) => e.name));
    }
  });

  it('lists the public properties, not private or protected members', () => {
    const rows = rowsOf(box.querySelector('article[data-tag="civic-priority-list"]')!, 'properties').map((r) => r[0]);
    expect(rows).to.include.members(['data', 'src', 'lang', 'headingLevel', 'status']);
    expect(rows).not.to.include.members(['_inline']);
    expect(rows.filter((r) => ['section', 'language', 'task', 'messages'].includes(r))).to.deep.equal([]);
  });

  it('is accessible', async () => {
    await expect(box).to.be.accessible();
  });

  it('turns text with backticks into code, as text only', () => {
    const doc = elementsOf({ modules: [{ path: 'x.ts', declarations: [{ kind: 'class', name: 'X', customElement: true, tagName: 'x-y',
      summary: 'A `<b>` tag', attributes: [{ name: 'a', description: '<img src=x onerror=alert(1)> `code`' }] }] }] });
    const el = document.createElement('div');
    renderReference(el, doc);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('.summary code')!.textContent).to.equal('<b>');
  });
});

describe('playground controls from the manifest', () => {
  it('reads types', () => {
    expect(enumValues("'light' | 'dark' | 'auto' | undefined")).to.deep.equal(['light', 'dark', 'auto']);
    expect(enumValues('string | undefined')).to.equal(undefined);
    expect(kindOf('number | undefined')).to.equal('number');
    expect(kindOf('boolean')).to.equal('boolean');
    expect(kindOf('string')).to.equal('text');
  });

  it('has one control per attribute except src, with the tags that have it', async () => {
    const elements = elementsOf(await loadManifest('/custom-elements.json'));
    const controls = controlsFor(elements);
    const names = controls.map((c) => c.name);
    expect(new Set(names).size).to.equal(names.length);
    const expected = new Set(elements.flatMap((e) => e.attributes.map((a) => a.name)).filter((n) => n !== 'src'));
    expect(new Set(names)).to.deep.equal(expected);
    expect(controls.find((c) => c.name === 'lang')!.values).to.deep.equal(['nb', 'nn', 'en']);
    expect(controls.find((c) => c.name === 'theme')!.kind).to.equal('enum');
    expect(controls.find((c) => c.name === 'theme')!.tags).to.deep.equal(TAGS);
    expect(controls.find((c) => c.name === 'limit')!.tags).to.deep.equal(['civic-priority-list']);
  });
});

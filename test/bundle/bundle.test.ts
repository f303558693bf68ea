// Tests the file users get: dist/civic-widgets.js, built by `npm run build`
// (which `npm test` runs first). A bug that only the bundle has (raw decorators,
// a missing dependency, a broken define guard) fails here.
import { expect, oneEvent } from '@open-wc/testing';

const TAGS = ['civic-priority-list', 'civic-investment-timeline', 'civic-debt-revenue-chart'];

describe('dist/civic-widgets.js', () => {
  const warnings: unknown[][] = [];
  const errors: unknown[] = [];
  const warn = console.warn;

  before(async () => {
    console.warn = (...args: unknown[]) => { warnings.push(args); };
    window.addEventListener('error', (e) => errors.push(e.error));
    // @ts-expect-error a built file, no types
    await import('/dist/civic-widgets.js');
    // A second copy of the module, as on a page where two embeds each add the script.
    // @ts-expect-error a built file, no types
    await import('/dist/civic-widgets.js?copy=2');
  });
  after(() => { console.warn = warn; });

  it('defines the three tags', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.exist;
  });

  it('loads twice without an error and with one warning', () => {
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.include('already defined');
  });

  it('imports nothing: one self-contained module', async () => {
    const code = await (await fetch('/dist/civic-widgets.js')).text();
    expect(/(^|[;\s])import\s*[{*"']|[^.\w]import\(/.test(code), 'an import is left').to.equal(false);
    expect(/(^|[\s;{}])@(customElement|property|state|query)\(/.test(code), 'a raw decorator is left').to.equal(false);
  });

  for (const tag of TAGS) {
    it(`<${tag}> renders the Asker document from src`, async () => {
      const el = document.createElement(tag);
      el.setAttribute('src', '/demo/data/asker-2017-2020.json');
      const loaded = oneEvent(el, 'civic-load');
      document.body.append(el);
      await loaded;
      expect(el.shadowRoot!.textContent).to.include('Handlingsprogram 2017–2020');
      el.remove();
    });
  }
});

// A page of many charts (a municipality's key figures, a newspaper's election page): what
// nobody sees yet is not laid out, and the charts added together are measured together.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { $, DOC, type Chart } from './helpers.js';

const frame = () => new Promise(requestAnimationFrame);

/** `n` charts appended one after another in one task, as a page's script or a CMS does, with `between` px of page after each. */
async function page(n: number, between = 0): Promise<Chart[]> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  const charts: Chart[] = [];
  for (let i = 0; i < n; i++) {
    const el = document.createElement('civic-debt-revenue-chart');
    el.data = DOC;
    box.append(el);
    if (between) box.insertAdjacentHTML('beforeend', `<div style="height: ${between}px"></div>`);
    charts.push(el);
  }
  await Promise.all(charts.map((el) => (el.status === 'ready' ? undefined : oneEvent(el, 'civic-load'))));
  return charts;
}

describe('<civic-debt-revenue-chart>: a page of charts (issue 15)', () => {
  it('charts added in one go read their widths one after another, with no page change between (one layout, not one each)', async () => {
    const log: string[] = [];
    const desc = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
    const append = Element.prototype.append;
    Object.defineProperty(Element.prototype, 'clientWidth', {
      configurable: true,
      get(this: Element) {
        if (this.localName === 'civic-debt-revenue-chart') log.push('read');
        return desc.get!.call(this);
      },
    });
    Element.prototype.append = function (this: Element, ...nodes: (Node | string)[]) {
      if (nodes.some((n) => (n as Element).localName === 'civic-debt-revenue-chart')) log.push('add');
      return append.apply(this, nodes);
    };
    try {
      const charts = await page(10);
      // Each read after an addition forces the browser to lay the page out again.
      expect(log.join(' ')).to.equal(`${'add '.repeat(10)}${'read '.repeat(10)}`.trim());
      expect(charts.map((el) => $(el, '.frame').style.height)).to.deep.equal(Array(10).fill('320px'));
    } finally {
      Object.defineProperty(Element.prototype, 'clientWidth', desc);
      Element.prototype.append = append;
    }
  });

  it('a chart far below the screen is not laid out until the reader comes near; then it is, whole', async () => {
    const [first, far] = await page(2, 4000);
    await frame();
    await frame();
    const shown = (el: Chart) => $(el, '.frame').checkVisibility({ contentVisibilityAuto: true });
    expect(shown(first)).to.equal(true);
    expect(shown(far)).to.equal(false);
    // Still there for the accessibility tree, find-in-page and printing: only its layout waits.
    expect($(far, '.summary').textContent).to.match(/Lånegjelden skal etter planen øke/);
    far.scrollIntoView();
    await frame();
    await frame();
    expect(shown(far)).to.equal(true);
    expect($(far, '.frame').getBoundingClientRect().height).to.equal(320);
    window.scrollTo(0, 0);
  });

  it('a chart on screen when added is laid out at once; only those below wait for content-visibility', async () => {
    const cv = (el: Chart) => getComputedStyle($(el, '.body')).contentVisibility;
    const [alone] = await page(1);
    expect(cv(alone)).to.equal('visible');
    alone.parentElement!.remove();
    const [first, second, third] = await page(3);
    // Added together, not drawn yet: all three stood at one top, so only the first counts as on screen.
    expect([cv(first), cv(second), cv(third)]).to.deep.equal(['visible', 'auto', 'auto']);
    first.parentElement!.remove();
    const [, far] = await page(2, 4000);
    expect(cv(far)).to.equal('auto');
  });

  it('--civic-content-visibility: visible lays out every chart at once', async () => {
    const [, far] = await page(2, 4000);
    far.style.setProperty('--civic-content-visibility', 'visible');
    await frame();
    await frame();
    expect($(far, '.frame').checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
  });
});

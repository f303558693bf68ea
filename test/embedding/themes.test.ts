// Theming on the built bundle: the --civic-* custom properties set on the host
// reach inside; light, dark and auto themes; forced colours; print; reduced motion.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { TAGS, shadowElements } from './host.js';

let doc: unknown;
before(async () => {
  // @ts-expect-error a built file, no types
  await import('/dist/civic-widgets.js');
  doc = await (await fetch('/demo/data/asker-2017-2020.json')).json();
});
afterEach(async () => {
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', media: 'screen' });
  await executeServerCommand('civic-forced-colors', { active: false });
});

const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;
const style = (el: Element, pseudo?: string) => getComputedStyle(el, pseudo);

async function all(attrs = '') {
  const wrap = await fixture(html`<div></div>`);
  wrap.innerHTML = TAGS.map((t) => `<${t} ${attrs}></${t}>`).join('');
  const els = [...wrap.children] as (HTMLElement & { data: unknown; updateComplete: Promise<boolean> })[];
  for (const el of els) {
    const loaded = oneEvent(el, 'civic-load');
    el.data = doc;
    await loaded;
  }
  return els;
}

describe('themes for real sites', () => {
  it('custom properties set on the host change the styles inside, on all three elements', async () => {
    const els = await all();
    for (const el of els) {
      el.style.setProperty('--civic-color-text', 'rgb(1, 2, 3)');
      el.style.setProperty('--civic-color-background', 'rgb(250, 240, 230)');
      el.style.setProperty('--civic-font-family', 'Courier New');
      el.style.setProperty('--civic-font-size', '20px');
      el.style.setProperty('--civic-color-revenue', 'rgb(10, 20, 30)');
      el.style.setProperty('--civic-color-debt', 'rgb(40, 50, 60)');
      el.style.setProperty('--civic-area-health', 'rgb(70, 80, 90)');
      const cs = style(base(el));
      expect(cs.color, el.localName).to.equal('rgb(1, 2, 3)');
      expect(cs.backgroundColor, el.localName).to.equal('rgb(250, 240, 230)');
      expect(cs.fontFamily, el.localName).to.equal('"Courier New"');
      expect(cs.fontSize, el.localName).to.equal('20px');
      // The tokens every element draws with resolve to the host's values.
      expect(cs.getPropertyValue('--_revenue').trim(), el.localName).to.equal('rgb(10, 20, 30)');
      expect(cs.getPropertyValue('--_debt').trim(), el.localName).to.equal('rgb(40, 50, 60)');
      // The chart shows no areas, so only the list and the timeline carry the area tokens.
      if (el.localName !== 'civic-debt-revenue-chart') {
        expect(cs.getPropertyValue('--_area-health').trim(), el.localName).to.equal('rgb(70, 80, 90)');
      }
    }
    const health = els[0].shadowRoot!.querySelector('.area[data-area="health"]')!;
    expect(style(health, '::before').backgroundColor).to.equal('rgb(70, 80, 90)');
  });

  it('light is the default, dark is dark, and the page cannot pick them through its own colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await all();
    const dark = await all('theme="dark"');
    for (const el of light) expect(style(base(el)).backgroundColor, el.localName).to.equal('rgb(255, 255, 255)');
    for (const el of dark) expect(style(base(el)).backgroundColor, el.localName).to.equal('rgb(22, 24, 29)');
  });

  it('auto follows prefers-color-scheme', async () => {
    const els = await all('theme="auto"');
    for (const el of els) expect(style(base(el)).backgroundColor, el.localName).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    for (const el of els) expect(style(base(el)).backgroundColor, el.localName).to.equal('rgb(22, 24, 29)');
  });

  it('forced colours: system colours, and the boxes keep visible borders', async () => {
    const els = await all('theme="dark"');
    const bad = document.createElement('civic-priority-list');
    const failed = oneEvent(bad, 'civic-error');
    bad.textContent = '';
    bad.innerHTML = '<script type="application/json">{"priorities": 5}</script>';
    els[0].after(bad);
    await failed;
    await executeServerCommand('civic-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const probe = document.createElement('div');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = style(probe).color;
    probe.remove();
    for (const el of els) expect(style(base(el)).color, el.localName).to.equal(canvasText);
    const box = bad.shadowRoot!.querySelector('.error')!;
    expect(style(box).borderTopWidth).to.equal('2px');
    const number = els[0].shadowRoot!.querySelector('.number')!;
    expect(style(number).borderTopColor).to.equal(canvasText);
  });

  it('print: always light, buttons hidden, the whole list shown', async () => {
    const els = await all('theme="dark"');
    els[0].setAttribute('limit', '2');
    await els[0].updateComplete;
    await emulateMedia({ media: 'print' });
    for (const el of els) {
      expect(style(base(el)).backgroundColor, el.localName).to.equal('rgb(255, 255, 255)');
      expect(style(base(el)).color, el.localName).to.equal('rgb(0, 0, 0)');
    }
    const root = els[0].shadowRoot!;
    expect(style(root.querySelector('button')!).display).to.equal('none');
    for (const li of root.querySelectorAll('li.item')) expect(style(li).display).to.equal('grid');
  });

  it('prefers-reduced-motion: no transitions or animations anywhere inside', async () => {
    const els = await all();
    const moving = () => els.flatMap((el) => shadowElements(el.shadowRoot!))
      .filter((e) => e.localName !== 'style')
      .filter((e) => style(e).transitionProperty !== 'none' || style(e).animationName !== 'none');
    expect(moving().length, 'without the preference the rule is not in force').to.be.above(0);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(moving().map((e) => e.localName)).to.deep.equal([]);
  });
});

// The one-element bundles (dist/civic-priority-list.js, …), built by
// `npm run build`: each defines only its own tag, renders, and can share a
// page with the full bundle (first definition wins, one warning).
import { expect, oneEvent } from '@open-wc/testing';

const ELEMENTS = ['civic-priority-list', 'civic-investment-timeline', 'civic-debt-revenue-chart'];

describe('one-element bundles', () => {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  before(async () => {
    console.warn = (...args: unknown[]) => { warnings.push(args); };
    // @ts-expect-error a built file, no types
    await import('/dist/civic-debt-revenue-chart.js');
  });
  after(() => { console.warn = warn; });

  it('the chart\'s bundle defines only the chart', () => {
    expect(customElements.get('civic-debt-revenue-chart')).to.exist;
    expect(customElements.get('civic-priority-list')).to.equal(undefined);
    expect(customElements.get('civic-investment-timeline')).to.equal(undefined);
  });

  it('imports nothing', async () => {
    for (const name of ELEMENTS) {
      const code = await (await fetch(`/dist/${name}.js`)).text();
      expect(/(^|[;\s])import\s*[{*"']|[^.\w]import\(/.test(code), name).to.equal(false);
    }
  });

  it('renders the Asker document from src', async () => {
    const el = document.createElement('civic-debt-revenue-chart');
    el.setAttribute('src', '/demo/data/asker-2017-2020.json');
    const loaded = oneEvent(el, 'civic-load');
    document.body.append(el);
    await loaded;
    expect(el.shadowRoot!.querySelector('svg')).to.exist;
    el.remove();
  });

  it('beside the full bundle: the other tags come from it, the chart stays, one warning', async () => {
    const chart = customElements.get('civic-debt-revenue-chart');
    // @ts-expect-error a built file, no types
    await import('/dist/civic-widgets.js');
    expect(customElements.get('civic-debt-revenue-chart')).to.equal(chart);
    expect(customElements.get('civic-priority-list')).to.exist;
    expect(warnings).to.have.length(1);
    // @ts-expect-error a built file, no types
    await import('/dist/civic-priority-list.js');
    expect(warnings).to.have.length(1);
  });
});

// An article page where an element gets its data late (800 ms): the browser's
// own layout-shift entries, from the moment the loading state is on screen
// until the data is drawn, must add up to 0 for the chart and the timeline,
// whose loading state reserves their final size. The priority list's height
// depends on its text; the test shows the editor's remedy (a reserved
// min-height, docs/embedding.md) works.
import { expect } from '@open-wc/testing';
import { openHost, type Host } from './host.js';

interface Shift { value: number; sources: { node: string; from: number[]; to: number[] }[] }
interface Result { beforeData: Shift; afterData: Shift; loadingHeight: number; loadedHeight: number }

async function measure(query: string, width: number): Promise<Result> {
  const host: Host = await openHost(`article.html?${query}`, { width, height: 800 });
  try {
    const result = (host.win as unknown as { civicShift: Result }).civicShift;
    console.log(`layout shift ${query} at ${width}px: ${JSON.stringify(result)}`);
    expect(host.record.errors).to.deep.equal([]);
    return result;
  } finally {
    host.close();
  }
}

describe('no layout shift when data arrives late', () => {
  for (const width of [360, 800]) {
    for (const tag of ['civic-debt-revenue-chart', 'civic-investment-timeline']) {
      // The heading is given, so only the element's own reserved area is measured.
      it(`<${tag}> at ${width} px, heading given: cumulative layout shift 0`, async () => {
        const r = await measure(`tag=${tag}&heading=Gjeld`, width);
        expect(r.afterData.value, `shifted: ${JSON.stringify(r.afterData.sources)}; loading ${r.loadingHeight}px, loaded ${r.loadedHeight}px`).to.equal(0);
      });
      // As pasted by an editor: the heading comes from the data, which is not there while loading.
      it(`<${tag}> at ${width} px, heading from the data: cumulative layout shift 0`, async () => {
        const r = await measure(`tag=${tag}`, width);
        expect(r.afterData.value, `shifted: ${JSON.stringify(r.afterData.sources)}; loading ${r.loadingHeight}px, loaded ${r.loadedHeight}px`).to.equal(0);
      });
    }
  }

  it('<civic-priority-list> without a reserved height shifts the text below (measured, for the docs)', async () => {
    const r = await measure('tag=civic-priority-list', 800);
    expect(r.afterData.value).to.be.above(0);
    expect(r.afterData.sources.map((s) => s.node)).to.include('#after');
  });

  it('<civic-priority-list> with the documented min-height reserved: 0', async () => {
    const r = await measure('tag=civic-priority-list&class=reserve', 800);
    expect(r.loadedHeight).to.equal(r.loadingHeight);
    expect(r.afterData.value, JSON.stringify(r.afterData.sources)).to.equal(0);
  });
});

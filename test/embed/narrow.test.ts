// The static chart's table in narrow columns (issue 16): on a 320 px phone and in a 326 px
// WordPress column (with the block library's table cells: a border and .5em padding), no
// column runs past the column's edge, since the static form has no CSS of its own to scroll it.
import { expect } from '@open-wc/testing';
import { golden, openPage, SANITIZERS } from './helpers.js';

const WP = '<style>table{border-collapse:collapse}th,td{border:1px solid;padding:.5em}</style>';

describe('the static chart table fits a narrow column', () => {
  for (const sanitizer of SANITIZERS) {
    for (const [what, width, wrap, head] of [
      ['a 320 px phone', 320, (h: string) => h, ''],
      ['a 326 px WordPress column', 390, (h: string) => `<div id="col" style="width:326px">${h}</div>`, WP],
    ] as const) {
      it(`after ${sanitizer}, in ${what}`, async () => {
        const html = await golden(`civic-debt-revenue-chart.static.${sanitizer}.html`);
        const page = await openPage(wrap(html), { scripts: false, width, head });
        try {
          const table = page.doc.querySelector('table')!;
          const box = table.parentElement!.getBoundingClientRect();
          const cells = [...table.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect());
          expect(Math.round(table.getBoundingClientRect().right)).to.be.at.most(Math.round(box.right));
          expect(cells.filter((c) => c.right > box.right + 0.5).length, 'cells past the edge').to.equal(0);
        } finally {
          page.close();
        }
      });
    }
  }
});

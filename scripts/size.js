// Prints the bundles' min+gzip and brotli sizes and fails when one is over its
// budget. Sizes are deterministic, so this check belongs in CI.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

// The goal (issue 15) is 30 KB for all three elements with d3-scale and
// d3-shape back in the bundle. It is missed, and not within reach of trimming:
// scaleLinear + line alone are ≈ 9 KB min+gzip (d3-scale pulls d3-interpolate,
// d3-color with its named colours, d3-format and d3-array), Lit ≈ 6.7 KB, which
// leaves 14 KB for three elements in three languages, their validation, the
// data layer and the site loader. These budgets sit just above today's sizes,
// so CI stops unnoticed growth. Raised in issue 16 by what it asked for (the
// rule's verdict, the table's precision and fit: +1.1 KB on the chart) and the
// Intl-free formatting of issue 15 (+0.3 KB), after moving area words and
// colours out of the chart's bundle (−0.4 KB).
// Lowered after a hunt for bytes in the build and in our own code (issue 15):
// terser after Rolldown's dead-code pass, ES2022 class fields, no JSON Schema
// in the bundles, a tighter css`` squeezer took the full bundle from 41.6 to
// 40.7 KB, list 16.6 → 16.0, timeline 28.8 → 28.0, chart 35.1 → 34.3
// (`npm run size:why` shows where the rest is: Lit ≈ 5.3 KB and d3 ≈ 8.6 KB
// marginal, our shared base ≈ 10 KB, of it 2.8 KB of messages in three languages).
export const GOAL = 30 * 1024;
export const BUDGET = 41 * 1024;
/** The one-element bundles (dist/civic-debt-revenue-chart.js, …), each with its own budget. */
export const ELEMENT_BUDGETS = { 'civic-priority-list': 16.25 * 1024, 'civic-investment-timeline': 28.25 * 1024, 'civic-debt-revenue-chart': 34.6 * 1024 };
export const ELEMENTS = ['civic-priority-list', 'civic-investment-timeline', 'civic-debt-revenue-chart'];

export function sizes(path = new URL('../dist/civic-widgets.js', import.meta.url)) {
  const code = readFileSync(path);
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  let over = false;
  const check = (file, budget) => {
    const s = sizes(new URL(`../dist/${file}`, import.meta.url));
    console.log(`dist/${file}: ${kb(s.min)} min, ${kb(s.gzip)} min+gzip, ${kb(s.brotli)} min+brotli (budget ${kb(budget)} min+gzip)`);
    if (s.gzip > budget) {
      console.error(`  over budget by ${s.gzip - budget} bytes`);
      over = true;
    }
  };
  check('civic-widgets.js', BUDGET);
  for (const name of ELEMENTS) {
    if (existsSync(new URL(`../dist/${name}.js`, import.meta.url))) check(`${name}.js`, ELEMENT_BUDGETS[name]);
  }
  if (over) process.exit(1);
}

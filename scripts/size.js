// Prints the bundles' min+gzip and brotli sizes and fails when one is over its
// budget. Sizes are deterministic, so this check belongs in CI.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

// The goal is 25 KB for all three elements (issues 2 and 8). It is missed: the
// bundle is 27.4 KB (base with Lit 13.3, own shares: chart 8.7, timeline 4.7, list 1.1;
// docs/benchmarks.md). This budget sits half a kilobyte above today's size, so CI
// stops real growth while the remaining 2.4 KB are found; lower it as they are.
export const BUDGET = 28 * 1024;
/** Each one-element bundle (dist/civic-debt-revenue-chart.js, …) does meet the 25 KB goal. */
export const ELEMENT_BUDGET = 25 * 1024;
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
    if (existsSync(new URL(`../dist/${name}.js`, import.meta.url))) check(`${name}.js`, ELEMENT_BUDGET);
  }
  if (over) process.exit(1);
}

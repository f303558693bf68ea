// Prints the bundle's min+gzip and brotli size and fails when it is over the
// budget. Sizes are deterministic, so this check belongs in CI.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

// The goal is 25 KB for all three elements (issues 2 and 8). It is missed: the
// bundle is 27.2 KB (base with Lit 13.3, own shares: chart 8.7, timeline 4.7, list 1.1;
// docs/benchmarks.md). This budget sits just above today's size, so CI stops any
// growth while the remaining 2 KB are found; lower it as they are.
export const BUDGET = 27.5 * 1024;
export function sizes(path = new URL('../dist/civic-widgets.js', import.meta.url)) {
  const code = readFileSync(path);
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = sizes();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`dist/civic-widgets.js: ${kb(s.min)} min, ${kb(s.gzip)} min+gzip, ${kb(s.brotli)} min+brotli (budget ${kb(BUDGET)} min+gzip)`);
  if (s.gzip > BUDGET) {
    console.error(`Over budget by ${s.gzip - BUDGET} bytes.`);
    process.exit(1);
  }
}

// Writes the bundles' sizes into README.md, so its figures are the build's (run by
// `npm run build` after scripts/size.js). Each figure sits between markers:
//   <!-- size civic-widgets.js gzip -->27.4 KB<!-- /size -->
// (file in dist/, and gzip or brotli); only the text between them is replaced.
// `--check` changes nothing and exits 1 when a figure differs from the build.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sizes } from './size.js';

const README = new URL('../README.md', import.meta.url);
const MARKER = /(<!-- size ([\w.-]+\.js) (gzip|brotli) -->)(.*?)(<!-- \/size -->)/g;

/** The README's text with every marked figure set from dist/; throws on a file that is not built. */
export function withSizes(text) {
  const cache = new Map();
  return text.replace(MARKER, (_, open, file, metric, _old, close) => {
    const path = new URL(`../dist/${file}`, import.meta.url);
    if (!existsSync(path)) throw new Error(`README.md names dist/${file}, which the build did not write`);
    if (!cache.has(file)) cache.set(file, sizes(path));
    return `${open}${(cache.get(file)[metric] / 1024).toFixed(1)} KB${close}`;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = readFileSync(README, 'utf8');
  const next = withSizes(text);
  const count = [...text.matchAll(MARKER)].length;
  if (process.argv.includes('--check')) {
    if (next !== text) {
      console.error('README.md: size figures differ from the build; run npm run build');
      process.exit(1);
    }
  } else if (next !== text) {
    writeFileSync(README, next);
    console.log(`README.md: ${count} size figures updated from dist/`);
  } else {
    console.log(`README.md: ${count} size figures match dist/`);
  }
}

// Builds dist/civic-widgets.js (all three elements) and one self-contained
// bundle per element (dist/civic-priority-list.js, …) for pages that show
// only one: each is its own Vite build, so none imports another.
// Then the embed files: dist/embed.html with its script and style (the iframe
// page, which loads the bundle beside it), dist/civic-resize.js (the host
// page's iframe resizer, a classic script) and dist/civic-static.js (the embed
// forms as pure functions, for the command and the WordPress block editor).
import { build } from 'vite';
import { copyFile, readFile, writeFile } from 'node:fs/promises';

const ELEMENTS = ['civic-priority-list', 'civic-investment-timeline', 'civic-debt-revenue-chart'];
const lib = (entry, fileName, more = {}) => build({
  logLevel: 'warn',
  build: { emptyOutDir: false, lib: { entry, formats: ['es'], fileName: () => fileName }, ...more },
});

await build({ logLevel: 'warn' }); // vite.config.ts: src/index.ts → dist/civic-widgets.js (empties dist first)
for (const name of ELEMENTS) await lib(`src/elements/${name}.ts`, `${name}.js`);

// The iframe page's script imports the bundle (src/index.ts); it is kept as an import of the file beside it.
const bundle = /^\.\.\/index\.js$|\/src\/index\.ts$/;
await lib('src/pages/embed.ts', 'civic-embed.js', { rollupOptions: { external: bundle } });
const page = await readFile('dist/civic-embed.js', 'utf8');
const imports = page.match(/import\s*"[^"]*index\.[jt]s";?/g) ?? [];
if (imports.length !== 1) throw new Error(`dist/civic-embed.js: expected one import of the bundle, found ${imports.length}`);
await writeFile('dist/civic-embed.js', page.replace(imports[0], 'import"./civic-widgets.js";'));
await copyFile('src/pages/embed.html', 'dist/embed.html');
await copyFile('src/pages/embed.css', 'dist/civic-embed.css');
await build({
  logLevel: 'warn',
  build: { emptyOutDir: false, lib: { entry: 'src/embed/resize.ts', formats: ['iife'], name: 'civicResize', fileName: () => 'civic-resize.js' } },
});
await lib('src/embed/public.ts', 'civic-static.js');

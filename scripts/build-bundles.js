// Builds dist/civic-widgets.js (all three elements) and one self-contained
// bundle per element (dist/civic-priority-list.js, …) for pages that show
// only one: each is its own Vite build, so none imports another.
import { build } from 'vite';

const ELEMENTS = ['civic-priority-list', 'civic-investment-timeline', 'civic-debt-revenue-chart'];

await build({ logLevel: 'warn' }); // vite.config.ts: src/index.ts → dist/civic-widgets.js (empties dist first)
for (const name of ELEMENTS) {
  await build({
    logLevel: 'warn',
    build: {
      emptyOutDir: false,
      lib: { entry: `src/elements/${name}.ts`, formats: ['es'], fileName: () => `${name}.js` },
    },
  });
}

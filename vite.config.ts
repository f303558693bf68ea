import { defineConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.js';
import { minifyBundle } from './scripts/minify-bundle.js';

// One self-contained ES module: Lit is bundled in, nothing is left to import.
export default defineConfig({
  // terser runs on the finished chunks (scripts/minify-bundle.js), after
  // Rolldown's dead-code pass, which `minify: false` leaves on.
  plugins: [minifyLiterals(), minifyBundle({ ecma: 2020, format: { comments: false }, compress: { passes: 3 } })],
  build: {
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'civic-widgets.js',
    },
    // ES2022 writes class fields as such instead of through a helper (−0.25 KB
    // min+gzip). No supported browser is lost: the code already needs
    // Object.hasOwn and structuredClone (Chrome 98, Firefox 94, Safari 15.4),
    // which came after class fields.
    target: 'es2022',
    minify: false,
    outDir: 'dist',
    emptyOutDir: true, // tsc writes dist/lib and dist/types after this step
    sourcemap: false,
    rollupOptions: { external: [] },
  },
  // src/shared/schema.ts: the bundles leave out the JSON Schema, which only scripts/build-schema.js reads.
  define: { __CIVIC_JSON_SCHEMA__: 'false' },
  server: { open: '/demo/' },
  // Scan only the demo's pages for dependencies (not test/embedding/pages/react.html, whose bundle a test writes).
  optimizeDeps: { entries: ['demo/**/*.html', 'index.html'] },
});

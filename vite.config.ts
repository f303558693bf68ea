import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyLiterals } from './scripts/minify-literals.js';

const shim = (name: string) => fileURLToPath(new URL(`src/shared/shims/${name}.ts`, import.meta.url));

// One self-contained ES module: Lit, d3 and valibot are bundled in, nothing is left to import.
export default defineConfig({
  plugins: [minifyLiterals()],
  resolve: {
    // d3-scale maps only numbers here and never formats ticks (Intl does), so its
    // colour interpolation and d3-format are left out: ~8 KB min+gzip saved.
    // The unbundled build (dist/lib) keeps the real packages.
    // d3-shape's line needs only moveTo/lineTo from d3-path: another ~0.7 KB.
    alias: { 'd3-interpolate': shim('d3-interpolate'), 'd3-format': shim('d3-format'), 'd3-path': shim('d3-path') },
  },
  build: {
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'civic-widgets.js',
    },
    target: 'es2021',
    minify: 'terser',
    terserOptions: { format: { comments: false }, compress: { passes: 2 } },
    outDir: 'dist',
    emptyOutDir: true, // tsc writes dist/lib and dist/types after this step
    sourcemap: false,
    rollupOptions: { external: [] },
  },
  server: { open: '/demo/' },
});

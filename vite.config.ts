import { defineConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.js';

// One self-contained ES module: Lit is bundled in, nothing is left to import.
export default defineConfig({
  plugins: [minifyLiterals()],
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
  // Scan only the demo's pages for dependencies (not test/embedding/pages/react.html, whose bundle a test writes).
  optimizeDeps: { entries: ['demo/**/*.html', 'index.html'] },
});

/**
 * `npm run build:demo`: a static copy of the demo pages in demo-dist/, for any
 * static host (relative base, no server needed).
 *
 * The copy keeps the repository's layout (demo-dist/demo/index.html,
 * demo-dist/demo/data/*.json, demo-dist/custom-elements.json), so the pages
 * use the same relative URLs under `npm start`, in the tests and here; a small
 * demo-dist/index.html forwards to demo/.
 */
import { defineConfig, type Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Every page in demo/, so pages added later are built too. */
const pages = Object.fromEntries(
  readdirSync(at('demo/'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), at(`demo/${f}`)]),
);

const FORWARD = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>civic-widgets demo</title>
<meta http-equiv="refresh" content="0; url=./demo/">
</head>
<body><p><a href="./demo/">civic-widgets demo</a></p></body>
</html>
`;

/** The files the pages fetch at run time: the example data and the manifest (written by `npm run build`). */
function staticFiles(): Plugin {
  return {
    name: 'civic-demo-static-files',
    apply: 'build',
    generateBundle() {
      for (const f of readdirSync(at('demo/data/')).filter((n) => n.endsWith('.json'))) {
        this.emitFile({ type: 'asset', fileName: `demo/data/${f}`, source: readFileSync(at(`demo/data/${f}`)) });
      }
      let manifest: Buffer;
      try {
        manifest = readFileSync(at('custom-elements.json'));
      } catch {
        this.error('custom-elements.json is missing: run `npm run build` (or `npm run analyze`) first.');
      }
      this.emitFile({ type: 'asset', fileName: 'custom-elements.json', source: manifest! });
      this.emitFile({ type: 'asset', fileName: 'index.html', source: FORWARD });
    },
  };
}

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  plugins: [staticFiles()],
  build: {
    outDir: 'demo-dist',
    emptyOutDir: true,
    target: 'es2021',
    sourcemap: false,
    rollupOptions: { input: pages },
  },
});

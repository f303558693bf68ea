// `npm run size:why [-- <bundle> [rows]]`: where a bundle's bytes come from.
// Builds the bundle (default civic-widgets; or civic-priority-list, …) with a
// source map into a temporary folder, never into dist/, gives every minified
// byte to the source file the map names, and prints the bytes per package
// (lit-html, d3-color, src/shared, …) and per file. The gzip column is each
// one's marginal cost: the bundle's min+gzip minus the same without its bytes
// (gzip shares repeats across files, so the column sums to more than the total).
import { build } from 'vite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const name = process.argv[2] ?? 'civic-widgets';
const rows = Number(process.argv[3] ?? 25);
const entry = name === 'civic-widgets' ? 'src/index.ts' : `src/elements/${name}.ts`;
const out = mkdtempSync(join(tmpdir(), 'size-why-'));
try {
  await build({ logLevel: 'warn', build: { outDir: out, emptyOutDir: true, sourcemap: true, lib: { entry, formats: ['es'], fileName: () => `${name}.js` } } });
  const code = readFileSync(join(out, `${name}.js`), 'utf8');
  const segments = decode(JSON.parse(readFileSync(join(out, `${name}.js.map`), 'utf8')), code);

  // Each byte belongs to the source of the mapping segment it falls in.
  const owner = new Array(code.length).fill('(unmapped)');
  segments.forEach((s, i) => owner.fill(short(s.source), s.at, segments[i + 1]?.at ?? code.length));
  const gzip = (s) => gzipSync(s, { level: 9 }).length;
  const total = gzip(code);
  const table = (key) => {
    const groups = new Map();
    owner.forEach((o, i) => { const k = key(o); (groups.get(k) ?? groups.set(k, []).get(k)).push(i); });
    return [...groups].map(([k, at]) => {
      const gone = new Set(at);
      return { k, min: at.length, gzip: total - gzip([...code].filter((_, i) => !gone.has(i)).join('')) };
    }).sort((a, b) => b.min - a.min);
  };
  const print = (title, list) => {
    console.log(`\n${title}\n${'min'.padStart(7)} ${'gzip'.padStart(6)}`);
    for (const r of list.slice(0, rows)) console.log(`${String(r.min).padStart(7)} ${String(r.gzip).padStart(6)}  ${r.k}`);
  };
  console.log(`${name}.js: ${code.length} bytes min, ${total} min+gzip`);
  print('per package or source folder', table(pkg));
  print('per file', table((o) => o));
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** The map's segments as { at: offset in the code, source }, in order (source map v3, base64 VLQ). */
function decode(map, code) {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const segments = [];
  let offset = 0, source = 0;
  for (const line of map.mappings.split(';')) {
    let column = 0;
    for (const seg of line.split(',').filter(Boolean)) {
      const values = [];
      for (let i = 0, v = 0, shift = 0; i < seg.length; i++) {
        const d = B64.indexOf(seg[i]);
        v += (d & 31) << shift;
        if (d & 32) { shift += 5; continue; }
        values.push(v & 1 ? -(v >> 1) : v >> 1);
        v = shift = 0;
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push({ at: offset + column, source: values.length > 1 ? map.sources[source] : null });
    }
    offset = code.indexOf('\n', offset) + 1 || code.length;
  }
  return segments;
}

function short(source) {
  if (source == null) return '(unmapped)';
  const i = source.lastIndexOf('node_modules/');
  return i >= 0 ? source.slice(i) : source.replace(/^(\.\.\/)+/, '').replace(/^.*?(?=src\/)/, '');
}

function pkg(file) {
  const parts = file.split('/');
  if (parts[0] === 'node_modules') return parts[1].startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1];
  return parts[0] === 'src' && parts.length > 2 ? `src/${parts[1]}` : file;
}

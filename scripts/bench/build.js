// Builds what the cold runs load: one script per contender, whose first
// statement marks `bench:start`, then the library, then the drawing and the
// driver (bench/draw.js, bench/driver.js); and one page per case, carrying its
// input inline (the data for a library, the markup for a floor). Also the
// libraries' own sizes (without the driver), for the size table.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BANNER = "performance.mark('bench:start');";
const gz = (text) => ({ min: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });

async function esbundle(esbuild, contents, dir, format = 'esm') {
  const r = await esbuild.build({
    stdin: { contents, resolveDir: dir, loader: 'js' },
    bundle: true, format, minify: true, target: 'es2021', write: false, legalComments: 'none', logLevel: 'silent',
  });
  return r.outputFiles[0].text;
}

/**
 * Writes .tmp/bench/scripts/*.js and returns the libraries' sizes. `ours` maps
 * a contender id to a built bundle of ours (dist/civic-*.js, or an older build).
 */
export async function buildScripts(root, out, ours) {
  const esbuild = await import('esbuild');
  const here = join(root, 'scripts', 'bench');
  const dir = join(out, 'scripts');
  await mkdir(dir, { recursive: true });
  const write = (name, code) => writeFile(join(dir, `${name}.js`), `${BANNER}\n${code}`);
  const sizes = {};
  const peer = async (name, lib, fn, draw) => {
    await write(name, await esbundle(esbuild, `import { ${fn} } from './${lib}'; import { ${draw} } from './draw.js'; ${draw}(${fn});`, here));
    sizes[name] = gz(await esbundle(esbuild, `export { ${fn} } from './${lib}';`, here));
  };
  await peer('chartjs', 'chartjs-chart.js', 'drawChartJs', 'chartJs');
  await peer('plot', 'plot-chart.js', 'drawPlot', 'plot');
  await write('markup', await esbundle(esbuild, "import { markup } from './draw.js'; markup();", here, 'iife'));
  for (const [name, { file, tag }] of Object.entries(ours)) {
    const lib = await readFile(file, 'utf8');
    // Our bundle exactly as shipped, then the drawing in its own scope (an IIFE), so names cannot clash.
    await write(name, `${lib}\n${await esbundle(esbuild, `import { ours } from './draw.js'; ours(${JSON.stringify(tag)});`, here, 'iife')}`);
    sizes[name] = gz(lib);
  }
  return sizes;
}

const page = (script, cfg) => `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">
<style>body{margin:0;font:16px/1.4 sans-serif}#stage{width:${cfg.width}px}#stage>*{display:block}</style></head>
<body><div id="stage"></div>
<script type="application/json" id="cfg">${JSON.stringify(cfg).replace(/</g, '\\u003c')}</script>
<script type="module" src="../scripts/${script}.js"></script></body></html>`;

/** One page per case; returns its path under the served root. */
export async function writePage(out, id, script, cfg) {
  await mkdir(join(out, 'pages'), { recursive: true });
  await writeFile(join(out, 'pages', `${id}.html`), page(script, cfg));
  return `pages/${id}.html`;
}

/**
 * Our element's rendered shadow tree as static markup: its HTML without Lit's
 * comment markers and its style sheets' text, in a declarative shadow root.
 */
export function snapshotMarkup({ html, css }) {
  // The snapshot is of a chart that was on screen, whose body is laid out at once by an inline style:
  // without it, each copy is laid out as ours are, at once when on screen, else when near.
  const markup = html.replace(/<!--[^]*?-->/g, '').replace(/(<div class="body") style="content-visibility: visible;"/, '$1');
  return `<div><template shadowrootmode="open"><style>${css}</style>${markup}</template></div>`;
}

export const sizeOf = gz;

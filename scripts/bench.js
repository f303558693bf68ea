// `npm run bench`: every contender timed the same way, cold, and
// docs/benchmarks.md written from the run (figures, targets met or missed,
// the machine's load, the commit measured). See scripts/bench/*.js.
//
//   node scripts/bench.js [--rounds 11] [--quick] [--only CASE-PREFIX] [--out FILE]
//     [--before old/civic-debt-revenue-chart.js] [--before-timeline old/civic-investment-timeline.js]
//     [--before-list old/civic-priority-list.js] [--before-label TEXT]   (rows for an older build)
//
// Each run is a fresh browser context with the cache off, loading one page whose
// one script is the contender: from its first statement to two animation frames
// after everything reported it was drawn. Rounds are interleaved (every case
// once per round, in a rotated order), after one warm-up round that is dropped.
// Hold `flock /tmp/browser.lock` around it on a shared machine.
import { createServer } from 'node:http';
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, resolve, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { ensureChrome, CHROME_ARGS } from './chrome.js';
import { sizes, BUDGET } from './size.js';
import * as gen from './bench/data.js';
import { buildScripts, writePage, snapshotMarkup, sizeOf } from './bench/build.js';
import { runCold } from './bench/run.js';
import { report } from './bench/report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.tmp', 'bench');
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : dflt);
const QUICK = argv.includes('--quick');
const ROUNDS = Number(opt('rounds', QUICK ? 3 : 11));
const BEFORE = opt('before');
/** Older builds of the timeline and the list, measured in the same rounds (rows "before"). */
const BEFORE_OF = { timeline: opt('before-timeline'), list: opt('before-list') };
const BEFORE_LABEL = opt('before-label', 'an older build');
/** Only the cases whose id starts with this (for a quick look; the report needs all). */
const ONLY = opt('only', '');
const DOC_OUT = resolve(ROOT, opt('out', QUICK ? '.tmp/bench/benchmarks-quick.md' : 'docs/benchmarks.md'));
const log = (...a) => console.log('[bench]', ...a);

const W = 640;
const H = 360;
const TAGS = { chart: 'civic-debt-revenue-chart', timeline: 'civic-investment-timeline', list: 'civic-priority-list' };

function serve(dir) {
  const types = { '.js': 'text/javascript', '.html': 'text/html' };
  const server = createServer(async (req, res) => {
    try {
      const file = resolve(dir, `.${decodeURIComponent(new URL(req.url, 'http://x').pathname)}`);
      if (!file.startsWith(dir + sep)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) })));
}

function gitCommit() {
  const git = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', 'src', 'scripts', 'package.json').split('\n').filter(Boolean).length;
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ` (with ${dirty} uncommitted file(s) in src/, scripts/ or package.json)` : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

async function main() {
  const chrome = ensureChrome();
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const data = { chart: gen.finances(21), timeline: gen.investments(1000), list: gen.priorities(500) };
  const dist = (tag) => join(ROOT, 'dist', `${tag}.js`);
  const ours = Object.fromEntries(Object.entries(TAGS).map(([k, tag]) => [`ours-${k}`, { file: dist(tag), tag }]));
  if (BEFORE) ours['ours-before'] = { file: resolve(BEFORE), tag: TAGS.chart };
  for (const [k, file] of Object.entries(BEFORE_OF)) if (file) ours[`ours-before-${k}`] = { file: resolve(file), tag: TAGS[k] };
  const libSizes = await buildScripts(ROOT, OUT, ours);
  const svg = gen.staticSvg(data.chart.finances, { width: W, height: H });
  const load = [os.loadavg()];
  const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
  const server = await serve(OUT);
  try {
    // The floors' markup: our element's own output, from a run of the element itself.
    const snap = {};
    for (const k of Object.keys(TAGS)) {
      const path = await writePage(OUT, `snap-${k}`, `ours-${k}`, { n: 1, width: W, doc: data[k] });
      const r = await runCold(browser, server.url + path, {
        trace: false,
        evaluate: () => {
          const root = document.querySelector('#stage > *').shadowRoot;
          return { html: root.innerHTML, css: root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('') };
        },
      });
      if (r.error) throw new Error(`snapshot of ${k}: ${r.error}`);
      snap[k] = snapshotMarkup(r.extra);
    }
    const CASES = [];
    const add = (group, n, contender, label, script, cfg) => CASES.push({ id: `${group}-${n}-${contender}`, group, n, contender, label, script, cfg: { n, width: W, height: H, ...cfg } });
    for (const n of [1, 50]) {
      add('chart', n, 'svg', 'static SVG string (floor)', 'markup', { html: svg });
      add('chart', n, 'chartjs', 'Chart.js 4.6.1 (canvas)', 'chartjs', { doc: data.chart });
      add('chart', n, 'plot', 'Observable Plot 0.6 + d3', 'plot', { doc: data.chart });
      add('chart', n, 'ours', '`<civic-debt-revenue-chart>`', 'ours-chart', { doc: data.chart });
      add('chart', n, 'ours-all', '`<civic-debt-revenue-chart>`, every chart laid out (`--civic-content-visibility: visible`)', 'ours-chart', { doc: data.chart, allLaidOut: true });
      add('chart', n, 'ours-html', 'our chart\'s own output as static HTML (no script)', 'markup', { html: snap.chart });
      if (BEFORE) add('chart', n, 'ours-before', `\`<civic-debt-revenue-chart>\`, ${BEFORE_LABEL}`, 'ours-before', { doc: data.chart });
    }
    add('timeline', 1, 'ours', '`<civic-investment-timeline>`, 1,000 projects', 'ours-timeline', { doc: data.timeline });
    add('timeline', 1, 'ours-html', 'the same content as static HTML', 'markup', { html: snap.timeline });
    if (BEFORE_OF.timeline) add('timeline', 1, 'ours-before', `\`<civic-investment-timeline>\`, 1,000 projects, ${BEFORE_LABEL}`, 'ours-before-timeline', { doc: data.timeline });
    add('list', 1, 'ours', '`<civic-priority-list>`, 500 priorities', 'ours-list', { doc: data.list });
    add('list', 1, 'ours-html', 'the same content as static HTML', 'markup', { html: snap.list });
    if (BEFORE_OF.list) add('list', 1, 'ours-before', `\`<civic-priority-list>\`, 500 priorities, ${BEFORE_LABEL}`, 'ours-before-list', { doc: data.list });
    if (ONLY) CASES.splice(0, CASES.length, ...CASES.filter((c) => c.id.startsWith(ONLY)));
    for (const c of CASES) c.path = await writePage(OUT, c.id, c.script, c.cfg);

    const samples = Object.fromEntries(CASES.map((c) => [c.id, []]));
    const errors = new Set();
    const started = Date.now();
    for (let round = 0; round <= ROUNDS; round++) {
      // Rotated each round, so no case always follows the same one.
      const order = CASES.map((_, i) => CASES[(i + round) % CASES.length]);
      for (const c of order) {
        const r = await runCold(browser, server.url + c.path);
        if (r.error) errors.add(`${c.id}: ${r.error}`);
        else if (round > 0) samples[c.id].push(r);
      }
      load.push(os.loadavg());
      log(`round ${round}${round ? '' : ' (warm-up, dropped)'} done, ${((Date.now() - started) / 1000).toFixed(0)} s, load ${os.loadavg()[0].toFixed(2)}`);
    }
    if (errors.size) throw new Error(`runs failed:\n${[...errors].join('\n')}`);
    const size = {
      full: sizes(dist('civic-widgets')),
      alone: Object.fromEntries(Object.entries(TAGS).map(([k, tag]) => [k, sizes(dist(tag))])),
      peers: { chartjs: libSizes.chartjs, plot: libSizes.plot, svg: sizeOf(svg) },
      budget: BUDGET,
    };
    const env = {
      date: new Date().toISOString().replace('T', ' ').slice(0, 19),
      commit: gitCommit(),
      chromium: (await browser.version()).replace('HeadlessChrome/', ''),
      cpu: `${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length} logical cores`,
      node: process.version,
      load,
      rounds: ROUNDS,
      seconds: Math.round((Date.now() - started) / 1000),
      before: (BEFORE || BEFORE_OF.timeline || BEFORE_OF.list) && BEFORE_LABEL,
      versions: Object.fromEntries(['chart.js', '@observablehq/plot', 'd3', 'd3-scale', 'd3-shape', 'lit'].map((p) => [p, JSON.parse(readFileSync(join(ROOT, 'node_modules', p, 'package.json'), 'utf8')).version])),
    };
    await mkdir(dirname(DOC_OUT), { recursive: true });
    if (ONLY) return console.log(JSON.stringify(Object.fromEntries(CASES.map((c) => [c.id, samples[c.id]])), null, 1));
    await writeFile(DOC_OUT, report({ cases: CASES, samples, size, env }));
    log(`wrote ${DOC_OUT.replace(ROOT, '')}`);
  } finally {
    await server.close();
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

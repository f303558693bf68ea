// `npm run lighthouse`: builds the demo (npm run build:demo), serves demo-dist/ on 127.0.0.1
// (gzip, as any static host does), runs Lighthouse on every demo page with the mobile and the
// desktop preset in the system Chromium, and writes docs/lighthouse.md.
//   node scripts/lighthouse.js [--no-build] [--pages index,priority-list] [--out docs/lighthouse.md] [--json dir/]
// Slow (about half a minute a run), so it is not part of `npm test`. Takes no lock itself: run it
// as `flock /tmp/browser.lock npm run lighthouse` where others share the machine.
import { createServer } from 'node:http';
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { availableParallelism, loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { ensureChrome } from './chrome.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'demo-dist');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Lighthouse's own list of flags for a headless run, plus what this machine needs (root, no /dev/shm). */
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
  '--disable-background-networking', '--disable-component-update'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

/** demo-dist/ over HTTP on a free port of 127.0.0.1; text is gzipped when the client accepts it. */
function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(DIST, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache' };
      if (/text|javascript|json|svg/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(gzipSync(body));
      } else {
        res.writeHead(200, headers);
        res.end(body);
      }
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** One Lighthouse run in a fresh browser, so no cache or storage is carried from the last one. */
async function run(url, formFactor) {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || ensureChrome(), headless: true, args: FLAGS });
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const flags = { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    return result.lhr;
  } finally {
    await browser.close();
  }
}

/** What a run says beyond the scores: failed audits that count, failing requests, console errors. */
function findings(lhr) {
  const out = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 0.9) out.push(`${a.id} (${a.displayValue || a.score})`);
    }
  }
  const failed = (lhr.audits['network-requests']?.details?.items ?? []).filter((r) => r.statusCode >= 400 || r.statusCode === -1);
  for (const r of failed) out.push(`request ${r.statusCode}: ${new URL(r.url).pathname}`);
  return out;
}

const pct = (lhr, id) => Math.round(lhr.categories[id].score * 100);

function markdown(rows, meta) {
  const lines = [
    '# Lighthouse scores of the demo pages',
    '',
    `Written by \`npm run lighthouse\` (scripts/lighthouse.js); do not edit by hand. Lighthouse ${meta.version},`,
    `${meta.chrome}, commit ${meta.commit}, ${meta.date}. The built demo (\`npm run build:demo\`) served`,
    'gzipped from 127.0.0.1; mobile is Lighthouse\'s default (simulated slow 4G, 4× CPU slowdown), desktop its desktop preset.',
    'Target: ≥ 95 in each category and CLS ≤ 0.05 on every page, mobile and desktop.',
    `Machine: ${meta.cores} cores, load average ${meta.load} when the runs began; on a busy machine the mobile`,
    'blocking time (TBT) grows, and with it the performance score, most of all on the main page.',
    '',
    '| Page | Form factor | Performance | Accessibility | Best practices | SEO | CLS | TBT | LCP |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map(({ page, formFactor, lhr }) => `| ${page} | ${formFactor} | ${CATEGORIES.map((c) => pct(lhr, c)).join(' | ')} | `
      + `${lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)} | ${Math.round(lhr.audits['total-blocking-time'].numericValue)} ms | `
      + `${(lhr.audits['largest-contentful-paint'].numericValue / 1000).toFixed(1)} s |`),
    '',
    '## Below 0.9 in an audit that counts, and failing requests',
    '',
    'The failing requests listed are the deliberate error examples, which say so on their page.',
    '',
    ...rows.map(({ page, formFactor, lhr }) => `- ${page}, ${formFactor}: ${findings(lhr).join('; ') || 'none'}`),
    '',
  ];
  return lines.join('\n');
}

async function main() {
  if (!args.includes('--no-build')) execSync('npm run build:demo', { cwd: ROOT, stdio: 'inherit' });
  const all = readdirSync(join(DIST, 'demo')).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''))
    .sort((a, b) => (a === 'index' ? -1 : b === 'index' ? 1 : a.localeCompare(b)));
  const pages = opt('pages')?.split(',') ?? all;
  const startLoad = loadavg()[0].toFixed(1);
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/demo/`;
  const rows = [];
  try {
    for (const page of pages) {
      for (const formFactor of ['mobile', 'desktop']) {
        const lhr = await run(`${base}${page}.html`, formFactor);
        if (lhr.runtimeError) throw new Error(`${page} ${formFactor}: ${lhr.runtimeError.message}`);
        rows.push({ page: `${page}.html`, formFactor, lhr });
        console.log(`${page}.html ${formFactor}: ${CATEGORIES.map((c) => `${c} ${pct(lhr, c)}`).join(', ')}, `
          + `CLS ${lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)}; ${findings(lhr).join('; ') || 'nothing below 0.9'}`);
        const dir = opt('json');
        if (dir) {
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, `${page}-${formFactor}.json`), JSON.stringify(lhr));
        }
      }
    }
  } finally {
    server.close();
  }
  const git = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
  const meta = {
    version: rows[0]?.lhr.lighthouseVersion,
    chrome: rows[0]?.lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium',
    commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'demo', 'vite.demo.config.ts') ? ' (with uncommitted demo changes)' : ''}`,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cores: availableParallelism(),
    load: startLoad,
  };
  const out = opt('out') ?? join(ROOT, 'docs/lighthouse.md');
  writeFileSync(out, markdown(rows, meta));
  console.log(`wrote ${out}`);
  const low = rows.filter(({ lhr }) => CATEGORIES.some((c) => pct(lhr, c) < 95) || lhr.audits['cumulative-layout-shift'].numericValue > 0.05);
  if (low.length) console.log(`below target: ${low.map((r) => `${r.page} ${r.formFactor}`).join(', ')}`);
  return low.length ? 1 : 0;
}

process.exitCode = await main();

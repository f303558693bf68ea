// Screenshots of a page in headless Chromium, to look at what we build.
//   node scripts/shoot.js demo/index.html out/ [--widths 320,1000] [--themes light,dark] [--wait 600] [--clip y,height]
// Serves the repository with Vite on a free localhost port, opens the page at each width
// and colour scheme (prefers-color-scheme is emulated, so theme="auto" follows
// it; pages may also read ?theme=dark), and writes full-page PNGs.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { ensureChrome, CHROME_ARGS } from './chrome.js';

/** Vite's dev server over the repository: serves the demo (TypeScript sources) and dist/ alike. */
export async function serve() {
  const server = await createServer({ server: { port: 0, host: '127.0.0.1', open: false }, logLevel: 'silent', clearScreen: false });
  await server.listen();
  const { port } = server.httpServer.address();
  return { port, close: () => server.close() };
}

async function main() {
  const [page = 'demo/index.html', out = 'demo/shots/', ...rest] = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : dflt;
  };
  const widths = opt('widths', '320,1000').split(',').map(Number);
  const themes = opt('themes', 'light,dark').split(',');
  const wait = Number(opt('wait', '600'));
  // --clip 0,1200 shoots only that vertical band (y, height), to look closely at a long page.
  const clip = opt('clip', '') ? opt('clip', '').split(',').map(Number) : undefined;
  await mkdir(out, { recursive: true });
  const server = await serve();
  const { port } = server;
  const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
  try {
    for (const theme of themes) {
      for (const width of widths) {
        const tab = await browser.newPage();
        tab.on('pageerror', (e) => console.error(`page error: ${e.message}`));
        tab.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
        await tab.setViewport({ width, height: 800, deviceScaleFactor: 1 });
        await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
        const sep = page.includes('?') ? '&' : '?';
        await tab.goto(`http://127.0.0.1:${port}/${page}${sep}theme=${theme}`, { waitUntil: 'networkidle0' });
        await new Promise((r) => setTimeout(r, wait));
        const name = `${page.replace(/[^\w]+/g, '-').replace(/-html.*$/, '')}-${width}-${theme}.png`;
        if (clip) {
          await tab.screenshot({ path: join(out, name), clip: { x: 0, y: clip[0], width, height: clip[1] }, captureBeyondViewport: true });
        } else {
          await tab.screenshot({ path: join(out, name), fullPage: true });
        }
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        console.log(`${join(out, name)}${overflow > 0 ? `  (horizontal overflow: ${overflow}px)` : ''}`);
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main().catch((e) => { console.error(e); process.exit(1); });

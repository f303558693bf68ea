// The checks of npm run test:wordpress (started by run.sh, which sets up the sites):
// as an Author, a post with the block and one with the shortcode for each element,
// a valid and an invalid programme document uploaded; as a reader in Chromium,
// each element renders (civic-load) with the bundle loaded once as a module;
// a Contributor's <script> is still removed; the same on a multisite.
// Prints one line per check and "wordpress: N passed, N failed".
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from '../../scripts/chrome.js';
import { validate } from '../../dist/lib/shared/validate.js';
import { insertBlock, login, newPost, publish, read, reopen, rest, upload, uploadInMediaLibrary } from './wp.mjs';

const SITE = process.env.CIVIC_WP_URL;
const NETWORK = process.env.CIVIC_WP_MS_URL;
const SHOTS = process.env.CIVIC_WP_SHOTS ?? '/tmp/civic-wp-shots';
const TMP = process.env.CIVIC_WP_STATE ?? '/tmp/civic-wp';
mkdirSync(SHOTS, { recursive: true });
// With the library's static-embed writer shipped, the block saves readable content (upgraded by the bundle).
const STATIC = existsSync(new URL('../../integrations/wordpress/civic-widgets/generated/civic-static.js', import.meta.url));

const began = Date.now();
let passed = 0;
let failed = 0;
// CIVIC_WP_ONLY=regex runs only the checks whose names match (and skips the others, said so).
const only = process.env.CIVIC_WP_ONLY ? new RegExp(process.env.CIVIC_WP_ONLY) : null;
async function check(name, fn) {
  if (only && !only.test(name)) {
    console.log(`ok - ${name} # SKIP`);
    return;
  }
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(e?.stack ?? e).split('\n').slice(0, 3).join('\n  ')}`);
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}

// The documents: the real Asker figures, and the same with two mistakes an editor makes.
const valid = readFileSync(new URL('../../demo/data/asker-2017-2020.json', import.meta.url), 'utf8');
const broken = JSON.parse(valid);
broken.investments[0].start = '2017-13';
broken.finances[0].revenue = '338 000 000';
const invalid = JSON.stringify(broken, null, 2);
/** What the library's validator says about the broken document, as "path: message". */
const problems = (lang) => validate(broken, lang).issues.map((i) => `${i.path}: ${i.message}`);

/** Text from the data that a reader without JavaScript should see, per element. */
const data = JSON.parse(valid);
const READABLE = {
  'civic-priority-list': data.priorities[0].title,
  'civic-investment-timeline': data.investments[0].name,
  'civic-debt-revenue-chart': String(data.finances.at(-1).year),
};
const ELEMENTS = {
  'civic-priority-list': { limit: '3' },
  'civic-investment-timeline': { now: '2019' },
  'civic-debt-revenue-chart': { view: 'ratio', threshold: '110' },
};

await check('the plugin\'s PHP validator gives the library\'s issues (paths, words, order; nb, nn, en)', () => {
  try {
    console.log(`  ${execFileSync('node', [new URL('parity.mjs', import.meta.url).pathname], { encoding: 'utf8' }).trim()}`);
  } catch (e) {
    throw new Error(e.stdout || e.message);
  }
});

const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
try {
  const author = await login(browser, SITE, 'author');
  let dataUrl;

  await check('Author uploads a valid programme document (.json) to the media library', async () => {
    const r = await upload(author, 'asker-handlingsprogram.json', valid);
    expect(r.status === 201, `status ${r.status}: ${JSON.stringify(r.json)}`);
    expect(r.json.mime_type === 'application/json', `mime ${r.json.mime_type}`);
    dataUrl = r.json.source_url;
  });
  for (const how of ['form', 'body']) {
    await check(`an invalid document is refused with the validator's messages in the site's language (nb; REST, ${how})`, async () => {
      const r = await upload(author, 'feil.json', invalid, how);
      expect(r.status >= 400, `status ${r.status}`); // WordPress answers an upload refused by a filter with 500.
      const message = r.json?.message ?? '';
      for (const p of problems('nb')) expect(message.includes(p), `"${p}" not in: ${message}`);
      expect(message.includes('2 problemer'), message);
    });
  }
  await check('the media library\'s uploader shows the refusal with the validator\'s messages', async () => {
    const path = `${TMP}/feil.json`;
    writeFileSync(path, invalid);
    const shown = await uploadInMediaLibrary(author, path);
    for (const p of problems('nb')) expect(shown.includes(p), `"${p}" not in: ${shown}`);
  });
  await check('a file that is not JSON is refused with the library\'s words', async () => {
    const r = await upload(author, 'halv.json', valid.slice(0, 200));
    expect(r.status >= 400 && r.json?.message.includes('Dataene er ikke gyldig JSON'), JSON.stringify(r.json));
  });
  await check('.js stays refused', async () => {
    const r = await upload(author, 'x.js', 'alert(1)');
    expect(r.status >= 400, `status ${r.status}`);
  });

  const posts = [];
  for (const [tag, own] of Object.entries(ELEMENTS)) {
    await check(`Author publishes a post with the block: ${tag} (live preview fires civic-load in the editor)`, async () => {
      await newPost(author);
      // The first block gets its data as an editor picks it: from the media library.
      const data = posts.length ? { src: dataUrl } : { chooseFromLibrary: 'asker-handlingsprogram' };
      await insertBlock(author, { element: tag, ...data, attrs: { lang: 'nb', ...own } }, STATIC);
      if (tag === 'civic-debt-revenue-chart') {
        await author.page.screenshot({ path: `${SHOTS}/editor-block-1280.png` });
      }
      const post = await publish(author, `Blokk: ${tag}`);
      const blocks = await reopen(author, post.id);
      expect(blocks.length === 1 && blocks[0].isValid, `block not valid after saving: ${JSON.stringify(blocks)}`);
      const raw = (await rest(author, 'GET', `/wp/v2/posts/${post.id}?context=edit`)).json.content.raw;
      expect(STATIC ? raw.includes(`${dataUrl}#${tag}`) && !raw.includes(`<${tag}`)
        : raw.includes(`<${tag} `) && raw.includes(`src="${dataUrl}"`), raw);
      posts.push({ tag, url: post.link, kind: 'block', id: post.id });
    });
    await check(`Author publishes a post with the shortcode: ${tag}`, async () => {
      const attrs = Object.entries(own).map(([k, v]) => ` ${k}="${v}"`).join('');
      const r = await rest(author, 'POST', '/wp/v2/posts', {
        title: `Kortkode: ${tag}`, status: 'publish', content: `<p>Før.</p>\n[civic_widget element="${tag}" src="${dataUrl}"${attrs}]\n<p>Etter.</p>`,
      });
      expect(r.status === 201, `status ${r.status}`);
      posts.push({ tag, url: r.json.link, kind: 'shortcode' });
    });
  }
  for (const p of posts) {
    await check(`a reader sees the ${p.kind} post's ${p.tag} render (civic-load), the bundle loaded once as a module`, async () => {
      const page = await read(browser, p.url, p.tag);
      expect(page.bundles.length === 1 && page.bundles[0] === 'module', `bundle tags: ${JSON.stringify(page.bundles)}`);
      expect(page.scriptsInContent === 0, 'a script in the post content');
      if (p.kind === 'block' && p.tag === 'civic-debt-revenue-chart') {
        await page.page.screenshot({ path: `${SHOTS}/post-block-1280.png`, fullPage: true });
        const narrow = await read(browser, p.url, p.tag, 320);
        await narrow.page.screenshot({ path: `${SHOTS}/post-block-320.png`, fullPage: true });
        await narrow.ctx.close();
      }
      await page.ctx.close();
    });
  }
  for (const p of posts.filter((x) => STATIC && x.kind === 'block')) {
    await check(`without JavaScript, the block post shows the ${p.tag}'s content (the static embed)`, async () => {
      const ctx = await browser.createBrowserContext();
      const page = await ctx.newPage();
      await page.setJavaScriptEnabled(false);
      await page.goto(p.url);
      const text = await page.$eval('.wp-block-post-content, .entry-content', (e) => e.textContent);
      expect(text.includes(READABLE[p.tag]), `"${READABLE[p.tag]}" not in: ${text.slice(0, 300)}`);
      if (p.tag === 'civic-debt-revenue-chart') {
        await page.setViewport({ width: 320, height: 900 });
        await page.screenshot({ path: `${SHOTS}/post-block-no-js-320.png`, fullPage: true });
      }
      await ctx.close();
    });
  }
  // The static form pasted as raw HTML by an Author (no unfiltered_html), as the README's table says
  // works: WordPress's post filter keeps its content and data link, and the bundle upgrades it.
  for (const tag of Object.keys(ELEMENTS)) {
    await check(`an Author's pasted static embed (civic-widgets embed) survives the post filter and upgrades: ${tag}`, async () => {
      const code = execFileSync(process.execPath, ['bin/civic-widgets.js', 'embed', 'demo/data/asker-2017-2020.json', '--element', tag, '--data-url', dataUrl],
        { cwd: fileURLToPath(new URL('../../', import.meta.url)), encoding: 'utf8' });
      const r = await rest(author, 'POST', '/wp/v2/posts', { title: `Statisk ${tag}`, status: 'publish', content: code });
      expect(r.status === 201, `status ${r.status}`);
      const raw = (await rest(author, 'GET', `/wp/v2/posts/${r.json.id}?context=edit`)).json.content.raw;
      expect(raw.includes(READABLE[tag]) && raw.includes(`${dataUrl}#${tag}`), raw.slice(0, 400));
      const page = await read(browser, r.json.link, tag);
      await page.ctx.close();
    });
  }
  await check('a crafted shortcode (javascript: src, markup in an attribute, an unknown attribute) renders nothing dangerous', async () => {
    const r = await rest(author, 'POST', '/wp/v2/posts', {
      title: 'Lurt', status: 'publish',
      content: `[civic_widget element="civic-priority-list" src="javascript:alert(1)" heading='"><img src=x onerror=window.pwned=1>' onclick="window.pwned=2"]`
        + `[civic_widget element="script" src="${dataUrl}"]`,
    });
    const page = await read(browser, r.json.link, null);
    const found = await page.page.evaluate(() => ({
      pwned: window.pwned,
      imgs: document.querySelectorAll('.wp-block-post-content img').length,
      attributes: [...(document.querySelector('civic-priority-list')?.attributes ?? [])].map((a) => a.name),
      scripts: document.querySelectorAll('.wp-block-post-content script').length,
    }));
    expect(found.pwned === undefined && found.imgs === 0 && found.scripts === 0, JSON.stringify(found));
    // The heading keeps its text (escaped); the javascript: src and the unknown onclick are gone.
    expect(JSON.stringify(found.attributes) === '["heading"]', JSON.stringify(found.attributes));
    await page.ctx.close();
  });
  await check('a post without an element does not load the bundle', async () => {
    const r = await rest(author, 'POST', '/wp/v2/posts', { title: 'Uten', status: 'publish', content: '<p>Bare tekst.</p>' });
    const page = await read(browser, r.json.link, null);
    expect(page.bundles.length === 0, `bundle tags: ${JSON.stringify(page.bundles)}`);
    await page.ctx.close();
  });

  const hostile = (src) => `<civic-priority-list src="${src}" lang="nb" onclick="alert(1)"></civic-priority-list>`
    + '<script>window.pwned = 1</script><p>Tekst.</p>';
  /** Posts raw HTML as a user and returns what WordPress stored. */
  const stored = async (session, content) => {
    const r = await rest(session, 'POST', '/wp/v2/posts', { title: 'Rå HTML', status: 'pending', content });
    expect(r.status === 201, `status ${r.status}`);
    return (await rest(session, 'GET', `/wp/v2/posts/${r.json.id}?context=edit`)).json.content.raw;
  };
  const contributor = await login(browser, SITE, 'contributor');
  await check('a Contributor\'s element is kept, while their <script>, onclick and javascript: URL are removed', async () => {
    const raw = await stored(contributor, hostile(dataUrl) + hostile('javascript:alert(1)'));
    expect(raw.includes(`<civic-priority-list src="${dataUrl}" lang="nb">`), raw);
    expect(!/<script|onclick|javascript:/i.test(raw), raw);
  });

  // The multisite: WordPress filters everyone but the Super Admin there, so the plugin's filter is all that lets the element in.
  const msAuthor = await login(browser, NETWORK, 'author');
  let msData;
  await check('multisite: Author uploads the valid document; the invalid one is refused in the site\'s language (en)', async () => {
    const ok = await upload(msAuthor, 'asker.json', valid);
    expect(ok.status === 201, `status ${ok.status}`);
    msData = ok.json.source_url;
    const r = await upload(msAuthor, 'broken.json', invalid);
    for (const p of problems('en')) expect(r.json?.message.includes(p), `"${p}" not in: ${r.json?.message}`);
  });
  await check('multisite: an Editor (no unfiltered_html there) keeps the element, loses the <script>', async () => {
    const editor = await login(browser, NETWORK, 'editor');
    const raw = await stored(editor, hostile(msData));
    expect(raw.includes('<civic-priority-list src=') && !/<script|onclick/i.test(raw), raw);
    await editor.ctx.close();
  });
  await check('multisite: Author\'s block post renders for a reader', async () => {
    await newPost(msAuthor);
    await insertBlock(msAuthor, { element: 'civic-investment-timeline', src: msData, attrs: { lang: 'en' } }, STATIC);
    const post = await publish(msAuthor, 'Timeline');
    const page = await read(browser, post.link, 'civic-investment-timeline');
    expect(page.bundles.length === 1, JSON.stringify(page.bundles));
    await page.ctx.close();
  });
} finally {
  await browser.close();
}
console.log(`# WordPress ${process.env.CIVIC_WP_VERSION}; checks took ${Math.round((Date.now() - began) / 1000)} s; screenshots in ${SHOTS}`);
console.log(`wordpress: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

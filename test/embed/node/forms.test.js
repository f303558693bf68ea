// The embed command as users run it (`civic-widgets embed …` as a child process), each form for the Asker data through DOMPurify (in jsdom) and
// sanitize-html with their default settings. Outputs are kept in test/embed/golden/: the browser
// tests load them (sanitized pages, the demo generator's bytes), so the command, the sanitizers
// and the pages are checked against one set of files. UPDATE_GOLDEN=1 rewrites them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import sanitizeHtml from 'sanitize-html';
import { CASES, DATA_URL, goldenName } from '../cases.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const golden = (name) => new URL(`../golden/${name}`, import.meta.url);
const ASKER_FILE = 'demo/data/asker-2017-2020.json';
const ASKER = JSON.parse(readFileSync(new URL('demo/data/asker-2017-2020.json', `file://${root}`), 'utf8'));

export function embed(...args) {
  const r = spawnSync(process.execPath, ['bin/civic-widgets.js', 'embed', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function check(name, actual) {
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden(name), actual);
  assert.equal(actual, readFileSync(golden(name), 'utf8'), `${name} differs from the golden file (UPDATE_GOLDEN=1 to accept)`);
}

const purify = createDOMPurify(new JSDOM('').window);
export const SANITIZERS = {
  dompurify: (html) => purify.sanitize(html),
  'sanitize-html': (html) => sanitizeHtml(html),
};

/** What a reader must get from the static form (in bokmål, as the golden files are): every title or name, the years, the amounts. */
function mustKeep(tag) {
  const fmt = (v) => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 }).format(v).replace(/ /g, '\u00a0');
  if (tag === 'civic-priority-list') return ASKER.priorities.map((p) => p.title);
  if (tag === 'civic-investment-timeline') {
    return ASKER.investments.flatMap((p) => [p.name, ...[p.start, p.end].filter((y) => y != null).map(String)])
      .concat(ASKER.investments.filter((p) => p.cost != null).map((p) => `${fmt(p.cost / 1e6)}\u00a0mill.\u00a0kr`));
  }
  return ASKER.finances.flatMap((f) => [String(f.year), ...[f.revenue, f.debt].filter((v) => v != null).map((v) => fmt(v / 1e6))]);
}

const survival = [];

for (const c of CASES) {
  test(`embed ${c.args.join(' ')}: exit 0, as the golden file`, () => {
    const r = embed(ASKER_FILE, ...c.args);
    assert.equal(r.code, 0, r.err);
    check(goldenName(c), r.out);
    for (const [name, sanitize] of Object.entries(SANITIZERS)) {
      const clean = sanitize(r.out);
      check(goldenName(c, name), clean);
      const doc = new JSDOM(clean).window.document;
      const text = doc.body.textContent;
      const link = [...doc.querySelectorAll('a')].find((a) => a.getAttribute('href')?.includes(`#${c.tag}`));
      const kept = {
        element: !!doc.querySelector(c.tag), script: !!doc.querySelector('script'), iframe: !!doc.querySelector('iframe'),
        content: mustKeep(c.tag).every((s) => text.includes(s)), link: !!link,
      };
      survival.push({ form: c.form, tag: c.tag, sanitizer: name, ...kept });
      if (c.form === 'static') {
        const missing = mustKeep(c.tag).filter((s) => !text.includes(s));
        assert.deepEqual(missing, [], `${name} removed from the static ${c.tag}`);
        assert.equal(link?.getAttribute('href'), `${DATA_URL}#${c.tag}?lang=nb`);
      }
    }
  });
}


test('the form × sanitizer table of what survived (golden/survival.md)', () => {
  const yes = (b) => (b ? 'yes' : '—');
  const rows = survival.map((s) => `| ${s.form} | ${s.tag} | ${s.sanitizer} | ${yes(s.content)} | ${yes(s.link)} | ${yes(s.element)} | ${yes(s.script)} | ${yes(s.iframe)} |`);
  const table = ['| form | element | sanitizer | content kept | data link | live tag | script | iframe |', '| --- | --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
  console.log(table);
  check('survival.md', `${table}\n`);
});

test('misuse exits 2 with the usage; bad data exits 1 with the validator\'s messages', () => {
  assert.equal(embed(ASKER_FILE).code, 2);
  assert.equal(embed(ASKER_FILE, '--element', 'civic-nope').code, 2);
  assert.equal(embed(ASKER_FILE, '--element', 'civic-priority-list', '--form', 'png').code, 2);
  assert.equal(embed(ASKER_FILE, '--element', 'civic-priority-list', '--data-url', 'javascript:alert(1)').code, 2);
  assert.equal(embed(ASKER_FILE, '--element', 'civic-priority-list', '--attr', 'onclick=alert(1)').code, 2);
  assert.equal(embed('nope.json', '--element', 'civic-priority-list').code, 2);
  const bad = embed('test/node/fixtures/bad.json', '--element', 'civic-investment-timeline', '--lang', 'en');
  assert.equal(bad.code, 1);
  assert.equal(bad.out, '');
  assert.match(bad.err, /investments\[1\]\.start: expected a year such as 2017/);
  // Problems in another element's section do not stop this one.
  assert.equal(embed('test/node/fixtures/bad.json', '--element', 'civic-debt-revenue-chart', '--data-url', '/x.json').code, 1);
});

test('text from the data stays text in every form', () => {
  const doc = { title: '<img src=x onerror=alert(1)>', priorities: [{ title: '</script><script>alert(1)</script>', description: '"quoted" & <b>' }],
    source: { name: 'S', url: 'javascript:alert(1)' } };
  const file = join(mkdtempSync(join(tmpdir(), 'civic-embed-')), 'hostile.json');
  writeFileSync(file, JSON.stringify(doc));
  try {
    for (const form of ['static', 'iframe', 'script']) {
      const r = embed(file, '--element', 'civic-priority-list', '--form', form, '--heading', '"><svg onload=alert(1)>', '--data-url', '/d.json');
      assert.equal(r.code, 0, r.err);
      const parsed = new JSDOM(r.out).window.document;
      assert.equal(parsed.querySelectorAll('img, svg, b').length, 0, `${form}: ${r.out}`);
      assert.ok(![...parsed.querySelectorAll('a')].some((a) => a.href.startsWith('javascript:')), form);
      const scripts = [...parsed.querySelectorAll('script')];
      assert.ok(scripts.every((s) => s.type === 'module' || s.type === 'application/json'), form);
    }
  } finally {
    rmSync(dirname(file), { recursive: true });
  }
});

// The editors' validator, run as a user runs it: a child process, its output and exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args) => {
  const r = spawnSync(process.execPath, ['bin/civic-widgets.js', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

test('a valid file: exit 0 and a summary', () => {
  const r = run('validate', 'demo/data/asker-2017-2020.json');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /gyldig – 9 prioriteringer, 9 investeringer, 7 år med økonomi/);
});

test('an invalid file: exit 1, every problem with its path, in bokmål', () => {
  const r = run('validate', 'test/node/fixtures/bad.json');
  assert.equal(r.code, 1);
  assert.match(r.out, /3 problemer:/);
  assert.match(r.out, /investments\[1\]\.start: skal være et årstall som 2017 eller år og måned som "2017-06"/);
  assert.match(r.out, /investments\[2\]\.name: mangler/);

  assert.match(r.out, /finances\[0\]\.revenue: skal være et tall uten mellomrom eller anførselstegn/);
  // The widgets' own words: "kunne ikke vises", not "blir ikke vist" (which read as "problems not shown").
  assert.match(r.out, /3 oppføringer kunne ikke vises\./);
});

test('--lang en speaks English', () => {
  const r = run('validate', 'test/node/fixtures/bad.json', '--lang', 'en');
  assert.equal(r.code, 1);
  assert.match(r.out, /investments\[1\]\.start: expected a year such as 2017/);
});

test('--json prints the issues for machines', () => {
  const r = run('validate', 'test/node/fixtures/bad.json', '--json');
  assert.equal(r.code, 1);
  const out = JSON.parse(r.out);
  assert.equal(out.valid, false);
  assert.deepEqual(out.issues.map((i) => i.path), ['investments[1].start', 'investments[2].name', 'finances[0].revenue']);
});

test('broken JSON: exit 1 and where it broke', () => {
  const r = run('validate', 'test/node/fixtures/broken.json');
  assert.equal(r.code, 1);
  // In the user's language, with line and column, and no English from Node inside a Norwegian sentence.
  assert.match(r.err, /er ikke gyldig JSON: feil på linje \d+, kolonne \d+\./);
  assert.doesNotMatch(r.err, /Unexpected|Expected|position/);
  const en = run('validate', 'test/node/fixtures/broken.json', '--lang', 'en');
  assert.match(en.err, /not valid JSON: error at line \d+, column \d+\./);
});

test('a negative amount is not told to remove spaces; an empty title is not "missing"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'civic-'));
  const file = join(dir, 'x.json');
  writeFileSync(file, JSON.stringify({ priorities: [{ title: '' }], finances: [{ year: 2017, debt: -5, revenue: 4.6 }] }));
  const r = run('validate', file);
  assert.match(r.out, /priorities\[0\]\.title: er tom/);
  assert.match(r.out, /finances\[0\]\.debt: kan ikke være negativt/);
  assert.match(r.out, /finances\[0\]\.revenue: .*hele kroner/);
  assert.doesNotMatch(r.out, /mellomrom/);
});

test('works right after npm install: the prepare script builds what the command needs', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.match(pkg.scripts.prepare, /build:lib/);
  assert.match(pkg.scripts['build:lib'], /tsc -p tsconfig.build.json/);
});

test('a missing file or no arguments: exit 2 and how to use it', () => {
  assert.equal(run('validate', 'nope.json').code, 2);
  const r = run();
  assert.equal(r.code, 2);
  assert.match(r.err, /Bruk \/ Usage: civic-widgets <validate\|embed\|convert>/);
  assert.match(run('validate').err, /Bruk: civic-widgets validate/);
});

test('the committed JSON Schema is the one the definition generates', () => {
  const r = spawnSync(process.execPath, ['scripts/build-schema.js', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

// The editors' validator, run as a user runs it: a child process, its output and exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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
  assert.match(r.out, /finances\[0\]\.revenue: skal være et beløp i hele kroner/);
  assert.match(r.out, /3 oppføringer blir ikke vist/);
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
  assert.match(r.err, /er ikke gyldig JSON/);
});

test('a missing file or no arguments: exit 2 and how to use it', () => {
  assert.equal(run('validate', 'nope.json').code, 2);
  const r = run();
  assert.equal(r.code, 2);
  assert.match(r.err, /Bruk: civic-widgets validate/);
});

test('the committed JSON Schema is the one the definition generates', () => {
  const r = spawnSync(process.execPath, ['scripts/build-schema.js', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

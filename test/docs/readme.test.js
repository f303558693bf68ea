// The README's promises about the package: every file it links ships in the package
// (package.json "files", as `npm pack` sees it), and its size figures are the build's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

/** Relative link targets in the README, without anchors: "docs/embedding.md", … */
export function linkedFiles(text) {
  const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]);
  return [...new Set(targets.filter((t) => !/^[a-z]+:/i.test(t)))];
}

/** The files `npm pack` would put in the package, run in `dir`. */
export function packed(dir = root) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  return new Set(JSON.parse(out)[0].files.map((f) => f.path));
}

test('every file the README links ships in the package', () => {
  const links = linkedFiles(readme);
  assert.ok(links.includes('docs/embedding.md'), 'the README links docs/embedding.md');
  const files = packed();
  assert.deepEqual(links.filter((l) => !files.has(l)), []);
});

test('the README\'s size figures are the build\'s (scripts/readme-sizes.js)', () => {
  const figures = readme.match(/<!-- size [\w.-]+\.js (gzip|brotli) -->[\d.]+ KB<!-- \/size -->/g) ?? [];
  assert.ok(figures.length >= 10, `marked figures: ${figures.length}`);
  execFileSync(process.execPath, [new URL('scripts/readme-sizes.js', root).pathname, '--check'], { cwd: root });
});

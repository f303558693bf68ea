// The framework types (dist/types/frameworks/, written by scripts/build-framework-types.js
// during `npm run build`) type-check apps that use every tag: tsc over test/types/, set up
// as a stock React (and a Solid) + TypeScript app, with libraries checked too. Any error
// fails, with tsc's own lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('../../', import.meta.url);
const tsc = createRequire(root).resolve('typescript/bin/tsc');

function typecheck(project) {
  try {
    execFileSync(process.execPath, [tsc, '-p', new URL(project, import.meta.url).pathname], { cwd: root, encoding: 'utf8' });
    return '';
  } catch (e) {
    return e.stdout || e.message;
  }
}

test('the framework type files are built', () => {
  for (const f of ['react', 'solid', 'vue', 'svelte']) {
    assert.ok(existsSync(new URL(`dist/types/frameworks/${f}.d.ts`, root)), `dist/types/frameworks/${f}.d.ts (run npm run build)`);
  }
});

test('a React 19 + TypeScript app using every tag type-checks, and wrong props and event details are errors', () => {
  assert.equal(typecheck('./tsconfig.json'), '');
});

test('a Solid + TypeScript app using every tag type-checks (on:, prop:), and wrong props are errors', () => {
  assert.equal(typecheck('./tsconfig.solid.json'), '');
});

test('the Vue and Svelte declarations compile and type their props and events', () => {
  assert.equal(typecheck('./tsconfig.templates.json'), '');
});

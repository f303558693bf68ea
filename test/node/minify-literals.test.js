// The bundle's template squeezer must never change what a template means.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from '../../scripts/minify-literals.js';

test('css: comments and whitespace go, spaces between interpolations stay', () => {
  const out = minifyTemplates('css`\n  /* why */\n  :host {\n    margin: ${a} ${b};\n  }\n  a, b { color: red }\n`');
  assert.equal(out, 'css`:host{margin:${a} ${b}}a,b{color:red}`');
});

test('css: leading zeros, !important and calc() multiplication shrink; selectors and interpolations keep their meaning', () => {
  const src = 'css`\n  .a > * { margin: 0 0.5em calc(var(--s) * 0.75) calc(1px * -0.5); width: 10.5px !important; }\n  .b * .c { opacity: ${x}0.5; }\n`';
  assert.equal(minifyTemplates(src), 'css`.a > *{margin:0 .5em calc(var(--s)*.75) calc(1px * -0.5);width:10.5px!important}.b * .c{opacity:${x}0.5}`');
});

test('html: line breaks become one space, nested templates and expressions are untouched', () => {
  const src = 'html`<p>\n  ${ok ? html`<b>\n  x</b>` : "a\\n\\n  b"}\n  text\n</p>`';
  assert.equal(minifyTemplates(src), 'html`<p> ${ok ? html`<b> x</b>` : "a\\n\\n  b"} text </p>`');
});

test('other tagged templates and plain strings are left alone', () => {
  const src = 'const s = `a\n  b`; const t = String.raw`x\n  y`;';
  assert.equal(minifyTemplates(src), src);
});

// civic-widgets embed <file.json> --element <tag> [--form static|iframe|script] [--data-url URL]
//   [--bundle-url URL] [--embed-url URL] [--lang nb|nn|en] [--theme light|dark|auto] [--heading TEXT]
//   [--heading-level 2-6] [--attr name=value]…
// Prints the embed code on stdout: the same bytes the demo page's generator
// shows, because both call embedCode() (src/embed/forms.ts). It is imported
// from dist/civic-static.js, the self-contained build of the embed forms, so
// the command needs nothing from node_modules at run time.
// Exit 0 with the code, 1 when the data has problems (the validator's
// messages on stderr), 2 on misuse.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ATTRIBUTES, EMBED_STRINGS, FORMS, LANGS, SECTION_OF, TAGS, embedCode, safeHref, validate } from '../../dist/civic-static.js';

const FLAGS = ['element', 'form', 'data-url', 'bundle-url', 'embed-url', 'lang', 'theme', 'heading', 'heading-level', 'attr'];
const CHOICES = { element: TAGS, form: FORMS, lang: LANGS, theme: ['light', 'dark', 'auto'], 'heading-level': ['2', '3', '4', '5', '6'] };
const URLS = ['data-url', 'bundle-url', 'embed-url'];

/** argv → { file, options } or { error } (misuse, in the chosen language). */
function parse(args) {
  const o = { attr: [] };
  const files = [];
  for (let i = 0; i < args.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(args[i]);
    if (!m) {
      files.push(args[i]);
      continue;
    }
    const [, name, inline] = m;
    const value = inline ?? args[++i];
    if (!FLAGS.includes(name) || value === undefined) return { o, error: 'usage' };
    if (name === 'attr') o.attr.push(value);
    else o[name] = value;
  }
  if (files.length !== 1 || !o.element) return { o, error: 'usage' };
  for (const [name, allowed] of Object.entries(CHOICES)) {
    if (o[name] !== undefined && !allowed.includes(o[name])) return { o, error: [name, o[name]] };
  }
  for (const name of URLS) if (o[name] !== undefined && !safeHref(o[name])) return { o, error: [name, o[name]] };
  const attributes = {};
  for (const pair of o.attr) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (!ATTRIBUTES[o.element].includes(key)) return { o, error: ['attr', pair] };
    attributes[key] = eq < 0 ? '' : pair.slice(eq + 1);
  }
  return { o, file: files[0], attributes };
}

export async function run(args) {
  const { o, file, attributes, error } = parse(args);
  const lang = LANGS.includes(o.lang) ? o.lang : 'nb';
  const t = EMBED_STRINGS[lang];
  if (error) {
    if (error !== 'usage') console.error(t.badOption(...error));
    console.error(t.usage);
    return 2;
  }
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    console.error(t.notFound(file));
    return 2;
  }
  let doc;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    console.error(t.notJson(file, e.message));
    return 1;
  }
  // As the element judges it: its own section and the document's fields; other sections' problems are not its business.
  const section = SECTION_OF[o.element];
  const others = Object.values(SECTION_OF).filter((s) => s !== section);
  const result = validate(doc, lang, section);
  const issues = result.issues.filter((i) => !others.some((s) => i.path.startsWith(s)));
  if (!result.data || issues.length) {
    console.error(t.invalid(file, issues.length));
    for (const i of issues) console.error(`  ${i.path || t.document}: ${i.message}`);
    return 1;
  }
  const form = o.form ?? 'static';
  process.stdout.write(embedCode(doc, {
    form,
    element: o.element,
    // The static and iframe forms link to the data; by default to the file's name, beside the page.
    dataUrl: o['data-url'] ?? (form === 'script' ? undefined : basename(file)),
    bundleUrl: o['bundle-url'],
    embedUrl: o['embed-url'],
    lang,
    theme: o.theme,
    heading: o.heading,
    headingLevel: o['heading-level'] ? Number(o['heading-level']) : undefined,
    attributes,
  }));
  return 0;
}

/**
 * The playground: a JSON editor checked as you type (with the elements' own
 * `validate`), form controls for every attribute in custom-elements.json
 * (playground-controls.ts), the elements updating live through their `data`
 * property, and the embed code for the chosen element (playground-embed.ts).
 * This file holds the editor, its status and problems, and the glue between them.
 */
import { validate, type ValidationResult } from '../src/shared/validate.js';
import { MESSAGES, normaliseLang, resolveLang } from '../src/shared/i18n.js';
import { h } from './dom.js';
import type { ElementDoc } from './manifest.js';
import { parseJson, type ParseResult } from '../src/shared/json.js';
import { controlsFor, controlsForm } from './playground-controls.js';
import { embedCode } from './playground-embed.js';
import { STRINGS, type DemoStrings } from './strings.js';

// Where the controls were defined before they had a file of their own (test/demo imports them from here).
export { controlsFor, type Control } from './playground-controls.js';

export interface PlaygroundOptions {
  elements: ElementDoc[];
  /** The JSON text the editor starts with. */
  json: string;
  /** The JSON text "restore the example" brings back; default `json`. */
  example?: string;
  /** The playground's words; default bokmål. */
  strings?: DemoStrings['playground'];
  /** Default script URL of the embed code. */
  scriptUrl?: string;
  /** Default URL for the embed code's `src` mode. */
  srcUrl?: string;
  /** Milliseconds after the last keystroke before the JSON is checked. */
  debounce?: number;
  /** Prefix of element ids, so two playgrounds can share a page. */
  id?: string;
  /** Heading level of the playground's own sub-headings; the previews' headings are one below. */
  headingLevel?: number;
}

export interface PlaygroundUpdateDetail {
  parse: ParseResult;
  result?: ValidationResult;
}

export interface Playground {
  editor: HTMLTextAreaElement;
  previews: HTMLElement[];
  /** Current attribute values by name; '' = not set. */
  values: Record<string, string>;
  /** Checks the editor's text now (the editor does it itself after a pause in typing). */
  validateNow(): void;
  setAttributeValue(name: string, value: string): void;
  snippet(): string;
}

export function mountPlayground(root: HTMLElement, o: PlaygroundOptions): Playground {
  const id = o.id ?? 'pg';
  const t = o.strings ?? STRINGS.nb.playground;
  const level = o.headingLevel ?? 3;
  const hn = `h${level}` as 'h3';
  const previewLevel = String(Math.min(6, level + 1));
  const controls = controlsFor(o.elements);
  const values: Record<string, string> = Object.fromEntries(controls.map((c) => [c.name, '']));
  let lastGood: unknown;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // --- Data: the editor, its status and its problems ---
  const editor = h('textarea', {
    id: `${id}-json`, class: 'json', rows: 18, spellcheck: 'false', autocapitalize: 'off', autocomplete: 'off',
    'aria-describedby': `${id}-json-hint ${id}-status`,
  });
  editor.value = o.json;
  const status = h('p', { id: `${id}-status`, class: 'status', role: 'status' });
  const problems = h('div', { class: 'problems', id: `${id}-problems`, hidden: true });
  const goTo = h('button', { type: 'button', class: 'secondary', hidden: true }, t.goTo);
  let errorAt = 0;
  goTo.addEventListener('click', () => {
    editor.focus();
    editor.setSelectionRange(errorAt, Math.min(editor.value.length, errorAt + 1));
  });
  const reset = h('button', { type: 'button', class: 'secondary' }, t.reset);
  reset.addEventListener('click', () => {
    editor.value = o.example ?? o.json;
    validateNow();
  });
  editor.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(validateNow, o.debounce ?? 300);
  });

  // --- Attributes: one real form control per attribute in the manifest ---
  const { form, inputs } = controlsForm(o.elements, controls, id, t, setAttributeValue);

  // --- Preview: the elements themselves, fed through their `data` property ---
  const previews = o.elements.map((e) => {
    const el = document.createElement(e.tag);
    el.setAttribute('heading-level', previewLevel);
    return el;
  });

  // --- Embed code ---
  const embed = embedCode({
    elements: o.elements, controls, values, id, t, scriptUrl: o.scriptUrl, srcUrl: o.srcUrl,
    data: () => lastGood, invalid: () => editor.getAttribute('aria-invalid') === 'true',
  });

  root.replaceChildren(
    h('div', { class: 'pg-grid' },
      h('div', { class: 'pg-data' },
        h(hn, {}, t.data),
        h('label', { for: editor.id }, t.documentLabel),
        h('p', { class: 'hint', id: `${id}-json-hint` }, t.documentHint),
        editor, status, h('div', { class: 'actions' }, goTo, reset), problems),
      h('div', { class: 'pg-attrs' }, h(hn, { id: `${id}-attrs-h` }, t.attributes), form)),
    h(hn, {}, t.preview),
    h('div', { class: 'preview' }, previews.map((p) => h('div', { class: 'preview-item' }, p))),
    h(hn, { id: `${id}-embed-h` }, t.embedTitle),
    h('p', {}, t.embedIntro),
    embed.form,
  );

  function setAttributeValue(name: string, value: string): void {
    values[name] = value;
    const input = inputs.get(name);
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value === 'true';
    else if (input && input.value !== value) input.value = value;
    const c = controls.find((x) => x.name === name);
    previews.forEach((el, i) => {
      if (c && !c.tags.includes(o.elements[i].tag)) return;
      if (name === 'heading-level' && !value) el.setAttribute(name, previewLevel);
      else if (!value) el.removeAttribute(name);
      else el.setAttribute(name, c?.kind === 'boolean' ? '' : value);
    });
    // The language also changes the problems' messages.
    if (name === 'lang') validateNow();
    else embed.update();
  }

  function validateNow(): void {
    clearTimeout(timer);
    const parse = parseJson(editor.value);
    let result: ValidationResult | undefined;
    const list: HTMLElement[] = [];
    goTo.hidden = parse.ok;
    if (!parse.ok) {
      errorAt = parse.position;
      status.className = 'status bad';
      // The widgets' and the command's words, in the language the elements speak.
      status.textContent = MESSAGES[normaliseLang(values.lang) ?? resolveLang(root)].errorParseAt(parse.line, parse.column);
      editor.setAttribute('aria-invalid', 'true');
    } else {
      lastGood = parse.value;
      // The language the elements speak: the lang control, else the page's (as the elements resolve it).
      result = validate(parse.value, normaliseLang(values.lang) ?? resolveLang(root));
      const { data, issues, dropped } = result;
      const left = dropped.priorities + dropped.investments + dropped.finances;
      for (const i of issues) list.push(h('li', {}, h('code', {}, i.path || '(document)'), ' ', i.message));
      if (issues.length) {
        status.className = 'status warn';
        status.textContent = `${t.problems(issues.length)}${left ? `; ${t.leftOut(left)}` : ''}.`;
      } else {
        status.className = 'status ok';
        status.textContent = t.valid(data!.priorities?.length ?? 0, data!.investments?.length ?? 0, data!.finances?.length ?? 0);
      }
      editor.setAttribute('aria-invalid', issues.length ? 'true' : 'false');
      for (const el of previews) (el as HTMLElement & { data: unknown }).data = parse.value;
    }
    problems.hidden = !list.length;
    problems.replaceChildren(...(list.length ? [h('ul', { 'aria-label': t.problemsLabel }, list)] : []));
    embed.update();
    root.dispatchEvent(new CustomEvent<PlaygroundUpdateDetail>('playground-update', { detail: { parse, result } }));
  }

  validateNow();
  return { editor, previews, values, validateNow, setAttributeValue, snippet: embed.snippet };
}

/**
 * The playground: a JSON editor checked as you type (with the elements' own
 * `validate`), form controls for every attribute in custom-elements.json, the
 * elements updating live through their `data` property, and the embed code
 * for the chosen element.
 */
import { validate, type ValidationResult } from '../src/shared/validate.js';
import { KNOWN_AREAS, LANGS, MESSAGES, normaliseLang, resolveLang } from '../src/shared/i18n.js';
import { h, richText } from './dom.js';
import { enumValues, kindOf, type ElementDoc } from './manifest.js';
import { buildSnippet, trimForTag } from './snippet.js';
import { parseJson, type ParseResult } from '../src/shared/json.js';
import { markup } from './page.js';
import { STRINGS, type DemoStrings } from './strings.js';

/** One form control: an attribute, and the tags that have it. */
export interface Control {
  name: string;
  kind: 'boolean' | 'number' | 'enum' | 'text';
  values?: string[];
  type?: string;
  default?: string;
  description?: string;
  tags: string[];
}

/** Attributes that get no control: the data comes from the editor, not a URL. */
const NO_CONTROL = new Set(['src']);

/** The union of the tags' attributes, in manifest order, each with the tags that have it. */
export function controlsFor(elements: ElementDoc[]): Control[] {
  const byName = new Map<string, Control>();
  for (const el of elements) {
    for (const a of el.attributes) {
      if (NO_CONTROL.has(a.name)) continue;
      const known = byName.get(a.name);
      if (known) {
        known.tags.push(el.tag);
        continue;
      }
      // `lang` is typed as a plain string (it takes any BCP 47 tag); offer the languages the elements speak.
      const values = a.name === 'lang' ? [...LANGS] : enumValues(a.type?.text);
      byName.set(a.name, {
        name: a.name,
        kind: values ? 'enum' : kindOf(a.type?.text),
        values,
        type: a.type?.text,
        default: a.default,
        description: a.description,
        tags: [el.tag],
      });
    }
  }
  // Those every tag has first (lang, heading, theme …), then the element-specific ones.
  const list = [...byName.values()];
  return [...list.filter((c) => c.tags.length === elements.length), ...list.filter((c) => c.tags.length < elements.length)];
}

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
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const areaList = h('datalist', { id: `${id}-areas` }, KNOWN_AREAS.map((a) => h('option', { value: a })));
  const controlFor = (c: Control): HTMLElement => {
    const cid = `${id}-attr-${c.name}`;
    const hint = `${cid}-hint`;
    const label = h('label', { for: cid }, h('code', {}, c.name));
    let input: HTMLInputElement | HTMLSelectElement;
    if (c.kind === 'enum') {
      input = h('select', { id: cid, 'aria-describedby': hint },
        h('option', { value: '' }, c.default ? t.byDefault(c.default) : t.notSet),
        c.values!.map((v) => h('option', { value: v }, v)));
    } else if (c.kind === 'boolean') {
      input = h('input', { id: cid, type: 'checkbox', 'aria-describedby': hint });
    } else {
      input = h('input', {
        id: cid, type: c.kind === 'number' ? 'number' : 'text', 'aria-describedby': hint,
        placeholder: c.default ?? '', list: c.name === 'area' ? `${id}-areas` : undefined,
        inputmode: c.kind === 'number' ? 'numeric' : undefined,
      });
    }
    input.dataset.attr = c.name;
    inputs.set(c.name, input);
    const read = () => (input instanceof HTMLInputElement && input.type === 'checkbox' ? (input.checked ? 'true' : '') : input.value);
    input.addEventListener(c.kind === 'text' || c.kind === 'number' ? 'input' : 'change', () => setAttributeValue(c.name, read()));
    const box = h('div', { class: c.kind === 'boolean' ? 'field field-check' : 'field' });
    if (c.kind === 'boolean') box.append(input, label);
    else box.append(label, input);
    box.append(h('p', { class: 'hint', id: hint }, ...richText(c.description)));
    return box;
  };
  const all = o.elements.map((e) => e.tag);
  const common = controls.filter((c) => c.tags.length === all.length);
  // The others grouped by the set of tags that have them (`area` is on two of the three), each control once.
  const groups = new Map<string, Control[]>();
  for (const c of controls.filter((x) => x.tags.length < all.length)) {
    const key = c.tags.join(' ');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const specific = [...groups].map(([key, list]) => ({ tags: key.split(' '), list }));
  const form = h('form', { class: 'controls', 'aria-labelledby': `${id}-attrs-h` },
    h('fieldset', {}, h('legend', {}, all.length > 1 ? t.all : `<${all[0]}>`), common.map(controlFor)),
    specific.map((g) => h('fieldset', {}, h('legend', {}, t.only,
      g.tags.flatMap((tag, i) => [i ? (i === g.tags.length - 1 ? t.and : ', ') : '', h('code', {}, `<${tag}>`)])), g.list.map(controlFor))),
    areaList);
  form.addEventListener('submit', (e) => e.preventDefault());

  // --- Preview: the elements themselves, fed through their `data` property ---
  const previews = o.elements.map((e) => {
    const el = document.createElement(e.tag);
    el.setAttribute('heading-level', previewLevel);
    return el;
  });

  // --- Embed code ---
  const tagRadios = o.elements.map((e, i) => h('div', { class: 'field-check' },
    h('input', { type: 'radio', name: `${id}-tag`, id: `${id}-tag-${i}`, value: e.tag, checked: i === 0 }),
    h('label', { for: `${id}-tag-${i}` }, h('code', {}, `<${e.tag}>`))));
  const modeInline = h('input', { type: 'radio', name: `${id}-mode`, id: `${id}-mode-inline`, value: 'inline', checked: true });
  const modeSrc = h('input', { type: 'radio', name: `${id}-mode`, id: `${id}-mode-src`, value: 'src' });
  const srcInput = h('input', { type: 'url', id: `${id}-src`, value: o.srcUrl ?? 'https://www.example.kommune.no/data/handlingsprogram.json' });
  const scriptInput = h('input', { type: 'url', id: `${id}-script`, value: o.scriptUrl ?? '' });
  const output = h('textarea', { id: `${id}-snippet`, class: 'snippet', rows: 8, readonly: true, spellcheck: 'false', 'aria-describedby': `${id}-snippet-note` });
  const note = h('p', { class: 'hint', id: `${id}-snippet-note` });
  const copied = h('p', { class: 'copied', role: 'status' });
  const copy = h('button', { type: 'button' }, t.copy);
  copy.addEventListener('click', () => void copySnippet());
  const embed = h('form', { class: 'embed', 'aria-labelledby': `${id}-embed-h` },
    h('fieldset', {}, h('legend', {}, t.element), tagRadios),
    h('fieldset', {}, h('legend', {}, t.dataLegend),
      h('div', { class: 'field-check' }, modeInline, h('label', { for: modeInline.id }, t.inline)),
      h('div', { class: 'field-check' }, modeSrc, h('label', { for: modeSrc.id }, ...markup(t.fromUrl))),
      h('div', { class: 'field' }, h('label', { for: srcInput.id }, t.dataUrl), srcInput)),
    h('div', { class: 'field' }, h('label', { for: scriptInput.id }, t.scriptUrl), scriptInput),
    h('div', { class: 'field' }, h('label', { for: output.id }, t.code), output, note),
    h('div', { class: 'actions' }, copy, copied));
  embed.addEventListener('submit', (e) => e.preventDefault());
  embed.addEventListener('input', updateSnippet);
  embed.addEventListener('change', updateSnippet);

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
    embed,
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
    else updateSnippet();
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
    updateSnippet();
    root.dispatchEvent(new CustomEvent<PlaygroundUpdateDetail>('playground-update', { detail: { parse, result } }));
  }

  function chosenTag(): string {
    return (embed.querySelector<HTMLInputElement>(`input[name="${id}-tag"]:checked`)?.value) ?? all[0];
  }

  function snippet(): string {
    const tag = chosenTag();
    const doc = o.elements.find((e) => e.tag === tag);
    const attributes: Record<string, string | boolean> = {};
    // In the controls' order (lang, heading … first), only the attributes this tag has.
    for (const c of controls) {
      const v = values[c.name];
      if (!v || !doc?.attributes.some((a) => a.name === c.name)) continue;
      attributes[c.name] = c.kind === 'boolean' ? true : v;
    }
    const inline = modeInline.checked;
    return buildSnippet({
      scriptUrl: scriptInput.value.trim(),
      tag,
      attributes,
      data: inline ? trimForTag(lastGood, tag) : undefined,
      src: inline ? undefined : srcInput.value.trim(),
      indent: 2,
    });
  }

  function updateSnippet(): void {
    srcInput.disabled = !modeSrc.checked;
    output.value = snippet();
    const bad = editor.getAttribute('aria-invalid') === 'true' && modeInline.checked;
    note.textContent = bad ? t.noteBad : modeInline.checked ? t.noteInline : t.noteSrc;
  }

  async function copySnippet(): Promise<void> {
    const text = output.value;
    copied.textContent = '';
    try {
      await navigator.clipboard.writeText(text);
      copied.textContent = t.copied;
    } catch {
      // No clipboard access (an http page, or permission refused): select the code for the reader to copy.
      output.focus();
      output.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      copied.textContent = ok ? t.copied : t.selected;
    }
  }

  validateNow();
  return { editor, previews, values, validateNow, setAttributeValue, snippet };
}

/**
 * The playground's embed code: the chosen tag, its data inline or from a `src`
 * URL, the script URL, the code itself (buildSnippet, with the attributes set
 * in the controls) and a copy button that falls back to selecting the code.
 */
import { h } from './dom.js';
import type { ElementDoc } from './manifest.js';
import { markup } from './page.js';
import type { Control } from './playground-controls.js';
import { buildSnippet, trimForTag } from './snippet.js';
import type { DemoStrings } from './strings.js';

export interface EmbedOptions {
  elements: ElementDoc[];
  controls: Control[];
  /** The attributes' current values by name ('' = not set), read each time the code is built. */
  values: Record<string, string>;
  /** Prefix of element ids; the form is labelled by the heading with id `${id}-embed-h`. */
  id: string;
  t: DemoStrings['playground'];
  scriptUrl?: string;
  srcUrl?: string;
  /** The last JSON that parsed: what the inline mode puts in the code. */
  data(): unknown;
  /** Whether the editor's text has problems: the inline mode's note then says so. */
  invalid(): boolean;
}

export interface Embed {
  form: HTMLFormElement;
  /** Builds the code again (and its note) from the current values, data and choices. */
  update(): void;
  snippet(): string;
}

export function embedCode(o: EmbedOptions): Embed {
  const { id, t } = o;
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

  function chosenTag(): string {
    return (embed.querySelector<HTMLInputElement>(`input[name="${id}-tag"]:checked`)?.value) ?? o.elements[0]?.tag;
  }

  function snippet(): string {
    const tag = chosenTag();
    const doc = o.elements.find((e) => e.tag === tag);
    const attributes: Record<string, string | boolean> = {};
    // In the controls' order (lang, heading … first), only the attributes this tag has.
    for (const c of o.controls) {
      const v = o.values[c.name];
      if (!v || !doc?.attributes.some((a) => a.name === c.name)) continue;
      attributes[c.name] = c.kind === 'boolean' ? true : v;
    }
    const inline = modeInline.checked;
    return buildSnippet({
      scriptUrl: scriptInput.value.trim(),
      tag,
      attributes,
      data: inline ? trimForTag(o.data(), tag) : undefined,
      src: inline ? undefined : srcInput.value.trim(),
      indent: 2,
    });
  }

  function updateSnippet(): void {
    srcInput.disabled = !modeSrc.checked;
    output.value = snippet();
    const bad = o.invalid() && modeInline.checked;
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

  return { form: embed, update: updateSnippet, snippet };
}

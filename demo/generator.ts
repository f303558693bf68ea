/**
 * The embed generator: an editor says what their site allows, gets a form
 * recommended, and takes the code. The code is embedCode() from
 * src/embed/forms.ts, the function `civic-widgets embed` prints, so the two
 * give the same bytes for the same choices (test/embed/generator.test.ts).
 */
import { embedCode, FORMS, type Form } from '../src/embed/forms.js';
import { TAGS, type Tag } from '../src/embed/spec.js';
import { h } from './dom.js';
import { STRINGS, type DemoStrings } from './strings.js';

/** The editor's situation → the form that works there (the words are in strings.ts). */
const SITUATIONS: { id: 'strips' | 'template' | 'any'; form: Form }[] = [
  { id: 'strips', form: 'static' },
  { id: 'template', form: 'static' },
  { id: 'any', form: 'script' },
];

export function mountGenerator(root: HTMLElement, o: { json: string; dataUrl: string; strings?: DemoStrings['generator'] }): void {
  const doc: unknown = JSON.parse(o.json);
  const t = o.strings ?? STRINGS.nb.generator;
  const id = 'gen';
  const field = (label: string, input: HTMLElement) => h('div', { class: 'field' }, h('label', { for: input.id }, label), input);
  const text = (name: string, value: string) => h('input', { type: 'text', id: `${id}-${name}`, value, spellcheck: 'false' });
  const select = (name: string, values: readonly string[], chosen: string) =>
    h('select', { id: `${id}-${name}` }, values.map((v) => h('option', { value: v, selected: v === chosen }, v || t.notSet)));
  const radios = (name: string, items: { value: string; label: string }[], chosen: string) => items.map((item) => h('div', { class: 'field-check' },
    h('input', { type: 'radio', name: `${id}-${name}`, id: `${id}-${name}-${item.value}`, value: item.value, checked: item.value === chosen }),
    h('label', { for: `${id}-${name}-${item.value}` }, item.label)));

  const element = select('element', TAGS, TAGS[2]);
  const dataUrl = text('data-url', o.dataUrl);
  const bundleUrl = text('bundle-url', '/civic-widgets/civic-widgets.js');
  const embedUrl = text('embed-url', '/civic-widgets/embed.html');
  const lang = select('lang', ['nb', 'nn', 'en'], 'nb');
  const theme = select('theme', ['', 'light', 'dark', 'auto'], '');
  const heading = text('heading', '');
  const output = h('textarea', { id: `${id}-code`, class: 'snippet', rows: 12, readonly: true, spellcheck: 'false', 'aria-describedby': `${id}-note` });
  const note = h('p', { class: 'hint', id: `${id}-note`, role: 'status' });
  const form = h('form', { class: 'embed', 'aria-label': t.label },
    h('fieldset', {}, h('legend', {}, t.situation),
      radios('situation', SITUATIONS.map((s) => ({ value: s.id, label: t.situations[s.id].label })), SITUATIONS[0].id)),
    h('fieldset', {}, h('legend', {}, t.form), radios('form', FORMS.map((f) => ({ value: f, label: t.forms[f] })), 'static')),
    field(t.element, element),
    field(t.dataUrl, dataUrl),
    field(t.bundleUrl, bundleUrl),
    field(t.embedUrl, embedUrl),
    field(t.language, lang),
    field(t.theme, theme),
    field(t.heading, heading),
    h('div', { class: 'field' }, h('label', { for: output.id }, t.code), output, note));

  const chosen = (name: string) => form.querySelector<HTMLInputElement>(`[name="${id}-${name}"]:checked`)!.value;
  const update = () => {
    const situation = SITUATIONS.find((s) => s.id === chosen('situation'))!;
    try {
      output.value = embedCode(doc, {
        form: chosen('form') as Form,
        element: element.value as Tag,
        dataUrl: dataUrl.value || undefined,
        bundleUrl: bundleUrl.value || undefined,
        embedUrl: embedUrl.value || undefined,
        lang: lang.value as 'nb',
        theme: (theme.value || undefined) as 'light' | undefined,
        heading: heading.value || undefined,
      });
      note.textContent = t.situations[situation.id].note;
    } catch (e) {
      output.value = '';
      note.textContent = (e as Error).message;
    }
  };
  form.addEventListener('change', (e) => {
    // A situation recommends its form; the editor may still choose another.
    const target = e.target as HTMLInputElement;
    if (target.name === `${id}-situation`) {
      const recommended = SITUATIONS.find((s) => s.id === target.value)!.form;
      form.querySelector<HTMLInputElement>(`#${id}-form-${recommended}`)!.checked = true;
    }
    update();
  });
  form.addEventListener('input', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  root.replaceChildren(form);
  update();
}

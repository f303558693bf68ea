/**
 * The playground's attribute controls: one real form control per attribute in
 * custom-elements.json, shown once however many tags have it, grouped by the
 * set of tags that have it.
 */
import { KNOWN_AREAS, LANGS } from '../src/shared/i18n.js';
import { h, richText } from './dom.js';
import { enumValues, kindOf, type ElementDoc } from './manifest.js';
import type { DemoStrings } from './strings.js';

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

export interface ControlsForm {
  form: HTMLFormElement;
  /** The control of each attribute, by name, so a value set from outside shows in it. */
  inputs: Map<string, HTMLInputElement | HTMLSelectElement>;
}

/**
 * The attributes' form, labelled by the heading with id `${id}-attrs-h`. Each change is passed to
 * `onChange` as the attribute's value: '' for not set, 'true' for a checked boolean.
 */
export function controlsForm(
  elements: ElementDoc[], controls: Control[], id: string, t: DemoStrings['playground'],
  onChange: (name: string, value: string) => void,
): ControlsForm {
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
    input.addEventListener(c.kind === 'text' || c.kind === 'number' ? 'input' : 'change', () => onChange(c.name, read()));
    const box = h('div', { class: c.kind === 'boolean' ? 'field field-check' : 'field' });
    if (c.kind === 'boolean') box.append(input, label);
    else box.append(label, input);
    box.append(h('p', { class: 'hint', id: hint }, ...richText(c.description)));
    return box;
  };
  const all = elements.map((e) => e.tag);
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
  return { form, inputs };
}

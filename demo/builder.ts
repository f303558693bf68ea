/**
 * The builder page: from the spreadsheets a municipality already has to a
 * checked programme document. One step per section: paste a table or drop a
 * .csv/.xlsx file, check the column mapping, see the element, download the
 * JSON. The conversion (src/convert, with its CSV and xlsx libraries) is
 * imported only when the first table arrives; the elements' bundle never
 * holds it. Words: src/convert/strings.ts (nb default, nn, en).
 */
import '../src/index.js';
import type * as Convert from '../src/convert/index.js';
import { STRINGS, type ConvertStrings } from '../src/convert/strings.js';
import type { Lang } from '../src/shared/i18n.js';
import type { Section } from '../src/shared/schema.js';
import { h } from './dom.js';

type Lib = typeof Convert;
type Sheet = Convert.Sheet;
type Mapping = Convert.Mapping;

const SECTIONS: Section[] = ['priorities', 'investments', 'finances'];
const TAGS: Record<Section, string> = {
  priorities: 'civic-priority-list', investments: 'civic-investment-timeline', finances: 'civic-debt-revenue-chart',
};
const LANG_NAMES: Record<Lang, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

interface Step {
  text: string;
  files: Sheet[];
  pasted?: Sheet;
  /** The mapping of each sheet, as recognised or as the editor changed it. */
  mappings: Map<Sheet, Mapping | undefined>;
  unit: Convert.Unit | '';
  /** Files that could not be read. */
  unreadable: string[];
  /** Parts of the view that change with the data. */
  view?: { status: HTMLElement; mapping: HTMLElement; reports: HTMLElement; preview: HTMLElement };
}

const params = new URLSearchParams(location.search);
const state = {
  lang: (['nb', 'nn', 'en'].includes(params.get('lang') ?? '') ? params.get('lang') : 'nb') as Lang,
  theme: ['light', 'dark'].includes(params.get('theme') ?? '') ? params.get('theme')! : 'auto',
  municipality: '',
  title: '',
  steps: Object.fromEntries(SECTIONS.map((s): [Section, Step] => [s, { text: '', files: [], mappings: new Map(), unit: '', unreadable: [] }])) as Record<Section, Step>,
};
let lib: Lib | undefined;
let result: Convert.Conversion | undefined;
let download: { link: HTMLAnchorElement; status: HTMLElement } | undefined;
let url = '';

const root = document.getElementById('builder-root')!;
const t = (): ConvertStrings => STRINGS[state.lang];
const load = async (): Promise<Lib> => (lib ??= await import('../src/convert/index.js'));
const sheetsOf = (step: Step) => [...(step.pasted ? [step.pasted] : []), ...step.files];

/** The words of the page around the root (header, title), in the chosen language. */
function translateFrame(): void {
  document.documentElement.lang = state.lang;
  document.title = `${t().page.title} – civic-widgets`;
  document.querySelector('[data-t="skip"]')!.textContent = t().page.skip;
  document.querySelector('[data-t="back"]')!.textContent = t().page.back;
  document.querySelector('[data-t-label="pages"]')!.setAttribute('aria-label', t().page.pages);
}

function render(): void {
  translateFrame();
  const p = t().page;
  const field = (id: string, label: string, key: 'municipality' | 'title') =>
    h('div', { class: 'field' }, h('label', { for: id }, label),
      h('input', { type: 'text', id, value: state[key], oninput: (e: Event) => { state[key] = (e.target as HTMLInputElement).value; void update(); } }));
  const langs = h('fieldset', {}, h('legend', {}, p.language), h('div', { class: 'segmented' },
    (['nb', 'nn', 'en'] as Lang[]).flatMap((l) => [
      h('input', { type: 'radio', name: 'lang', id: `lang-${l}`, value: l, checked: l === state.lang, onchange: () => { state.lang = l; render(); void update(); } }),
      h('label', { for: `lang-${l}`, lang: l }, LANG_NAMES[l]),
    ])));
  download = {
    link: h('a', { class: 'button', id: 'download', download: 'handlingsprogram.json', 'aria-disabled': 'true' }, p.download),
    status: h('div', { id: 'doc-status', role: 'status' }),
  };
  root.replaceChildren(
    h('h1', {}, p.title),
    h('p', { class: 'lead' }, p.lead),
    h('form', { class: 'switches', onsubmit: (e: Event) => e.preventDefault() }, langs),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', id: 'example', onclick: () => void example() }, p.example),
      h('span', { class: 'hint' }, p.exampleHint)),
    h('section', { 'aria-labelledby': 'doc-h', class: 'doc-fields' }, h('h2', { id: 'doc-h' }, p.document),
      h('div', { class: 'doc-grid' }, field('municipality', p.municipality, 'municipality'), field('doc-title', p.docTitle, 'title'))),
    ...SECTIONS.map((s, i) => renderStep(s, i + 1)),
    h('section', { 'aria-labelledby': 'result-h', id: 'result' }, h('h2', { id: 'result-h' }, p.result),
      download.status,
      h('div', { class: 'actions' }, download.link),
      h('p', {}, h('a', { href: './index.html#embed', id: 'to-embed' }, p.embed)), h('p', { class: 'hint' }, p.embedHint)),
  );
}

function renderStep(section: Section, n: number): HTMLElement {
  const p = t().page;
  const step = state.steps[section];
  const id = `step-${section}`;
  const view = {
    status: h('p', { class: 'found', role: 'status' }),
    mapping: h('div', { class: 'mapping' }),
    reports: h('div', { class: 'reports' }),
    preview: h('div', { class: 'preview-item step-preview' }),
  };
  step.view = view;
  const textarea = h('textarea', {
    id: `${id}-paste`, rows: 6, spellcheck: 'false', value: step.text, 'aria-describedby': `${id}-hint`,
    oninput: (e: Event) => { step.text = (e.target as HTMLTextAreaElement).value; void paste(step, section); },
  });
  const file = h('input', {
    type: 'file', id: `${id}-file`, multiple: true, accept: '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    onchange: (e: Event) => void addFiles(step, section, [...((e.target as HTMLInputElement).files ?? [])]),
  });
  const unit = section === 'priorities' ? null : h('div', { class: 'field unit' },
    h('label', { for: `${id}-unit` }, p.unit),
    h('select', { id: `${id}-unit`, onchange: (e: Event) => { step.unit = (e.target as HTMLSelectElement).value as Step['unit']; void update(); } },
      (['', 'kr', '1000', 'mill'] as const).map((u) => h('option', { value: u, ...(u === step.unit ? { selected: true } : {}) }, u ? t().units[u] : p.unitAuto))));
  const box = h('section', { id, class: 'step', 'aria-labelledby': `${id}-h`,
    ondragover: (e: DragEvent) => { e.preventDefault(); box.classList.add('dragging'); },
    ondragleave: () => box.classList.remove('dragging'),
    ondrop: (e: DragEvent) => { e.preventDefault(); box.classList.remove('dragging'); void addFiles(step, section, [...(e.dataTransfer?.files ?? [])]); },
  },
  h('h2', { id: `${id}-h` }, p.step(n, t().sections[section])),
  h('p', { id: `${id}-hint`, class: 'hint' }, p.hints[section]),
  h('div', { class: 'step-grid' },
    h('div', { class: 'step-input' },
      h('div', { class: 'field' }, h('label', { for: textarea.id }, p.paste), textarea),
      h('div', { class: 'field' }, h('label', { for: file.id }, p.file), file, h('p', { class: 'hint' }, p.drop)),
      unit, view.status, view.mapping, view.reports),
    h('div', { class: 'step-output' }, h('h3', {}, p.preview), view.preview)));
  return box;
}

async function paste(step: Step, section: Section): Promise<void> {
  const l = await load();
  const text = step.text.trim() ? step.text : '';
  step.pasted = text ? { file: t().page.pasted, table: l.parseText(text) } : undefined;
  if (step.pasted) step.mappings.set(step.pasted, l.recognise(step.pasted.table, section));
  await update();
}

async function addFiles(step: Step, section: Section, files: File[]): Promise<void> {
  if (!files.length) return;
  const l = await load();
  step.view!.status.textContent = t().page.reading;
  step.files = [];
  step.unreadable = [];
  for (const f of files) {
    try {
      const sheets = await l.readFile(f.name, await f.arrayBuffer());
      for (const s of sheets) step.mappings.set(s, l.recognise(s.table, section));
      step.files.push(...sheets);
    } catch {
      step.unreadable.push(f.name);
    }
  }
  await update();
}

/** Fills every step with Asker's tables as a spreadsheet would hold them (the same CSV the widgets' downloads write). */
async function example(): Promise<void> {
  const l = await load();
  const doc = await (await fetch(new URL('data/asker-2017-2020.json', document.baseURI))).json();
  state.municipality = doc.municipality;
  state.title = doc.title;
  for (const s of SECTIONS) state.steps[s].text = l.toCsv(s, doc[s], state.lang).replace(/^\ufeff/, '');
  render();
  for (const s of SECTIONS) await paste(state.steps[s], s);
}

/** Converts every step's sheets together, then shows each step's part and the document. */
async function update(): Promise<void> {
  const l = await load();
  const all = SECTIONS.flatMap((s) => sheetsOf(state.steps[s]).map((sheet) => ({ s, sheet })));
  result = l.convert(all.map((x) => x.sheet), {
    mappings: all.map((x) => state.steps[x.s].mappings.get(x.sheet)),
    units: all.map((x) => state.steps[x.s].unit || undefined),
    municipality: state.municipality,
    title: state.title,
    lang: state.lang,
  });
  SECTIONS.forEach((s) => showStep(l, s, all.flatMap((x, i) => (x.s === s ? [i] : []))));
  showDocument(l);
  window.dispatchEvent(new Event('builder-updated'));
}

function showStep(l: Lib, section: Section, indices: number[]): void {
  const step = state.steps[section];
  const view = step.view!;
  const p = t().page;
  const items = (result!.document[section] as unknown[] | undefined) ?? [];
  const reports = result!.reports.filter((r) => r.sheet !== undefined && indices.includes(r.sheet));
  view.status.textContent = indices.length ? p.found(p.count[section](items.length)) : '';
  view.mapping.replaceChildren(...indices.map((i) => mappingTable(l, section, result!.sheets[i].sheet, indices.length > 1)));
  const lines = [
    ...step.unreadable.map((f) => `${f}: ${t().reasons.unreadable}`),
    ...reports.map((r) => `${indices.length > 1 && r.file ? `${r.file}: ` : ''}${l.describe(r, state.lang)}`),
  ];
  view.reports.replaceChildren(...(indices.length || lines.length ? [
    h('h3', {}, p.problems),
    lines.length ? h('ul', {}, lines.map((line) => h('li', {}, line))) : h('p', {}, p.none),
  ] : []));
  if (!items.length) {
    view.preview.replaceChildren(h('p', { class: 'hint empty' }, p.empty));
    return;
  }
  let el = view.preview.querySelector<HTMLElement & { data: unknown }>(TAGS[section]);
  if (!el) {
    el = document.createElement(TAGS[section]) as HTMLElement & { data: unknown };
    view.preview.replaceChildren(el);
  }
  el.setAttribute('lang', state.lang);
  el.setAttribute('theme', state.theme);
  el.setAttribute('heading-level', '4');
  el.data = result!.document;
}

/** The editable mapping of one sheet: each column's header and what it is used as. */
function mappingTable(l: Lib, section: Section, sheet: Sheet, named: boolean): HTMLElement {
  const step = state.steps[section];
  const mapping = step.mappings.get(sheet);
  const p = t().page;
  if (!mapping) return h('p', {});
  const roles = ['ignore', ...l.ROLES[section]] as Convert.Role[];
  const rows = mapping.columns.filter((c) => c.header || c.role !== 'ignore').map((c) => {
    const name = c.header || p.unnamed(c.index + 1);
    return h('tr', {}, h('th', { scope: 'row' }, name), h('td', {}, h('select', {
      'aria-label': `${p.use}: ${name}`,
      'data-column': c.index,
      onchange: (e: Event) => {
        step.mappings.set(sheet, l.setRole(mapping, c.index, (e.target as HTMLSelectElement).value as Convert.Role));
        void update();
      },
    }, roles.map((r) => h('option', { value: r, ...(r === c.role ? { selected: true } : {}) }, t().roles[r])))));
  });
  return h('div', { class: 'table-scroll' }, h('table', {},
    h('caption', {}, `${p.mapping}${named ? ` (${sheet.sheet ? `${sheet.file} › ${sheet.sheet}` : sheet.file})` : ''}. ${p.mappingHint}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, p.header), h('th', { scope: 'col' }, p.use))),
    h('tbody', {}, rows)));
}

function showDocument(l: Lib): void {
  const { link, status } = download!;
  const p = t().page;
  const has = SECTIONS.some((s) => Array.isArray(result!.document[s]));
  if (url) URL.revokeObjectURL(url);
  url = '';
  if (!has) {
    link.removeAttribute('href');
    link.setAttribute('aria-disabled', 'true');
    status.replaceChildren(h('p', { class: 'hint' }, p.empty));
    return;
  }
  url = URL.createObjectURL(new Blob([`${JSON.stringify(result!.document, null, 2)}\n`], { type: 'application/json' }));
  link.href = url;
  link.removeAttribute('aria-disabled');
  const issues = result!.reports.filter((r) => r.key === 'invalid');
  status.replaceChildren(issues.length
    ? h('div', { class: 'status bad' }, h('p', {}, p.invalid(issues.length)), h('ul', {}, issues.map((r) => h('li', {}, l.describe(r, state.lang)))))
    : h('p', { class: 'status ok' }, p.valid));
}

if (state.theme !== 'auto') document.documentElement.dataset.theme = state.theme;
async function start(): Promise<void> {
  render();
  if (params.get('example') === 'asker') await example();
  // A link to #step-finances could not scroll before the steps existed.
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  document.documentElement.dataset.ready = 'true';
  window.dispatchEvent(new Event('builder-ready'));
}

void start();

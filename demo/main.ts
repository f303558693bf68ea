/**
 * The demo page: wires the showcase switches, the playground and the API
 * reference. Everything it reads is relative to the page, so the same code
 * works under `npm start`, in the tests and in the static copy (demo-dist).
 */
import '../src/index.js';
import { VERSION } from '../src/shared/version.js';
import { h } from './dom.js';
import { elementsOf, loadManifest } from './manifest.js';
import { mountPlayground } from './playground.js';
import { mountGenerator } from './generator.js';
import { renderReference } from './reference.js';

const DATA = new URL('data/asker-2017-2020.json', document.baseURI);
/** The manifest sits at the repository root, one level up from demo/ (and so in demo-dist). */
const MANIFEST = new URL('../custom-elements.json', document.baseURI);
const SCRIPT = `https://unpkg.com/civic-widgets@${VERSION}/dist/civic-widgets.js`;

const HEADINGS: Record<string, [string, string, string]> = {
  nb: ['Prioriteringer', 'Investeringer', 'Gjeld og driftsinntekter'],
  nn: ['Prioriteringar', 'Investeringar', 'Gjeld og driftsinntekter'],
  en: ['Priorities', 'Investments', 'Debt and operating revenue'],
};

function showcase(): void {
  const form = document.querySelector<HTMLFormElement>('#showcase form')!;
  const els = [...document.querySelectorAll<HTMLElement>('.showcase > .card > *')];
  const apply = () => {
    const lang = form.querySelector<HTMLInputElement>('[name="show-lang"]:checked')!.value;
    const theme = form.querySelector<HTMLInputElement>('[name="show-theme"]:checked')!.value;
    els.forEach((el, i) => {
      el.setAttribute('lang', lang);
      el.setAttribute('theme', theme);
      el.setAttribute('heading', HEADINGS[lang][i] ?? '');
    });
    form.closest('section')!.dataset.theme = theme;
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  // ?theme=dark|light (as the screenshot script passes) starts the page and the showcase in that theme.
  const forced = new URLSearchParams(location.search).get('theme');
  if (forced === 'dark' || forced === 'light') {
    document.documentElement.dataset.theme = forced;
    form.querySelector<HTMLInputElement>(`#show-theme-${forced}`)!.checked = true;
  }
  apply();
}

function failure(root: HTMLElement, what: string, error: unknown): void {
  root.replaceChildren(h('p', { class: 'status bad', role: 'alert' },
    `${what} could not be loaded (${(error as Error).message}). Under npm start it is written by `,
    h('code', {}, 'npm run analyze'), '; in a static copy it is copied by ', h('code', {}, 'npm run build:demo'), '.'));
}

async function start(): Promise<void> {
  showcase();
  const playgroundRoot = document.getElementById('playground-root')!;
  const referenceRoot = document.getElementById('reference-root')!;
  const [manifest, json] = await Promise.allSettled([
    loadManifest(MANIFEST),
    fetch(DATA).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${DATA} answered ${r.status}`)))),
  ]);
  if (manifest.status === 'fulfilled') {
    const elements = elementsOf(manifest.value);
    renderReference(referenceRoot, elements);
    if (json.status === 'fulfilled') {
      mountPlayground(playgroundRoot, { elements, json: json.value, scriptUrl: SCRIPT, id: 'pg' });
    } else failure(playgroundRoot, 'The example data', json.reason);
  } else {
    failure(referenceRoot, 'custom-elements.json', manifest.reason);
    failure(playgroundRoot, 'custom-elements.json', manifest.reason);
  }
  // The embed generator needs only the data (not the manifest).
  const generatorRoot = document.getElementById('generator-root')!;
  if (json.status === 'fulfilled') mountGenerator(generatorRoot, { json: json.value, dataUrl: '/civic-widgets/handlingsprogram.json' });
  else failure(generatorRoot, 'The example data', json.reason);
  // A link to #reference-… could not scroll before the reference existed.
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  document.documentElement.dataset.ready = 'true';
  window.dispatchEvent(new Event('demo-ready'));
}

void start();

/**
 * The demo's main page: the showcase, the playground, the embed generator and
 * the API reference, in the page's language (demo/page.ts; bokmål unless
 * ?lang= says otherwise). Everything it reads is relative to the page, so the
 * same code works under `npm start`, in the tests and in the static copy (demo-dist).
 */
import '../src/index.js';
import { VERSION } from '../src/shared/version.js';
import { h } from './dom.js';
import { elementsOf, loadManifest, type ElementDoc } from './manifest.js';
import { lazySources, whenNear } from './lazy.js';
import { markup, rebuildKeeping, startPage, type PageState } from './page.js';
// The playground, the generator and the reference are imported when the first of them is built (when
// the reader comes near it): their code is not evaluated in the same task as the elements'.
type Modules = [typeof import('./playground.js'), typeof import('./generator.js'), typeof import('./reference.js')];
let modules: Modules | undefined;

const DATA = new URL('data/asker-2017-2020.json', document.baseURI);
/** The manifest sits at the repository root, one level up from demo/ (and so in demo-dist). */
const MANIFEST = new URL('../custom-elements.json', document.baseURI);
const SCRIPT = `https://unpkg.com/civic-widgets@${VERSION}/dist/civic-widgets.js`;

const roots = {
  playground: document.getElementById('playground-root')!,
  generator: document.getElementById('generator-root')!,
  reference: document.getElementById('reference-root')!,
};

/** What the page has loaded: the manifest's elements and the example data, or why not. */
let loaded: { elements?: ElementDoc[]; json?: string; manifestError?: unknown; dataError?: unknown } | undefined;
type Part = keyof typeof roots;
/** The parts built so far: each waits until the reader comes near it (demo/lazy.ts). */
const built = new Set<Part>();

function failure(root: HTMLElement, state: PageState, what: 'manifest' | 'data', error: unknown): void {
  root.replaceChildren(h('p', { class: 'status bad', role: 'alert' }, ...markup(state.strings.failure(what, (error as Error).message))));
}

/** Builds each part in the page's language; building again keeps what the reader typed and chose there. */
const PARTS: Record<Part, (state: PageState, l: NonNullable<typeof loaded>) => void> = {
  reference: (state, { elements, manifestError }) => {
    if (elements) modules![2].renderReference(roots.reference, elements, 3, state.strings.reference);
    else failure(roots.reference, state, 'manifest', manifestError);
  },
  playground: (state, { elements, json, manifestError, dataError }) => {
    if (!elements || json === undefined) return failure(roots.playground, state, elements ? 'data' : 'manifest', elements ? dataError : manifestError);
    // The editor keeps what the reader typed; "restore" still goes back to the example.
    const editor = document.getElementById('pg-json') as HTMLTextAreaElement | null;
    rebuildKeeping(roots.playground, () => modules![0].mountPlayground(roots.playground, {
      elements, json: editor?.value ?? json, example: json, scriptUrl: SCRIPT, id: 'pg', strings: state.strings.playground,
    }));
  },
  // The embed generator needs only the data (not the manifest).
  generator: (state, { json, dataError }) => {
    if (json === undefined) return failure(roots.generator, state, 'data', dataError);
    rebuildKeeping(roots.generator, () => modules![1].mountGenerator(roots.generator, { json, dataUrl: '/civic-widgets/handlingsprogram.json', strings: state.strings.generator }));
  },
};

function build(state: PageState, parts: Part[] = [...built]): void {
  for (const part of parts) if (loaded) PARTS[part](state, loaded);
}

async function start(): Promise<void> {
  const state = startPage((s, langChanged) => {
    if (langChanged) build(s);
  });
  // The examples further down (data-src) load their data when the reader comes near them.
  void lazySources();
  const [manifest, json] = await Promise.allSettled([
    loadManifest(MANIFEST),
    fetch(DATA).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${DATA} answered ${r.status}`)))),
  ]);
  loaded = {
    elements: manifest.status === 'fulfilled' ? elementsOf(manifest.value) : undefined,
    manifestError: manifest.status === 'rejected' ? manifest.reason : undefined,
    json: json.status === 'fulfilled' ? json.value : undefined,
    dataError: json.status === 'rejected' ? json.reason : undefined,
  };
  // The generator too waits until it is near: building it with the showcase was the main page's
  // longest task on a phone (Lighthouse mobile TBT about 400 ms at 4× slowdown).
  // Their code, too, is imported only then (one import for the three, shared).
  let imported: Promise<Modules> | undefined;
  const parts = (['generator', 'playground', 'reference'] as const).map((part) => new Promise<void>((resolve) => whenNear(roots[part], async () => {
    modules = await (imported ??= Promise.all([import('./playground.js'), import('./generator.js'), import('./reference.js')]));
    built.add(part);
    build(state, [part]);
    resolve();
  })));
  await Promise.all(parts);
  // A link to #reference-… could not scroll before the reference existed.
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  document.documentElement.dataset.ready = 'true';
  window.dispatchEvent(new Event('demo-ready'));
}

void start();

// Pages for the embed tests, written as srcdoc iframes of the test page (same origin, so the
// tests read their DOM): the sanitized embed code from test/embed/golden/, with or without
// the bundle, with pages/probe.js recording events and layout shifts.
import { waitUntil } from '@open-wc/testing';

export const TAGS = ['civic-priority-list', 'civic-investment-timeline', 'civic-debt-revenue-chart'] as const;
export type Tag = (typeof TAGS)[number];
export const SANITIZERS = ['dompurify', 'sanitize-html'] as const;

export interface Probe {
  loads: string[];
  errors: string[];
  shifts: { value: number; recent: boolean; at: number; sources: { node: string; from: number[]; to: number[] }[] }[];
  flush(): void;
}
export interface Page { frame: HTMLIFrameElement; win: Window & typeof globalThis & { probe: Probe }; doc: Document; close(): void }

export async function golden(name: string): Promise<string> {
  const r = await fetch(`/test/embed/golden/${name}`);
  if (!r.ok) throw new Error(`${name}: ${r.status}`);
  return r.text();
}

/** An article page around `body`; `bundle` loads dist/civic-widgets.js, `scripts: false` runs no script at all. */
export async function openPage(body: string, o: { width?: number; height?: number; bundle?: boolean; scripts?: boolean; scrollTo?: string; head?: string } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${o.width ?? 390}px;height:${o.height ?? 844}px;border:0;display:block`;
  if (o.scripts === false) frame.sandbox.add('allow-same-origin');
  frame.srcdoc = `<!doctype html><html lang="nb"${o.scrollTo ? ` data-scroll-to="${o.scrollTo}"` : ''}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Artikkel</title>
<style>body { font-family: Georgia, serif; margin: 0; padding: 0 16px; line-height: 1.6; } article { max-width: 680px; margin: 0 auto; }</style>
<script src="/test/embed/pages/probe.js"></script>
${o.bundle ? '<script type="module" src="/dist/civic-widgets.js"></script>' : ''}${o.head ?? ''}
</head><body><article>
<h1>Kommunen låner mer</h1>
<p id="before">Ingress. Gjelden vokser raskere enn inntektene, viser handlingsprogrammet.</p>
${body}
<p id="after">Brødtekst etter grafikken. Denne teksten må ikke hoppe når grafikken lastes. Leseren er her.</p>
${'<p>Mer brødtekst, nok til at siden kan rulles videre: artikkelen fortsetter etter grafikken.</p>\n'.repeat(12)}</article></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Page['win'];
  return { frame, win, doc: frame.contentDocument!, close: () => frame.remove() };
}

/** Two frames of the page: whatever was queued is painted (and its layout shifts reported). */
export const frames = (win: Window) => new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));

/** Waits until the site loader has swapped in `count` live elements and `left` static sections remain. */
export async function upgraded(page: Page, count = 1, left = 0): Promise<HTMLElement[]> {
  const live = () => [...page.doc.querySelectorAll<HTMLElement>(TAGS.join(','))];
  await waitUntil(() => page.win.probe.errors.length > 0 || (live().length === count && page.doc.querySelectorAll('section').length === left),
    'the static embed was not replaced', { timeout: 8000 });
  await frames(page.win);
  return live();
}

/** Everything a reader is shown, shadow roots included. */
export function shownText(root: Element | ShadowRoot): string {
  let out = '';
  for (const node of root.childNodes) {
    // nodeType, not instanceof: the nodes come from another window.
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent;
    else if (node.nodeType === Node.ELEMENT_NODE) out += ` ${shownText((node as Element).shadowRoot ?? (node as Element))}`;
  }
  return out.replace(/[ \t\n\r]+/g, ' '); // not \s, which would take the non-breaking spaces in amounts
}

import { oneEvent } from '@open-wc/testing';

export const TAGS = ['civic-priority-list', 'civic-investment-timeline', 'civic-debt-revenue-chart'];

export type Frame = { frame: HTMLIFrameElement; win: Window & typeof globalThis; doc: Document };

/** A demo page in an iframe of the given size, once it has said it is ready (`ready` event, or data-ready="true"). */
export async function openPage(page: string, ready: string, title: string, width: number, height: number, query = ''): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  const loaded = oneEvent(frame, 'load');
  frame.src = `/demo/${page}${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  // The main page builds its playground and reference when the reader comes near them, or before printing
  // (demo/lazy.ts): the tests want the whole page, as a printout gets it.
  win.dispatchEvent(new win.Event('beforeprint'));
  if (doc.documentElement.dataset.ready !== 'true') await oneEvent(win, ready);
  return { frame, win, doc };
}

/** The demo page in an iframe of the given width, once its playground and reference are built. */
export const openDemo = (width = 1000, query = ''): Promise<Frame> => openPage('index.html', 'demo-ready', 'Demo page', width, 700, query);

/** Resolves when a civic element has shown its data or its error. */
export function settled(el: Element): Promise<unknown> {
  if ((el as Element & { status?: string }).status !== 'loading') return Promise.resolve();
  return Promise.race([oneEvent(el, 'civic-load'), oneEvent(el, 'civic-error')]);
}

/** axe-core run inside the frame, on the whole document (shadow roots included). */
export async function axeViolations(frame: Frame): Promise<string[]> {
  const w = frame.win as unknown as { axe?: { run(ctx: Document): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };
  if (!w.axe) {
    const script = frame.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = oneEvent(script, 'load');
    frame.doc.head.append(script);
    await loaded;
  }
  const { violations } = await w.axe!.run(frame.doc);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

export const text = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ').trim();

/** The elements (shadow roots included) that reach past the right edge: what to fix when a page scrolls sideways. */
export function overflowing(doc: Document): string[] {
  const width = doc.documentElement.clientWidth;
  const out: string[] = [];
  const walk = (root: Document | ShadowRoot, host: string) => {
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width && r.right > width + 1) out.push(`${host}${el.localName}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} (right ${Math.round(r.right)})`);
      if (el.shadowRoot) walk(el.shadowRoot, `${host}${el.localName} >> `);
    }
  };
  walk(doc, '');
  return out;
}

/**
 * A blank page with the snippet pasted in, in an iframe. The page's own
 * listener (not part of the snippet) reports every civic-load / civic-error.
 * Resolves on the first one, with the messages seen so far.
 */
export async function paste(snippet: string): Promise<{ frame: HTMLIFrameElement; events: { type: string; tag?: string }[] }> {
  const frame = document.createElement('iframe');
  frame.title = 'Blank page with the embed code';
  const events: { type: string; tag?: string }[] = [];
  const done = new Promise<void>((resolve) => {
    const on = (e: MessageEvent) => {
      if (e.source !== frame.contentWindow) return;
      events.push(e.data);
      if (e.data.type === 'civic-load' || e.data.type === 'civic-error') {
        window.removeEventListener('message', on);
        resolve();
      }
    };
    window.addEventListener('message', on);
  });
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title>
<script>for (const t of ['civic-load', 'civic-error']) document.addEventListener(t, (e) => parent.postMessage({ type: t, tag: e.target.localName }, '*'));</script>
</head><body>
${snippet}
</body></html>`;
  document.body.append(frame);
  await done;
  return { frame, events };
}


// Opens a host page in an iframe of the test page and waits for its record
// (see pages/collect.js). The frame is same-origin, so tests also read its DOM.

export interface Violation { directive: string; blocked: string; element: string; source: string }
export interface HostRecord {
  violations: Violation[];
  errors: string[];
  loads: string[];
  failures: { tag: string; message: string; issues: { path: string; message: string }[] }[];
  warnings: string[];
}
export interface Host {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  record: HostRecord;
  close(): void;
}

export const PAGES = '/test/embedding/pages/';
export const TAGS = ['civic-priority-list', 'civic-investment-timeline', 'civic-debt-revenue-chart'] as const;

export async function openHost(page: string, { width = 800, height = 900 } = {}): Promise<Host> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  const settled = new Promise<HostRecord>((resolve) => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== frame.contentWindow || !e.data?.civicSettled) return;
      window.removeEventListener('message', onMessage);
      resolve(e.data.record as HostRecord);
    };
    window.addEventListener('message', onMessage);
  });
  frame.src = PAGES + page;
  document.body.append(frame);
  const record = await settled;
  const win = frame.contentWindow as Window & typeof globalThis;
  return { frame, win, doc: frame.contentDocument!, record, close: () => frame.remove() };
}

/** Every element in a shadow root, nested shadow roots included. */
export function shadowElements(root: ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...shadowElements(el.shadowRoot));
  }
  return out;
}

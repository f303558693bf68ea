// The iframe page (dist/embed.html) renders each element from its query string; with the resize
// script (dist/civic-resize.js) on the host page the iframe ends within 2 px of its content at 320
// and 1000 px; messages from another origin, or from anything but the page's own iframes, are ignored.
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS, frames, golden, openPage, shownText, type Page } from './helpers.js';

const embedUrl = (tag: string) => `/dist/embed.html?element=${tag}&src=%2F__api%2Fasker&lang=nb`;

/** A host page with the resize script and the embed iframe(s); resolves when the first iframe's element has its data. */
async function host(body: string, width: number): Promise<Page & { inner: Document }> {
  const page = await openPage(body, { width, height: 900, head: '<script src="/dist/civic-resize.js"></script>' });
  const frame = page.doc.querySelector('iframe')!;
  // (The test server adds a script to the page's body, so the element is looked up by its tag.)
  await waitUntil(() => frame.contentDocument?.querySelector(TAGS.join(','))?.shadowRoot?.querySelector('[part="source"]'), 'the iframe page did not render', { timeout: 8000 });
  return { ...page, inner: frame.contentDocument! };
}

const gap = (frame: HTMLIFrameElement) =>
  Math.abs(frame.getBoundingClientRect().height - frame.contentDocument!.documentElement.getBoundingClientRect().height);

describe('the iframe page and the resize script', () => {
  for (const tag of TAGS) {
    for (const width of [320, 1000]) {
      it(`<${tag}> at ${width} px: rendered, and the iframe ends within 2 px of its content`, async () => {
        // The embed code as the command prints it (test/embed/golden), so its default height is tested too.
        const code = await golden(`${tag}.iframe.html`);
        const page = await host(code, width);
        try {
          const frame = page.doc.querySelector('iframe')!;
          const el = page.inner.querySelector(TAGS.join(','))!;
          expect(el.localName).to.equal(tag);
          expect(shownText(el.shadowRoot!)).to.include('Asker kommune');
          await waitUntil(() => gap(frame) <= 2, `iframe ${frame.getBoundingClientRect().height} px, content ${page.inner.documentElement.getBoundingClientRect().height} px`, { timeout: 5000 });
          await frames(page.inner.defaultView!);
          console.log(`${tag} at ${width}px: iframe ${frame.getBoundingClientRect().height} px, content ${page.inner.documentElement.getBoundingClientRect().height} px (default ${frame.getAttribute('height')})`);
          expect(gap(frame)).to.be.at.most(2);
        } finally {
          page.close();
        }
      });
    }
  }

  it('messages from another origin, or from a window that is not one of the page\'s iframes, are ignored; AMP\'s embed-size is obeyed', async () => {
    // A sandboxed frame without allow-same-origin has another (opaque) origin; asked, it sends both size messages.
    const speak = "addEventListener('message', () => { parent.postMessage({ type: 'civic-embed-size', height: 50 }, '*'); "
      + "parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 50 }, '*'); })";
    const page = await host(`<iframe id="own" src="${embedUrl('civic-debt-revenue-chart')}" height="300" style="border:0;width:100%"></iframe>
<iframe id="foreign" sandbox="allow-scripts" height="300" srcdoc="&lt;script&gt;${speak}&lt;/script&gt;"></iframe>`, 1000);
    try {
      const own = page.doc.getElementById('own') as HTMLIFrameElement;
      const other = page.doc.getElementById('foreign') as HTMLIFrameElement;
      await waitUntil(() => gap(own) <= 2, 'the own iframe was not sized', { timeout: 5000 })
        .catch((e) => Promise.reject(new Error(`${e.message}: ${own.getBoundingClientRect().height} px, content ${own.contentDocument!.documentElement.getBoundingClientRect().height} px`)));
      // The foreign frame speaks …
      const heard = new Promise<void>((resolve) => page.win.addEventListener('message', (e) => {
        if (e.source === other.contentWindow && e.origin === 'null' && e.data?.sentinel === 'amp') resolve();
      }));
      const otherHeight = other.getBoundingClientRect().height;
      other.contentWindow!.postMessage('speak', '*');
      await heard;
      // … and its iframe keeps the height it was given.
      expect(other.getBoundingClientRect().height).to.equal(otherHeight);
      // The host page itself (not an iframe) cannot resize an iframe either.
      const ownHeight = own.getBoundingClientRect().height;
      const seen = new Promise((resolve) => page.win.addEventListener('message', resolve, { once: true }));
      page.win.postMessage({ type: 'civic-embed-size', height: 17 }, '*');
      page.win.postMessage({ sentinel: 'amp', type: 'embed-size', height: 17 }, '*');
      await seen;
      expect(own.getBoundingClientRect().height).to.equal(ownHeight);
      // AMP's message from the own iframe is obeyed.
      const amp = new Promise<void>((resolve) => page.win.addEventListener('message', (e) => e.data?.height === 777 && resolve()));
      const script = page.inner.createElement('script');
      script.textContent = "parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 777 }, '*')";
      (own.contentDocument!).body.append(script);
      await amp;
      expect(own.getBoundingClientRect().height).to.equal(777);
    } finally {
      page.close();
    }
  });

  it('without element or src the page says what is missing; a javascript: src is refused', async () => {
    const page = await openPage(`<iframe src="/dist/embed.html?element=civic-priority-list&src=javascript:parent.parent.pwned%3D1"></iframe>`);
    try {
      const frame = page.doc.querySelector('iframe')!;
      await waitUntil(() => frame.contentDocument?.querySelector('p'), 'no message');
      expect(frame.contentDocument!.querySelector('civic-priority-list')).to.equal(null);
      expect(frame.contentDocument!.body.textContent).to.include('element=');
      expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
    } finally {
      page.close();
    }
  });
});

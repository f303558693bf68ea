/**
 * civic-resize.js, for a host page that shows civic-widgets in iframes of
 * embed.html: sizes each such iframe to its content. Optional: without it an
 * iframe keeps the height the embed code gave it.
 *
 *     <script src="/civic-widgets/civic-resize.js" async></script>
 *     <script src="https://cdn.example/civic-resize.js" data-origin="https://cdn.example" async></script>
 *
 * A message is obeyed only when it comes from an iframe on this page (its
 * window is the message's source) and from an allowed origin: the script's own
 * origin (embed.html is served beside it), or those listed in `data-origin`
 * (space-separated). Two message shapes are read: civic-widgets' own
 * `{ type: 'civic-embed-size', height }` and AMP's
 * `{ sentinel: 'amp', type: 'embed-size', height }`.
 * A classic script (no modules needed), so it also runs where only that is allowed.
 */
import { isSizeMessage } from './size-message.js';

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  const own = script?.src ? new URL(script.src, location.href).origin : location.origin;
  const allowed = new Set([own, ...(script?.dataset.origin ?? '').split(/\s+/).filter(Boolean)]);
  addEventListener('message', (e: MessageEvent) => {
    if (!allowed.has(e.origin) || !isSizeMessage(e.data)) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow !== e.source) continue;
      frame.style.setProperty('height', `${Math.ceil(e.data.height)}px`);
      return;
    }
  });
})();

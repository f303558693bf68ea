/**
 * The iframe page (dist/embed.html): one element, full width, from the query
 * string (spec.ts: `element`, `src`, `lang`, `theme`, `heading` and the
 * element's own attributes). It tells the page around it its height, for
 * civic-resize.js and for AMP's amp-iframe, whenever that changes.
 *
 * It imports the bundle (index.ts), so it sits above it, like demo/; the build
 * keeps that import as `./civic-widgets.js`, the bundle beside embed.html.
 */
import '../index.js';
import { parseEmbedQuery } from '../embed/spec.js';
import { sizeMessages } from '../embed/size-message.js';
import { STRINGS } from '../embed/strings.js';
import { normaliseLang } from '../shared/i18n.js';

const spec = parseEmbedQuery(location.search, location.href);
const lang = normaliseLang(new URLSearchParams(location.search).get('lang')) ?? 'nb';
document.documentElement.lang = lang;
if (spec) {
  const el = document.createElement(spec.tag);
  for (const [name, value] of Object.entries(spec.attributes)) el.setAttribute(name, value);
  el.setAttribute('src', spec.src);
  document.body.append(el);
  // The page's own background follows the element's theme, so the iframe shows no white edge in dark.
  document.documentElement.dataset.theme = spec.attributes.theme ?? 'light';
} else {
  const p = document.createElement('p');
  p.textContent = STRINGS[lang].pageMissing;
  document.body.append(p);
}

let last = -1;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  // Only a height goes out, so any page may hear it; the resize script checks who sent it.
  for (const m of sizeMessages(height)) window.parent.postMessage(m, '*');
}).observe(document.documentElement);

/**
 * The site loader: the bundle, loaded once in a site's template, upgrades
 * every static embed on the page (static.ts), also those added later, into
 * the live element with the linked data.
 *
 * A static embed is a `<section>` whose last child holds its only data link,
 * a link whose fragment names one of the three tags (spec.ts). What a crafted
 * link can do is bounded by the grammar: only the three tags, only http(s) or
 * relative data URLs, only the listed attributes, each set as text.
 *
 * Nothing moves until the live element shows the data: it is drawn in a
 * zero-height, clipped float just before the static embed (so at the same
 * width, and out of the flow), and when it has drawn the data the static embed is removed and the
 * box opened in the same task, so the page changes once. Where the live
 * element is shorter than the static form, its box keeps the difference, so
 * nothing below moves up; where it is taller, the text below moves down by the
 * difference, unless the browser's scroll anchoring keeps the reader's place
 * (Chromium and Firefox do; see docs/embedding.md). If the data cannot be
 * loaded, the static embed stays and the box goes.
 */
import { parseDataLink, type EmbedSpec } from './spec.js';

const LINKS = 'a[href*="#civic-"]';
/** Set on the document by the first copy, so two copies of the bundle upgrade each embed once. */
const STARTED = Symbol.for('civic-widgets.site-loader');
const seen = new WeakSet<Element>();

/** The static embed around a data link, or null when the link is not in one. */
export function embedOf(link: Element): HTMLElement | null {
  const section = link.closest('section');
  if (!section?.lastElementChild?.contains(link)) return null;
  return section.querySelectorAll(LINKS).length === 1 ? section : null;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function upgrade(section: HTMLElement, spec: EmbedSpec): void {
  const el = document.createElement(spec.tag);
  for (const [name, value] of Object.entries(spec.attributes)) el.setAttribute(name, value);
  // The static list shows every priority, so the live one starts expanded ("Vis færre" shortens it).
  if (spec.tag === 'civic-priority-list' && spec.attributes.limit) el.setAttribute('expanded', '');
  el.setAttribute('src', spec.src);
  const box = document.createElement('div');
  // A zero-height float as wide as the static embed: out of the flow, so not even the margins
  // around it change; set through the CSSOM, which a strict CSP allows (style attributes it refuses).
  const hidden = { float: 'left', width: '100%', height: '0', overflow: 'hidden' };
  for (const [name, value] of Object.entries(hidden)) box.style.setProperty(name, value);
  box.inert = true;
  box.append(el);
  // The browser's scroll anchoring keeps the reader's place by the text around the embed, never by
  // the embed itself, which is about to be replaced.
  for (const e of [box, section]) e.style.setProperty('overflow-anchor', 'none');
  section.before(box);
  let loaded = false;
  el.addEventListener('civic-load', async () => {
    loaded = true;
    // Drawn with the data, then once more at its measured width (the chart and the timeline measure their box).
    await el.updateComplete;
    await frame();
    await el.updateComplete;
    // What follows the embed must not move up: where the live element is shorter, its box keeps the room.
    const next = section.nextElementSibling;
    const y = next?.getBoundingClientRect().top ?? 0;
    section.remove();
    for (const name of [...Object.keys(hidden), 'overflow-anchor']) box.style.removeProperty(name);
    box.inert = false;
    const up = next ? y - next.getBoundingClientRect().top : 0;
    if (up > 0) box.style.setProperty('min-height', `${box.getBoundingClientRect().height + up}px`);
  }, { once: true });
  // A document that is only partly valid fires civic-load first and is shown; a failure keeps the static embed.
  el.addEventListener('civic-error', () => loaded || box.remove(), { once: true });
}

/** Upgrades the static embeds under `root` not seen before. */
export function upgradeAll(root: ParentNode = document): void {
  for (const link of root.querySelectorAll(LINKS)) {
    const section = embedOf(link);
    if (!section || seen.has(section)) continue;
    seen.add(section);
    const spec = parseDataLink(link.getAttribute('href') ?? '', document.baseURI);
    if (spec && customElements.get(spec.tag)) upgrade(section, spec);
  }
}

/** Starts the loader once per page: now, and for every embed added later. */
export function startSiteLoader(): void {
  const doc = document as Document & { [STARTED]?: true };
  if (doc[STARTED]) return;
  doc[STARTED] = true;
  let queued = false;
  const scan = () => {
    queued = false;
    upgradeAll();
  };
  new MutationObserver(() => {
    if (!queued) queueMicrotask(scan);
    queued = true;
  }).observe(document.documentElement, { childList: true, subtree: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
  else scan();
}

if (typeof document !== 'undefined') startSiteLoader();

// Puts one element (?tag=…, ?class=…, ?heading=…) in the article with no data yet, so it
// shows its loading state; once that is on screen, gives it a src that answers
// late, and sums the layout shifts from then until the data is drawn. The
// figures go into window.civicShift for the test page.
const params = new URLSearchParams(location.search);
const tag = params.get('tag');
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const entries = [];
const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
observer.observe({ type: 'layout-shift', buffered: true });

const describe = (node, el) => {
  if (!node) return 'unknown';
  if (node === el) return tag;
  if (el.shadowRoot.contains(node) || el.contains(node)) return `${tag} inside`;
  return node.id ? `#${node.id}` : node.nodeName.toLowerCase();
};
const sum = (list, el) => ({
  value: list.filter((e) => !e.hadRecentInput).reduce((s, e) => s + e.value, 0),
  sources: list.flatMap((e) => e.sources.map((s) => ({
    node: describe(s.node, el),
    from: [Math.round(s.previousRect.y), Math.round(s.previousRect.height)],
    to: [Math.round(s.currentRect.y), Math.round(s.currentRect.height)],
  }))),
});

// ?long=1: an article that goes on below the element, as a news story does.
if (params.has('long')) {
  for (let i = 0; i < 12; i++) {
    const p = document.createElement('p');
    p.textContent = 'Brødtekst som fortsetter under grafikken. Leseren er midt i denne teksten når dataene kommer, og den må ikke flytte seg.';
    document.querySelector('article').append(p);
  }
}

await customElements.whenDefined(tag);
const el = document.createElement(tag);
if (params.get('class')) el.className = params.get('class');
if (params.has('heading')) el.setAttribute('heading', params.get('heading'));
if (params.has('limit')) el.setAttribute('limit', params.get('limit'));
document.getElementById('slot').append(el);
await el.updateComplete;
await frames();
observer.takeRecords().forEach((e) => entries.push(e));
const loadingHeight = el.getBoundingClientRect().height;
// Where the text below stands, so a test can show it watches text that is in view.
const afterTop = () => Math.round(document.getElementById('after').getBoundingClientRect().top);
const afterBefore = afterTop();
const beforeData = sum(entries.splice(0), el);
const loaded = new Promise((resolve) => el.addEventListener('civic-load', resolve, { once: true }));
el.setAttribute('src', `/__api/asker?id=shift-${tag}-${Date.now()}&delay=${params.get('delay') ?? 800}`);
await loaded;
await el.updateComplete;
await frames();
observer.takeRecords().forEach((e) => entries.push(e));
window.civicShift = {
  beforeData, afterData: sum(entries, el), loadingHeight, loadedHeight: el.getBoundingClientRect().height,
  afterTop: [afterBefore, afterTop()], viewport: innerHeight,
};

// Imports the bundle into a page with nothing else and records what it changed:
// globals on window, tags defined, requests made, storage, elements in <head>.
const names = () => new Set([...Object.getOwnPropertyNames(window), ...Object.getOwnPropertySymbols(window).map(String)]);
const before = names();
const headBefore = document.head.children.length;
const defined = [];
const registry = window.customElements;
const define = registry.define;
registry.define = function (name, ctor, options) {
  defined.push(name);
  return define.call(this, name, ctor, options);
};
const resources = [];
new PerformanceObserver((list) => resources.push(...list.getEntries().map((e) => new URL(e.name).pathname + new URL(e.name).search)))
  .observe({ type: 'resource' });
const beacon = navigator.sendBeacon;
let beacons = 0;
navigator.sendBeacon = (...args) => { beacons++; return beacon.apply(navigator, args); };

await import('/dist/civic-widgets.js');
delete registry.define;
const added = [...names()].filter((n) => !before.has(n));
const afterImport = { added, defined, head: document.head.children.length - headBefore, adoptedSheets: document.adoptedStyleSheets.length };

const el = document.createElement('civic-debt-revenue-chart');
el.setAttribute('src', '/demo/data/asker-2017-2020.json?side-effects');
const loaded = new Promise((r) => el.addEventListener('civic-load', r, { once: true }));
document.body.append(el);
await loaded;
await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
window.civicSideEffects = {
  ...afterImport,
  addedLater: [...names()].filter((n) => !before.has(n) && !added.includes(n) && n !== 'civicSideEffects'),
  resources: resources.filter((r) => !r.startsWith('/test/embedding/pages/')),
  beacons,
  cookie: document.cookie,
  storage: localStorage.length + sessionStorage.length,
};

// In-page side of the benchmark (driven by scripts/bench.js over puppeteer).
// Each case has prepare (not timed), act (timed: set data, await updateComplete)
// and cleanup. One run gives two figures:
//   painted — from setting `data` to the second requestAnimationFrame after
//             updateComplete (the definition; frame-quantised: with
//             vsync at 60 Hz it can never be below about two frames);
//   work    — main-thread time: the synchronous part (set data → updateComplete)
//             plus the next frame's rendering step (rAF → style, layout,
//             ResizeObserver callbacks, paint → the task after it), i.e. what
//             the page actually spends, without the idle wait for vsync.
const params = new URLSearchParams(location.search);
const LIB = params.get('lib') ?? '/dist/civic-widgets.js';
const stage = document.getElementById('stage');
const WIDTH = 800;

let DATA;
let drawChartJs;
const gc = () => (typeof window.gc === 'function' ? window.gc() : undefined);
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
/** Resolves after the next frame is fully done: [time rAF ran, time the task after the frame ran]. */
const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
  const raf = performance.now();
  const ch = new MessageChannel();
  ch.port1.onmessage = () => { ch.port1.close(); resolve([raf, performance.now()]); };
  ch.port2.postMessage(0);
}));

function box(width = WIDTH) {
  const d = document.createElement('div');
  d.style.width = `${width}px`;
  stage.append(d);
  return d;
}

/** Counts the element's completed updates (Lit calls this.updated() after each). */
function counted(el) {
  el.__updates = 0;
  const updated = el.updated;
  el.updated = function (changed) {
    updated.call(this, changed);
    this.__updates++;
  };
  return el;
}

/** Errors and civic-error events seen during a case: the synthetic data must be valid. */
function watchErrors(host, problems) {
  host.addEventListener('civic-error', (e) => problems.push(`civic-error: ${e.detail?.message}`));
}

/** n elements of `tag` in one 800 px column, connected and settled (width measured) before data is set. */
function elementCase(tag, key, n = 1, extraCss = '') {
  let host; let els; let docs; const problems = [];
  return {
    async prepare() {
      host = box();
      watchErrors(host, problems);
      els = Array.from({ length: n }, () => host.appendChild(document.createElement(tag)));
      await Promise.all(els.map((e) => e.updateComplete));
      if (extraCss) {
        // An experiment: a style the element does not ship, to measure a proposed fix without touching src/.
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(extraCss);
        for (const e of els) e.shadowRoot.adoptedStyleSheets = [...e.shadowRoot.adoptedStyleSheets, sheet];
      }
      await nextFrame();
      await nextFrame();
      els.forEach(counted);
      // A fresh object each run, as a page that fetches its data gives one.
      docs = els.map(() => structuredClone(DATA[key]));
    },
    act() {
      els.forEach((e, i) => { e.data = docs[i]; });
      return Promise.all(els.map((e) => e.updateComplete));
    },
    check() {
      for (const e of els) {
        if (e.status !== 'ready') problems.push(`${tag} status ${e.status}`);
        if (!e.__updates) problems.push(`${tag} did not update`);
      }
      return problems.splice(0);
    },
    cleanup() { host.remove(); },
  };
}

/** The chart created, given data and connected in one go: the real embed path (first render, then the width is measured). */
function coldCase(tag, key) {
  let host; let doc; let el; const problems = [];
  return {
    async prepare() { host = box(); watchErrors(host, problems); doc = structuredClone(DATA[key]); },
    act() {
      el = counted(document.createElement(tag));
      el.data = doc;
      host.append(el);
      return el.updateComplete;
    },
    check() { return el.status === 'ready' ? problems.splice(0) : [...problems.splice(0), `status ${el.status}`]; },
    cleanup() { host.remove(); },
  };
}

/** The container changes width (800 ↔ 560 px); the ResizeObserver-driven update is waited for. */
function resizeCase(tag, key) {
  let host; let el; let wide = true; const problems = [];
  return {
    resize: true,
    async prepare() {
      if (!host) {
        host = box();
        watchErrors(host, problems);
        el = host.appendChild(document.createElement(tag));
        el.data = structuredClone(DATA[key]);
        await el.updateComplete;
        await nextFrame();
        await nextFrame();
        counted(el);
      }
      el.__updates = 0;
    },
    act() {
      wide = !wide;
      host.style.width = `${wide ? WIDTH : 560}px`;
    },
    updated: () => el.__updates > 0,
    settled: () => el.updateComplete,
    check() { return el.__updates ? problems.splice(0) : [...problems.splice(0), 'no update after resize']; },
    cleanup() {},
  };
}

function chartJsCase() {
  let host; let canvas; let chart; let rows;
  return {
    prepare() {
      host = box();
      canvas = host.appendChild(document.createElement('canvas'));
      canvas.width = WIDTH;
      canvas.height = 400;
      rows = structuredClone(DATA.asker.finances);
    },
    act() { chart = drawChartJs(canvas, rows); },
    check() { return chart.getDatasetMeta(1).data.length === rows.length ? [] : ['Chart.js drew no points']; },
    cleanup() { chart.destroy(); host.remove(); },
  };
}

function svgCase() {
  let host;
  return {
    prepare() { host = box(); },
    act() { host.innerHTML = DATA.svg; },
    check() { return host.querySelector('svg path') ? [] : ['no svg']; },
    cleanup() { host.remove(); },
  };
}

/**
 * A second floor: our chart's own output (the shadow DOM it renders for the
 * Asker document, with its style sheets) set as static HTML, no JS at all.
 * Its distance from the static SVG is the DOM the element adds on purpose
 * (summary, table, legend, buttons); the chart's distance from it is our code.
 */
function snapshotCase(tag, key) {
  let snap; let host; let root;
  return {
    async prepare() {
      if (!snap) {
        const h = box();
        const el = h.appendChild(document.createElement(tag));
        el.data = structuredClone(DATA[key]);
        await el.updateComplete;
        await nextFrame();
        await el.updateComplete;
        snap = { html: el.shadowRoot.innerHTML, sheets: [...el.shadowRoot.adoptedStyleSheets] };
        h.remove();
      }
      host = box();
      root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = snap.sheets;
    },
    act() { root.innerHTML = snap.html; },
    check() { return root.querySelector('svg') ? [] : ['no svg in the snapshot']; },
    cleanup() { host.remove(); },
  };
}

const CASES = {};

async function init() {
  await import(LIB);
  ({ drawChartJs } = await import('/.tmp/bench/chartjs.js'));
  DATA = await (await fetch('/.tmp/bench/data.json')).json();
  const tags = ['civic-priority-list', 'civic-investment-timeline', 'civic-debt-revenue-chart'];
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  Object.assign(CASES, {
    noop: { prepare() {}, act() {}, check: () => [], cleanup() {} },
    'static-svg': svgCase(),
    chartjs: chartJsCase(),
    'chart-static-html': snapshotCase('civic-debt-revenue-chart', 'asker'),
    'chart-asker': elementCase('civic-debt-revenue-chart', 'asker'),
    'chart-asker-cold': coldCase('civic-debt-revenue-chart', 'asker'),
    'list-asker': elementCase('civic-priority-list', 'asker'),
    'timeline-asker': elementCase('civic-investment-timeline', 'asker'),
    'list-500': elementCase('civic-priority-list', 'priorities500'),
    'timeline-1000': elementCase('civic-investment-timeline', 'investments1000'),
    'timeline-1000-cv': elementCase('civic-investment-timeline', 'investments1000', 1, '.row { content-visibility: auto; contain-intrinsic-size: auto 90px; }'),
    'chart-200': elementCase('civic-debt-revenue-chart', 'finances200'),
    'chart-x50': elementCase('civic-debt-revenue-chart', 'asker', 50),
    'chart-resize': resizeCase('civic-debt-revenue-chart', 'asker'),
  });
  return { lib: LIB, cases: Object.keys(CASES), gc: typeof window.gc === 'function', userAgent: navigator.userAgent };
}

/** One timed run of a case. */
async function run(name) {
  const c = CASES[name];
  await c.prepare();
  // Every case starts from the same state: prepared, two quiet frames, a forced GC, just after a frame.
  // (Headless Chromium schedules the next frame sooner after a frame that changed something.)
  await nextFrame();
  await nextFrame();
  gc();
  await afterFrame();
  performance.mark('bench:start');
  const t0 = performance.now();
  await c.act();
  const t1 = performance.now();
  const [raf, done] = await afterFrame();
  performance.mark('bench:end');
  let late = 0;
  if (c.resize) {
    // The update should have run in that frame's ResizeObserver step; bounded wait if not.
    while (!c.updated() && late < 10) { await nextFrame(); late++; }
    await c.settled();
  }
  // Second rAF after the update (the first was afterFrame's, or one more after a resize).
  if (c.resize) await nextFrame();
  const t2 = await nextFrame();
  const problems = c.check();
  if (late) problems.push(`resize update ${late} frame(s) late`);
  c.cleanup();
  performance.clearMarks();
  return { work: t1 - t0 + (done - raf), sync: t1 - t0, frame: done - raf, painted: t2 - t0, problems };
}

/** `cycles` times: create an element, give it data, connect it, wait for it to render and paint, remove it. */
async function cycles(tag, key, count) {
  const host = box();
  const problems = [];
  watchErrors(host, problems);
  for (let i = 0; i < count; i++) {
    const el = document.createElement(tag);
    el.data = structuredClone(DATA[key]);
    host.append(el);
    await el.updateComplete;
    await nextFrame();
    if (el.status !== 'ready') problems.push(`${tag} status ${el.status}`);
    el.remove();
  }
  host.remove();
  return [...new Set(problems)];
}

async function collect() {
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 30));
  }
  return performance.memory ? performance.memory.usedJSHeapSize : null;
}

window.bench = { init, run, cycles, collect };
window.benchReady = true;

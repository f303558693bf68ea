// One cold run: a fresh browser context (no cache, no shared state), the
// case's page loaded under a Chromium trace, and the time from `bench:start`
// (the contender's first statement) to `bench:end` (two frames after all is
// drawn). Style, layout and paint are the main thread's trace events inside
// that window, as Chromium itself records them.

const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'toplevel'];

/** Trace event names, grouped as the report shows them. */
const GROUPS = {
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit'],
  gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR'],
};
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Total length of the union of [start, end] intervals (nested events count once). */
const covered = (spans) => {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (b > end) total += b - Math.max(a, end);
    end = Math.max(end, b);
  }
  return total;
};

export function summarizeTrace(events) {
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const a = mark('bench:start');
  const b = mark('bench:end');
  if (!a || !b) return { error: 'marks missing from the trace' };
  const main = events.filter((e) => e.pid === a.pid && e.tid === a.tid && e.ph === 'X' && e.ts < b.ts && e.ts + (e.dur ?? 0) > a.ts);
  const spans = (names) => main.filter((e) => names.includes(e.name)).map((e) => [Math.max(e.ts, a.ts), Math.min(e.ts + e.dur, b.ts)]);
  const ms = (names) => covered(spans(names)) / 1000;
  const out = Object.fromEntries(Object.entries(GROUPS).map(([k, names]) => [k, ms(names)]));
  out.busy = ms([...TASKS]);
  // Everything else the main thread did in its tasks: script (compile, run), parsing, GC.
  out.script = Math.max(0, out.busy - out.style - out.layout - out.paint);
  out.layouts = main.filter((e) => e.name === 'Layout').length;
  out.styleRecalcs = main.filter((e) => GROUPS.style.includes(e.name)).length;
  return out;
}

export async function runCold(browser, url, { trace = true, evaluate } = {}) {
  const ctx = await browser.createBrowserContext();
  try {
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
    await page.setCacheEnabled(false);
    await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
    if (trace) await page.tracing.start({ categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.benchResult', { timeout: 60000 });
    const result = await page.evaluate(() => window.benchResult);
    const extra = evaluate ? await page.evaluate(evaluate) : undefined;
    const t = trace ? summarizeTrace(JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents) : {};
    if (errors.length) result.error = [result.error, ...errors].filter(Boolean).join('; ');
    if (t.error) result.error = [result.error, t.error].filter(Boolean).join('; ');
    return { ...result, ...t, extra };
  } finally {
    await ctx.close();
  }
}

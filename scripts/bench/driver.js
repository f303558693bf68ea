// The in-page side of a cold run, bundled into every contender's one script
// after the library (bench/build.js). The script's first statement is the mark
// `bench:start`; this draws the page's charts (or lists), waits until every one
// reported it was drawn, then two animation frames, and marks `bench:end`.
// The harness reads style, layout and paint for that window from the trace.

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** Every node under `root`, shadow trees included: elements, text and comments. */
export function countNodes(root) {
  let n = 0;
  const walk = (node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      n++;
      if (c.shadowRoot) walk(c.shadowRoot);
      if (c.content) walk(c.content);
      walk(c);
    }
  };
  walk(root);
  return n;
}

/** Nodes of our chart by the part of its shadow tree they sit in (the profile's "where the DOM is"). */
function byPart(host) {
  const root = host.shadowRoot;
  if (!root) return undefined;
  const out = {};
  const chart = root.querySelector('.chart > .body') ?? root.querySelector('.chart');
  const add = (name, n) => { out[name] = (out[name] ?? 0) + n; };
  for (const c of root.querySelector('.base')?.childNodes ?? []) {
    if (c === chart) {
      for (const k of chart.childNodes) {
        const name = k.nodeType !== 1 ? '(Lit markers, whitespace)'
          : k.querySelector?.(':scope > svg') && k.classList.contains('frame') ? 'plot'
            : k.getAttribute('part') ?? (k.getAttribute('role') === 'status' ? 'live region' : k.className || k.localName);
        add(name, 1 + countNodes(k));
      }
    } else add(c.nodeType !== 1 ? '(Lit markers, whitespace)' : c.getAttribute('part') ?? c.className, 1 + countNodes(c));
  }
  return out;
}

/**
 * `draw(stage, cfg)` puts cfg.n charts (or lists) on the stage and resolves
 * when every one has reported it is drawn.
 */
export async function bench(draw) {
  const cfg = JSON.parse(document.getElementById('cfg').textContent);
  const stage = document.getElementById('stage');
  try {
    await draw(stage, cfg);
    performance.mark('bench:drawn');
    await frame();
    await frame();
    performance.mark('bench:end');
    const renders = window.benchRenders;
    const at = (name) => performance.getEntriesByName(name)[0].startTime;
    const first = stage.firstElementChild;
    window.benchResult = {
      ms: at('bench:end') - at('bench:start'),
      drawnMs: at('bench:drawn') - at('bench:start'),
      nodes: countNodes(stage) / cfg.n,
      renders: renders === undefined ? undefined : renders / cfg.n,
      parts: first?.shadowRoot && first.localName.startsWith('civic-') ? byPart(first) : undefined,
      // Charts (or lists) whose content is laid out at the end, not skipped by content-visibility.
      laidOut: [...stage.children].filter((c) => {
        // A child of the body: the body itself is always drawn, its content is what is skipped.
        const inside = c.shadowRoot?.querySelector('.chart > .body > *');
        return !inside || inside.checkVisibility({ contentVisibilityAuto: true });
      }).length,
    };
  } catch (e) {
    window.benchResult = { error: String(e?.stack ?? e) };
  }
}

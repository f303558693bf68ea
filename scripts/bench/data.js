// Data for the benchmark: the real Asker document, deterministic synthetic
// documents for the scale tests (a seeded PRNG, so every run measures the same
// input), and the static-SVG floor: a pre-made SVG string of the same two-line chart.
import { readFileSync } from 'node:fs';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = ['health', 'care', 'education', 'kindergarten', 'culture', 'sport', 'environment', 'transport', 'housing', 'administration'];
const STATUSES = ['planned', 'in-progress', 'completed'];
const WORDS = ['skole', 'sykehjem', 'barnehage', 'idrettshall', 'svømmehall', 'bibliotek', 'vei', 'park', 'boliger', 'rådhus', 'kulturhus', 'brannstasjon', 'vannledning', 'sykkelvei', 'torg'];
const PLACES = ['Nesbru', 'Holmen', 'Heggedal', 'Risenga', 'Vollen', 'Borgen', 'Hvalstad', 'Dikemark', 'Slemmestad', 'Drengsrud'];

export function asker() {
  return JSON.parse(readFileSync(new URL('../../demo/data/asker-2017-2020.json', import.meta.url), 'utf8'));
}

const header = (title) => ({
  version: 1,
  municipality: 'Testkommune',
  title,
  period: { start: 2017, end: 2020 },
  currency: 'NOK',
  source: { name: 'Syntetiske data (civic-widgets bench)', date: '2017-01-01' },
});

/** n investments: years or "YYYY-MM", some with a missing start or end, status, area and cost (some unknown). */
export function investments(n, seed = 1) {
  const r = prng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const when = (year) => (r() < 0.3 ? `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}` : year);
  const items = [];
  for (let i = 0; i < n; i++) {
    const start = 2012 + Math.floor(r() * 14);
    const end = start + Math.floor(r() * 5);
    const item = {
      id: `p${i}`,
      name: `${pick(WORDS)} ${pick(PLACES)} ${i + 1}`.replace(/^./, (c) => c.toUpperCase()),
      area: pick(AREAS),
      status: pick(STATUSES),
      description: `Prosjekt nummer ${i + 1}, syntetisk.`,
      location: pick(PLACES),
    };
    const gap = r();
    if (gap >= 0.05) item.start = when(start);
    if (gap < 0.05 || gap >= 0.1) item.end = when(end);
    // Valid per the format: a project may not end before it starts ("2015-09" → "2015-03").
    if (typeof item.start === 'string' && typeof item.end === 'string' && item.end < item.start) item.end = item.start;
    if (r() >= 0.1) item.cost = Math.round(1e6 + r() * 5e8);
    items.push(item);
  }
  return { ...header(`${n} investeringer`), investments: items };
}

/** n priorities: title, description, area. */
export function priorities(n, seed = 2) {
  const r = prng(seed);
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push({
      id: `m${i}`,
      title: `Mål ${i + 1}: bedre ${WORDS[Math.floor(r() * WORDS.length)]} i ${PLACES[Math.floor(r() * PLACES.length)]}`,
      description: r() < 0.8 ? 'Fortsette arbeidet med å snu ressursinnsatsen fra reparasjon og behandling til forebygging og tidlig innsats.' : undefined,
      area: AREAS[Math.floor(r() * AREAS.length)],
    });
  }
  return { ...header(`${n} prioriteringer`), priorities: items };
}

/** n finance years ending in 2024: revenue and debt as random walks, a few gaps, the last years budget and plan. */
export function finances(n, seed = 3) {
  const r = prng(seed);
  const items = [];
  let revenue = 4e9;
  let debt = 4.3e9;
  const first = 2025 - n;
  for (let i = 0; i < n; i++) {
    revenue *= 1 + (r() - 0.35) * 0.06;
    debt *= 1 + (r() - 0.4) * 0.1;
    const left = n - i;
    const item = { year: first + i, kind: left > 4 ? 'actual' : left === 4 ? 'budget' : 'plan' };
    if (r() >= 0.02) item.revenue = Math.round(revenue);
    if (r() >= 0.02) item.debt = Math.round(debt);
    items.push(item);
  }
  return { ...header(`${n} år`), period: { start: first + n - 4, end: first + n - 1 }, finances: items };
}

/**
 * The floor: the two-line chart (revenue and debt per year, mrd. kr, y from zero,
 * gaps for missing figures, budget/plan years dashed) as one self-contained SVG
 * string, the kind a newsroom would pre-render and paste in.
 */
export function staticSvg(rows, { width = 800, height = 400, title = 'Driftsinntekter og lånegjeld' } = {}) {
  const m = { top: 36, right: 90, bottom: 28, left: 52 };
  const w = width - m.left - m.right;
  const h = height - m.top - m.bottom;
  const years = rows.map((d) => d.year);
  const max = Math.max(...rows.flatMap((d) => [d.revenue ?? 0, d.debt ?? 0])) / 1e9;
  const top = Math.ceil(max);
  const x = (y) => m.left + ((y - years[0]) / Math.max(1, years[years.length - 1] - years[0])) * w;
  const y = (v) => m.top + h - (v / 1e9 / top) * h;
  const f = (n) => Math.round(n * 10) / 10;
  const line = (key, dashed) => {
    let d = '';
    let pen = false;
    rows.forEach((row, i) => {
      const v = row[key];
      const on = v != null && (dashed ? row.kind !== 'actual' || rows[i + 1]?.kind !== 'actual' : row.kind === 'actual');
      if (!on) { pen = false; return; }
      d += `${pen ? 'L' : 'M'}${f(x(row.year))},${f(y(v))}`;
      pen = true;
    });
    return d;
  };
  const ticks = [];
  for (let t = 0; t <= top; t++) {
    ticks.push(`<line x1="${m.left}" x2="${m.left + w}" y1="${f(y(t * 1e9))}" y2="${f(y(t * 1e9))}" stroke="#ddd"/><text x="${m.left - 6}" y="${f(y(t * 1e9)) + 4}" text-anchor="end">${t}</text>`);
  }
  const xt = years.map((yr) => `<text x="${f(x(yr))}" y="${m.top + h + 18}" text-anchor="middle">${yr}</text>`).join('');
  const last = (key) => [...rows].reverse().find((d) => d[key] != null);
  const label = (key, text, color) => {
    const d = last(key);
    return d ? `<text x="${f(x(d.year)) + 6}" y="${f(y(d[key])) + 4}" fill="${color}">${text}</text>` : '';
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}" font-family="sans-serif" font-size="12"><title>${title}</title>`
    + `<text x="${m.left}" y="18" font-size="14" font-weight="bold">${title} (mrd. kr)</text>${ticks.join('')}${xt}`
    + `<g fill="none" stroke-width="2"><path d="${line('revenue', false)}" stroke="#1f5fa8"/><path d="${line('revenue', true)}" stroke="#1f5fa8" stroke-dasharray="5 4"/>`
    + `<path d="${line('debt', false)}" stroke="#b5432a"/><path d="${line('debt', true)}" stroke="#b5432a" stroke-dasharray="5 4"/></g>`
    + `${label('revenue', 'Driftsinntekter', '#1f5fa8')}${label('debt', 'Lånegjeld', '#b5432a')}</svg>`;
}

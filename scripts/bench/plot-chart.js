// The Observable Plot peer: the same two-line chart (revenue and debt per year,
// mrd. kr, y from zero, gaps for missing figures, budget and plan years dashed
// with hollow dots, legend, a tooltip on hover) with Plot 0.6 and the d3 it
// brings. bench/build.js bundles it with esbuild (tree-shaken, minified).
import { dot, lineY, plot, ruleY, tip, pointerX } from '@observablehq/plot';

const nb = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const SERIES = [['revenue', 'Driftsinntekter', '#1f62b8'], ['debt', 'Lånegjeld', '#c2410c']];

/** The chart as an element (a figure with the legend and the SVG). */
export function drawPlot(rows, width, height) {
  const points = SERIES.flatMap(([key, name]) => rows.map((d, i) => ({
    year: d.year, name, v: d[key] == null ? NaN : d[key] / 1e9, planned: d.kind !== 'actual',
    // A segment into a budget or plan year is dashed: the dashed line starts at the last actual year.
    dashed: d.kind !== 'actual' || rows[i + 1]?.kind !== undefined && rows[i + 1].kind !== 'actual',
  })));
  const colours = { domain: SERIES.map((s) => s[1]), range: SERIES.map((s) => s[2]) };
  return plot({
    width, height, marginLeft: 48,
    title: 'Driftsinntekter og lånegjeld',
    x: { label: null, tickFormat: 'd' },
    y: { label: 'mrd. kr', grid: true, zero: true, tickFormat: (v) => nb.format(v) },
    color: { ...colours, legend: true },
    marks: [
      ruleY([0]),
      lineY(points.filter((p) => !p.planned), { x: 'year', y: 'v', z: 'name', stroke: 'name', strokeWidth: 2.5 }),
      lineY(points.filter((p) => p.dashed), { x: 'year', y: 'v', z: 'name', stroke: 'name', strokeWidth: 2.5, strokeDasharray: '7 5' }),
      dot(points.filter((p) => !p.planned), { x: 'year', y: 'v', stroke: 'name', fill: 'name', r: 3.5 }),
      dot(points.filter((p) => p.planned), { x: 'year', y: 'v', stroke: 'name', fill: 'white', r: 3.5 }),
      tip(points, pointerX({ x: 'year', y: 'v', title: (p) => `${p.year} ${p.name}: ${nb.format(p.v)} mrd. kr` })),
    ],
  });
}

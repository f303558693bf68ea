// The peer: the same two-line chart (revenue and debt per year, mrd. kr, y from
// zero, gaps for missing figures, budget/plan years dashed, legend, tooltips)
// drawn by Chart.js 4, registering only what a line chart needs (its smallest
// honest bundle). bench.js bundles and minifies this with esbuild, measures
// its min+gzip and runs it in the same page, interleaved with ours.
import {
  Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip, Title,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip, Title);

const nb = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

/** Draws the chart on `canvas` at its fixed size, without animation; returns the Chart (call destroy()). */
export function drawChartJs(canvas, rows) {
  const series = (key, label, color) => ({
    label,
    data: rows.map((d) => (d[key] == null ? null : d[key] / 1e9)),
    borderColor: color,
    backgroundColor: color,
    borderWidth: 2,
    pointRadius: 3,
    spanGaps: false,
    // Budget and plan years dashed, as in ours.
    segment: { borderDash: (ctx) => (rows[ctx.p1DataIndex].kind !== 'actual' ? [5, 4] : undefined) },
  });
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: rows.map((d) => String(d.year)),
      datasets: [series('revenue', 'Driftsinntekter', '#1f5fa8'), series('debt', 'Lånegjeld', '#b5432a')],
    },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      plugins: { title: { display: true, text: 'Driftsinntekter og lånegjeld (mrd. kr)' }, legend: { display: true } },
      scales: { y: { beginAtZero: true, ticks: { callback: (v) => `${nb.format(v)} mrd. kr` } } },
    },
  });
}

/**
 * The chart's box and its two scales, from the data's extent and the width
 * the container gives. Height follows from the width alone (the loading state
 * reserves the same), so nothing below the chart moves when data arrives.
 *
 * The scales are linear maps with "nice" round ends and ticks at 1, 2 or 5 ×
 * a power of ten: the arithmetic of d3-scale's scaleLinear (nice, ticks,
 * invert) and d3-array's ticks, step for step, so the numbers are the same,
 * in a few lines instead of 2.4 KB min+gzip.
 */

/** Below this width the legend and summary take more lines (the loading state reserves them). */
export const NARROW = 480;
/** 2:1, but never under 300 px (or the width, on a phone: square), so a narrow chart stays readable. */
export const heightFor = (width: number): number => Math.round(Math.max(width / 2, Math.min(width, 300)));

/**
 * Margins go clockwise from the top, as in CSS and Observable Plot's
 * dimensions.js: top (axis title, plan band label), right (half a year
 * label), bottom (year labels), left (value labels, as wide as the longest).
 */
export interface Dims { width: number; height: number; top: number; right: number; bottom: number; left: number }

/** A linear map from [d0, d1] to [r0, r1]; `invert` goes back, `domain` is [d0, d1]. */
export interface Linear { (v: number): number; invert: (v: number) => number; domain: number[] }

export interface Scales {
  d: Dims;
  x: Linear;
  y: Linear;
  xTicks: number[];
  yTicks: number[];
}

/** Rounded to tenths of a pixel, as coordinates are written. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

/** Width of a 12 px label, generously: digits and most letters are narrower. */
export const textWidth = (s: string): number => s.length * 7;

// Interpolated as d3 does it, so the ends land exactly on the range's ends.
const map = (a: number, b: number, c: number, e: number) => (v: number) => {
  const t = (v - a) / (b - a);
  return c * (1 - t) + e * t;
};
const linear = (domain: number[], r0: number, r1: number): Linear =>
  Object.assign(map(domain[0], domain[1], r0, r1), { invert: map(r0, r1, domain[0], domain[1]), domain });

/**
 * About `n` ticks over [a, b], as d3-array's tickSpec: tick i is i × inc; a
 * negative inc stands for ÷ −inc, so 0.1 is 1 / 10, exactly.
 */
function tickSpec(a: number, b: number, n: number) {
  const step = (b - a) / n;
  const power = Math.floor(Math.log10(step));
  const e = step / 10 ** power;
  const f = e >= Math.sqrt(50) ? 10 : e >= Math.sqrt(10) ? 5 : e >= Math.sqrt(2) ? 2 : 1;
  const inc = power < 0 ? -(10 ** -power) / f : 10 ** power * f;
  const at = (i: number) => (inc < 0 ? i / -inc : i * inc);
  const index = (v: number) => Math.round(inc < 0 ? v * -inc : v / inc);
  let i1 = index(a);
  let i2 = index(b);
  if (at(i1) < a) i1++;
  if (at(i2) > b) i2--;
  return { inc, ticks: Array.from({ length: Math.max(0, i2 - i1 + 1) }, (_, i) => at(i1 + i)) };
}

/** [lo, hi] widened to whole ticks, as d3's linear.nice(n). */
function nice(lo: number, hi: number, n: number): number[] {
  let prev;
  for (let k = 0; k < 10; k++) {
    const { inc } = tickSpec(lo, hi, n);
    if (inc === prev) break;
    [lo, hi] = inc > 0 ? [Math.floor(lo / inc) * inc, Math.ceil(hi / inc) * inc] : [Math.ceil(lo * inc) / inc, Math.floor(hi * inc) / inc];
    prev = inc;
  }
  return [lo, hi];
}

/**
 * `values` are everything that must fit on the y axis (figures, a threshold,
 * the index's 100). `zero`: amounts and shares start at zero; an index need not.
 */
export function scales(years: number[], values: number[], width: number, zero: boolean, label: (v: number) => string): Scales {
  const height = heightFor(width);
  const count = width < NARROW ? 4 : 6;
  const lo = zero ? 0 : Math.min(...values);
  const hi = Math.max(...values);
  const yd = nice(lo, hi > lo ? hi : lo + 1, count);
  const yTicks = tickSpec(yd[0], yd[1], count).ticks;
  const d: Dims = { width, height, top: 30, right: 20, bottom: 28, left: Math.max(...yTicks.map((t) => textWidth(label(t)))) + 10 };
  const first = Math.min(...years);
  const last = Math.max(...years);
  const all = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  // A year label needs ~44 px; skip years evenly when they do not fit.
  const every = Math.ceil(all.length / Math.max(1, Math.floor((width - d.left - d.right) / 44)));
  return {
    d,
    x: linear(first === last ? [first - 1, last + 1] : [first, last], d.left, width - d.right),
    y: linear(yd, height - d.bottom, d.top),
    xTicks: all.filter((_, i) => i % every === 0),
    yTicks,
  };
}

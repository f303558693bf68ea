/**
 * The chart's box and its two scales, from the data's extent and the width
 * the container gives. Height follows from the width alone (the loading state
 * reserves the same), so nothing below the chart moves when data arrives.
 *
 * The scales are d3-scale's scaleLinear (as the design says): y with "nice"
 * round ends and d3's ticks at 1, 2 or 5 × a power of ten; x maps years.
 * Only scaleLinear is imported, so the rest of d3-scale is tree-shaken away.
 */
import { scaleLinear } from 'd3-scale';

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

/** The part of a d3 linear scale the chart uses (so our types do not depend on d3's). */
export interface Linear { (v: number): number; invert(v: number): number; domain(): number[] }

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

/**
 * `values` are everything that must fit on the y axis (figures, a threshold,
 * the index's 100). `zero`: amounts and shares start at zero; an index need not.
 */
export function scales(years: number[], values: number[], width: number, zero: boolean, label: (v: number) => string): Scales {
  const height = heightFor(width);
  const count = width < NARROW ? 4 : 6;
  const lo = zero ? 0 : Math.min(...values);
  const hi = Math.max(...values);
  const y = scaleLinear().domain([lo, hi > lo ? hi : lo + 1]).nice(count);
  const yTicks = y.ticks(count);
  const d: Dims = { width, height, top: 30, right: 20, bottom: 28, left: Math.max(...yTicks.map((t) => textWidth(label(t)))) + 10 };
  const first = Math.min(...years);
  const last = Math.max(...years);
  const all = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  // A year label needs ~44 px; skip years evenly when they do not fit.
  const every = Math.ceil(all.length / Math.max(1, Math.floor((width - d.left - d.right) / 44)));
  return {
    d,
    x: scaleLinear().domain(first === last ? [first - 1, last + 1] : [first, last]).range([d.left, width - d.right]),
    y: y.range([height - d.bottom, d.top]),
    xTicks: all.filter((_, i) => i % every === 0),
    yTicks,
  };
}

/**
 * Stands in for d3-interpolate inside the bundle (see vite.config.ts). Our
 * scales only ever map numbers to numbers, so d3-scale's generic `interpolate`
 * (which parses colours, dates and strings, ~3 KB) is replaced by the numeric one.
 */
export function interpolateNumber(a: number, b: number): (t: number) => number {
  return (t) => a * (1 - t) + b * t;
}
export function interpolateRound(a: number, b: number): (t: number) => number {
  return (t) => Math.round(a * (1 - t) + b * t);
}
export const interpolate = (a: unknown, b: unknown) => interpolateNumber(Number(a), Number(b));
/** Only the diverging scales use it; they are not in the bundle. */
export function piecewise(): never {
  throw new Error('civic-widgets does not bundle d3-interpolate.piecewise');
}

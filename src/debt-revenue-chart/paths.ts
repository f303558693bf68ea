/**
 * Line paths for one series. Segments into an `actual` year are solid; those
 * into a `budget` or `plan` year are dashed; a missing figure, or a missing
 * year, breaks the line, so a gap is never drawn as zero. Straight segments
 * only, so the path is written directly (the same string d3-shape's `line`
 * with `defined` and `digits(1)` gives, without its 0.8 KB).
 */
import { r1 } from './scales.js';

export interface Point { year: number; x: number; y: number | null; planned: boolean }

export function linePaths(points: readonly Point[]): { solid: string; dashed: string } {
  const build = (dashed: boolean): string => {
    let d = '';
    let last = -1;
    points.forEach((a, i) => {
      const b = points[i + 1];
      if (b && a.y != null && b.y != null && b.year - a.year === 1 && b.planned === dashed) {
        if (last !== i) d += `M${r1(a.x)},${r1(a.y)}`;
        d += `L${r1(b.x)},${r1(b.y)}`;
        last = i + 1;
      }
    });
    return d;
  };
  return { solid: build(false), dashed: build(true) };
}

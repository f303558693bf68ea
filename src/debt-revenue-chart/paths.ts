/**
 * Line paths for one series, drawn by d3-shape's `line` (as the design says).
 * Segments into an `actual` year are solid; those into a `budget` or `plan`
 * year are dashed; a missing figure, or a missing year, breaks the line, so a
 * gap is never drawn as zero. Each kind is one path: d3 draws the points that
 * begin or end a segment of that kind, with `defined` breaking the line
 * everywhere else, and coordinates rounded to tenths (`digits(1)`).
 */
import { line } from 'd3-shape';

export interface Point { year: number; x: number; y: number | null; planned: boolean }

/** Does a segment of this kind run from point i to point i + 1? */
const joins = (p: readonly Point[], i: number, dashed: boolean) => {
  const a = p[i];
  const b = p[i + 1];
  return !!b && a.y != null && b.y != null && b.year - a.year === 1 && b.planned === dashed;
};

export function linePaths(points: readonly Point[]): { solid: string; dashed: string } {
  const build = (dashed: boolean): string => {
    // A point is drawn when a segment of this kind starts or ends at it; two
    // drawn neighbours with no such segment between them are kept apart by an
    // undefined point (a gap), so d3 moves the pen instead of drawing.
    const seq: (Point | null)[] = [];
    points.forEach((p, i) => {
      if (!(joins(points, i, dashed) || (i > 0 && joins(points, i - 1, dashed)))) return;
      if (seq.length && !(i > 0 && joins(points, i - 1, dashed))) seq.push(null);
      seq.push(p);
    });
    return line<Point | null>().x((p) => p!.x).y((p) => p!.y!).defined((p) => p != null).digits(1)(seq) ?? '';
  };
  return { solid: build(false), dashed: build(true) };
}

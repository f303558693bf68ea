/**
 * Line paths for one series. Segments into an `actual` year are solid; those
 * into a `budget` or `plan` year are dashed; a missing figure, or a missing
 * year, breaks the line (d3's `line.defined`), so a gap is never drawn as zero.
 */
import { line } from 'd3-shape';

export interface Point { year: number; x: number; y: number | null; planned: boolean }

type P = [number, number] | null;
const draw = line<P>().defined((p) => p != null).x((p) => p![0]).y((p) => p![1]).digits(1);

export function linePaths(points: readonly Point[]): { solid: string; dashed: string } {
  const build = (dashed: boolean): string => {
    const out: P[] = [];
    let last = -1;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      if (a.y != null && b.y != null && b.year - a.year === 1 && b.planned === dashed) {
        if (last !== i) out.push(null, [a.x, a.y]);
        out.push([b.x, b.y]);
        last = i + 1;
      }
    }
    return draw(out) ?? '';
  };
  return { solid: build(false), dashed: build(true) };
}

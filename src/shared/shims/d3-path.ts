/**
 * Stands in for d3-path inside the bundle (see vite.config.ts). d3-shape's
 * `line` with the linear curve only ever calls moveTo, lineTo and closePath;
 * this writes the same strings as d3-path (rounded to `digits` the same way)
 * without its arcs and curves (~0.7 KB min+gzip).
 */
export class Path {
  private s = '';
  private k: number | null;

  constructor(digits: number | null = null) {
    this.k = digits == null || digits > 15 ? null : 10 ** Math.floor(digits);
  }

  private n(v: number): number {
    return this.k === null ? +v : Math.round(v * this.k) / this.k;
  }

  moveTo(x: number, y: number): void {
    this.s += `M${this.n(x)},${this.n(y)}`;
  }

  lineTo(x: number, y: number): void {
    this.s += `L${this.n(x)},${this.n(y)}`;
  }

  closePath(): void {
    this.s += 'Z';
  }

  toString(): string {
    return this.s;
  }
}

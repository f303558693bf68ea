// The bundle swaps d3-path, d3-interpolate and d3-format for small shims
// (vite.config.ts). These tests hold the shims to the real packages' output
// for everything the elements use, so the bundle draws what the tests saw.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { path as realPath, pathRound } from 'd3-path';
import { interpolateNumber as realNumber, interpolateRound as realRound } from 'd3-interpolate';
import { Path } from '../../src/shared/shims/d3-path.js';
import { interpolate, interpolateNumber, interpolateRound } from '../../src/shared/shims/d3-interpolate.js';
import { format } from '../../src/shared/shims/d3-format.js';

const point = fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));

describe('bundle shims', () => {
  it('d3-path: the same path strings as d3-path, rounded or not', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 20 }), fc.constantFrom(null, 0, 1, 3), (points, digits) => {
        const a = new Path(digits);
        const b = digits === null ? realPath() : pathRound(digits);
        points.forEach(([x, y], i) => (i ? (a.lineTo(x, y), b.lineTo(x, y)) : (a.moveTo(x, y), b.moveTo(x, y))));
        return a.toString() === b.toString();
      }),
    );
  });

  it('d3-interpolate: numbers interpolate as in d3-interpolate', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) =>
        Math.abs(interpolateNumber(a, b)(t) - realNumber(a, b)(t)) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))
        && interpolateRound(a, b)(t) === realRound(a, b)(t)
        && interpolate(a, b)(t) === interpolateNumber(a, b)(t)),
    );
  });

  it('d3-format: says clearly that it is not bundled', () => {
    expect(() => format()).to.throw(/Intl/);
  });
});

// The elements draw with d3-scale and d3-shape (src/debt-revenue-chart/scales.ts,
// paths.ts; the timeline's trackScale). These tests hold our use of them to
// d3's own answers on random input: the y scale is d3's nice(count) domain and
// ticks(count), the line paths are what one d3 line with defined() and
// digits(1) draws for the whole series split by kind, and the track is a
// linear scale onto 0–100 %.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { scales, NARROW } from '../../src/debt-revenue-chart/scales.js';
import { linePaths, type Point } from '../../src/debt-revenue-chart/paths.js';
import { trackScale } from '../../src/investment-timeline/layout.js';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('d3 equivalence', () => {
  it('the chart\'s y scale: d3\'s nice domain, ticks and mapping', () => {
    fc.assert(
      fc.property(
        // Money, shares and indices: from a hundredth up to 10 billion (denormals are not figures).
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e10, noNaN: true })), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 280, max: 1400 }),
        fc.boolean(),
        (values, width, zero) => {
          const s = scales([2015, 2016, 2017], values, width, zero, (v) => String(v));
          const count = width < NARROW ? 4 : 6;
          const lo = zero ? 0 : Math.min(...values);
          const hi = Math.max(...values);
          const d3y = scaleLinear().domain([lo, hi > lo ? hi : lo + 1]).nice(count);
          d3y.range([s.d.height - s.d.bottom, s.d.top]);
          const ticks = d3y.ticks(count);
          return s.y.domain().every((v, i) => close(v, d3y.domain()[i]))
            && s.yTicks.length === ticks.length && s.yTicks.every((t, i) => close(t, ticks[i]))
            && ticks.every((t) => close(s.y(t), d3y(t)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the chart\'s x scale maps years as d3 does', () => {
    const s = scales([2014, 2015, 2020], [1, 2], 800, true, String);
    const d3x = scaleLinear().domain([2014, 2020]).range([s.d.left, 800 - s.d.right]);
    for (const year of [2014, 2016, 2020]) expect(s.x(year)).to.be.closeTo(d3x(year), 1e-9);
    expect(s.x.invert(s.x(2017))).to.be.closeTo(2017, 1e-9);
  });

  it('the chart\'s line paths: d3-shape\'s line with defined() and digits(1)', () => {
    const y = fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: null, freq: 4 });
    fc.assert(
      fc.property(fc.array(y, { minLength: 2, maxLength: 15 }), (ys) => {
        const points: Point[] = ys.map((v, i) => ({ year: 2010 + i, x: i * 37.123, y: v, planned: false }));
        const d3 = line<Point>().x((p) => p.x).y((p) => p.y!).defined((p) => p.y != null).digits(1)(points) ?? '';
        // d3 writes a lone point between gaps as a bare moveTo; there is no line to draw there.
        const runs = d3.replace(/M[^ML]+(?=M|$)/g, '');
        return linePaths(points).solid === runs;
      }),
      { numRuns: 1000 },
    );
  });

  it('the timeline\'s track scale is d3\'s linear scale onto 0–100 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 50 }), fc.double({ min: 0, max: 1, noNaN: true }), (start, span, t) => {
        const v = start + span * t;
        return close(trackScale({ start, end: start + span })(v), scaleLinear().domain([start, start + span]).range([0, 100])(v));
      }),
    );
  });
});

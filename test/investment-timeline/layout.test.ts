import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  barFor, groupByEnd, layout, nowBand, parseNow, sortProjects, summarise, whenText, yearDomain, yearTicks,
} from '../../src/investment-timeline/layout.js';
import { STRINGS } from '../../src/investment-timeline/strings.js';
import { inAreas, parseAreas } from '../../src/shared/areas.js';
import { formatMoney, formatYearMonth } from '../../src/shared/format.js';
import { validate } from '../../src/shared/validate.js';
import type { Investment, ProgrammeDocument } from '../../src/shared/schema.js';

let asker: ProgrammeDocument;
const PERIOD = { start: 2017, end: 2020 };
const D = { start: 2017, end: 2021 };
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

before(async () => {
  asker = validate(await (await fetch('/demo/data/asker-2017-2020.json')).json()).data!;
});

describe('timeline layout: the year domain', () => {
  it('covers the period, end year included, for Asker', () => {
    expect(yearDomain(asker.investments!, asker.period)).to.deep.equal({ start: 2017, end: 2021 });
  });

  it('widens to every given start and end, year-months counted by their year', () => {
    expect(yearDomain([{ name: 'a', start: '2015-11' }, { name: 'b', end: 2023 }], PERIOD)).to.deep.equal({ start: 2015, end: 2024 });
    expect(yearDomain([{ name: 'a', start: '2018-02', end: '2019-12' }])).to.deep.equal({ start: 2018, end: 2020 });
  });

  it('is undefined when there is no year at all', () => {
    expect(yearDomain([{ name: 'a' }])).to.equal(undefined);
    expect(yearDomain([])).to.equal(undefined);
  });
});

describe('timeline layout: bars', () => {
  it('places whole years on a 2017–2020 track in quarters', () => {
    expect(barFor({ name: 'x', start: 2017, end: 2018 }, D, PERIOD)).to.deep.equal({ x: 0, width: 50, openStart: false, openEnd: false, vague: false });
    expect(barFor({ name: 'x', start: 2019, end: 2019 }, D, PERIOD)).to.deep.include({ x: 50, width: 25 });
  });

  it('places year-months by month', () => {
    // July 2017 starts half-way through 2017; the end of June 2018 is half-way through 2018.
    expect(barFor({ name: 'x', start: '2017-07', end: '2018-06' }, D, PERIOD)).to.deep.include({ x: 12.5, width: 25 });
    expect(barFor({ name: 'x', start: '2020-10', end: '2020-12' }, D, PERIOD)).to.deep.include({ x: 93.75, width: 6.25 });
  });

  it('draws a missing start open from the left edge, and a missing end open to the right edge', () => {
    expect(barFor({ name: 'nesbru', end: 2017 }, D, PERIOD)).to.deep.equal({ x: 0, width: 25, openStart: true, openEnd: false, vague: false });
    expect(barFor({ name: 'skole', start: 2020 }, D, PERIOD)).to.deep.equal({ x: 75, width: 25, openStart: false, openEnd: true, vague: false });
    expect(barFor({ name: 'x', start: '2018-04' }, D, PERIOD)).to.deep.include({ x: 31.25, width: 68.75, openEnd: true });
  });

  it('spans the period, not the whole domain, when neither is given', () => {
    const wide = { start: 2015, end: 2021 };
    const bar = barFor({ name: 'x' }, wide, PERIOD);
    expect(bar).to.deep.include({ openStart: true, openEnd: true, vague: true });
    expect(bar.x).to.be.closeTo(33.333, 0.001);
    expect(bar.width).to.be.closeTo(66.667, 0.001);
    // Without a period: the whole domain.
    expect(barFor({ name: 'x' }, wide)).to.deep.include({ x: 0, width: 100, vague: true });
  });

  it('keeps every bar inside the track, with a positive width (property)', () => {
    const when = fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: 1990, max: 2040 }),
      fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    );
    fc.assert(fc.property(fc.array(fc.record({ start: when, end: when }), { minLength: 1, maxLength: 20 }), (raw) => {
      const items = validate(raw.map((r, i) => ({ name: `p${i}`, ...r })), 'en', 'investments').data!.investments!;
      const { domain, rows } = layout(items, PERIOD);
      for (const r of rows) {
        expect(r.bar!.x).to.be.at.least(0);
        expect(r.bar!.width).to.be.above(0);
        expect(r.bar!.x + r.bar!.width).to.be.at.most(100.001);
      }
      expect(domain!.start).to.be.at.most(2017);
    }));
  });
});

describe('timeline layout: order, filter, summary, groups', () => {
  it('sorts by start then end: unknown starts first, unknown ends after, no dates last, ties in data order', () => {
    const { rows } = layout(asker.investments!, asker.period);
    expect(rows.map((r) => r.item.id)).to.deep.equal([
      'nesbru', 'holmen', 'kistefossdammen', 'omsorgsboliger', 'ishall-risenga', 'risenga-skole',
      'bleikerfaret', 'askerhallen', 'heggedal-torg',
    ]);
    expect(rows.map((r) => r.index)).to.deep.equal([0, 1, 2, 4, 6, 7, 3, 5, 8]);
  });

  it('sorts year-months among years', () => {
    const items: Investment[] = [
      { name: 'c', start: 2019 }, { name: 'b', start: '2018-06', end: 2019 }, { name: 'a', start: 2018, end: '2018-09' }, { name: 'd', start: '2018-06', end: '2018-12' },
    ];
    expect(sortProjects(items.map((item) => ({ item }))).map((r) => r.item.name)).to.deep.equal(['a', 'd', 'b', 'c']);
  });

  it('filters by area, keeping each project\'s index and the period', () => {
    expect(parseAreas(' Health, education  sport,')).to.deep.equal(['health', 'education', 'sport']);
    expect(parseAreas(undefined)).to.deep.equal([]);
    const { rows, domain } = layout(asker.investments!, asker.period, ['health', 'education']);
    expect(rows.map((r) => [r.item.id, r.index])).to.deep.equal([['nesbru', 0], ['risenga-skole', 7]]);
    expect(domain).to.deep.equal(D);
    expect(inAreas(undefined, ['health'])).to.equal(false);
    expect(inAreas(undefined, [])).to.equal(true);
  });

  it('sums the known costs: 9 projects, 1.4 billion, 8 with a known cost', () => {
    const sum = summarise(asker.investments!);
    expect(sum).to.deep.equal({ count: 9, known: 8, total: 1_390_100_000 });
    expect(plain(STRINGS.nb.summary(sum.count, sum.known, formatMoney(sum.total, 'nb'))))
      .to.equal('9 prosjekter, til sammen 1,4 mrd. kr (8 med kjent kostnad)');
    expect(plain(STRINGS.nn.summary(sum.count, sum.known, formatMoney(sum.total, 'nn'))))
      .to.equal('9 prosjekt, til saman 1,4 mrd. kr (8 med kjend kostnad)');
    expect(plain(STRINGS.en.summary(sum.count, sum.known, formatMoney(sum.total, 'en'))))
      .to.equal('9 projects, NOK 1.4bn in total (8 with a known cost)');
    expect(STRINGS.nb.summary(1, 0)).to.equal('1 prosjekt, ingen med kjent kostnad');
    expect(plain(STRINGS.nb.summary(2, 2, '611 mill. kr'))).to.equal('2 prosjekter, til sammen 611 mill. kr');
  });

  it('groups by the year projects end, earliest first, no end last, order kept', () => {
    const groups = groupByEnd(layout(asker.investments!, asker.period).rows);
    expect(groups.map((g) => [g.year, g.rows.length])).to.deep.equal([[2017, 3], [2018, 1], [null, 5]]);
    expect(groups[2].rows[0].item.id).to.equal('ishall-risenga');
    const months = groupByEnd([{ item: { name: 'a', end: '2019-01' } }, { item: { name: 'b', end: 2018 } }, { item: { name: 'c', end: '2018-12' } }]);
    expect(months.map((g) => [g.year, g.rows.map((r) => r.item.name)])).to.deep.equal([[2018, ['b', 'c']], [2019, ['a']]]);
  });
});

describe('timeline layout: axis and now', () => {
  it('labels every year when they fit, else round years', () => {
    expect(yearTicks(D, 10)).to.deep.equal([2017, 2018, 2019, 2020]);
    expect(yearTicks(D, 3)).to.deep.equal([2018, 2020]);
    expect(yearTicks({ start: 2000, end: 2040 }, 10)).to.deep.equal([2000, 2005, 2010, 2015, 2020, 2025, 2030, 2035]);
    expect(yearTicks({ start: 2001, end: 2003 }, 1)).to.deep.equal([2002]);
    // No round year inside: the first year still gets a label.
    expect(yearTicks({ start: 2001, end: 2004 }, 1)).to.deep.equal([2001]);
  });

  it('reads now: a year, a year-month, "none", or this year by default', () => {
    const today = new Date(2026, 10, 28);
    expect(parseNow('2018', today)).to.equal(2018);
    expect(parseNow('2018-05', today)).to.equal(2018);
    expect(parseNow(' None ', today)).to.equal(undefined);
    expect(parseNow(undefined, today)).to.equal(2026);
    expect(parseNow('soon', today)).to.equal(2026);
    expect(parseNow(2019, today)).to.equal(2019);
  });

  it('marks the now year\'s column, or nothing outside the domain', () => {
    expect(nowBand(2017, D)).to.deep.equal({ x: 0, width: 25 });
    expect(nowBand(2020, D)).to.deep.equal({ x: 75, width: 25 });
    expect(nowBand(2021, D)).to.equal(undefined);
    expect(nowBand(2016, D)).to.equal(undefined);
    expect(nowBand(undefined, D)).to.equal(undefined);
  });
});

describe('timeline layout: when, in words (the element\'s rows and the static embed)', () => {
  const period = { start: 2017, end: 2020 };
  it('says each case in nb, nn and en', () => {
    expect(whenText({ start: 2017, end: 2018 }, 'nb')).to.equal('2017–2018');
    expect(whenText({ start: 2017, end: 2017 }, 'nb')).to.equal('2017');
    expect(whenText({ end: 2017 }, 'nb', period)).to.equal('ferdig 2017 (start ikke oppgitt)');
    expect(whenText({ start: 2020 }, 'nb')).to.equal('fra 2020 (slutt ikke oppgitt)');
    expect(whenText({}, 'nb', period)).to.equal('i perioden 2017–2020');
    expect(whenText({}, 'nb')).to.equal('tidspunkt ikke oppgitt');
    expect(whenText({ end: 2017 }, 'nn')).to.equal('ferdig 2017 (start ikkje oppgitt)');
    expect(whenText({ start: 2020 }, 'en')).to.equal('from 2020 (end not given)');
    // Month-years take a spaced dash.
    expect(whenText({ start: '2017-06', end: '2019-03' }, 'nb')).to.equal(`${formatYearMonth('2017-06', 'nb')} – ${formatYearMonth('2019-03', 'nb')}`);
  });
});

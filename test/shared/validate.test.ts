import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validate, guessSection, yearPosition } from '../../src/shared/validate.js';
import type { Section } from '../../src/shared/schema.js';

const doc = (extra: Record<string, unknown>) => ({ version: 1, title: 'T', ...extra });

// [name, input, section?, expected paths of issues, kept counts]
type Row = [string, unknown, Section | undefined, string[], Partial<Record<Section, number>>];
const table: Row[] = [
  ['an empty document', {}, undefined, [], { priorities: 0, investments: 0, finances: 0 }],
  ['a bare array of priorities', [{ title: 'A' }, { title: 'B' }], 'priorities', [], { priorities: 2 }],
  ['a bare array, section guessed', [{ year: 2017, revenue: 4265100000 }], undefined, [], { finances: 1 }],
  ['year-month start and end', doc({ investments: [{ name: 'X', start: '2017-06', end: '2018-03' }] }), undefined, [], { investments: 1 }],
  ['missing start and end', doc({ investments: [{ name: 'X' }, { name: 'Y', end: 2019 }] }), undefined, [], { investments: 2 }],
  ['a gap in revenue or debt', doc({ finances: [{ year: 2014, debt: 4605000000 }, { year: 2020, revenue: 4723100000, debt: null }] }), undefined, [], { finances: 2 }],
  ['unknown fields', doc({ extra: { a: 1 }, priorities: [{ title: 'A', colour: 'red' }] }), undefined, [], { priorities: 1 }],
  ['a bad start year', doc({ investments: [{ name: 'A' }, { name: 'B', start: '17' }, { name: 'C', start: 2017.5 }] }), undefined,
    ['investments[1].start', 'investments[2].start'], { investments: 1 }],
  ['a month 13', doc({ investments: [{ name: 'A', end: '2017-13' }] }), undefined, ['investments[0].end'], { investments: 0 }],
  ['start after end', doc({ investments: [{ name: 'A', start: 2019, end: 2018 }, { name: 'B', start: '2018-06', end: 2018 }] }), undefined,
    ['investments[0].end'], { investments: 1 }],
  ['a missing name', doc({ investments: [{ start: 2017 }] }), undefined, ['investments[0].name'], { investments: 0 }],
  ['a title that is a number', doc({ priorities: [{ title: 42 }] }), undefined, ['priorities[0].title'], { priorities: 0 }],
  ['an item that is not an object', doc({ priorities: ['Skole', null, { title: 'A' }] }), undefined, ['priorities[0]', 'priorities[1]'], { priorities: 1 }],
  ['a wrong status', doc({ investments: [{ name: 'A', status: 'done' }] }), undefined, ['investments[0].status'], { investments: 0 }],
  ['a negative cost', doc({ investments: [{ name: 'A', cost: -5 }] }), undefined, ['investments[0].cost'], { investments: 0 }],
  ['money as a string', doc({ finances: [{ year: 2017, revenue: '4 566,5' }] }), undefined, ['finances[0].revenue'], { finances: 0 }],
  ['a wrong kind', doc({ finances: [{ year: 2017, kind: 'forecast' }] }), undefined, ['finances[0].kind'], { finances: 0 }],
  ['a missing year', doc({ finances: [{ revenue: 4265100000 }] }), undefined, ['finances[0].year'], { finances: 0 }],
  ['a year twice', doc({ finances: [{ year: 2017, revenue: 4265100000 }, { year: 2017, revenue: 4400000000 }] }), undefined, ['finances[1].year'], { finances: 1 }],
  ['a section that is not a list', doc({ priorities: { title: 'A' } }), undefined, ['priorities'], { priorities: 0 }],
  ['a wrong version', doc({ version: 2 }), undefined, ['version'], {}],
  ['a period backwards', doc({ period: { start: 2020, end: 2017 } }), undefined, ['period'], {}],
  ['a period without end', doc({ period: { start: 2017 } }), undefined, ['period.end'], {}],
  ['a source that is a string', doc({ source: 'Asker' }), undefined, ['source'], {}],
  ['pre-scaled amounts (billions, millions)', doc({ finances: [{ year: 2017, revenue: 4.6 }, { year: 2018, debt: 5700 }, { year: 2019, debt: 0 }] }), undefined,
    ['finances[0].revenue', 'finances[1].debt'], { finances: 1 }],
  ['a fraction of a krone', doc({ investments: [{ name: 'A', cost: 338000000.5 }] }), undefined, ['investments[0].cost'], { investments: 0 }],
  ['an empty title', doc({ priorities: [{ title: '  ' }] }), undefined, ['priorities[0].title'], { priorities: 0 }],
];

describe('validate: the table of good and bad documents', () => {
  for (const [name, input, section, paths, kept] of table) {
    it(name, () => {
      const r = validate(input, 'en', section);
      expect(r.issues.map((i) => i.path)).to.deep.equal(paths);
      for (const i of r.issues) expect(i.message).to.be.a('string').and.not.match(/^v[A-Z]/);
      for (const [s, n] of Object.entries(kept)) expect(r.data?.[s as Section], s).to.have.length(n);
    });
  }
});

describe('validate', () => {
  it('says what is wrong in words, in three languages', () => {
    const input = doc({ investments: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D', start: 'soon' }] });
    expect(validate(input, 'en').issues[0]).to.deep.equal({
      path: 'investments[3].start',
      message: 'expected a year such as 2017 or a year and month such as "2017-06"',
    });
    expect(validate(input, 'nb').issues[0].message).to.equal('skal være et årstall som 2017 eller år og måned som "2017-06"');
    expect(validate(input, 'nn').issues[0].message).to.equal('skal vere eit årstal som 2017 eller år og månad som "2017-06"');
    expect(validate(doc({ investments: [{}] }), 'nb').issues[0]).to.deep.equal({ path: 'investments[0].name', message: 'mangler' });
  });

  it('rejects a document of the wrong shape with one issue', () => {
    for (const bad of [null, 42, 'text', true]) {
      const r = validate(bad, 'nb');
      expect(r.data).to.equal(null);
      expect(r.issues).to.have.length(1);
      expect(r.issues[0].path).to.equal('');
    }
    expect(validate([1, 2, 3], 'en').data).to.equal(null);
  });

  it('keeps unknown fields and drops an invalid header field only', () => {
    const r = validate({ title: 5, municipality: 'Asker', future: [1] }, 'nb');
    expect(r.data).to.include({ municipality: 'Asker' });
    expect(r.data).to.not.have.property('title');
    expect((r.data as Record<string, unknown>).future).to.deep.equal([1]);
  });

  it('counts what it left out per section', () => {
    const r = validate(doc({ priorities: [{ title: 'A' }, {}], finances: [{ year: 1 }] }), 'nb');
    expect(r.dropped).to.deep.equal({ priorities: 1, investments: 0, finances: 1 });
    expect(r.total).to.deep.equal({ priorities: 2, investments: 0, finances: 1 });
  });

  it('accepts the Asker demo data without a single issue', async () => {
    const asker = await (await fetch('/demo/data/asker-2017-2020.json')).json();
    const r = validate(asker, 'nb');
    expect(r.issues).to.deep.equal([]);
    expect(r.data!.priorities).to.have.length(9);
    expect(r.data!.investments).to.have.length(9);
    expect(r.data!.finances).to.have.length(7);
  });

  it('guesses the section of a bare array', () => {
    expect(guessSection([{ title: 'x' }])).to.equal('priorities');
    expect(guessSection([{ name: 'x' }])).to.equal('investments');
    expect(guessSection([{ year: 2017 }])).to.equal('finances');
    expect(guessSection([1, 'a'])).to.equal(undefined);
  });

  it('places years and year-months on a continuous axis', () => {
    expect(yearPosition(2017, 'start')).to.equal(2017);
    expect(yearPosition(2017, 'end')).to.equal(2018);
    expect(yearPosition('2017-07', 'start')).to.equal(2017.5);
    expect(yearPosition('2017-06', 'end')).to.equal(2017.5);
  });

  it('never throws on random JSON, and every issue has a path string and a message', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('nb', 'nn', 'en') as fc.Arbitrary<'nb'>, (value, lang) => {
        const r = validate(value, lang);
        for (const i of r.issues) {
          if (typeof i.path !== 'string' || typeof i.message !== 'string' || !i.message) return false;
        }
        return r.data === null || typeof r.data === 'object';
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random documents shaped almost right', () => {
    const item = fc.dictionary(
      fc.constantFrom('title', 'name', 'year', 'start', 'end', 'cost', 'revenue', 'debt', 'kind', 'status', 'area'),
      fc.oneof(fc.jsonValue(), fc.integer({ min: 1990, max: 2040 }), fc.constantFrom('2017-06', 'plan', 'planned')),
    );
    fc.assert(
      fc.property(fc.record({ priorities: fc.array(item), investments: fc.array(item), finances: fc.array(item) }), (d) => {
        const r = validate(d, 'nb');
        const kept = r.data!.priorities!.length + r.data!.investments!.length + r.data!.finances!.length;
        const dropped = r.dropped.priorities + r.dropped.investments + r.dropped.finances;
        // Nothing is lost silently: every item is either kept or counted as left out.
        return kept + dropped === d.priorities.length + d.investments.length + d.finances.length;
      }),
      { numRuns: 300 },
    );
  });
});

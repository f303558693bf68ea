/**
 * format.ts and spoken.ts write numbers, months and dates by hand (the first Intl
 * object in a page costs 30–90 ms). These tests hold them to Intl's own output,
 * in this browser, character for character: the formatter the code used before.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatDate, formatMoney, formatNumber, formatPercent, formatYearMonth } from '../../src/shared/format.js';
import { spokenYearMonth } from '../../src/shared/spoken.js';
import type { Lang } from '../../src/shared/i18n.js';

const LANGS: Lang[] = ['nb', 'nn', 'en'];
const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'nb-NO');
/** What format.ts wrote before: Intl, with plain spaces made non-breaking. */
const intlNumber = (value: number, lang: Lang, digits: number) =>
  new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value).replace(/ /g, '\u00a0');

describe('hand-written formats are Intl\'s, character for character', () => {
  it('numbers at the edges of rounding, grouping and sign', () => {
    const values = [0, -0, 1, -1, 0.04, -0.04, 0.05, -0.05, 0.15, 0.25, 1.005, 2.5, -2.5, 9.95, 9.96, 99.95, 999.96, 999.949,
      1000, 10000, 123456, 1234567.891, 4265.1, 4.605, 112.44, 0.5, 0.45, 1e-7, 123456789012345680000, 1e21, 1e15, 4.3e9,
      NaN, Infinity, -Infinity, 0.1 + 0.2, 2 ** 53, -987654.3219];
    for (const lang of LANGS) {
      for (const digits of [0, 1, 2]) {
        for (const v of values) expect(formatNumber(v, lang, digits), `${v} ${lang} ${digits}`).to.equal(intlNumber(v, lang, digits));
      }
    }
  });

  it('random numbers, in every language, with 0–3 decimals', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, min: -1e16, max: 1e16 }),
      fc.integer({ min: -1e9, max: 1e15 }).map((n) => n / 1e9),
      fc.integer({ min: -99999, max: 99999 }).map((n) => n / 100 + 0.005),
    );
    fc.assert(fc.property(value, fc.constantFrom(...LANGS), fc.integer({ min: 0, max: 3 }), (v, lang, digits) => {
      expect(formatNumber(v, lang, digits), `${v} ${lang} ${digits}`).to.equal(intlNumber(v, lang, digits));
    }), { numRuns: 5000 });
  });

  it('money and percentages made from those numbers', () => {
    for (const lang of LANGS) {
      for (const v of [4_605_000_000, 338_000_000, 999_960_000, 12_000, 1_049_999, -1_500_000_000]) {
        const unit = Math.abs(v) >= 9.9995e8 ? 1e9 : Math.abs(v) >= 9.9995e5 ? 1e6 : 1;
        expect(formatMoney(v, lang)).to.contain(intlNumber(v / unit, lang, unit === 1 ? 0 : 1));
      }
      expect(formatPercent(112.44, lang)).to.contain(intlNumber(112.44, lang, 1));
    }
  });

  it('every month of a year-month, said in full', () => {
    for (const lang of LANGS) {
      const f = new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (const year of [1000, 2017, 2030, 9999]) {
        for (let m = 1; m <= 12; m++) {
          const value = `${year}-${String(m).padStart(2, '0')}`;
          expect(spokenYearMonth(value, lang), value).to.equal(f.format(new Date(`${value}-01T00:00:00Z`)));
        }
      }
    }
  });

  it('every day of a leap year as a date, and what is no date left as written', () => {
    for (const lang of LANGS) {
      const f = new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (let t = Date.UTC(2016, 0, 1); t < Date.UTC(2017, 0, 1); t += 864e5) {
        const value = new Date(t).toISOString().slice(0, 10);
        expect(formatDate(value, lang), value).to.equal(f.format(new Date(t)));
      }
      expect(formatDate('2017-12-31', lang)).to.equal(f.format(new Date(Date.UTC(2017, 11, 31))));
      for (const v of ['2016-02-30', '2017-02-29', '2016-13-01', '2016-00-10', 'desember 2016', '2016-12-6']) {
        expect(formatDate(v, lang), v).to.equal(v);
      }
    }
  });

  it('short months as the timeline writes them (made from the full names)', () => {
    const months = (lang: Lang) => Array.from({ length: 12 }, (_, i) => formatYearMonth(`2017-${String(i + 1).padStart(2, '0')}`, lang).slice(0, -5));
    expect(months('nb')).to.deep.equal(['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.']);
    expect(months('nn')).to.deep.equal(months('nb'));
    expect(months('en')).to.deep.equal(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });
});

/**
 * The spoken long forms of free text and dates (src/shared/spoken.ts):
 * what a screen reader is given instead of "221 mill. kr" or "sep. 2019".
 */
import { expect } from '@open-wc/testing';
import { spokenText, spokenYearMonth } from '../../src/shared/spoken.js';

describe('spoken long forms', () => {
  it('spells out Norwegian amounts in nb, nn and en, with singular and plural', () => {
    const text = 'Vil stå ferdig i løpet av 2017. 221 mill. kr brukt før 2017, 1 mill. kr i 2017. Tomt (30 mill. kr) kommer i tillegg.';
    expect(spokenText(text, 'nb')).to.equal('Vil stå ferdig i løpet av 2017. 221 millioner kroner brukt før 2017, 1 million kroner i 2017. Tomt (30 millioner kroner) kommer i tillegg.');
    expect(spokenText(text, 'nn')).to.equal('Vil stå ferdig i løpet av 2017. 221 millionar kroner brukt før 2017, 1 million kroner i 2017. Tomt (30 millionar kroner) kommer i tillegg.');
    expect(spokenText(text, 'en')).to.equal('Vil stå ferdig i løpet av 2017. 221 million kroner brukt før 2017, 1 million kroner i 2017. Tomt (30 million kroner) kommer i tillegg.');
  });

  it('reads billions, grouped digits as one number, and kroner alone', () => {
    expect(spokenText('1,5 mrd. kr og 4 307 000 kr; 2 807 kroner; 1 kr.', 'nb'))
      .to.equal('1,5 milliarder kroner og 4307000 kroner; 2807 kroner; 1 krone.');
    expect(spokenText('1\u00a0200\u00a0mill.\u00a0kr', 'en')).to.equal('1200 million kroner');
  });

  it('keeps the unit word alone when "kr" is not written: "30 mill. til tomt"', () => {
    expect(spokenText('10 mill. og 2 mrd til tomt', 'nb')).to.equal('10 millioner og 2 milliarder til tomt');
  });

  it('reads the English short forms: NOK 4.3bn, NOK 338m, NOK 12,000', () => {
    expect(spokenText('NOK 4.3bn and NOK 338m, NOK 12,000.', 'en')).to.equal('4.3 billion kroner and 338 million kroner, 12000 kroner.');
  });

  it('leaves alone what is already long, years, ranges and words that only begin like a unit', () => {
    for (const t of ['221 millioner kroner allerede', 'i 2017–2020', 'F1 ferdig', '3 milliarder', '12 krokodiller', 'Kr 500']) {
      expect(spokenText(t, 'nb'), t).to.equal(t);
    }
  });

  it('says months in full', () => {
    expect(spokenYearMonth('2019-09', 'nb')).to.equal('september 2019');
    expect(spokenYearMonth('2019-12', 'nn')).to.equal('desember 2019');
    expect(spokenYearMonth('2019-01', 'en')).to.equal('January 2019');
    expect(spokenYearMonth(2019, 'en')).to.equal('2019');
  });
});

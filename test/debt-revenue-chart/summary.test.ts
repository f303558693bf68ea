// The chart in words, from its pure summary module: the summary per view and language, its tense by
// the kind of the last year, lists of years, and a year as the tooltip and the announcement say it.
import { expect } from '@open-wc/testing';
import { layout } from '../../src/debt-revenue-chart/plot.js';
import { announce, figuresAt, summarize, yearList } from '../../src/debt-revenue-chart/summary.js';
import { plainExact as plain, row, rows } from './helpers.js';

describe('summary: the chart in words', () => {
  it('amount, nb: ending in a plan year, the change is said as planned, not as past (issue 16)', () => {
    expect(plain(summarize(rows, 'amount', 'nb'))).to.equal(
      'Lånegjelden skal etter planen øke fra 4,3 mrd. kr i 2014 til 5,7 mrd. kr i 2019 (plan), mens driftsinntektene skal etter planen øke fra 4,3 mrd. kr i 2015 til 5,1 mrd. kr i 2020 (plan).',
    );
  });

  it('amount: ending in an actual year, the past tense', () => {
    const actual = rows.filter((r) => r.kind === 'actual');
    expect(plain(summarize(actual, 'amount', 'nb'))).to.match(/^Lånegjelden økte fra 4,3 mrd\. kr i 2014 til /);
    expect(plain(summarize(actual, 'amount', 'en'))).to.match(/^Loan debt rose from /);
  });

  it('amount, nn and en', () => {
    expect(plain(summarize(rows, 'amount', 'nn'))).to.equal(
      'Lånegjelda skal etter planen auke frå 4,3 mrd. kr i 2014 til 5,7 mrd. kr i 2019 (plan), medan driftsinntektene skal etter planen auke frå 4,3 mrd. kr i 2015 til 5,1 mrd. kr i 2020 (plan).',
    );
    expect(plain(summarize(rows, 'amount', 'en'))).to.equal(
      'Loan debt is planned to rise from NOK 4.3bn in 2014 to NOK 5.7bn in 2019 (plan), while operating revenue is planned to rise from NOK 4.3bn in 2015 to NOK 5.1bn in 2020 (plan).',
    );
  });

  it('amount: falling, unchanged, a single figure and a series without figures', () => {
    expect(plain(summarize([row(2015, 500e6, 900e6), row(2016, 400e6, 900e6, 'budget')], 'amount', 'nb'))).to.equal(
      'Lånegjelden var 900 mill. kr i 2015 og 900 mill. kr i 2016 (budsjett), mens driftsinntektene skal etter planen synke fra 500 mill. kr i 2015 til 400 mill. kr i 2016 (budsjett).',
    );
    expect(plain(summarize([row(2015, 500e6, null)], 'amount', 'nn'))).to.equal(
      'Driftsinntektene var 500 mill. kr i 2015. Det finst ingen tal for lånegjelda.',
    );
    expect(plain(summarize([row(2015, null, 2e9)], 'amount', 'en'))).to.equal(
      'Loan debt was NOK 2bn in 2015. There are no figures for operating revenue.',
    );
  });

  it('ratio: first and last, the highest, and the years over the threshold as a span; one precision; tense by kind', () => {
    expect(plain(summarize(rows, 'ratio', 'nb', 110))).to.equal(
      'Lånegjelden var 108,0 % av driftsinntektene i 2015 og skal etter planen være 116,3 % i 2019 (plan). Den skal etter planen være høyest, 122,1 %, i 2017 (budsjett). Den skal etter planen være over grensen på 110 % i 2016–2019.',
    );
    expect(plain(summarize(rows, 'ratio', 'nn', 130))).to.equal(
      'Lånegjelda var 108,0 % av driftsinntektene i 2015 og skal etter planen vere 116,3 % i 2019 (plan). Ho skal etter planen vere høgast, 122,1 %, i 2017 (budsjett). Ho var ikkje over grensa på 130 % i nokon av åra, heller ikkje etter planen.',
    );
    expect(plain(summarize(rows, 'ratio', 'en'))).to.equal(
      'Loan debt was 108.0% of operating revenue in 2015 and is planned to be 116.3% in 2019 (plan). It is planned to be highest, 122.1%, in 2017 (budget).',
    );
    // Over the limit in an actual year and in planned ones: "…, og etter planen i …".
    expect(plain(summarize(rows, 'ratio', 'nb', 107))).to.match(/Den var over grensen på 107 % i 2015, og etter planen i 2016–2019\.$/);
    expect(summarize([row(2015, 1, null)], 'ratio', 'nb')).to.equal('Ingen år har tall for både gjeld og inntekter.');
  });

  it('growth: the change since the base year, its tense by the last year\'s kind', () => {
    expect(plain(summarize(rows, 'growth', 'nb'))).to.equal(
      'Lånegjelden skal etter planen øke med 23,3 % fra 2015 til 2019 (plan), mens driftsinntektene skal etter planen øke med 14,5 %.',
    );
    expect(plain(summarize(rows, 'growth', 'nn'))).to.equal(
      'Lånegjelda skal etter planen auke med 23,3 % frå 2015 til 2019 (plan), medan driftsinntektene skal etter planen auke med 14,5 %.',
    );
    expect(plain(summarize(rows, 'growth', 'en'))).to.equal(
      'Loan debt is planned to rise by 23.3% from 2015 to 2019 (plan), while operating revenue is planned to rise by 14.5%.',
    );
    expect(plain(summarize([row(2015, 100, 100), row(2016, 120, 90)], 'growth', 'nb'))).to.equal(
      'Lånegjelden sank med 10 % fra 2015 til 2016, mens driftsinntektene økte med 20 %.',
    );
    expect(summarize([row(2015, 100, 100)], 'growth', 'en')).to.equal('Only 2015 has figures for both debt and revenue, so their growth cannot be compared.');
  });

  it('lists years, with three or more in a row as a span', () => {
    expect(plain(yearList([2014, 2016, 2017], 'nb'))).to.equal('2014, 2016 og 2017');
    expect(plain(yearList([2015, 2017, 2018, 2019], 'en'))).to.equal('2015 and 2017–2019');
    expect(yearList([2016], 'nn')).to.equal('2016');
  });

  it('a year for the tooltip (short) and for the announcement (spelled out)', () => {
    const g = layout(rows, 'amount', 640, 'nb');
    expect(figuresAt(g, 2).map((f) => plain(`${f.label}: ${f.value}`))).to.deep.equal(['Driftsinntekter: 4,3 mrd. kr', 'Lånegjeld: 5,1 mrd. kr']);
    expect(announce(g, 0)).to.equal('2014 (regnskap). Driftsinntekter: ikke oppgitt. Lånegjeld: 4,3 milliarder kroner.');
    // A year the rule was broken says so, in every view.
    expect(announce(layout(rows, 'ratio', 640, 'en'), 3)).to.equal('2017 (budget). Loan debt as % of operating revenue: 122.1%. Debt grows faster than revenue.');
    expect(plain(announce(layout(rows, 'growth', 640, 'nn'), 2))).to.equal(
      '2016 (budsjett). Driftsinntekter: indeks 101,7. Lånegjeld: indeks 110,7. Gjelda veks raskare enn inntektene.',
    );
  });
});

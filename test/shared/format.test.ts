import { expect } from '@open-wc/testing';
import {
  formatMoney, formatMoneyLong, formatPercent, formatNumber, formatYearMonth, formatDate, moneyUnit,
} from '../../src/shared/format.js';

const NB = '\u00a0';
const MINUS = '\u2212';

describe('format', () => {
  it('writes money as Norwegians do, with non-breaking spaces', () => {
    expect(formatMoney(4_605_000_000, 'nb')).to.equal(`4,6${NB}mrd.${NB}kr`);
    expect(formatMoney(338_000_000, 'nb')).to.equal(`338${NB}mill.${NB}kr`);
    expect(formatMoney(77_600_000, 'nb')).to.equal(`77,6${NB}mill.${NB}kr`);
    expect(formatMoney(287_500_000, 'nn')).to.equal(`287,5${NB}mill.${NB}kr`);
    expect(formatMoney(12_000, 'nb')).to.equal(`12${NB}000${NB}kr`);
    expect(formatMoney(0, 'nb')).to.equal(`0${NB}kr`);
    expect(formatMoney(-0, 'nb')).to.equal(`0${NB}kr`);
  });

  it('uses the minus sign Intl gives in bokmål', () => {
    expect(formatMoney(-1_500_000_000, 'nb')).to.equal(`${MINUS}1,5${NB}mrd.${NB}kr`);
  });

  it('writes money in English', () => {
    expect(formatMoney(4_605_000_000, 'en')).to.equal(`NOK${NB}4.6bn`);
    expect(formatMoney(338_000_000, 'en')).to.equal(`NOK${NB}338m`);
  });

  it('can hold one unit for a whole axis', () => {
    expect(formatMoney(500_000_000, 'nb', 'bn')).to.equal(`0,5${NB}mrd.${NB}kr`);
    expect(moneyUnit(999_949)).to.equal('kr');
    expect(moneyUnit(1e6)).to.equal('m');
    expect(moneyUnit(1e9)).to.equal('bn');
    // Rounding never writes "1 000 mill. kr" or "1 000 000 kr".
    expect(formatMoney(999_960_000, 'nb')).to.equal(`1${NB}mrd.${NB}kr`);
    expect(formatMoney(999_970, 'nb')).to.equal(`1${NB}mill.${NB}kr`);
    expect(formatMoney(999_940_000, 'nb')).to.equal(`999,9${NB}mill.${NB}kr`);
  });

  it('spells money out for screen readers', () => {
    expect(formatMoneyLong(4_605_000_000, 'nb')).to.equal(`4,6 milliarder kroner`);
    expect(formatMoneyLong(1_000_000_000, 'nb')).to.equal(`1 milliard kroner`);
    expect(formatMoneyLong(338_000_000, 'nb')).to.equal(`338 millioner kroner`);
    expect(formatMoneyLong(1_000_000, 'nb')).to.equal(`1 million kroner`);
    expect(formatMoneyLong(4_605_000_000, 'nn')).to.equal(`4,6 milliardar kroner`);
    expect(formatMoneyLong(338_000_000, 'nn')).to.equal(`338 millionar kroner`);
    expect(formatMoneyLong(4_605_000_000, 'en')).to.equal(`4.6 billion kroner`);
    expect(formatMoneyLong(1, 'nb')).to.equal('1 krone');
    expect(formatMoneyLong(2, 'nn')).to.equal('2 kroner');
  });

  it('formats numbers, percentages, year-months and dates', () => {
    expect(formatNumber(4265.1, 'nb')).to.equal(`4${NB}265,1`);
    expect(formatNumber(4265.1, 'en')).to.equal(`4,265.1`);
    expect(formatPercent(112.44, 'nb')).to.equal(`112,4${NB}%`);
    expect(formatPercent(112.44, 'en')).to.equal(`112.4%`);
    expect(formatYearMonth(2017, 'nb')).to.equal('2017');
    expect(formatYearMonth('2017-06', 'nb')).to.equal('juni 2017');
    expect(formatYearMonth('2017-06', 'en')).to.equal('Jun 2017');
    expect(formatDate('2016-12-06', 'nb')).to.equal('6. desember 2016');
    expect(formatDate('2016-12-06', 'en')).to.equal('6 December 2016');
    expect(formatDate('2016-12-06', 'nn')).to.equal('6. desember 2016');
    expect(formatDate('desember 2016', 'nb')).to.equal('desember 2016');
    expect(formatDate('2016-02-31', 'nb')).to.equal('2016-02-31');
  });
});

/**
 * Money and number formats as Norwegians write them ("4,6 mrd. kr",
 * "338 mill. kr", "77,6 mill. kr") and as English readers expect
 * ("NOK 4.6bn"). Spaces inside an amount are non-breaking so "mrd. kr" never
 * wraps away from its number; the minus sign is the one `Intl` gives (U+2212 in nb).
 */
import { MESSAGES, type Lang } from './i18n.js';

const NBSP = '\u00a0';
const locale = (lang: Lang): string => (lang === 'en' ? 'en-GB' : 'nb-NO');

const formatters = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

/** A plain number in the reader's language: 4 265,1 (nb) or 4,265.1 (en). */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return nf(lang, digits).format(value).replace(/ /g, NBSP);
}

/** Which unit an amount is shown in: billions, millions or plain kroner. */
export type MoneyUnit = 'bn' | 'm' | 'kr';
export function moneyUnit(abs: number): MoneyUnit {
  // Judged after rounding to one decimal, so 999 960 000 is "1 mrd. kr", not "1 000 mill. kr".
  if (abs >= 9.9995e8) return 'bn';
  if (abs >= 9.9995e5) return 'm';
  return 'kr';
}
const divisor: Record<MoneyUnit, number> = { bn: 1e9, m: 1e6, kr: 1 };

/** The short unit label: "mrd. kr", "mill. kr", "kr" / "NOK bn", "NOK m", "NOK". */
export function unitLabel(unit: MoneyUnit, lang: Lang): string {
  if (lang === 'en') return unit === 'bn' ? 'NOK bn' : unit === 'm' ? 'NOK m' : 'NOK';
  return unit === 'bn' ? `mrd.${NBSP}kr` : unit === 'm' ? `mill.${NBSP}kr` : 'kr';
}

/** The number part of an amount in a given unit, e.g. 4600000000 in 'bn' → "4,6". */
export function scaledNumber(value: number, unit: MoneyUnit, lang: Lang, digits = 1): string {
  return formatNumber(value / divisor[unit], lang, unit === 'kr' ? 0 : digits);
}

/** Short money: "4,6 mrd. kr", "338 mill. kr", "12 000 kr"; en "NOK 4.6bn", "NOK 338m". */
export function formatMoney(value: number, lang: Lang, unit: MoneyUnit = moneyUnit(Math.abs(value))): string {
  const n = scaledNumber(value + 0, unit, lang); // + 0: JSON's -0 is written 0, not −0
  if (lang === 'en') return unit === 'kr' ? `NOK${NBSP}${n}` : `NOK${NBSP}${n}${unit}`;
  return `${n}${NBSP}${unitLabel(unit, lang)}`;
}

/** Long money for screen readers: "4,6 milliarder kroner", "338 millioner kroner", "4.6 billion kroner". */
export function formatMoneyLong(value: number, lang: Lang): string {
  const m = MESSAGES[lang];
  const unit = moneyUnit(Math.abs(value));
  const scaled = value / divisor[unit];
  const n = scaledNumber(value, unit, lang);
  const count = Math.abs(Number(scaled.toFixed(1)));
  const word = unit === 'bn' ? m.billion(count) : unit === 'm' ? m.million(count) : '';
  return word ? `${n} ${word} ${m.kroner(2)}` : `${n} ${m.kroner(count)}`;
}

/** A percentage: "112,4 %" (nb, with a non-breaking space) or "112.4%" (en). */
export function formatPercent(value: number, lang: Lang, digits = 1): string {
  const n = formatNumber(value, lang, digits);
  return lang === 'en' ? `${n}%` : `${n}${NBSP}%`;
}

const NB_MONTHS = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];
const MONTHS: Record<Lang, string[]> = {
  nb: NB_MONTHS,
  nn: NB_MONTHS,
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** A year or year-month as written: 2017 → "2017", "2017-06" → "juni 2017" / "Jun 2017". */
export function formatYearMonth(value: number | string, lang: Lang): string {
  if (typeof value === 'number') return String(value);
  const [y, mo] = value.split('-');
  return `${MONTHS[lang][Number(mo) - 1]} ${y}`;
}

const dates = new Map<Lang, Intl.DateTimeFormat>();

/** A date "2016-12-06" as "6. desember 2016" / "6 December 2016"; other strings unchanged. */
export function formatDate(value: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // "2016-02-31" would roll over to 2 March: keep what was written instead.
  if (d.getUTCDate() !== Number(m[3])) return value;
  let f = dates.get(lang);
  if (!f) {
    // nb-NO for nynorsk too: the month names are the same, and some browsers lack nn-NO data.
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dates.set(lang, f);
  }
  return f.format(d);
}

/** A programme named in context: "Handlingsprogram 2017–2020, Asker kommune" (the municipality once). */
export function programmeContext(title?: string, municipality?: string): string {
  return [title, municipality && !title?.includes(municipality) ? municipality : ''].filter(Boolean).join(', ');
}

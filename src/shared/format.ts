/**
 * Money and number formats as Norwegians write them ("4,6 mrd. kr",
 * "338 mill. kr", "77,6 mill. kr") and as English readers expect
 * ("NOK 4.6bn"). Spaces inside an amount are non-breaking so "mrd. kr" never
 * wraps away from its number; the minus sign is the one `Intl` gives (U+2212 in nb).
 */
import { MESSAGES, type Lang } from './i18n.js';

const NBSP = '\u00a0';

/*
 * Numbers and dates are written here by hand, not by Intl: the first Intl object a page
 * creates costs 30–90 ms (ICU loads its locale data), more than drawing a chart, and a page
 * of widgets would pay it before its first paint. The output is Intl's own, character for
 * character (nb-NO for nb and nn, en-GB for en): test/shared/format-intl.test.ts compares
 * the two in the browser for every month and for random numbers. Intl is still asked, lazily,
 * for what never occurs in valid data (NaN, ±Infinity, numbers written with an exponent).
 */

/** What sets the languages apart: the minus sign, and the decimal and group separators Intl uses. */
const SIGNS: Record<Lang, { minus: string; decimal: string; group: string }> = {
  nb: { minus: '\u2212', decimal: ',', group: NBSP },
  nn: { minus: '\u2212', decimal: ',', group: NBSP },
  en: { minus: '-', decimal: '.', group: ',' },
};

let intl: Map<string, Intl.NumberFormat> | undefined;
function viaIntl(value: number, lang: Lang, digits: number): string {
  intl ??= new Map();
  const key = `${lang}${digits}`;
  let f = intl.get(key);
  if (!f) intl.set(key, (f = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: digits })));
  return f.format(value).replace(/ /g, NBSP);
}

/**
 * `abs` rounded to at most `digits` decimals as Intl rounds: half away from zero, on the
 * shortest decimal that reads back as the same number (String(0.15) is "0.15", so 0.2,
 * where toFixed(1) gives "0.1"); trailing zeros dropped. Undefined for exponent forms.
 */
function rounded(abs: number, digits: number): { int: string; frac: string } | undefined {
  const text = String(abs);
  if (text.includes('e')) return undefined;
  const [int, frac = ''] = text.split('.');
  if (frac.length <= digits) return { int, frac };
  const kept = int + frac.slice(0, digits);
  // A digit of 5 or more in the first place dropped rounds up: add one to the last kept place.
  // (As a Number while exact, below 2^53; BigInt beyond.)
  const plusOne = () => (kept.length < 16 ? String(Number(kept) + 1) : (BigInt(kept) + 1n).toString()).padStart(kept.length, '0');
  const up = frac.charCodeAt(digits) >= 53 ? plusOne() : kept;
  const at = up.length - digits;
  return { int: up.slice(0, at), frac: up.slice(at).replace(/0+$/, '') };
}

/**
 * A plain number in the reader's language: 4 265,1 (nb) or 4,265.1 (en). At most `digits`
 * decimals; `fixed`: exactly `digits` ("108,0" beside "117,5": one precision per column or axis).
 */
export function formatNumber(value: number, lang: Lang, digits = 1, fixed = false): string {
  const r = Number.isFinite(value) ? rounded(Math.abs(value), digits) : undefined;
  if (!r) return viaIntl(value, lang, digits);
  const { minus, decimal, group } = SIGNS[lang];
  // Intl keeps the sign of a negative number that rounds to zero (−0,04 → "−0"), and of −0.
  const sign = value < 0 || Object.is(value, -0) ? minus : '';
  const frac = fixed ? r.frac.padEnd(digits, '0') : r.frac;
  return `${sign}${r.int.replace(/\B(?=(\d{3})+$)/g, group)}${frac ? decimal + frac : ''}`;
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
export function scaledNumber(value: number, unit: MoneyUnit, lang: Lang, digits = 1, fixed = false): string {
  return formatNumber(value / divisor[unit], lang, unit === 'kr' ? 0 : digits, fixed);
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
export function formatPercent(value: number, lang: Lang, digits = 1, fixed = false): string {
  const n = formatNumber(value, lang, digits, fixed);
  return lang === 'en' ? `${n}%` : `${n}${NBSP}%`;
}

/** Month names in full, as Intl writes them (nb-NO for nynorsk too: the names are the same). */
const NB_LONG = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
export const MONTH_NAMES: Record<Lang, string[]> = {
  nb: NB_LONG,
  nn: NB_LONG,
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Short month names, from the full ones: "jan.", "mars", "juni" (four letters or fewer kept); "Jan", "May". */
const short = (name: string, lang: Lang) => (lang === 'en' ? name.slice(0, 3) : name.length > 4 ? `${name.slice(0, 3)}.` : name);

/** A year or year-month as written: 2017 → "2017", "2017-06" → "juni 2017" / "Jun 2017". */
export function formatYearMonth(value: number | string, lang: Lang): string {
  if (typeof value === 'number') return String(value);
  const [y, mo] = value.split('-');
  return `${short(MONTH_NAMES[lang][Number(mo) - 1], lang)} ${y}`;
}

/** A date "2016-12-06" as "6. desember 2016" / "6 December 2016"; other strings unchanged. */
export function formatDate(value: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  // "2016-02-31" would roll over to 2 March, and "2016-13-01" to the next year: keep what was written instead.
  if (d.getUTCDate() !== day || d.getUTCMonth() !== month - 1) return value;
  return `${day}${lang === 'en' ? '' : '.'} ${MONTH_NAMES[lang][month - 1]} ${year}`;
}

/** A programme named in context: "Handlingsprogram 2017–2020, Asker kommune" (the municipality once). */
export function programmeContext(title?: string, municipality?: string): string {
  return [title, municipality && !title?.includes(municipality) ? municipality : ''].filter(Boolean).join(', ');
}

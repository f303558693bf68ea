/**
 * What a screen reader should say for free text from the data (a project's description)
 * and for dates in the opened details. Descriptions are written like the widgets' own
 * short forms ("221 mill. kr brukt før 2017", "NOK 4.3bn"); read aloud, "mill. kr" comes
 * out as "mill punktum k r" and "4 307" as two numbers. The spoken form spells the unit
 * out in the reader's language ("221 millioner kroner") and joins a number's digit groups
 * ("4307"); everything else is left as written.
 */
import { html, type TemplateResult } from 'lit';
import { MESSAGES, type Lang } from './i18n.js';
import { MONTH_NAMES } from './format.js';

// A space between digit groups: ordinary, no-break or narrow no-break.
const SP = '[ \\u00a0\\u202f]';
/** A number as Norwegians write it: "4 307", "221", "1,5", "4 265,1". */
const NUM = `(?<![\\d,.])(\\d{1,3}(?:${SP}\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?)`;
/** "221 mill. kr", "1,5 mrd kr", "30 mill.", "12 000 kr", "500 kroner". */
const NORWEGIAN = new RegExp(`${NUM}${SP}*(?:(mrd|mill)(?:\\.|(?![\\p{L}]))(?:${SP}*(?:kr|kroner)(?![\\p{L}]))?|(?:kr|kroner)(?![\\p{L}]))`, 'giu');
/** "NOK 4.3bn", "NOK 338m", "NOK 12,000". */
const ENGLISH = new RegExp(`NOK${SP}*(?<![\\d,.])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(bn|m)?(?![\\p{L}])`, 'gu');

/** The number as it should be read: digit groups joined, the decimal mark as written. */
const joined = (n: string, grouping: RegExp) => n.replace(grouping, '');
const count = (n: string, decimal: string) => Number(n.replace(decimal, '.'));

function amount(n: string, unit: string | undefined, value: number, lang: Lang): string {
  const m = MESSAGES[lang];
  const scale = unit === 'bn' || unit === 'mrd' ? m.billion(value) : unit === 'm' || unit === 'mill' ? m.million(value) : '';
  return scale ? `${n} ${scale} ${m.kroner(2)}` : `${n} ${m.kroner(value)}`;
}

/** Free text with its amounts in spoken long form: "221 millioner kroner brukt før 2017". */
export function spokenText(text: string, lang: Lang): string {
  return text
    .replace(NORWEGIAN, (whole, n: string, scale: string | undefined) => {
      // "30 mill." without "kr" is millions of something said just before: only the unit word.
      const num = joined(n, /[ \u00a0\u202f]/g);
      const value = count(num, ',');
      if (scale && !/kr|kroner/i.test(whole.slice(n.length))) {
        const m = MESSAGES[lang];
        return `${num} ${scale.toLowerCase() === 'mrd' ? m.billion(value) : m.million(value)}`;
      }
      return amount(num, scale?.toLowerCase(), value, lang);
    })
    .replace(ENGLISH, (_, n: string, scale: string | undefined) => {
      const num = joined(n, /,/g);
      return amount(num, scale, count(num, '.'), lang);
    });
}

/** A year or year-month for the ear: 2017 → "2017", "2017-06" → "juni 2017" / "June 2017" (not "jun."). */
export function spokenYearMonth(value: number | string, lang: Lang): string {
  if (typeof value === 'number') return String(value);
  // Month names from format.ts, not a new Intl.DateTimeFormat per call (0.3–0.5 ms each: 1,000 projects took 0.5 s).
  const [y, m] = value.split('-');
  return `${MONTH_NAMES[lang][Number(m) - 1]} ${y}`;
}

/** Short for the eye, long for the ear: the seen text hidden from screen readers, the heard one from the eye. */
export const twice = (eye: string, ear: string): TemplateResult =>
  html`<span aria-hidden="true">${eye}</span><span class="sr-only">${ear}</span>`;

/** Text with its amounts said in full ("4,3 milliarder kroner"), shown as written. */
export function spokenAmounts(seen: string, lang: Lang): string | TemplateResult {
  const heard = spokenText(seen, lang);
  return heard === seen ? seen : twice(seen, heard);
}

/**
 * Text as seen, and as a screen reader should get it: without soft hyphens (said as a break
 * or spelt out inside a name) and without spaces between digits ("4 307" is read as two numbers).
 */
export function spoken(seen: string): string | TemplateResult {
  const heard = seen.replace(/\u00ad/g, '').replace(/(\d)[\u00a0\u202f ](?=\d)/g, '$1');
  return heard === seen ? seen : twice(seen, heard);
}

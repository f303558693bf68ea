/**
 * The embed forms' own words (the static form's data link, the iframe page,
 * the `embed` command) in bokmål, nynorsk and English. Everything the static
 * form shows of the data itself uses the elements' words, imported from their
 * strings and from shared/i18n.ts.
 */
import type { Lang } from '../shared/i18n.js';

export interface EmbedStrings {
  /** The text of the link to the data, after the source line. */
  dataLink: string;
  /** Before the fiscal rule's text in the static chart: "Regel: …". */
  rule: string;
  /** The command's usage line. */
  usage: string;
  notFound: (file: string) => string;
  notJson: (file: string, reason: string) => string;
  invalid: (file: string, n: number) => string;
  badOption: (name: string, value: string) => string;
  /** In place of an issue's path when the problem is the whole document. */
  document: string;
  /** The iframe page without a valid element or data URL. */
  pageMissing: string;
}

const USAGE = 'civic-widgets embed <fil.json> --element civic-priority-list|civic-investment-timeline|civic-debt-revenue-chart '
  + '[--form static|iframe|script] [--data-url URL] [--bundle-url URL] [--embed-url URL] [--lang nb|nn|en] '
  + '[--theme light|dark|auto] [--heading TEKST] [--heading-level 2-6] [--attr navn=verdi]…';

const nb: EmbedStrings = {
  dataLink: 'Dataene (JSON)',
  rule: 'Regel',
  usage: `Bruk: ${USAGE}`,
  notFound: (f) => `Fant ikke filen ${f}.`,
  notJson: (f, m) => `${f}: er ikke gyldig JSON (${m}).`,
  invalid: (f, n) => `${f}: ${n} ${n === 1 ? 'problem' : 'problemer'}; rett dem før du lager innbyggingskoden:`,
  badOption: (n, v) => `Ugyldig verdi for --${n}: «${v}».`,
  document: '(dokumentet)',
  pageMissing: 'Denne siden viser et civic-widgets-element. Adressen mangler element= (civic-priority-list, civic-investment-timeline eller civic-debt-revenue-chart) eller src= (en http(s)-adresse til dataene).',
};

const nn: EmbedStrings = {
  ...nb,
  dataLink: 'Dataa (JSON)',
  notFound: (f) => `Fann ikkje fila ${f}.`,
  notJson: (f, m) => `${f}: er ikkje gyldig JSON (${m}).`,
  invalid: (f, n) => `${f}: ${n} problem; rett dei før du lagar innbyggingskoden:`,
  badOption: (n, v) => `Ugyldig verdi for --${n}: «${v}».`,
  pageMissing: 'Denne sida viser eit civic-widgets-element. Adressa manglar element= (civic-priority-list, civic-investment-timeline eller civic-debt-revenue-chart) eller src= (ei http(s)-adresse til dataa).',
};

const en: EmbedStrings = {
  dataLink: 'The data (JSON)',
  rule: 'Rule',
  usage: `Usage: ${USAGE.replace('<fil.json>', '<file.json>').replace('TEKST', 'TEXT').replace('navn=verdi', 'name=value')}`,
  notFound: (f) => `Could not find the file ${f}.`,
  notJson: (f, m) => `${f}: is not valid JSON (${m}).`,
  invalid: (f, n) => `${f}: ${n} ${n === 1 ? 'problem' : 'problems'}; fix ${n === 1 ? 'it' : 'them'} before making the embed code:`,
  badOption: (n, v) => `Invalid value for --${n}: "${v}".`,
  document: '(the document)',
  pageMissing: 'This page shows a civic-widgets element. Its address lacks element= (civic-priority-list, civic-investment-timeline or civic-debt-revenue-chart) or src= (an http(s) address of the data).',
};

export const STRINGS: Record<Lang, EmbedStrings> = { nb, nn, en };

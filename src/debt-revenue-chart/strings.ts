/**
 * The chart's own words in bokmål, nynorsk and English. Functions take the
 * already formatted numbers and years, so each language keeps its own word order.
 */
import type { Lang } from '../shared/i18n.js';

type S = string;

const nb = {
  revenue: 'Driftsinntekter',
  /** In a narrow table header: may break at the soft hyphen. */
  revenueTh: 'Drifts\u00adinntekter',
  debt: 'Lånegjeld',
  ratio: 'Lånegjeld i % av driftsinntektene',
  /** Subjects inside a sentence, lower case: the first is capitalised where it starts one. */
  the: { revenue: 'driftsinntektene', debt: 'lånegjelden' },
  kinds: { actual: 'regnskap', budget: 'budsjett', plan: 'plan' },
  plannedKey: 'budsjett og plan',
  and: 'og',
  names: {
    amount: 'Lånegjeld og driftsinntekter',
    ratio: 'Lånegjeld i prosent av driftsinntektene',
    growth: 'Vekst i lånegjeld og driftsinntekter',
  },
  keys: 'Bruk piltastene for å gå mellom årene.',
  period: 'Planperiode',
  limit: (p: S) => `Grense ${p}`,
  faster: 'Gjelden vokste raskere enn inntektene',
  ratioAxis: '% av driftsinntektene',
  indexAxis: (y: number) => `Indeks, ${y} = 100`,
  index: 'indeks',
  showTable: 'Vis tabell',
  showChart: 'Vis figur',
  download: 'Last ned:',
  year: 'År',
  kind: 'Type tall',
  ratioCol: 'Gjeld i % av inntekter',
  mill: 'mill. kr',
  kr: 'kr',
  missing: 'ikke oppgitt',
  empty: 'Ingen tall for gjeld og inntekter å vise',
  noBoth: 'Ingen år har tall for både gjeld og inntekter.',
  pngFailed: 'Kunne ikke lage PNG-bildet.',
  file: 'laanegjeld-og-driftsinntekter',
  // Sentences of the summary.
  moved: (s: S, up: boolean, a: S, y0: S, b: S, y1: S) => `${s} ${up ? 'økte' : 'sank'} fra ${a} i ${y0} til ${b} i ${y1}`,
  flat: (s: S, a: S, y0: S, b: S, y1: S) => `${s} var ${a} i ${y0} og ${b} i ${y1}`,
  once: (s: S, a: S, y: S) => `${s} var ${a} i ${y}`,
  none: (s: S) => `Det finnes ingen tall for ${s}`,
  whilst: ', mens ',
  ratioSpan: (a: S, y0: S, b: S, y1: S) => `Lånegjelden var ${a} av driftsinntektene i ${y0} og ${b} i ${y1}.`,
  ratioOnce: (a: S, y: S) => `Lånegjelden var ${a} av driftsinntektene i ${y}.`,
  highest: (a: S, y: S) => `Den var høyest, ${a}, i ${y}.`,
  above: (p: S, years: S) => `Den var over grensen på ${p} i ${years}.`,
  below: (p: S) => `Den var ikke over grensen på ${p} i noen av årene.`,
  growth: (y0: S, y1: S, dUp: boolean, d: S, rUp: boolean, r: S) =>
    `Fra ${y0} til ${y1} ${dUp ? 'økte' : 'sank'} lånegjelden med ${d}, mens driftsinntektene ${rUp ? 'økte' : 'sank'} med ${r}.`,
  fasterIn: (years: S) => `Lånegjelden vokste raskere enn driftsinntektene i ${years}.`,
  fasterNever: 'Lånegjelden vokste ikke raskere enn driftsinntektene i noen av årene.',
  oneYear: (y: S) => `Bare ${y} har tall for både gjeld og inntekter, så veksten kan ikke sammenlignes.`,
};

export type ChartStrings = typeof nb;

const nn: ChartStrings = {
  ...nb,
  the: { revenue: 'driftsinntektene', debt: 'lånegjelda' },
  kinds: { actual: 'rekneskap', budget: 'budsjett', plan: 'plan' },
  keys: 'Bruk piltastane for å gå mellom åra.',
  faster: 'Gjelda voks raskare enn inntektene',
  kind: 'Type tal',
  missing: 'ikkje oppgitt',
  empty: 'Ingen tal for gjeld og inntekter å vise',
  noBoth: 'Ingen år har tal for både gjeld og inntekter.',
  pngFailed: 'Kunne ikkje lage PNG-biletet.',
  moved: (s, up, a, y0, b, y1) => `${s} ${up ? 'auka' : 'minka'} frå ${a} i ${y0} til ${b} i ${y1}`,
  none: (s) => `Det finst ingen tal for ${s}`,
  whilst: ', medan ',
  ratioSpan: (a, y0, b, y1) => `Lånegjelda var ${a} av driftsinntektene i ${y0} og ${b} i ${y1}.`,
  ratioOnce: (a, y) => `Lånegjelda var ${a} av driftsinntektene i ${y}.`,
  highest: (a, y) => `Ho var høgast, ${a}, i ${y}.`,
  above: (p, years) => `Ho var over grensa på ${p} i ${years}.`,
  below: (p) => `Ho var ikkje over grensa på ${p} i nokon av åra.`,
  growth: (y0, y1, dUp, d, rUp, r) =>
    `Frå ${y0} til ${y1} ${dUp ? 'auka' : 'minka'} lånegjelda med ${d}, medan driftsinntektene ${rUp ? 'auka' : 'minka'} med ${r}.`,
  fasterIn: (years) => `Lånegjelda voks raskare enn driftsinntektene i ${years}.`,
  fasterNever: 'Lånegjelda voks ikkje raskare enn driftsinntektene i nokon av åra.',
  oneYear: (y) => `Berre ${y} har tal for både gjeld og inntekter, så veksten kan ikkje samanliknast.`,
};

const en: ChartStrings = {
  revenue: 'Operating revenue',
  revenueTh: 'Operating revenue',
  debt: 'Loan debt',
  ratio: 'Loan debt as % of operating revenue',
  the: { revenue: 'operating revenue', debt: 'loan debt' },
  kinds: { actual: 'actual', budget: 'budget', plan: 'plan' },
  plannedKey: 'budget and plan',
  and: 'and',
  names: {
    amount: 'Loan debt and operating revenue',
    ratio: 'Loan debt as a percentage of operating revenue',
    growth: 'Growth in loan debt and operating revenue',
  },
  keys: 'Use the arrow keys to move between years.',
  period: 'Plan period',
  limit: (p) => `Limit ${p}`,
  faster: 'Debt grew faster than revenue',
  ratioAxis: '% of operating revenue',
  indexAxis: (y) => `Index, ${y} = 100`,
  index: 'index',
  showTable: 'Show table',
  showChart: 'Show chart',
  download: 'Download:',
  year: 'Year',
  kind: 'Kind',
  ratioCol: 'Debt as % of revenue',
  mill: 'NOK m',
  kr: 'NOK',
  missing: 'not given',
  empty: 'No debt or revenue figures to show',
  noBoth: 'No year has figures for both debt and revenue.',
  pngFailed: 'Could not make the PNG image.',
  file: 'loan-debt-and-operating-revenue',
  moved: (s, up, a, y0, b, y1) => `${s} ${up ? 'rose' : 'fell'} from ${a} in ${y0} to ${b} in ${y1}`,
  flat: (s, a, y0, b, y1) => `${s} was ${a} in ${y0} and ${b} in ${y1}`,
  once: (s, a, y) => `${s} was ${a} in ${y}`,
  none: (s) => `There are no figures for ${s}`,
  whilst: ', while ',
  ratioSpan: (a, y0, b, y1) => `Loan debt was ${a} of operating revenue in ${y0} and ${b} in ${y1}.`,
  ratioOnce: (a, y) => `Loan debt was ${a} of operating revenue in ${y}.`,
  highest: (a, y) => `It was highest, ${a}, in ${y}.`,
  above: (p, years) => `It was above the limit of ${p} in ${years}.`,
  below: (p) => `It was not above the limit of ${p} in any year.`,
  growth: (y0, y1, dUp, d, rUp, r) =>
    `From ${y0} to ${y1} loan debt ${dUp ? 'rose' : 'fell'} by ${d}, while operating revenue ${rUp ? 'rose' : 'fell'} by ${r}.`,
  fasterIn: (years) => `Loan debt grew faster than operating revenue in ${years}.`,
  fasterNever: 'Loan debt did not grow faster than operating revenue in any year.',
  oneYear: (y) => `Only ${y} has figures for both debt and revenue, so their growth cannot be compared.`,
};

export const STRINGS: Record<Lang, ChartStrings> = { nb, nn, en };

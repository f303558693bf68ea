/**
 * The chart's own words in bokmål, nynorsk and English. Sentences are
 * templates: `fill` puts the formatted numbers and years in at $0, $1, …, so
 * each language keeps its own word order. Nynorsk is bokmål with its own
 * words for the few that differ (NN below).
 */
import type { Lang } from '../shared/i18n.js';

const nb = {
  revenue: 'Driftsinntekter',
  debt: 'Lånegjeld',
  /** The ratio line's label. */
  ratioKey: 'Lånegjeld i % av driftsinntektene',
  /** Subjects inside a sentence, lower case: the first is capitalised where it starts one. */
  revenueSubj: 'driftsinntektene',
  debtSubj: 'lånegjelden',
  actual: 'regnskap',
  budget: 'budsjett',
  plan: 'plan',
  plannedKey: 'budsjett og plan',
  and: 'og',
  // The views' names.
  amount: 'Lånegjeld og driftsinntekter',
  ratio: 'Lånegjeld i prosent av driftsinntektene',
  growth: 'Vekst i lånegjeld og driftsinntekter',
  keys: 'Bruk piltastene for å gå mellom årene.',
  /** The year slider's value before a year is chosen, and the words an arrow key says at either end. */
  noYear: 'Ingen år valgt',
  firstYear: 'Dette er det første året, $0.',
  lastYear: 'Dette er det siste året, $0.',
  period: 'Planperiode',
  limit: 'Grense $0',
  /** The marked years' legend key (present tense: it covers actual and planned years). */
  faster: 'Gjelden vokser raskere enn inntektene',
  ratioAxis: '% av driftsinntektene',
  indexAxis: 'Indeks, $0 = 100',
  index: 'indeks',
  showTable: 'Vis tabell',
  showChart: 'Vis figur',
  download: 'Last ned:',
  /** The download buttons' names ($0: CSV, SVG, PNG): the visible text is the format alone. */
  saveData: 'Last ned tallene som $0',
  saveChart: 'Last ned figuren som $0',
  year: 'År',
  kind: 'Type tall',
  /** The table's headers, short and breakable (soft hyphens), so that it fits a phone (the caption says the rest); the CSV's last two. */
  cols: 'År|Drifts\u00adinn\u00adtekter|Låne\u00adgjeld|Gjeld i % av inn\u00adtekter|Regel',
  mill: 'mill. kr',
  kr: 'kr',
  missing: 'ikke oppgitt',
  empty: 'Ingen tall for gjeld og inntekter å vise',
  noBoth: 'Ingen år har tall for både gjeld og inntekter.',
  pngFailed: 'Kunne ikke lage PNG-bildet.',
  file: 'laanegjeld-og-driftsinntekter',
  // The summary. once/flat/moved: $0 subject, $1 up or down, $2 in $3, $4 in $5.
  up: 'økte',
  down: 'sank',
  // When the last figure is a budget or a plan, it has not happened: said as planned.
  upPlan: 'skal etter planen øke',
  downPlan: 'skal etter planen synke',
  moved: '$0 $1 fra $2 i $3 til $4 i $5',
  flat: '$0 var $2 i $3 og $4 i $5',
  once: '$0 var $2 i $3',
  none: 'Det finnes ingen tall for $0',
  whilst: ', mens ',
  // Verbs by tense (tensed() in summary.ts): actual | planned | actual, negated | planned, negated.
  grow: 'vokste|skal etter planen vokse|vokste ikke|skal etter planen ikke vokse',
  be: 'var|skal etter planen være|var ikke|skal etter planen ikke være',
  /** What a negated sentence says instead of the years. */
  anyYear: 'noen av årene',
  // The ratio: $4 and $5 are a form of `be`, by each year's kind.
  ratioSpan: 'Lånegjelden $4 $0 av driftsinntektene i $1 og $5 $2 i $3.',
  ratioOnce: 'Lånegjelden $2 $0 av driftsinntektene i $1.',
  highest: 'Den $2 høyest, $0, i $1.',
  growthText: 'Lånegjelden $0 med $1 fra $2 til $3, mens driftsinntektene $4 med $5.',
  // Sentences about some years ($1), with a verb ($0) from `grow` or `be`; $2: the threshold.
  fasterIn: 'Lånegjelden $0 raskere enn driftsinntektene i $1',
  above: 'Den $0 over grensen på $2 i $1',
  /** After the actual years: the planned ones ($0), or that the plan does not either. */
  alsoPlan: ', og etter planen i $0',
  alsoNot: ', heller ikke etter planen',
  /** The rule, stated above the chart: the document's `fiscalRule.text`, else `ruleText`. */
  rule: 'Regelen',
  ruleText: 'Lånegjelden skal ikke vokse raskere enn driftsinntektene.',
  /** The table's and the CSV's verdict per year. */
  kept: 'holdt',
  broken: 'brutt',
  oneYear: 'Bare $0 har tall for både gjeld og inntekter, så veksten kan ikke sammenlignes.',
};
export type ChartStrings = typeof nb;

/** Bokmål word → nynorsk word, in pairs; a capital first letter is kept. */
const NN = new Map(
  ('lånegjelden lånegjelda gjelden gjelda ikke ikkje tall tal økte auka sank minka fra frå mens medan finnes finst den ho '
    + 'øke auke synke søkke høyest høgast grensen grensa noen nokon årene åra vokste voks raskere raskare bare berre sammenlignes samanliknast '
    + 'piltastene piltastane regnskap rekneskap bildet biletet tallene tala valgt valt vokse vekse vokser veks være vere holdt halden brutt broten')
    .split(' ')
    .flatMap((w, i, a) => (i % 2 ? [] : [[w, a[i + 1]]])) as [string, string][],
);
const nynorsk = (s: string) =>
  s.replace(/\p{L}+/gu, (w) => {
    const n = NN.get(w.toLowerCase());
    return !n ? w : w[0] === w[0].toLowerCase() ? n : cap(n);
  });

const en: ChartStrings = {
  revenue: 'Operating revenue',
  debt: 'Loan debt',
  ratioKey: 'Loan debt as % of operating revenue',
  revenueSubj: 'operating revenue',
  debtSubj: 'loan debt',
  actual: 'actual',
  budget: 'budget',
  plan: 'plan',
  plannedKey: 'budget and plan',
  and: 'and',
  amount: 'Loan debt and operating revenue',
  ratio: 'Loan debt as a percentage of operating revenue',
  growth: 'Growth in loan debt and operating revenue',
  keys: 'Use the arrow keys to move between years.',
  noYear: 'No year chosen',
  firstYear: 'This is the first year, $0.',
  lastYear: 'This is the last year, $0.',
  period: 'Plan period',
  limit: 'Limit $0',
  faster: 'Debt grows faster than revenue',
  ratioAxis: '% of operating revenue',
  indexAxis: 'Index, $0 = 100',
  index: 'index',
  showTable: 'Show table',
  showChart: 'Show chart',
  download: 'Download:',
  saveData: 'Download the figures as $0',
  saveChart: 'Download the chart as $0',
  year: 'Year',
  kind: 'Kind',
  cols: 'Year|Rev\u00adenue|Debt|Debt as % of rev\u00adenue|Fiscal rule',
  mill: 'NOK m',
  kr: 'NOK',
  missing: 'not given',
  empty: 'No debt or revenue figures to show',
  noBoth: 'No year has figures for both debt and revenue.',
  pngFailed: 'Could not make the PNG image.',
  file: 'loan-debt-and-operating-revenue',
  up: 'rose',
  down: 'fell',
  upPlan: 'is planned to rise',
  downPlan: 'is planned to fall',
  moved: '$0 $1 from $2 in $3 to $4 in $5',
  flat: '$0 was $2 in $3 and $4 in $5',
  once: '$0 was $2 in $3',
  none: 'There are no figures for $0',
  whilst: ', while ',
  grow: 'grew|is planned to grow|did not grow|is not planned to grow',
  be: 'was|is planned to be|was not|is not planned to be',
  anyYear: 'any year',
  ratioSpan: 'Loan debt $4 $0 of operating revenue in $1 and $5 $2 in $3.',
  ratioOnce: 'Loan debt $2 $0 of operating revenue in $1.',
  highest: 'It $2 highest, $0, in $1.',
  growthText: 'Loan debt $0 by $1 from $2 to $3, while operating revenue $4 by $5.',
  fasterIn: 'Loan debt $0 faster than operating revenue in $1',
  above: 'It $0 above the limit of $2 in $1',
  alsoPlan: ', and according to plan in $0',
  alsoNot: ', nor according to plan',
  rule: 'The rule',
  ruleText: 'Loan debt must not grow faster than operating revenue.',
  kept: 'kept',
  broken: 'broken',
  oneYear: 'Only $0 has figures for both debt and revenue, so their growth cannot be compared.',
};

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A template with its blanks filled: fill('Grense $0', '110 %') → "Grense 110 %". */
export const fill = (s: string, ...a: (string | number)[]): string => s.replace(/\$(\d)/g, (_, i) => String(a[i]));

let nn: ChartStrings | undefined;

export const STRINGS: Record<Lang, ChartStrings> = {
  nb,
  // Made on first use: compiling nynorsk()'s \p{L} pattern is a few milliseconds of a cold page
  // load, which a page in bokmål or English need not spend.
  get nn() {
    return (nn ??= Object.fromEntries(Object.entries(nb).map(([k, v]) => [k, nynorsk(v)])) as ChartStrings);
  },
  en,
};

/**
 * What a screen-reader user hears from <civic-debt-revenue-chart>, read from Chromium's
 * accessibility tree (see heard.ts), in the ready, partial and error states, in bokmål
 * and English: one table, states × languages. The slider's own value text and its ends
 * are checked in test/debt-revenue-chart/heard.test.ts.
 */
import '../../src/index.js';
import { describeHeard } from './heard.js';

let asker: { finances: unknown[] };
before(async () => {
  asker = await (await fetch('/demo/data/asker-2017-2020.json')).json();
});

const SLIDER = {
  nb: 'slider: Lånegjeld og driftsinntekter. Bruk piltastene for å gå mellom årene. — ',
  en: 'slider: Loan debt and operating revenue. Use the arrow keys to move between years. — ',
};
const TOOLS = {
  nb: ['button: Vis tabell', 'text: Last ned:', 'button: Last ned tallene som CSV', 'button: Last ned figuren som SVG', 'button: Last ned figuren som PNG', 'status (live polite):'],
  en: ['button: Show table', 'text: Download:', 'button: Download the figures as CSV', 'button: Download the chart as SVG', 'button: Download the chart as PNG', 'status (live polite):'],
};
const LEGEND = {
  nb: 'Driftsinntekter Lånegjeld Gjelden vokser raskere enn inntektene regnskap budsjett og plan',
  en: 'Operating revenue Loan debt Debt grows faster than revenue actual budget and plan',
};

// Asker's own rule (its document's fiscalRule.text, in the document's language) and its verdict.
const ASKER = {
  nb: {
    rule: 'Regelen: Lånegjelden skal ikke øke mer enn kommunens inntekter. Lånegjelden skal etter planen vokse raskere enn driftsinntektene i 2016 og 2017.',
    summary: 'Lånegjelden skal etter planen øke fra 4,3 milliarder kroner i 2014 til 5,7 milliarder kroner i 2019 (plan), mens driftsinntektene skal etter planen øke fra 4,3 milliarder kroner i 2015 til 5,1 milliarder kroner i 2020 (plan).',
  },
  en: {
    rule: 'The rule: Lånegjelden skal ikke øke mer enn kommunens inntekter. Loan debt is planned to grow faster than operating revenue in 2016 and 2017.',
    summary: 'Loan debt is planned to rise from 4.3 billion kroner in 2014 to 5.7 billion kroner in 2019 (plan), while operating revenue is planned to rise from 4.3 billion kroner in 2015 to 5.1 billion kroner in 2020 (plan).',
  },
};
// Three of Asker's years and one that cannot be used, as a bare array: the default rule's words.
const PARTIAL = {
  nb: {
    rule: 'Regelen: Lånegjelden skal ikke vokse raskere enn driftsinntektene. Lånegjelden skal etter planen vokse raskere enn driftsinntektene i 2016 og 2017.',
    summary: 'Lånegjelden skal etter planen øke fra 4,6 milliarder kroner i 2015 til 5,6 milliarder kroner i 2017 (budsjett), mens driftsinntektene skal etter planen øke fra 4,3 milliarder kroner i 2015 til 4,6 milliarder kroner i 2017 (budsjett).',
  },
  en: {
    rule: 'The rule: Loan debt must not grow faster than operating revenue. Loan debt is planned to grow faster than operating revenue in 2016 and 2017.',
    summary: 'Loan debt is planned to rise from 4.6 billion kroner in 2015 to 5.6 billion kroner in 2017 (budget), while operating revenue is planned to rise from 4.3 billion kroner in 2015 to 4.6 billion kroner in 2017 (budget).',
  },
};

const drawn = (lang: 'nb' | 'en', heading: string, words: { rule: string; summary: string }) => [
  `heading (level 2): ${heading}`,
  `text: ${words.rule} ${LEGEND[lang]}`,
  `${SLIDER[lang]}${words.rule} ${words.summary}`,
  `text: ${words.summary}`,
  ...TOOLS[lang],
];

describeHeard('civic-debt-revenue-chart', { nb: 'Lånegjeld og driftsinntekter', en: 'Loan debt and operating revenue' }, {
  ready: {
    event: 'civic-load',
    data: () => asker,
    cases: {
      nb: { expected: [...drawn('nb', 'Lånegjeld og driftsinntekter', ASKER.nb), 'text: Kilde:', 'link: Asker kommune', 'text: , 6. desember 2016'] },
      en: { expected: [...drawn('en', 'Loan debt and operating revenue', ASKER.en), 'text: Source:', 'link: Asker kommune', 'text: , 6 December 2016'] },
    },
  },
  partial: {
    event: 'civic-load',
    data: () => [...asker.finances.slice(1, 4), { year: 'x', debt: 1 }],
    cases: {
      nb: { expected: [...drawn('nb', 'Lånegjeld og driftsinntekter', PARTIAL.nb), 'status (live polite):', 'text: 1 oppføring kunne ikke vises.', 'DisclosureTriangle (collapsed): Vis hva som er feil'] },
      en: { expected: [...drawn('en', 'Loan debt and operating revenue', PARTIAL.en), 'status (live polite):', 'text: 1 entry could not be shown.', 'DisclosureTriangle (collapsed): Show what is wrong'] },
    },
  },
  error: {
    event: 'civic-error',
    cases: {
      nb: { attributes: { src: '/__api/not-json?id=a11y-chart' }, note: ': the address is not JSON', expected: [
        'heading (level 2): Lånegjeld og driftsinntekter',
        'alert (live assertive):',
        'text: Kunne ikke vise innholdet Dataene er ikke gyldig JSON. Sjekk at teksten er kopiert helt, med alle klammer og anførselstegn.',
      ] },
      en: { attributes: { src: '/__api/status/404?id=a11y-chart' }, note: ': the address answers 404', expected: [
        'heading (level 2): Loan debt and operating revenue',
        'alert (live assertive):',
        'text: Could not show the content The address /__api/status/404?id=a11y-chart answered with error 404. Check that the address is right.',
      ] },
    },
  },
});

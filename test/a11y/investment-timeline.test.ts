/**
 * What a screen-reader user hears from <civic-investment-timeline>, read from Chromium's
 * accessibility tree (see heard.ts), in the ready, partial and error states, in bokmål
 * and English: one table, states × languages. In the ready and partial states one
 * project's details are open, whose description and dates are heard in long form
 * ("221 millioner kroner", "juni 2017").
 */
import '../../src/index.js';
import type { CivicElement } from '../../src/shared/civic-element.js';
import { describeHeard } from './heard.js';

let asker: { investments: { name: string }[] };
before(async () => {
  asker = await (await fetch('/demo/data/asker-2017-2020.json')).json();
});

const open = (name: string) => (el: CivicElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.name')].find((b) => b.textContent === name)!.click();

describeHeard('civic-investment-timeline', { nb: 'Investeringer', en: 'Capital projects' }, {
  ready: {
    event: 'civic-load',
    data: () => asker,
    attributes: { now: '2018', area: 'health,kindergarten' },
    act: open('Nytt sykehjem på Nesbru'),
    note: ', with Nytt sykehjem på Nesbru open',
    cases: {
      nb: { expected: [
        'heading (level 2): Investeringer',
        'text: 3 prosjekter, til sammen 486,6 millioner kroner Utvalg: Helse, Barnehage Pågår Status ikke oppgitt Start eller slutt ikke oppgitt Nå (2018)',
        'button (expanded): Nytt sykehjem på Nesbru',
        'text: Helse Pågår 338 millioner kroner ferdig 2017 (start ikke oppgitt) Vil stå ferdig i løpet av 2017. 221 millioner kroner brukt før 2017, 117 millioner kroner i 2017. Tomt (30 millioner kroner) kommer i tillegg. Start ikke oppgitt Slutt 2017 Kostnad 338 millioner kroner Sted Nesbru',
        'button (collapsed): Kistefossdammen barnehage',
        'text: Barnehage Pågår 77,6 millioner kroner ferdig 2017 (start ikke oppgitt)',
        'button (collapsed): Bleikerfaret barnehage',
        'text: Barnehage Status ikke oppgitt 71 millioner kroner i perioden 2017–2020 Kilde:',
        'link: Asker kommune',
        'text: , 6. desember 2016',
      ] },
      en: { expected: [
        'heading (level 2): Capital projects',
        'text: 3 projects, 486.6 million kroner in total Showing: Health, Kindergarten In progress Status not given Start or end not given Now (2018)',
        'button (expanded): Nytt sykehjem på Nesbru',
        'text: Health In progress 338 million kroner until 2017 (start not given) Vil stå ferdig i løpet av 2017. 221 million kroner brukt før 2017, 117 million kroner i 2017. Tomt (30 million kroner) kommer i tillegg. Start not given End 2017 Cost 338 million kroner Location Nesbru',
        'button (collapsed): Kistefossdammen barnehage',
        'text: Kindergarten In progress 77.6 million kroner until 2017 (start not given)',
        'button (collapsed): Bleikerfaret barnehage',
        'text: Kindergarten Status not given 71 million kroner in the period 2017–2020 Source:',
        'link: Asker kommune',
        'text: , 6 December 2016',
      ] },
    },
  },
  partial: {
    event: 'civic-load',
    /**
     * One of Asker's projects, a made-up one (test data, not Asker's) whose start is a month and
     * whose description has the other short forms, and one whose start is not a year.
     */
    data: () => [
      asker.investments[0],
      { name: 'Testprosjekt', start: '2019-09', end: 2021, cost: 1250000000, description: 'Anslag 1,25 mrd. kr; 4 307 000 kr i 2019.' },
      { name: 'Uten gyldig start', start: 'snart', end: 2019 },
    ],
    attributes: { now: 'none' },
    act: open('Testprosjekt'),
    note: ', with the made-up project open',
    cases: {
      nb: { expected: [
        'heading (level 2): Investeringer',
        'text: 2 prosjekter, til sammen 1,6 milliarder kroner Pågår Status ikke oppgitt Start eller slutt ikke oppgitt',
        'button (collapsed): Nytt sykehjem på Nesbru',
        'text: Helse Pågår 338 millioner kroner ferdig 2017 (start ikke oppgitt)',
        'button (expanded): Testprosjekt',
        'text: Status ikke oppgitt 1,3 milliarder kroner sep. 2019 – 2021 Anslag 1,25 milliarder kroner; 4307000 kroner i 2019. Start september 2019 Slutt 2021 Kostnad 1,3 milliarder kroner',
        'status (live polite):',
        'text: 1 oppføring kunne ikke vises.',
        'DisclosureTriangle (collapsed): Vis hva som er feil',
      ] },
      en: { expected: [
        'heading (level 2): Capital projects',
        'text: 2 projects, 1.6 billion kroner in total In progress Status not given Start or end not given',
        'button (collapsed): Nytt sykehjem på Nesbru',
        'text: Health In progress 338 million kroner until 2017 (start not given)',
        'button (expanded): Testprosjekt',
        'text: Status not given 1.3 billion kroner Sep 2019 – 2021 Anslag 1,25 billion kroner; 4307000 kroner i 2019. Start September 2019 End 2021 Cost 1.3 billion kroner',
        'status (live polite):',
        'text: 1 entry could not be shown.',
        'DisclosureTriangle (collapsed): Show what is wrong',
      ] },
    },
  },
  error: {
    event: 'civic-error',
    cases: {
      nb: { attributes: { src: '/__api/status/500?id=a11y-timeline' }, note: ': the address answers 500', expected: [
        'heading (level 2): Investeringer',
        'alert (live assertive):',
        'text: Kunne ikke vise innholdet Adressen /__api/status/500?id=a11y-timeline svarte med feil 500. Sjekk at adressen er riktig.',
      ] },
      en: { attributes: { src: '/__api/not-json?id=a11y-timeline' }, note: ': the address is not JSON', expected: [
        'heading (level 2): Capital projects',
        'alert (live assertive):',
        'text: Could not show the content The data is not valid JSON. Check that the text was copied whole, with all brackets and quotes.',
      ] },
    },
  },
});

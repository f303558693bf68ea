/**
 * What a screen-reader user hears from <civic-priority-list>, read from Chromium's
 * accessibility tree (see heard.ts), in the ready, partial and error states, in bokmål
 * and English: one table, states × languages. A change to any of these words shows up
 * here in review.
 */
import '../../src/index.js';
import type { CivicElement } from '../../src/shared/civic-element.js';
import { describeHeard } from './heard.js';

let asker: { priorities: unknown[] };
before(async () => {
  asker = await (await fetch('/demo/data/asker-2017-2020.json')).json();
});

const pressShowAll = (el: CivicElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();

describeHeard('civic-priority-list', { nb: 'Prioriteringer', en: 'Priorities' }, {
  ready: {
    event: 'civic-load',
    data: () => asker,
    cases: {
      nb: { attributes: { limit: '2' }, expected: [
        'heading (level 2): Prioriteringer',
        'listitem (level 1):',
        'text: 1. God behandling og omsorg til de som trenger det Fortsette arbeidet med å snu ressursinnsatsen fra reparasjon og behandling til forebygging og tidlig innsats der det er mulig. Område: Omsorg',
        'listitem (level 1):',
        'text: 2. Økt mestring og selvstendiggjøring Brukere og pårørende skal inviteres til aktiv deltakelse og innflytelse for å få til dette. Område: Omsorg',
        'button (collapsed): Vis alle 9',
        'status (live polite):',
        'text: Kilde:',
        'link: Asker kommune',
        'text: , 6. desember 2016',
      ] },
      en: { attributes: { limit: '8' }, act: pressShowAll, note: ', after "Show all"', expected: [
        'heading (level 2): Priorities',
        'listitem (level 1):',
        'text: 1. God behandling og omsorg til de som trenger det Fortsette arbeidet med å snu ressursinnsatsen fra reparasjon og behandling til forebygging og tidlig innsats der det er mulig. Area: Care',
        'listitem (level 1):',
        'text: 2. Økt mestring og selvstendiggjøring Brukere og pårørende skal inviteres til aktiv deltakelse og innflytelse for å få til dette. Area: Care',
        'listitem (level 1):',
        'text: 3. Bo lenger i eget hjem For å legge til rette for at flest mulig kan bo i eget hjem lengst mulig, legges det opp til en styrking av hjemmesykepleien i kommende periode. Area: Health',
        'listitem (level 1):',
        'text: 4. Trygg i eget hjem Utvikling og implementering av velferdsteknologi å bidra til at den enkelte kan føle seg trygg i eget hjem. Area: Health',
        'listitem (level 1):',
        'text: 5. Videreutvikling av gode tjenester til mennesker med rusavhengighet eller psykiske lidelser I løpet av 2017 skal kommunen etablere lavterskel døgntilbud til personer med psykiske lidelser, i tillegg til kommunale akutte døgnplasser til den samme målgruppen. Area: Health',
        'listitem (level 1):',
        'text: 6. Asker kommune er utnevnt til nasjonal realfagskommune Dette betyr en omfattende satsning på realfag i skole og barnehage. Area: Education',
        'listitem (level 1):',
        'text: 7. Digitalt løft i skolen Fortsette å legge til rette for at alle elever skal utvikle kompetanse og arbeidsmåter som møter fremtidens behov – med fokus på digitale lærings- og kommunikasjonsverktøy. Area: Education',
        'listitem (level 1):',
        'text: 8. Bedre miljø og redusert klimagassutslipp Kommunen skal etablere forbildeprosjekter innen bygg og miljø med fokus på å redusere klimagassutslippene knyttet til energi, transport og materialvalg. Asker kommune er partner i FutureBuilt-programmet, og Kistefossdammen barnehage og Holmen svømmehall er kommunale forbildebygg i programmet, og begge prosjektene vil stå ferdig i 2017. Area: Environment',
        'listitem (level 1): 9 . Asker har status som sykkelby Asker ønsker å øke andelen syklister og sikkerheten for de syklende. Det legges opp til styrking av sykkelsatsning, bygg og sykkelveianlegg. Area: Transport',
        'text: 9. Asker har status som sykkelby Asker ønsker å øke andelen syklister og sikkerheten for de syklende. Det legges opp til styrking av sykkelsatsning, bygg og sykkelveianlegg. Area: Transport',
        'button (expanded): Show fewer',
        'status (live polite):',
        'text: Showing all 9 priorities',
        'text: Source:',
        'link: Asker kommune',
        'text: , 6 December 2016',
      ] },
    },
  },
  partial: {
    event: 'civic-load',
    // Two of Asker's priorities and one without a title, as a bare array.
    data: () => [...asker.priorities.slice(0, 2), { title: '', area: 'health' }],
    cases: {
      nb: { expected: [
        'heading (level 2): Prioriteringer',
        'listitem (level 1):',
        'text: 1. God behandling og omsorg til de som trenger det Fortsette arbeidet med å snu ressursinnsatsen fra reparasjon og behandling til forebygging og tidlig innsats der det er mulig. Område: Omsorg',
        'listitem (level 1):',
        'text: 2. Økt mestring og selvstendiggjøring Brukere og pårørende skal inviteres til aktiv deltakelse og innflytelse for å få til dette. Område: Omsorg',
        'status (live polite):',
        'status (live polite):',
        'text: 1 oppføring kunne ikke vises.',
        'DisclosureTriangle (collapsed): Vis hva som er feil',
      ] },
      en: { expected: [
        'heading (level 2): Priorities',
        'listitem (level 1):',
        'text: 1. God behandling og omsorg til de som trenger det Fortsette arbeidet med å snu ressursinnsatsen fra reparasjon og behandling til forebygging og tidlig innsats der det er mulig. Area: Care',
        'listitem (level 1):',
        'text: 2. Økt mestring og selvstendiggjøring Brukere og pårørende skal inviteres til aktiv deltakelse og innflytelse for å få til dette. Area: Care',
        'status (live polite):',
        'status (live polite):',
        'text: 1 entry could not be shown.',
        'DisclosureTriangle (collapsed): Show what is wrong',
      ] },
    },
  },
  error: {
    event: 'civic-error',
    cases: {
      nb: { attributes: { src: '/__api/not-json?id=a11y-list' }, note: ': the address is not JSON', expected: [
        'heading (level 2): Prioriteringer',
        'alert (live assertive):',
        'text: Kunne ikke vise innholdet Dataene er ikke gyldig JSON. Sjekk at teksten er kopiert helt, med alle klammer og anførselstegn.',
      ] },
      en: { attributes: { src: '/__api/status/404?id=a11y-list' }, note: ': the address answers 404', expected: [
        'heading (level 2): Priorities',
        'alert (live assertive):',
        'text: Could not show the content The address /__api/status/404?id=a11y-list answered with error 404. Check that the address is right.',
      ] },
    },
  },
});

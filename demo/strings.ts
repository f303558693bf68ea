/**
 * Every word of the demo pages, in bokmål (the default), nynorsk and English.
 * The pages' HTML holds the bokmål text (what readers without JavaScript and
 * search engines get); elements with `data-t="key"` take `page[key]` when the
 * language changes. In the strings, `code` is in backticks and *emphasis* in
 * stars (see markup() in page.ts). The elements' own words live in src/.
 */
import type { Lang } from '../src/shared/i18n.js';

export type { Lang };
type Plural = (n: number) => string;

export interface DemoStrings {
  frame: Record<'skip' | 'pagesNav' | 'home' | 'switches' | 'language' | 'theme' | 'light' | 'dark' | 'auto' | 'footer', string>;
  /** Page text by key: the `data-t` keys of every demo page (keys are unique across pages). */
  page: Record<string, string>;
  failure(what: 'manifest' | 'data', message: string): string;
  playground: {
    data: string; documentLabel: string; documentHint: string; goTo: string; reset: string; attributes: string;
    all: string; only: string; and: string; notSet: string; byDefault(value: string): string; preview: string;
    embedTitle: string; embedIntro: string; element: string; dataLegend: string; inline: string; fromUrl: string;
    dataUrl: string; scriptUrl: string; code: string; copy: string; copied: string; selected: string;
    problemsLabel: string; problems: Plural; leftOut: Plural; valid(priorities: number, investments: number, finances: number): string;
    noteBad: string; noteInline: string; noteSrc: string;
  };
  generator: {
    label: string; situation: string; form: string; forms: Record<'static' | 'iframe' | 'script', string>; element: string;
    dataUrl: string; bundleUrl: string; embedUrl: string; language: string; theme: string; notSet: string; heading: string; code: string;
    situations: Record<'strips' | 'template' | 'any', { label: string; note: string }>;
  };
  reference: {
    nav: string; readOnly: string; defined(className: string, module: string): string[]; descriptionsLang?: Lang;
    blocks: Record<'attributes' | 'properties' | 'events' | 'cssProperties' | 'cssParts' | 'slots', string>;
    head: Record<'attribute' | 'property' | 'type' | 'default' | 'description' | 'event' | 'part' | 'slot', string>;
    defaultSlot: string;
  };
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const TEMPLATE_SCRIPT = '<script type="module" src="…/civic-widgets.js"></script>';

const nb: DemoStrings = {
  frame: { skip: 'Hopp til innholdet', pagesNav: 'Sidene i demoen', home: 'Demo', switches: 'Språk og tema', language: 'Språk', theme: 'Tema',
    light: 'Lyst', dark: 'Mørkt', auto: 'Auto', footer: 'civic-widgets, MIT-lisens. Data: Asker kommune, Handlingsprogram 2017–2020.' },
  page: {
    // index.html
    'index.title': 'civic-widgets: eksempler, prøv selv og API-referanse',
    'index.description': 'Webkomponenter som viser kommunens budsjett og handlingsprogram: prioriteringer, investeringer og lånegjeld mot driftsinntekter. På bokmål, nynorsk og engelsk.',
    'index.nav': 'På denne siden', 'index.nav.showcase': 'Eksempler', 'index.nav.playground': 'Prøv selv', 'index.nav.generator': 'Innbyggingskode',
    'index.nav.themed': 'Utseende', 'index.nav.reference': 'API-referanse',
    'index.lead': 'Tre webkomponenter som viser kommunens budsjett og handlingsprogram – på kommunens egne nettsider, i en nyhetsartikkel eller i en app. Lim inn to linjer på en side; de fungerer på bokmål, nynorsk og engelsk, i lyst og mørkt tema.',
    'index.showcase.h': 'Eksempler: Asker 2017–2020',
    'index.showcase.p': 'Asker kommunes handlingsprogram 2017–2020, fra `data/asker-2017-2020.json`. Språk og tema velger du øverst på siden.',
    'index.pages.p': 'Hvert element har også sin egen side med flere varianter:',
    'index.pages.list': 'Prioriteringsliste', 'index.pages.timeline': 'Tidslinje for investeringer', 'index.pages.chart': 'Lånegjeld og driftsinntekter',
    'index.pages.builder': 'Fra regnearket: lag et programdokument',
    'index.playground.h': 'Prøv selv', 'index.playground.p': 'Endre dataene og attributtene, se elementene følge med, og ta med koden til din egen side.',
    'index.generator.h': 'Innbyggingskode: publiser hvor som helst',
    'index.generator.p': 'Velg det nettstedet ditt tillater, og ta med koden. *Statisk* er ren HTML som alle rensefiltrene vi har prøvd, lar stå (lesere uten JavaScript, RSS, e-post og utskrift får innholdet); skriptpakken, lastet én gang i malen for nettstedet, gjør den statiske koden om til det levende elementet. *Iframe* krever at `embed.html` ligger ved siden av pakken; *skript* krever rett til å lime inn HTML fritt. Den samme koden får du med `npx civic-widgets embed handlingsprogram.json --element …`.',
    'index.themed.h': 'Utseende: som i en avis',
    'index.themed.p': 'Bare dokumenterte CSS-egenskaper: `--civic-font-family`, `--civic-color-text`, `--civic-color-background`, `--civic-color-accent`, `--civic-color-revenue`, `--civic-color-debt` og `--civic-radius`. Sidens egen CSS når ikke inn i elementene.',
    'index.themed.code': 'CSS-en i avis-eksempelet', 'index.paper.h': 'Gjelden vokser raskere enn inntektene',
    'index.paper.byline': 'Handlingsprogrammet for 2017–2020 planlegger nye sykehjem og skoler.',
    'index.paper.chart': 'Lånegjeld og driftsinntekter', 'index.paper.list': 'Kommunestyrets prioriteringer',
    'index.reference.h': 'API-referanse',
    'index.reference.p': 'Lages når siden lastes, fra `custom-elements.json`, manifestet som byggingen skriver ut fra kildekoden – så referansen kan ikke bli utdatert. Beskrivelsene kommer fra kildekoden og er på engelsk.',
    'nav.builder': 'Fra regnearket', loading: 'Laster …',
    // The per-element pages
    deliberate: 'Med vilje: adressen finnes ikke, så forespørselen feiler (404), og elementet viser en kort feilmelding i sin egen boks.',
    'list.title': 'Prioriteringsliste – civic-widgets',
    'list.description': '<civic-priority-list> viser prioriteringene i et handlingsprogram. Eksempler med Asker kommunes data: hele listen, de tre første, utvalgte områder, delvis gyldige data og en feil adresse.',
    'list.h1': 'Prioriteringsliste', 'list.lead': 'Prioriteringene i Asker kommunes handlingsprogram 2017–2020, med elementet `<civic-priority-list>`.',
    'list.all': 'Hele listen', 'list.first': 'De tre første', 'list.areas': 'Utvalgte områder, på engelsk', 'list.partial': 'Delvis gyldige data, på nynorsk',
    'list.partial.p': 'To av de tre prioriteringene er ugyldige; elementet viser den gyldige og sier fra om resten.', 'list.broken': 'En adresse som ikke finnes',
    'timeline.title': 'Tidslinje for investeringer – civic-widgets',
    'timeline.description': '<civic-investment-timeline> viser investeringsprosjektene i et handlingsprogram på en tidslinje. Eksempler med Asker kommunes data, på bokmål, nynorsk og engelsk.',
    'timeline.h1': 'Tidslinje for investeringer',
    'timeline.lead': 'Asker kommunes investeringsprosjekter i handlingsprogrammet 2017–2020, med elementet `<civic-investment-timeline>`. Prosjekter uten oppgitt start eller slutt er tegnet åpne, ikke med oppdiktede årstall.',
    'timeline.all': 'Alle prosjektene, med 2017 som «nå»', 'timeline.nn': 'På nynorsk, bare helse og skole', 'timeline.narrow': 'På engelsk, i en spalte på 320 px (den smale utformingen)',
    'timeline.months': 'År og måned, og data i selve koden (oppdiktede prosjekter og tall som viser formatet, ikke Askers)',
    'timeline.broken': 'En adresse som ikke finnes',
    'timeline.loading': 'Mens dataene lastes: plassen er holdt av (`--civic-loading-height`, her 20rem), så teksten under ikke hopper',
    'timeline.loading.heading': 'Investeringer',
    'chart.title': 'Lånegjeld og driftsinntekter – civic-widgets',
    'chart.description': '<civic-debt-revenue-chart> viser lånegjelden mot driftsinntektene og om gjelden vokser raskere enn inntektene. Eksempler med Asker kommunes tall 2014–2020.',
    'chart.h1': 'Lånegjeld og driftsinntekter',
    'chart.lead': 'Asker kommunes lånegjeld mot driftsinntektene 2014–2020, med elementet `<civic-debt-revenue-chart>`. Ordføreren: «Vi må derfor passe på at lånegjelden i årene fremover ikke øker mer enn kommunens inntekter.»',
    'chart.amount': 'Beløp (standardvisningen)', 'chart.ratio': 'Gjeld i prosent av inntektene, med grense på 110 %', 'chart.growth': 'Vekst fra år til år',
    'chart.growth.en': 'Vekst på engelsk, uten sammendrag', 'chart.ratio.nn': 'Gjeld i prosent av inntektene, på nynorsk, uten grense',
    'chart.ratio.heading': 'Lånegjeld i prosent av driftsinntektene', 'chart.growth.heading': 'Vokser gjelden raskere enn inntektene?',
  },
  failure: (what, message) => `${what === 'manifest' ? 'custom-elements.json' : 'Eksempeldataene'} kunne ikke lastes (${message}). Under npm start skrives filen av \`npm run analyze\`; i en statisk kopi kopieres den av \`npm run build:demo\`.`,
  playground: {
    data: 'Data', documentLabel: 'Programdokument (JSON)',
    documentHint: 'Rediger dataene: de sjekkes mens du skriver, med de samme reglene som elementene bruker, og forhåndsvisningen følger med.',
    goTo: 'Vis feilen i redigeringsfeltet', reset: 'Hent tilbake eksempeldataene', attributes: 'Attributter', all: 'Alle elementene',
    only: 'Bare ', and: ' og ', notSet: '(ikke satt)', byDefault: (v) => `(standard: ${v})`, preview: 'Forhåndsvisning',
    embedTitle: 'Innbyggingskode', embedIntro: 'Koden du limer inn på en side eller i en «HTML-blokk» i publiseringsverktøyet, med attributtene du har valgt over.',
    element: 'Element', dataLegend: 'Data', inline: 'I koden (for publiseringsverktøy som ikke kan lagre filer)', fromUrl: 'Fra en adresse (`src`)',
    dataUrl: 'Adresse til dataene', scriptUrl: 'Adresse til skriptet', code: 'Innbyggingskode', copy: 'Kopier innbyggingskoden',
    copied: 'Kopiert til utklippstavlen.', selected: 'Koden er merket: trykk Ctrl+C (⌘C på Mac) for å kopiere den.',
    problemsLabel: 'Feil i dataene', problems: (c) => n(c, 'feil', 'feil'), leftOut: (c) => `${n(c, 'oppføring', 'oppføringer')} er utelatt`,
    valid: (p, i, f) => `Gyldig: ${n(p, 'prioritering', 'prioriteringer')}, ${n(i, 'investering', 'investeringer')}, ${n(f, 'år', 'år')} med økonomitall.`,
    noteBad: 'Dataene har feil (se Data over): elementene utelater det som er ugyldig. Rett feilene før du publiserer.',
    noteInline: 'Dataene ligger i koden; delene som hører til de andre elementene, er utelatt.',
    noteSrc: 'Elementet henter dataene fra adressen; filen må tillate det (samme nettsted eller CORS).',
  },
  generator: {
    label: 'Lag innbyggingskode', situation: 'Hva kan du gjøre på nettstedet ditt?', form: 'Variant',
    forms: { static: 'statisk', iframe: 'iframe', script: 'skript' }, element: 'Element',
    dataUrl: 'Adresse til dataene (JSON-filen på nettstedet ditt)', bundleUrl: 'Adresse til skriptpakken (skript-varianten)',
    embedUrl: 'Adresse til iframe-siden (iframe-varianten)', language: 'Språk', theme: 'Tema', notSet: '(ikke satt)',
    heading: 'Overskrift (tom: elementets standardoverskrift)', code: 'Innbyggingskode',
    situations: {
      strips: { label: 'Publiseringsverktøyet fjerner skript (WordPress som forfatter eller redaktør, multisite, Drupal Basic HTML, et rensefilter, et nyhetsbrev)',
        note: 'Statisk: ren HTML som alle rensefiltrene vi har prøvd, lar stå. Leserne får innholdet som tekst og tabell; der malen for nettstedet laster skriptpakken, blir det til det levende elementet.' },
      template: { label: 'Jeg kan legge inn ett skript i malen for nettstedet',
        note: `Statisk, og én gang i malen: ${TEMPLATE_SCRIPT}. Det skriptet gjør alle statiske innbygginger på alle sidene om til levende elementer.` },
      any: { label: 'Jeg kan lime inn hvilken som helst HTML (WordPress-administrator på et enkelt nettsted, Drupal Full HTML)',
        note: 'Skript: skriptpakken og elementet, med dataene fra sin adresse. Der iframe er tillatt, men skript ikke, velger du iframe.' },
    },
  },
  reference: {
    nav: 'Elementene i referansen', readOnly: 'Skrivebeskyttet. ', defined: (c, m) => ['Klassen ', c, ', definert i ', m, '.'], descriptionsLang: 'en',
    blocks: { attributes: 'Attributter', properties: 'Egenskaper', events: 'Hendelser', cssProperties: 'CSS-egenskaper', cssParts: 'CSS-deler (parts)', slots: 'Plasser (slots)' },
    head: { attribute: 'Attributt', property: 'Egenskap', type: 'Type', default: 'Standard', description: 'Beskrivelse', event: 'Hendelse', part: 'Del', slot: 'Plass' },
    defaultSlot: '(standard)',
  },
};

const nn: DemoStrings = {
  frame: { skip: 'Hopp til innhaldet', pagesNav: 'Sidene i demoen', home: 'Demo', switches: 'Språk og tema', language: 'Språk', theme: 'Tema',
    light: 'Lyst', dark: 'Mørkt', auto: 'Auto', footer: 'civic-widgets, MIT-lisens. Data: Asker kommune, Handlingsprogram 2017–2020.' },
  page: {
    'index.title': 'civic-widgets: døme, prøv sjølv og API-referanse',
    'index.description': 'Webkomponentar som viser budsjettet og handlingsprogrammet til kommunen: prioriteringar, investeringar og lånegjeld mot driftsinntekter. På bokmål, nynorsk og engelsk.',
    'index.nav': 'På denne sida', 'index.nav.showcase': 'Døme', 'index.nav.playground': 'Prøv sjølv', 'index.nav.generator': 'Innbyggingskode',
    'index.nav.themed': 'Utsjånad', 'index.nav.reference': 'API-referanse',
    'index.lead': 'Tre webkomponentar som viser budsjettet og handlingsprogrammet til kommunen – på nettsidene til kommunen, i ein nyheitsartikkel eller i ein app. Lim inn to linjer på ei side; dei fungerer på bokmål, nynorsk og engelsk, i lyst og mørkt tema.',
    'index.showcase.h': 'Døme: Asker 2017–2020',
    'index.showcase.p': 'Handlingsprogrammet 2017–2020 for Asker kommune, frå `data/asker-2017-2020.json`. Språk og tema vel du øvst på sida.',
    'index.pages.p': 'Kvart element har òg si eiga side med fleire variantar:',
    'index.pages.list': 'Prioriteringsliste', 'index.pages.timeline': 'Tidslinje for investeringar', 'index.pages.chart': 'Lånegjeld og driftsinntekter',
    'index.pages.builder': 'Frå reknearket: lag eit programdokument',
    'index.playground.h': 'Prøv sjølv', 'index.playground.p': 'Her kan du endre dataa og attributta, sjå at elementa følgjer med, og ta med koden til di eiga side.',
    'index.generator.h': 'Innbyggingskode: publiser kvar som helst',
    'index.generator.p': 'Vel det nettstaden din tillèt, og ta med koden. *Statisk* er rein HTML som alle reinsefiltera vi har prøvd, lèt stå (lesarar utan JavaScript, RSS, e-post og utskrift får innhaldet); skriptpakken, lasta éin gong i malen for nettstaden, gjer den statiske koden om til det levande elementet. *Iframe* krev at `embed.html` ligg ved sida av pakken; *skript* krev rett til å lime inn HTML fritt. Den same koden får du med `npx civic-widgets embed handlingsprogram.json --element …`.',
    'index.themed.h': 'Utsjånad: som i ei avis',
    'index.themed.p': 'Berre dokumenterte CSS-eigenskapar: `--civic-font-family`, `--civic-color-text`, `--civic-color-background`, `--civic-color-accent`, `--civic-color-revenue`, `--civic-color-debt` og `--civic-radius`. CSS-en på sida når ikkje inn i elementa.',
    'index.themed.code': 'CSS-en i avisdømet', 'index.paper.h': 'Gjelda veks raskare enn inntektene',
    'index.paper.byline': 'Handlingsprogrammet for 2017–2020 planlegg nye sjukeheimar og skular.',
    'index.paper.chart': 'Lånegjeld og driftsinntekter', 'index.paper.list': 'Prioriteringane til kommunestyret',
    'index.reference.h': 'API-referanse',
    'index.reference.p': 'Blir laga når sida blir lasta, frå `custom-elements.json`, manifestet som bygginga skriv ut frå kjeldekoden – så referansen kan ikkje bli utdatert. Skildringane kjem frå kjeldekoden og er på engelsk.',
    'nav.builder': 'Frå reknearket', loading: 'Lastar …',
    deliberate: 'Med vilje: adressa finst ikkje, så førespurnaden feilar (404), og elementet viser ei kort feilmelding i sin eigen boks.',
    'list.title': 'Prioriteringsliste – civic-widgets',
    'list.description': '<civic-priority-list> viser prioriteringane i eit handlingsprogram. Døme med data frå Asker kommune: heile lista, dei tre første, utvalde område, delvis gyldige data og ei feil adresse.',
    'list.h1': 'Prioriteringsliste', 'list.lead': 'Prioriteringane i handlingsprogrammet 2017–2020 for Asker kommune, med elementet `<civic-priority-list>`.',
    'list.all': 'Heile lista', 'list.first': 'Dei tre første', 'list.areas': 'Utvalde område, på engelsk', 'list.partial': 'Delvis gyldige data, på nynorsk',
    'list.partial.p': 'To av dei tre prioriteringane er ugyldige; elementet viser den gyldige og seier frå om resten.', 'list.broken': 'Ei adresse som ikkje finst',
    'timeline.title': 'Tidslinje for investeringar – civic-widgets',
    'timeline.description': '<civic-investment-timeline> viser investeringsprosjekta i eit handlingsprogram på ei tidslinje. Døme med data frå Asker kommune, på bokmål, nynorsk og engelsk.',
    'timeline.h1': 'Tidslinje for investeringar',
    'timeline.lead': 'Investeringsprosjekta i handlingsprogrammet 2017–2020 for Asker kommune, med elementet `<civic-investment-timeline>`. Prosjekt utan oppgjeven start eller slutt er teikna opne, ikkje med oppdikta årstal.',
    'timeline.all': 'Alle prosjekta, med 2017 som «no»', 'timeline.nn': 'På nynorsk, berre helse og skule', 'timeline.narrow': 'På engelsk, i ein spalte på 320 px (den smale utforminga)',
    'timeline.months': 'År og månad, og data i sjølve koden (oppdikta prosjekt og tal som viser formatet, ikkje tala til Asker)',
    'timeline.broken': 'Ei adresse som ikkje finst',
    'timeline.loading': 'Medan dataa blir lasta: plassen er halden av (`--civic-loading-height`, her 20rem), så teksten under ikkje hoppar',
    'timeline.loading.heading': 'Investeringar',
    'chart.title': 'Lånegjeld og driftsinntekter – civic-widgets',
    'chart.description': '<civic-debt-revenue-chart> viser lånegjelda mot driftsinntektene og om gjelda veks raskare enn inntektene. Døme med tala til Asker kommune 2014–2020.',
    'chart.h1': 'Lånegjeld og driftsinntekter',
    'chart.lead': 'Lånegjelda til Asker kommune mot driftsinntektene 2014–2020, med elementet `<civic-debt-revenue-chart>`. Ordføraren: «Vi må derfor passe på at lånegjelden i årene fremover ikke øker mer enn kommunens inntekter.»',
    'chart.amount': 'Beløp (standardvisinga)', 'chart.ratio': 'Gjeld i prosent av inntektene, med grense på 110 %', 'chart.growth': 'Vekst frå år til år',
    'chart.growth.en': 'Vekst på engelsk, utan samandrag', 'chart.ratio.nn': 'Gjeld i prosent av inntektene, på nynorsk, utan grense',
    'chart.ratio.heading': 'Lånegjeld i prosent av driftsinntektene', 'chart.growth.heading': 'Veks gjelda raskare enn inntektene?',
  },
  failure: (what, message) => `${what === 'manifest' ? 'custom-elements.json' : 'Dømedataa'} kunne ikkje lastast (${message}). Under npm start blir fila skriven av \`npm run analyze\`; i ein statisk kopi blir ho kopiert av \`npm run build:demo\`.`,
  playground: {
    data: 'Data', documentLabel: 'Programdokument (JSON)',
    documentHint: 'Rediger dataa: dei blir sjekka medan du skriv, med dei same reglane som elementa bruker, og førehandsvisinga følgjer med.',
    goTo: 'Vis feilen i redigeringsfeltet', reset: 'Hent tilbake dømedataa', attributes: 'Attributt', all: 'Alle elementa',
    only: 'Berre ', and: ' og ', notSet: '(ikkje sett)', byDefault: (v) => `(standard: ${v})`, preview: 'Førehandsvising',
    embedTitle: 'Innbyggingskode', embedIntro: 'Koden du limer inn på ei side eller i ei «HTML-blokk» i publiseringsverktøyet, med attributta du har valt over.',
    element: 'Element', dataLegend: 'Data', inline: 'I koden (for publiseringsverktøy som ikkje kan lagre filer)', fromUrl: 'Frå ei adresse (`src`)',
    dataUrl: 'Adresse til dataa', scriptUrl: 'Adresse til skriptet', code: 'Innbyggingskode', copy: 'Kopier innbyggingskoden',
    copied: 'Kopiert til utklippstavla.', selected: 'Koden er merkt: trykk Ctrl+C (⌘C på Mac) for å kopiere han.',
    problemsLabel: 'Feil i dataa', problems: (c) => n(c, 'feil', 'feil'),
    leftOut: (c) => (c === 1 ? '1 oppføring er utelaten' : `${c} oppføringar er utelatne`),
    valid: (p, i, f) => `Gyldig: ${n(p, 'prioritering', 'prioriteringar')}, ${n(i, 'investering', 'investeringar')}, ${n(f, 'år', 'år')} med økonomital.`,
    noteBad: 'Dataa har feil (sjå Data over): elementa utelèt det som er ugyldig. Rett feila før du publiserer.',
    noteInline: 'Dataa ligg i koden; delane som høyrer til dei andre elementa, er utelatne.',
    noteSrc: 'Elementet hentar dataa frå adressa; fila må tillate det (same nettstad eller CORS).',
  },
  generator: {
    label: 'Lag innbyggingskode', situation: 'Kva kan du gjere på nettstaden din?', form: 'Variant',
    forms: { static: 'statisk', iframe: 'iframe', script: 'skript' }, element: 'Element',
    dataUrl: 'Adresse til dataa (JSON-fila på nettstaden din)', bundleUrl: 'Adresse til skriptpakken (skript-varianten)',
    embedUrl: 'Adresse til iframe-sida (iframe-varianten)', language: 'Språk', theme: 'Tema', notSet: '(ikkje sett)',
    heading: 'Overskrift (tom: standardoverskrifta til elementet)', code: 'Innbyggingskode',
    situations: {
      strips: { label: 'Publiseringsverktøyet fjernar skript (WordPress som forfattar eller redaktør, multisite, Drupal Basic HTML, eit reinsefilter, eit nyheitsbrev)',
        note: 'Statisk: rein HTML som alle reinsefiltera vi har prøvd, lèt stå. Lesarane får innhaldet som tekst og tabell; der malen for nettstaden lastar skriptpakken, blir det til det levande elementet.' },
      template: { label: 'Eg kan leggje inn eitt skript i malen for nettstaden',
        note: `Statisk, og éin gong i malen: ${TEMPLATE_SCRIPT}. Det skriptet gjer alle statiske innbyggingar på alle sidene om til levande element.` },
      any: { label: 'Eg kan lime inn kva HTML som helst (WordPress-administrator på ein enkelt nettstad, Drupal Full HTML)',
        note: 'Skript: skriptpakken og elementet, med dataa frå adressa si. Der iframe er tillate, men ikkje skript, vel du iframe.' },
    },
  },
  reference: {
    nav: 'Elementa i referansen', readOnly: 'Skriveverna. ', defined: (c, m) => ['Klassen ', c, ', definert i ', m, '.'], descriptionsLang: 'en',
    blocks: { attributes: 'Attributt', properties: 'Eigenskapar', events: 'Hendingar', cssProperties: 'CSS-eigenskapar', cssParts: 'CSS-delar (parts)', slots: 'Plassar (slots)' },
    head: { attribute: 'Attributt', property: 'Eigenskap', type: 'Type', default: 'Standard', description: 'Skildring', event: 'Hending', part: 'Del', slot: 'Plass' },
    defaultSlot: '(standard)',
  },
};

const en: DemoStrings = {
  frame: { skip: 'Skip to content', pagesNav: 'Demo pages', home: 'Demo', switches: 'Language and theme', language: 'Language', theme: 'Theme',
    light: 'Light', dark: 'Dark', auto: 'Auto', footer: 'civic-widgets, MIT licence. Data: Asker kommune, Handlingsprogram 2017–2020.' },
  page: {
    'index.title': 'civic-widgets: examples, playground and API reference',
    'index.description': "Web components that show a municipality's budget and action programme: priorities, investments, debt against revenue. In bokmål, nynorsk and English.",
    'index.nav': 'On this page', 'index.nav.showcase': 'Examples', 'index.nav.playground': 'Playground', 'index.nav.generator': 'Embed code',
    'index.nav.themed': 'Theming', 'index.nav.reference': 'API reference',
    'index.lead': "Three web components that show a municipality's budget and action programme, for a council's own site, a newspaper article or an app. Paste two lines into a page; they work in bokmål, nynorsk and English, in light and dark.",
    'index.showcase.h': 'Examples: Asker 2017–2020',
    'index.showcase.p': "Asker kommune's action programme 2017–2020, from `data/asker-2017-2020.json`. Choose the language and theme at the top of the page.",
    'index.pages.p': 'Each element also has a page of its own, with more variants:',
    'index.pages.list': 'Priority list', 'index.pages.timeline': 'Investment timeline', 'index.pages.chart': 'Debt and operating revenue',
    'index.pages.builder': 'From your spreadsheet: make a programme document',
    'index.playground.h': 'Playground', 'index.playground.p': 'Change the data and the attributes, see the elements follow, and take the code for your page.',
    'index.generator.h': 'Embed code: publish anywhere',
    'index.generator.p': 'Say what your site lets you do and take the code. *Static* is plain HTML that every sanitizer we tried keeps (readers without JavaScript, RSS, e-mail and print get the content); the bundle, loaded once in the site template, turns it into the live element. *Iframe* needs `embed.html` served beside the bundle; *script* needs raw HTML rights. The same code comes from `npx civic-widgets embed handlingsprogram.json --element …`.',
    'index.themed.h': 'Theming: a newspaper look',
    'index.themed.p': "Only documented custom properties: `--civic-font-family`, `--civic-color-text`, `--civic-color-background`, `--civic-color-accent`, `--civic-color-revenue`, `--civic-color-debt` and `--civic-radius`. The page's own CSS cannot reach inside the widgets.",
    'index.themed.code': 'CSS of the newspaper example', 'index.paper.h': 'Debt grows faster than revenue',
    'index.paper.byline': 'The action programme for 2017–2020 plans new nursing homes and schools.',
    'index.paper.chart': 'Debt and operating revenue', 'index.paper.list': "The council's priorities",
    'index.reference.h': 'API reference',
    'index.reference.p': 'Generated when this page loads from `custom-elements.json`, the manifest the build writes from the source, so it cannot fall behind the code.',
    'nav.builder': 'From a spreadsheet', loading: 'Loading …',
    deliberate: 'On purpose: the address does not exist, so the request fails (404) and the element shows a short message in its own box.',
    'list.title': 'Priority list – civic-widgets',
    'list.description': "<civic-priority-list> shows the priorities of an action programme. Examples with Asker kommune's data: the whole list, the first three, chosen areas, partly valid data and a wrong address.",
    'list.h1': 'Priority list', 'list.lead': "The priorities of Asker kommune's action programme 2017–2020, with the `<civic-priority-list>` element.",
    'list.all': 'The whole list', 'list.first': 'The first three', 'list.areas': 'Chosen areas, in English', 'list.partial': 'Partly valid data, in nynorsk',
    'list.partial.p': 'Two of the three priorities are invalid; the element shows the valid one and says so about the rest.', 'list.broken': 'An address that does not exist',
    'timeline.title': 'Investment timeline – civic-widgets',
    'timeline.description': "<civic-investment-timeline> shows the investment projects of an action programme on a timeline. Examples with Asker kommune's data, in bokmål, nynorsk and English.",
    'timeline.h1': 'Investment timeline',
    'timeline.lead': "Asker kommune's investment projects in the action programme 2017–2020, with the `<civic-investment-timeline>` element. Projects without a given start or end are drawn open, not with made-up years.",
    'timeline.all': 'All projects, with 2017 as “now”', 'timeline.nn': 'In nynorsk, health and schools only', 'timeline.narrow': 'In English, in a 320 px column (the narrow layout)',
    'timeline.months': "Year-months and inline JSON (made-up projects and figures, to show the format; not Asker's)",
    'timeline.broken': 'An address that does not exist',
    'timeline.loading': 'Loading: the space is reserved (`--civic-loading-height`, here 20rem), so the text below does not jump',
    'timeline.loading.heading': 'Investments',
    'chart.title': 'Debt and operating revenue – civic-widgets',
    'chart.description': "<civic-debt-revenue-chart> shows loan debt against operating revenue, and whether debt grows faster than revenue. Examples with Asker kommune's figures 2014–2020.",
    'chart.h1': 'Debt and operating revenue',
    'chart.lead': "Asker kommune's loan debt against its operating revenue, 2014–2020, with the `<civic-debt-revenue-chart>` element. The mayor: “We must therefore make sure that in the years ahead loan debt does not grow more than the municipality's revenue.”",
    'chart.amount': 'Amounts (the default view)', 'chart.ratio': 'Debt as a percentage of revenue, with a limit at 110 %', 'chart.growth': 'Growth from year to year',
    'chart.growth.en': 'Growth in English, without the summary', 'chart.ratio.nn': 'Debt as a percentage of revenue, in nynorsk, without a limit',
    'chart.ratio.heading': 'Loan debt as a percentage of operating revenue', 'chart.growth.heading': 'Does debt grow faster than revenue?',
  },
  failure: (what, message) => `${what === 'manifest' ? 'custom-elements.json' : 'The example data'} could not be loaded (${message}). Under npm start it is written by \`npm run analyze\`; in a static copy it is copied by \`npm run build:demo\`.`,
  playground: {
    data: 'Data', documentLabel: 'Programme document (JSON)',
    documentHint: 'Edit the data: it is checked as you type, with the same rules the elements use, and the preview follows.',
    goTo: 'Show the error in the editor', reset: 'Restore the example data', attributes: 'Attributes', all: 'All elements',
    only: 'Only ', and: ' and ', notSet: '(not set)', byDefault: (v) => `(default: ${v})`, preview: 'Preview',
    embedTitle: 'Embed code', embedIntro: 'The code to paste into a page or a CMS "HTML block", with the attributes chosen above.',
    element: 'Element', dataLegend: 'Data', inline: 'In the code (for a CMS that cannot host files)', fromUrl: 'From a URL (`src`)',
    dataUrl: 'Data URL', scriptUrl: 'Script URL', code: 'Embed code', copy: 'Copy the embed code',
    copied: 'Copied to the clipboard.', selected: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    problemsLabel: 'Problems in the data', problems: (c) => n(c, 'problem', 'problems'), leftOut: (c) => `${n(c, 'entry', 'entries')} left out`,
    valid: (p, i, f) => `Valid: ${n(p, 'priority', 'priorities')}, ${n(i, 'investment', 'investments')}, ${n(f, 'finance year', 'finance years')}.`,
    noteBad: 'The data has problems (see Data above): the elements leave out what is invalid. Fix it before you publish.',
    noteInline: 'The data is in the code; other elements’ sections are left out.',
    noteSrc: 'The element fetches the data from the URL; the file must allow it (same site or CORS).',
  },
  generator: {
    label: 'Embed generator', situation: 'What can you do on your site?', form: 'Form',
    forms: { static: 'static', iframe: 'iframe', script: 'script' }, element: 'Element',
    dataUrl: 'Data URL (the JSON on your site)', bundleUrl: 'Bundle URL (script form)', embedUrl: 'Iframe page URL (iframe form)',
    language: 'Language', theme: 'Theme', notSet: '(not set)', heading: "Heading (empty: the element's default heading)", code: 'Embed code',
    situations: {
      strips: { label: 'My CMS removes scripts (WordPress Author or Editor, multisite, Drupal Basic HTML, a sanitizer, a newsletter)',
        note: 'Static: plain HTML every sanitizer tried keeps. Readers get the content as text and a table; where the site template loads the bundle, it becomes the live element.' },
      template: { label: 'I can put one script in the site template',
        note: `Static, plus once in the template: ${TEMPLATE_SCRIPT}. That script upgrades every static embed on every page into the live element.` },
      any: { label: 'I can paste any HTML (WordPress Administrator on a single site, Drupal Full HTML)',
        note: 'Script: the bundle and the element, with the data from its URL. Where iframes are allowed but scripts are not, choose iframe.' },
    },
  },
  reference: {
    nav: 'Elements in the reference', readOnly: 'Read-only. ', defined: (c, m) => ['Class ', c, ', defined in ', m, '.'],
    blocks: { attributes: 'Attributes', properties: 'Properties', events: 'Events', cssProperties: 'CSS custom properties', cssParts: 'CSS parts', slots: 'Slots' },
    head: { attribute: 'Attribute', property: 'Property', type: 'Type', default: 'Default', description: 'Description', event: 'Event', part: 'Part', slot: 'Slot' },
    defaultSlot: '(default)',
  },
};

export const STRINGS: Record<Lang, DemoStrings> = { nb, nn, en };

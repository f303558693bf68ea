/**
 * Every word of the demo pages, in bokmål (the default), nynorsk and English.
 * The pages' HTML holds the bokmål text (what readers without JavaScript and
 * search engines get); elements with `data-t="key"` take `page[key]` when the
 * language changes. In the strings, `code` is in backticks and *emphasis* in
 * stars (see markup() in page.ts). The pages' text itself is in strings-pages.ts;
 * the elements' own words live in src/.
 */
import type { Lang } from '../src/shared/i18n.js';
import { PAGES } from './strings-pages.js';

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
  page: PAGES.nb,
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
  page: PAGES.nn,
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
  page: PAGES.en,
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

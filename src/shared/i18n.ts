/**
 * UI strings in bokmål, nynorsk and English, and the rule for which one an
 * element speaks. Strings are functions where a number or a name goes in, so
 * plurals stay correct in each language.
 */

export type Lang = 'nb' | 'nn' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

/** Maps any BCP 47 tag to one of ours: `nb-NO`/`no` → nb, `nn-NO` → nn, `en-GB` → en, else nb. */
export function normaliseLang(tag: string | null | undefined): Lang | undefined {
  const base = String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (base === 'nn') return 'nn';
  if (base === 'en') return 'en';
  if (base === 'nb' || base === 'no') return 'nb';
  return undefined;
}

/**
 * The element's own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else the document's, else bokmål.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = normaliseLang(node.getAttribute('lang'));
      if (lang) return lang;
      // An unknown language (say `de`) falls back to bokmål, the library default.
      return 'nb';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'nb';
}

type Plural = (n: number) => string;
/** 0.3 → "0,3": Norwegian decimal comma (the English strings keep the point). */
const decimal = (n: number) => String(n).replace('.', ',');
const plural = (one: string, many: string): Plural => (n) => (n === 1 ? one : many);

const nb = {
  loading: 'Laster …',
  // Errors: plain words for a web editor, with what to do next.
  errorTitle: 'Kunne ikke vise innholdet',
  errorNetwork: (url: string) => `Fikk ikke kontakt med ${url}. Sjekk adressen og nettforbindelsen.`,
  errorStatus: (url: string, status: number) => `Adressen ${url} svarte med feil ${status}. Sjekk at adressen er riktig.`,
  errorTimeout: (url: string, s: number) => `${url} svarte ikke innen ${decimal(s)} ${s === 1 ? 'sekund' : 'sekunder'}. Prøv igjen senere.`,
  errorNoInput: 'Elementet har ingen data. Legg til src="adresse-til-fil.json", eller data i en <script type="application/json"> inni elementet.',
  errorParse: 'Dataene er ikke gyldig JSON. Sjekk at teksten er kopiert helt, med alle klammer og anførselstegn.',
  errorShape: 'Dataene har feil form. Det skal være et programdokument (et JSON-objekt) eller en liste.',
  errorParseAt: (line: number, column: number) => `Dataene er ikke gyldig JSON: feil på linje ${line}, kolonne ${column}. Se etter komma, klammer og anførselstegn der.`,
  errorSection: (key: string, what: string) => `Dataene inneholder ingen ${what} (feltet "${key}" mangler eller er ikke en liste). Sjekk at adressen peker på riktig fil.`,
  errorNoValid: (n: number) => `Ingen av ${n} ${n === 1 ? 'oppføring' : 'oppføringer'} kunne vises. Se feilene under.`,
  partial: (n: number) => `${n} ${n === 1 ? 'oppføring' : 'oppføringer'} kunne ikke vises.`,
  partialDetails: 'Vis hva som er feil',
  partialDocument: (n: number) => `${n} ${n === 1 ? 'felt' : 'felt'} i dokumentet kunne ikke brukes.`,
  empty: 'Ingenting å vise',
  sections: { priorities: 'prioriteringer', investments: 'investeringer', finances: 'økonomitall (lånegjeld og driftsinntekter)' } as Record<string, string>,
  // Each element's default heading: its own subject, so three elements under one article differ.
  headings: { priorities: 'Prioriteringer', investments: 'Investeringer', finances: 'Lånegjeld og driftsinntekter' } as Record<string, string>,
  source: 'Kilde',
  // Validation messages, shown with a path such as investments[3].start.
  vObject: 'skal være et objekt med felter, som { "title": "…" }',
  vArray: 'skal være en liste, som [ … ]',
  vMissing: 'mangler',
  vText: 'skal være tekst',
  vEmpty: 'er tom; skriv en tekst',
  vTextOptional: 'skal være tekst',
  vYear: 'skal være et årstall, for eksempel 2017',
  vYearMonth: 'skal være et årstall som 2017 eller år og måned som "2017-06"',
  vMoney: 'skal være et beløp i hele kroner, for eksempel 338000000',
  vMoneyText: 'skal være et tall uten mellomrom eller anførselstegn, i hele kroner, for eksempel 338000000',
  vMoneyNegative: 'kan ikke være negativt',
  vMoneyWhole: 'skal være i hele kroner, uten desimaler: 4,6 mrd. kr skrives 4600000000',
  vMoneyScaled: 'er for lite for en kommune; beløp skal være i hele kroner: 4,6 mrd. kr skrives 4600000000',
  vStatus: 'skal være "planned", "in-progress" eller "completed"',
  vKind: 'skal være "actual", "budget" eller "plan"',
  vVersion: 'skal være 1 (denne versjonen av formatet)',
  vStartAfterEnd: 'start er senere enn slutt',
  vDuplicateYear: (y: number) => `året ${y} står flere ganger; bare det første er brukt`,
  vUnknownSection: 'listen kan ikke gjenkjennes som prioriteringer, investeringer eller økonomi',
  // Money
  billion: plural('milliard', 'milliarder'),
  million: plural('million', 'millioner'),
  kroner: plural('krone', 'kroner'),
};

export type Messages = typeof nb;

const nn: Messages = {
  ...nb,
  loading: 'Lastar …',
  errorTitle: 'Kunne ikkje vise innhaldet',
  errorNetwork: (url) => `Fekk ikkje kontakt med ${url}. Sjekk adressa og nettsambandet.`,
  errorStatus: (url, status) => `Adressa ${url} svara med feil ${status}. Sjekk at adressa er rett.`,
  errorTimeout: (url, s) => `${url} svara ikkje innan ${decimal(s)} sekund. Prøv igjen seinare.`,
  errorNoInput: 'Elementet har ingen data. Legg til src="adresse-til-fil.json", eller data i ein <script type="application/json"> inni elementet.',
  errorParse: 'Dataa er ikkje gyldig JSON. Sjekk at teksten er kopiert heilt, med alle klammer og hermeteikn.',
  errorShape: 'Dataa har feil form. Det skal vere eit programdokument (eit JSON-objekt) eller ei liste.',
  errorParseAt: (line, column) => `Dataa er ikkje gyldig JSON: feil på linje ${line}, kolonne ${column}. Sjå etter komma, klammer og hermeteikn der.`,
  errorSection: (key, what) => `Dataa inneheld ingen ${what} (feltet "${key}" manglar eller er ikkje ei liste). Sjekk at adressa peikar på rett fil.`,
  errorNoValid: (n) => `Ingen av ${n} ${n === 1 ? 'oppføring' : 'oppføringar'} kunne visast. Sjå feila under.`,
  partial: (n) => `${n} ${n === 1 ? 'oppføring' : 'oppføringar'} kunne ikkje visast.`,
  partialDetails: 'Vis kva som er feil',
  partialDocument: (n) => `${n} felt i dokumentet kunne ikkje brukast.`,
  sections: { priorities: 'prioriteringar', investments: 'investeringar', finances: 'økonomital (lånegjeld og driftsinntekter)' },
  headings: { priorities: 'Prioriteringar', investments: 'Investeringar', finances: 'Lånegjeld og driftsinntekter' },
  source: 'Kjelde',
  vObject: 'skal vere eit objekt med felt, som { "title": "…" }',
  vArray: 'skal vere ei liste, som [ … ]',
  vMissing: 'manglar',
  vText: 'skal vere tekst',
  vEmpty: 'er tom; skriv ein tekst',
  vTextOptional: 'skal vere tekst',
  vYear: 'skal vere eit årstal, til dømes 2017',
  vYearMonth: 'skal vere eit årstal som 2017 eller år og månad som "2017-06"',
  vMoney: 'skal vere eit beløp i heile kroner, til dømes 338000000',
  vMoneyText: 'skal vere eit tal utan mellomrom eller hermeteikn, i heile kroner, til dømes 338000000',
  vMoneyNegative: 'kan ikkje vere negativt',
  vMoneyWhole: 'skal vere i heile kroner, utan desimalar: 4,6 mrd. kr skriv ein 4600000000',
  vMoneyScaled: 'er for lite for ein kommune; beløp skal vere i heile kroner: 4,6 mrd. kr skriv ein 4600000000',
  vStatus: 'skal vere "planned", "in-progress" eller "completed"',
  vKind: 'skal vere "actual", "budget" eller "plan"',
  vVersion: 'skal vere 1 (denne versjonen av formatet)',
  vStartAfterEnd: 'start er seinare enn slutt',
  vDuplicateYear: (y) => `året ${y} står fleire gonger; berre det første er brukt`,
  vUnknownSection: 'lista kan ikkje kjennast att som prioriteringar, investeringar eller økonomi',
  billion: plural('milliard', 'milliardar'),
  million: plural('million', 'millionar'),
};

const en: Messages = {
  ...nb,
  loading: 'Loading …',
  errorTitle: 'Could not show the content',
  errorNetwork: (url) => `Could not reach ${url}. Check the address and the network connection.`,
  errorStatus: (url, status) => `The address ${url} answered with error ${status}. Check that the address is right.`,
  errorTimeout: (url, s) => `${url} did not answer within ${s} ${s === 1 ? 'second' : 'seconds'}. Try again later.`,
  errorNoInput: 'The element has no data. Add src="address-of-file.json", or data in a <script type="application/json"> inside the element.',
  errorParse: 'The data is not valid JSON. Check that the text was copied whole, with all brackets and quotes.',
  errorShape: 'The data has the wrong shape. It should be a programme document (a JSON object) or a list.',
  errorParseAt: (line, column) => `The data is not valid JSON: error at line ${line}, column ${column}. Look for commas, brackets and quotes there.`,
  errorSection: (key, what) => `The data holds no ${what} (the field "${key}" is missing or is not a list). Check that the address points at the right file.`,
  errorNoValid: (n) => `None of ${n} ${n === 1 ? 'entry' : 'entries'} could be shown. See the problems below.`,
  partial: (n) => `${n} ${n === 1 ? 'entry' : 'entries'} could not be shown.`,
  partialDetails: 'Show what is wrong',
  partialDocument: (n) => `${n} ${n === 1 ? 'field' : 'fields'} of the document could not be used.`,
  empty: 'Nothing to show',
  sections: { priorities: 'priorities', investments: 'investments', finances: 'finances (loan debt and operating revenue)' },
  headings: { priorities: 'Priorities', investments: 'Investments', finances: 'Loan debt and operating revenue' },
  source: 'Source',
  vObject: 'should be an object with fields, such as { "title": "…" }',
  vArray: 'should be a list, such as [ … ]',
  vMissing: 'is missing',
  vText: 'should be text',
  vEmpty: 'is empty; write a text',
  vTextOptional: 'should be text',
  vYear: 'expected a year such as 2017',
  vYearMonth: 'expected a year such as 2017 or a year and month such as "2017-06"',
  vMoney: 'expected an amount in whole kroner, such as 338000000',
  vMoneyText: 'expected a number without spaces or quotes, in whole kroner, such as 338000000',
  vMoneyNegative: 'cannot be negative',
  vMoneyWhole: 'should be in whole kroner, without decimals: NOK 4.6bn is written 4600000000',
  vMoneyScaled: 'is too small for a municipality; amounts are in whole kroner: NOK 4.6bn is written 4600000000',
  vStatus: 'should be "planned", "in-progress" or "completed"',
  vKind: 'should be "actual", "budget" or "plan"',
  vVersion: 'should be 1 (this version of the format)',
  vStartAfterEnd: 'start is later than end',
  vDuplicateYear: (y) => `the year ${y} appears more than once; only the first is used`,
  vUnknownSection: 'the list cannot be recognised as priorities, investments or finances',
  billion: plural('billion', 'billion'),
  million: plural('million', 'million'),
};

export const MESSAGES: Record<Lang, Messages> = { nb, nn, en };

/** The well-known areas, in the order their colours are assigned. */
export const KNOWN_AREAS = [
  'health', 'care', 'education', 'kindergarten', 'culture',
  'sport', 'environment', 'transport', 'housing', 'administration',
] as const;

const NB_AREAS: Record<string, string> = {
  health: 'Helse', care: 'Omsorg', education: 'Skole', kindergarten: 'Barnehage',
  culture: 'Kultur', sport: 'Idrett', environment: 'Miljø', transport: 'Samferdsel',
  housing: 'Bolig', administration: 'Administrasjon',
};

/** The known areas' labels; apart from MESSAGES so the chart's bundle, which shows no areas, leaves them out. */
export const AREA_LABELS: Record<Lang, Record<string, string>> = {
  nb: NB_AREAS,
  nn: { ...NB_AREAS, education: 'Skule', housing: 'Bustad' },
  en: {
    health: 'Health', care: 'Care', education: 'Education', kindergarten: 'Kindergarten',
    culture: 'Culture', sport: 'Sport', environment: 'Environment', transport: 'Transport',
    housing: 'Housing', administration: 'Administration',
  },
};

/** A translated label for an area; an unknown area is shown as written, first letter capitalised. */
export function areaLabel(lang: Lang, area: string): string {
  const areas = AREA_LABELS[lang];
  return Object.hasOwn(areas, area) ? areas[area] : area.charAt(0).toUpperCase() + area.slice(1);
}

/** The validate command's own words (bin/commands/validate.js); apart from MESSAGES, so no bundle carries them. */
export const CLI_MESSAGES = {
  nb: {
    usage: 'Bruk: civic-widgets validate <fil.json> [--lang nb|nn|en] [--json]',
    notFound: (f: string) => `Fant ikke filen ${f}.`,
    valid: (f: string, p: number, i: number, y: number) => `${f}: gyldig – ${p} prioriteringer, ${i} investeringer, ${y} år med økonomi.`,
    problems: (f: string, n: number) => `${f}: ${n} ${n === 1 ? 'problem' : 'problemer'}:`,
    document: '(dokumentet)',
  },
  nn: {
    usage: 'Bruk: civic-widgets validate <fil.json> [--lang nb|nn|en] [--json]',
    notFound: (f: string) => `Fann ikkje fila ${f}.`,
    valid: (f: string, p: number, i: number, y: number) => `${f}: gyldig – ${p} prioriteringar, ${i} investeringar, ${y} år med økonomi.`,
    problems: (f: string, n: number) => `${f}: ${n} problem:`,
    document: '(dokumentet)',
  },
  en: {
    usage: 'Usage: civic-widgets validate <file.json> [--lang nb|nn|en] [--json]',
    notFound: (f: string) => `Could not find the file ${f}.`,
    valid: (f: string, p: number, i: number, y: number) => `${f}: valid – ${p} priorities, ${i} investments, ${y} years of finances.`,
    problems: (f: string, n: number) => `${f}: ${n} ${n === 1 ? 'problem' : 'problems'}:`,
    document: '(the document)',
  },
};

/**
 * The words that name a column or a value, in bokmål, nynorsk and English.
 * The elements' own words (the chart's CSV headers, the timeline's status
 * labels, the area labels) are read back here too, so what the widgets write
 * converts back to the same document.
 */
import { STRINGS as CHART } from '../debt-revenue-chart/strings.js';
import { STRINGS as TIMELINE } from '../investment-timeline/strings.js';
import { AREA_LABELS, KNOWN_AREAS, LANGS } from '../shared/i18n.js';
import type { FinanceKind, Section, Status } from '../shared/schema.js';

/** What a column holds. `years` is an amount for the year in its header; `before`, an amount before the first year column. */
export const ROLES = {
  priorities: ['title', 'description', 'area', 'id'],
  investments: ['name', 'description', 'area', 'start', 'end', 'period', 'status', 'cost', 'location', 'phase', 'id', 'years', 'before'],
  finances: ['year', 'revenue', 'debt', 'kind', 'note'],
} as const satisfies Record<Section, readonly string[]>;

export type Role = (typeof ROLES)[Section][number] | 'ignore';

/** Roles that hold money, converted to whole kroner by the column's unit. */
export const MONEY_ROLES: readonly Role[] = ['cost', 'years', 'before', 'revenue', 'debt'];

/** Header (lower case, units and punctuation removed) → role, for each section. Tried in order; the first match wins. */
const HEADERS: Record<Section, [Role, RegExp][]> = {
  priorities: [
    ['title', /^(prioritering(er|ar)?|prioritet|tittel|overskrift|mål|satsing(sområde)?|hovedsak(er)?|title|priority|priorities|goal)$/],
    ['description', /^(beskrivelse|beskriving|skildring|omtale|tekst|forklaring|utdyping|merknad(er)?|kommentar(er)?|description|details|text|comment|notes?)$/],
    ['area', /^(område|tjenesteområde|tenesteområde|sektor|kategori|programområde|area|sector|category|service area)$/],
    ['id', /^(id|nøkkel|key|kode|code)$/],
  ],
  investments: [
    ['name', /^(prosjekt(navn|namn)?|navn|namn|tiltak|investering(sprosjekt)?|prosjekt tiltak|project( name)?|name|investment)$/],
    ['before', /^(før( \d{4})?|tidligere( år| vedtatt)?|tidl( år)?|tidlegare( år)?|before( \d{4})?|earlier( years)?|prior( years)?|previous years)$/],
    ['years', /^((budsjett|økonomiplan|øk plan|plan|regnskap|rekneskap|budget|forecast)\s*)?(19|20|21)\d\d$/],
    ['start', /^(start(år)?|oppstart|byggestart|fra|frå|from|start year|begins?)$/],
    ['end', /^(ferdig(år|stilt|stillelse|stilling)?|slutt(år)?|til|end( year)?|finish(ed)?|completion|completed|ready)$/],
    ['period', /^(periode|period|tidsrom|byggeperiode)$/],
    ['status', /^(status|fremdrift|framdrift|progress)$/],
    ['cost', /^(kostnad|totalkostnad|totalramme|ramme|kostnadsramme|prosjektramme|beløp|total|totalt|sum|cost|total cost|amount|budget|budsjett)$/],
    ['location', /^(sted|stad|plassering|adresse|lokalisering|location|place|address|site)$/],
    ['phase', /^(fase|phase|prosjektfase)$/],
    ['description', /^(beskrivelse|beskriving|skildring|omtale|forklaring|merknad(er)?|kommentar(er)?|description|details|comment|notes?)$/],
    ['area', /^(område|tjenesteområde|tenesteområde|sektor|kategori|programområde|area|sector|category|service area)$/],
    ['id', /^(id|nøkkel|key|kode|code|prosjektnummer|prosjektnr|nr)$/],
  ],
  finances: [
    ['year', /^(år|årstal|årstall|year|budsjettår|regnskapsår|rekneskapsår)$/],
    // With a kind after it when a group line stands over "Regnskap | Budsjett | Økonomiplan": "Driftsinntekter regnskap".
    ['revenue', /^((sum|brutto|samla|samlede|totale) )?(driftsinntekter|inntekter|inntekt|operating revenue|revenue|income)( (regnskap|rekneskap|budsjett|økonomiplan|øk plan|plan|actual|budget|forecast))?$/],
    ['debt', /^((brutto|netto|samla|samlet|langsiktig) )?(lånegjeld|gjeld|loan debt|debt)( (regnskap|rekneskap|budsjett|økonomiplan|øk plan|plan|actual|budget|forecast))?$/],
    ['kind', /^(type|type tall|type tal|art|kind|status|regnskap budsjett( plan)?|rekneskap budsjett( plan)?)$/],
    ['note', /^(merknad|note|notat|kommentar|comment)$/],
  ],
};

/** Words of the elements' own tables (the chart's CSV), per section, in every language. */
const OWN: Record<Section, [Role, string[]][]> = {
  priorities: [],
  investments: [
    ['start', LANGS.map((l) => TIMELINE[l].start)],
    ['end', LANGS.map((l) => TIMELINE[l].end)],
    ['cost', LANGS.map((l) => TIMELINE[l].cost)],
    ['location', LANGS.map((l) => TIMELINE[l].location)],
  ],
  finances: [
    ['year', LANGS.map((l) => CHART[l].year)],
    ['revenue', LANGS.map((l) => CHART[l].revenue)],
    ['debt', LANGS.map((l) => CHART[l].debt)],
    ['kind', LANGS.map((l) => CHART[l].kind)],
  ],
};

/** A header as it is matched: lower case, units in brackets and "i 1000 kr" removed, punctuation as spaces. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/\s(i|in)\s+(hele\s+)?(\d[\d\s]*\s*)?(kr|kroner|nok|mill|mrd|tusen)\b.*$/, ' ')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** The role a header names in a section, or undefined. Percent columns are derived figures (the chart's ratio) and never money. */
export function roleOf(header: string, section: Section): Role | undefined {
  if (header.includes('%')) return section === 'finances' ? 'ignore' : undefined;
  const h = normaliseHeader(header);
  if (!h) return undefined;
  for (const [role, words] of OWN[section]) if (words.some((w) => normaliseHeader(w) === h)) return role;
  return HEADERS[section].find(([, re]) => re.test(h))?.[0];
}

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The lookup of a value's words: every language's word for each key, plus the extra words given. */
function lookup<K extends string>(keys: readonly K[], word: (lang: (typeof LANGS)[number], k: K) => string, extra: Record<string, K>) {
  const map = new Map<string, K>(Object.entries(extra).map(([w, k]) => [fold(w), k]));
  for (const k of keys) {
    map.set(fold(k), k);
    for (const l of LANGS) map.set(fold(word(l, k)), k);
  }
  return (value: string): K | undefined => map.get(fold(value));
}

/** "Pågår", "Under bygging", "in progress" → in-progress. */
export const statusOf = lookup<Status>(['planned', 'in-progress', 'completed'], (l, k) => TIMELINE[l].status[k], {
  planlagd: 'planned', 'ikke startet': 'planned', 'ikkje starta': 'planned', 'not started': 'planned', vedtatt: 'planned',
  'under bygging': 'in-progress', 'under arbeid': 'in-progress', 'i gang': 'in-progress', 'i arbeid': 'in-progress', ongoing: 'in-progress', 'under construction': 'in-progress',
  fullført: 'completed', ferdigstilt: 'completed', avsluttet: 'completed', avslutta: 'completed', done: 'completed', finished: 'completed',
});

/** "Regnskap", "Økonomiplan", "actual" → a finance year's kind. */
export const kindOf = lookup<FinanceKind>(['actual', 'budget', 'plan'], (l, k) => CHART[l][k], {
  faktisk: 'actual', r: 'actual', 'regulert budsjett': 'budget', 'revidert budsjett': 'budget', 'vedtatt budsjett': 'budget', b: 'budget',
  økonomiplan: 'plan', 'øk plan': 'plan', øp: 'plan', forecast: 'plan', prognose: 'plan', p: 'plan',
});

/** "Helse", "Skule", "health" → health; other areas stay as written. */
export const areaOf = lookup<string>(KNOWN_AREAS, (l, k) => AREA_LABELS[l][k], {
  oppvekst: 'education', skoler: 'education', barnehager: 'kindergarten', idrett: 'sport', bustader: 'housing', boliger: 'housing',
});

/** A kind word inside a year header or cell: "Regnskap 2015" → actual. */
export function kindIn(text: string): FinanceKind | undefined {
  for (const w of fold(text).split(' ')) {
    const k = /^\d+$/.test(w) ? undefined : kindOf(w);
    if (k && w.length > 1) return k;
  }
  return undefined;
}

/** "Sum", "Totalt", "I alt", "Sum investeringer": a totals row. */
export const isTotalLabel = (text: string): boolean =>
  /^(sum|summer|totalt?|i alt|til sammen|til saman|samla|grand total)(\s|$|:)/i.test(text.trim());

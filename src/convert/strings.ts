/**
 * The converter's words in bokmål, nynorsk and English: why a row was not
 * used, the names of the column roles, and the builder page's own text.
 * Same shape as the other strings modules (nb/nn/en objects); the validation
 * messages themselves come from src/shared/i18n.ts.
 */
import type { Lang } from '../shared/i18n.js';
import type { Report, ReportKey } from './sections.js';
import type { Role } from './vocab.js';

const nb = {
  row: (n: number) => `Rad ${n}`,
  column: (c: string) => `kolonnen «${c}»`,
  columns: (c: string[]) => (c.length === 1 ? `kolonnen «${c[0]}»` : `kolonnene «${c.slice(0, -1).join('», «')}» og «${c[c.length - 1]}»`),
  quote: (v: string) => `«${v}»`,
  reasons: {
    totalRow: 'summerad, hoppet over',
    repeatedHeader: 'overskriftene gjentatt, hoppet over',
    noName: 'mangler prosjektnavn, raden er ikke brukt',
    noTitle: 'mangler tittel, raden er ikke brukt',
    notYear: 'har ikke et årstall, raden er ikke brukt',
    noFigures: 'har verken driftsinntekter eller lånegjeld, raden er ikke brukt',
    notNumber: 'er ikke et tall og er utelatt',
    negative: 'er negativt og er utelatt',
    unknownStatus: 'er ikke en kjent status (planlagt, pågår, ferdig) og er utelatt',
    unknownKind: 'er ikke regnskap, budsjett eller plan og er utelatt',
    noUnit: 'ingen enhet oppgitt (kroner, 1000 kr eller mill. kr). Velg enhet; beløpene er utelatt til da',
    unknownUnit: 'enheten kan ikke regnes om til kroner. Velg enhet; beløpene er utelatt til da',
    notWhen: 'er ikke et årstall eller en måned og er utelatt',
    noColumn: 'Fant ingen kolonne for',
    notRecognised: 'Fant ingen overskrifter som kan leses som prioriteringer, investeringer eller økonomi. Den første raden med innhold bør ha overskrifter som «Prosjekt», «Prioritering» eller «År».',
    unreadable: 'Filen kan ikke leses. Lagre den som .xlsx eller .csv og prøv igjen.',
    invalid: '',
  } satisfies Record<ReportKey, string>,
  roles: {
    ignore: 'Brukes ikke', title: 'Tittel', description: 'Beskrivelse', area: 'Område', id: 'ID',
    name: 'Prosjektnavn', start: 'Start', end: 'Ferdig', period: 'Periode (2017–2020)', status: 'Status',
    cost: 'Kostnad', location: 'Sted', phase: 'Fase', years: 'Beløp for året', before: 'Beløp før første år',
    year: 'År', revenue: 'Driftsinntekter', debt: 'Lånegjeld', kind: 'Regnskap, budsjett eller plan', note: 'Merknad',
  } satisfies Record<Role, string>,
  sections: { priorities: 'Prioriteringer', investments: 'Investeringer', finances: 'Økonomi' },
  units: { kr: 'kroner', 1000: '1000 kr', mill: 'mill. kr', mrd: 'mrd. kr' },
  // The builder page.
  page: {
    title: 'Fra regnearket: lag et programdokument',
    lead: 'Lim inn tabellene fra Excel, LibreOffice Calc eller Google Regneark, eller slipp en .csv- eller .xlsx-fil. Kolonnene gjenkjennes fra overskriftene, og du ser resultatet med en gang. Ingenting sendes noe sted: alt skjer i nettleseren din.',
    back: 'Til demosiden',
    language: 'Språk',
    document: 'Dokumentet',
    municipality: 'Kommune',
    docTitle: 'Tittel',
    step: (n: number, name: string) => `Steg ${n}: ${name}`,
    hints: {
      priorities: 'Én prioritering per rad, med kolonner som «Prioritering», «Beskrivelse» og «Område».',
      investments: 'Ett prosjekt per rad, med «Prosjekt» og gjerne «Område», «Start», «Ferdig», «Status», «Totalramme» og én kolonne per år (beløp i 1000 kr eller mill. kr).',
      finances: 'Ett år per rad, med «År», «Driftsinntekter», «Lånegjeld» og «Regnskap, budsjett eller plan». Diagrammets CSV-fil kan leses rett inn igjen.',
    },
    paste: 'Lim inn tabellen her',
    file: 'eller velg en fil (.csv, .xlsx)',
    drop: 'Du kan også slippe filen her.',
    clear: 'Tøm',
    reading: 'Leser …',
    mapping: 'Kolonnene',
    mappingHint: 'Sjekk hva hver kolonne blir brukt til, og endre det hvis det er feil.',
    header: 'Overskrift i arket',
    use: 'Brukes som',
    unit: 'Beløpene er i',
    unitAuto: 'som overskriften sier',
    found: (n: number, what: string) => `${n} ${what} lest.`,
    problems: 'Rader og verdier som ikke er brukt',
    none: 'Alle radene er brukt.',
    preview: 'Forhåndsvisning',
    empty: 'Lim inn en tabell eller velg en fil for å se den her.',
    notThis: 'Tabellen ser ut som en annen del av programmet:',
    download: 'Last ned programdokumentet (.json)',
    valid: 'Dokumentet er gyldig.',
    invalid: (n: number) => `Dokumentet har ${n} ${n === 1 ? 'problem' : 'problemer'}:`,
    embed: 'Gå videre til innbyggingskoden',
    embedHint: 'Last opp JSON-filen på nettstedet ditt, og lag koden som viser den.',
  },
  // The command line.
  cli: {
    usage: 'Bruk: civic-widgets convert <fil.csv|fil.xlsx>… [--section priorities|investments|finances] [--unit kr|1000|mill] [--municipality NAVN] [--title TITTEL] [--lang nb|nn|en] [-o programme.json]',
    notFound: (f: string) => `Fant ikke filen ${f}.`,
    wrote: (f: string) => `Skrev ${f}.`,
    summary: (c: Record<string, number>) => `${c.priorities} prioriteringer, ${c.investments} investeringer, ${c.finances} år med økonomi.`,
    unitHint: 'Oppgi enheten med --unit kr, --unit 1000 eller --unit mill.',
    valid: 'Gyldig programdokument:',
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problemer'}:`,
  },
};

export type ConvertStrings = typeof nb;

const nn: ConvertStrings = {
  ...nb,
  row: (n) => `Rad ${n}`,
  columns: (c) => (c.length === 1 ? `kolonnen «${c[0]}»` : `kolonnane «${c.slice(0, -1).join('», «')}» og «${c[c.length - 1]}»`),
  reasons: {
    totalRow: 'summerad, hoppa over',
    repeatedHeader: 'overskriftene gjentekne, hoppa over',
    noName: 'manglar prosjektnamn, rada er ikkje brukt',
    noTitle: 'manglar tittel, rada er ikkje brukt',
    notYear: 'har ikkje eit årstal, rada er ikkje brukt',
    noFigures: 'har verken driftsinntekter eller lånegjeld, rada er ikkje brukt',
    notNumber: 'er ikkje eit tal og er utelate',
    negative: 'er negativt og er utelate',
    unknownStatus: 'er ikkje ein kjend status (planlagd, pågår, ferdig) og er utelate',
    unknownKind: 'er ikkje rekneskap, budsjett eller plan og er utelate',
    noUnit: 'inga eining oppgitt (kroner, 1000 kr eller mill. kr). Vel eining; beløpa er utelatne til då',
    unknownUnit: 'eininga kan ikkje reknast om til kroner. Vel eining; beløpa er utelatne til då',
    notWhen: 'er ikkje eit årstal eller ein månad og er utelate',
    noColumn: 'Fann ingen kolonne for',
    notRecognised: 'Fann ingen overskrifter som kan lesast som prioriteringar, investeringar eller økonomi. Den første rada med innhald bør ha overskrifter som «Prosjekt», «Prioritering» eller «År».',
    unreadable: 'Fila kan ikkje lesast. Lagre ho som .xlsx eller .csv og prøv igjen.',
    invalid: '',
  },
  roles: {
    ...nb.roles, ignore: 'Blir ikkje brukt', description: 'Skildring', name: 'Prosjektnamn', location: 'Stad',
    years: 'Beløp for året', before: 'Beløp før første år', kind: 'Rekneskap, budsjett eller plan',
  },
  sections: { priorities: 'Prioriteringar', investments: 'Investeringar', finances: 'Økonomi' },
  page: {
    ...nb.page,
    title: 'Frå reknearket: lag eit programdokument',
    lead: 'Lim inn tabellane frå Excel, LibreOffice Calc eller Google Rekneark, eller slepp ei .csv- eller .xlsx-fil. Kolonnane blir kjende att frå overskriftene, og du ser resultatet med ein gong. Ingenting blir sendt nokon stad: alt skjer i nettlesaren din.',
    back: 'Til demosida',
    language: 'Språk',
    document: 'Dokumentet',
    step: (n, name) => `Steg ${n}: ${name}`,
    hints: {
      priorities: 'Éi prioritering per rad, med kolonnar som «Prioritering», «Skildring» og «Område».',
      investments: 'Eitt prosjekt per rad, med «Prosjekt» og gjerne «Område», «Start», «Ferdig», «Status», «Totalramme» og éin kolonne per år (beløp i 1000 kr eller mill. kr).',
      finances: 'Eitt år per rad, med «År», «Driftsinntekter», «Lånegjeld» og «Rekneskap, budsjett eller plan». CSV-fila frå diagrammet kan lesast rett inn att.',
    },
    paste: 'Lim inn tabellen her',
    file: 'eller vel ei fil (.csv, .xlsx)',
    drop: 'Du kan òg sleppe fila her.',
    reading: 'Les …',
    mapping: 'Kolonnane',
    mappingHint: 'Sjekk kva kvar kolonne blir brukt til, og endra det om det er feil.',
    header: 'Overskrift i arket',
    use: 'Blir brukt som',
    unit: 'Beløpa er i',
    unitAuto: 'som overskrifta seier',
    found: (n, what) => `${n} ${what} lesne.`,
    problems: 'Rader og verdiar som ikkje er brukte',
    none: 'Alle radene er brukte.',
    preview: 'Førehandsvising',
    empty: 'Lim inn ein tabell eller vel ei fil for å sjå han her.',
    notThis: 'Tabellen ser ut som ein annan del av programmet:',
    download: 'Last ned programdokumentet (.json)',
    valid: 'Dokumentet er gyldig.',
    invalid: (n) => `Dokumentet har ${n} problem:`,
    embed: 'Gå vidare til innbyggingskoden',
    embedHint: 'Last opp JSON-fila på nettstaden din, og lag koden som viser ho.',
  },
  cli: {
    usage: 'Bruk: civic-widgets convert <fil.csv|fil.xlsx>… [--section priorities|investments|finances] [--unit kr|1000|mill] [--municipality NAMN] [--title TITTEL] [--lang nb|nn|en] [-o programme.json]',
    notFound: (f) => `Fann ikkje fila ${f}.`,
    wrote: (f) => `Skreiv ${f}.`,
    summary: (c) => `${c.priorities} prioriteringar, ${c.investments} investeringar, ${c.finances} år med økonomi.`,
    unitHint: 'Oppgi eininga med --unit kr, --unit 1000 eller --unit mill.',
    valid: 'Gyldig programdokument:',
    problems: (n) => `${n} problem:`,
  },
};

const en: ConvertStrings = {
  row: (n) => `Row ${n}`,
  column: (c) => `column “${c}”`,
  columns: (c) => (c.length === 1 ? `column “${c[0]}”` : `columns “${c.slice(0, -1).join('”, “')}” and “${c[c.length - 1]}”`),
  quote: (v) => `“${v}”`,
  reasons: {
    totalRow: 'totals row, skipped',
    repeatedHeader: 'headers repeated, skipped',
    noName: 'has no project name, row not used',
    noTitle: 'has no title, row not used',
    notYear: 'has no year, row not used',
    noFigures: 'has neither operating revenue nor loan debt, row not used',
    notNumber: 'is not a number and was left out',
    negative: 'is negative and was left out',
    unknownStatus: 'is not a known status (planned, in progress, completed) and was left out',
    unknownKind: 'is not actual, budget or plan and was left out',
    noUnit: 'no unit given (kroner, NOK 1000 or NOK million). Choose the unit; the amounts are left out until then',
    unknownUnit: 'the unit cannot be converted to kroner. Choose the unit; the amounts are left out until then',
    notWhen: 'is not a year or a month and was left out',
    noColumn: 'Found no column for',
    notRecognised: 'Found no headers that read as priorities, investments or finances. The first row with content should have headers such as “Project”, “Priority” or “Year”.',
    unreadable: 'The file cannot be read. Save it as .xlsx or .csv and try again.',
    invalid: '',
  },
  roles: {
    ignore: 'Not used', title: 'Title', description: 'Description', area: 'Area', id: 'ID',
    name: 'Project name', start: 'Start', end: 'End', period: 'Period (2017–2020)', status: 'Status',
    cost: 'Cost', location: 'Location', phase: 'Phase', years: 'Amount for the year', before: 'Amount before the first year',
    year: 'Year', revenue: 'Operating revenue', debt: 'Loan debt', kind: 'Actual, budget or plan', note: 'Note',
  },
  sections: { priorities: 'Priorities', investments: 'Investments', finances: 'Finances' },
  units: { kr: 'kroner', 1000: 'NOK 1000', mill: 'NOK million', mrd: 'NOK billion' },
  page: {
    title: 'From your spreadsheet: make a programme document',
    lead: 'Paste the tables from Excel, LibreOffice Calc or Google Sheets, or drop a .csv or .xlsx file. Columns are recognised from their headers and you see the result at once. Nothing is sent anywhere: it all happens in your browser.',
    back: 'To the demo page',
    language: 'Language',
    document: 'The document',
    municipality: 'Municipality',
    docTitle: 'Title',
    step: (n, name) => `Step ${n}: ${name}`,
    hints: {
      priorities: 'One priority per row, with columns such as “Priority”, “Description” and “Area”.',
      investments: 'One project per row, with “Project” and perhaps “Area”, “Start”, “End”, “Status”, “Total” and one column per year (amounts in NOK 1000 or NOK million).',
      finances: 'One year per row, with “Year”, “Operating revenue”, “Loan debt” and “Kind” (actual, budget or plan). The chart’s CSV file reads straight back in.',
    },
    paste: 'Paste the table here',
    file: 'or choose a file (.csv, .xlsx)',
    drop: 'You can also drop the file here.',
    clear: 'Clear',
    reading: 'Reading …',
    mapping: 'The columns',
    mappingHint: 'Check what each column is used for, and change it if it is wrong.',
    header: 'Header in the sheet',
    use: 'Used as',
    unit: 'Amounts are in',
    unitAuto: 'as the header says',
    found: (n, what) => `${n} ${what} read.`,
    problems: 'Rows and values not used',
    none: 'Every row was used.',
    preview: 'Preview',
    empty: 'Paste a table or choose a file to see it here.',
    notThis: 'The table looks like another part of the programme:',
    download: 'Download the programme document (.json)',
    valid: 'The document is valid.',
    invalid: (n) => `The document has ${n} ${n === 1 ? 'problem' : 'problems'}:`,
    embed: 'Go on to the embed code',
    embedHint: 'Upload the JSON file to your website and make the code that shows it.',
  },
  cli: {
    usage: 'Usage: civic-widgets convert <file.csv|file.xlsx>… [--section priorities|investments|finances] [--unit kr|1000|mill] [--municipality NAME] [--title TITLE] [--lang nb|nn|en] [-o programme.json]',
    notFound: (f) => `Could not find the file ${f}.`,
    wrote: (f) => `Wrote ${f}.`,
    summary: (c) => `${c.priorities} priorities, ${c.investments} investments, ${c.finances} years of finances.`,
    unitHint: 'Give the unit with --unit kr, --unit 1000 or --unit mill.',
    valid: 'Valid programme document:',
    problems: (n) => `${n} ${n === 1 ? 'problem' : 'problems'}:`,
  },
};

export const STRINGS: Record<Lang, ConvertStrings> = { nb, nn, en };

/** One report as a line: "Rad 7: kolonnen «2018» («abc») er ikke et tall og er utelatt". */
export function describe(report: Report, lang: Lang): string {
  const t = STRINGS[lang];
  if (report.key === 'noColumn') return `${t.reasons.noColumn} ${t.quote(t.roles[report.value as Role] ?? report.value)}.`;
  if (report.key === 'invalid') return `${report.row ? `${t.row(report.row)}: ` : ''}${report.column ? `${report.column}: ` : ''}${report.value}`;
  const where = report.row ? t.row(report.row) : '';
  const what = [
    report.columns ? t.columns(report.columns) : report.column ? t.column(report.column) : '',
    report.value && report.key !== 'totalRow' ? `(${t.quote(report.value)})` : '',
  ]
    .filter(Boolean).join(' ');
  const reason = t.reasons[report.key];
  if (!where && !what) return reason;
  const head = [where, what].filter(Boolean).join(', ');
  return `${head.charAt(0).toUpperCase()}${head.slice(1)}: ${reason}`;
}

/**
 * The timeline's own words in bokmål, nynorsk and English. Functions where a
 * number or a year goes in, so plurals and word order stay right in each language.
 */
import type { Lang } from '../shared/i18n.js';
import type { Status } from '../shared/schema.js';

export interface TimelineStrings {
  /** The list's accessible name. */
  projects: string;
  /** "9 prosjekter, til sammen 1,4 mrd. kr (8 med kjent kostnad)"; `money` is undefined when no cost is known. */
  summary: (count: number, known: number, money?: string) => string;
  status: Record<Status, string>;
  statusUnknown: string;
  /** Only an end: "ferdig 2017". */
  until: (end: string) => string;
  /** Only a start: "fra 2020". */
  from: (start: string) => string;
  startUnknown: string;
  endUnknown: string;
  /** Neither, with the programme period: "i perioden 2017–2020". */
  inPeriod: string;
  /** Neither, and no period either. */
  noDates: string;
  costUnknown: string;
  /** Narrow layout group headings. */
  groupEnd: (year: number) => string;
  groupNoEnd: string;
  now: (year: number) => string;
  legend: string;
  /** The legend's words for an open end. */
  open: string;
  /** Shown with the summary when `area` filters: "Utvalg: Helse, Skole". */
  filtered: (areas: string) => string;
  start: string;
  end: string;
  cost: string;
  location: string;
  area: string;
  notGiven: string;
  empty: string;
  emptyFiltered: string;
}

const nb: TimelineStrings = {
  projects: 'Investeringsprosjekter',
  summary: (n, known, money) =>
    `${n} ${n === 1 ? 'prosjekt' : 'prosjekter'}, ${money == null ? 'ingen med kjent kostnad'
      : `til sammen ${money}${known < n ? ` (${known} med kjent kostnad)` : ''}`}`,
  status: { planned: 'Planlagt', 'in-progress': 'Pågår', completed: 'Ferdig' },
  statusUnknown: 'Status ikke oppgitt',
  until: (end) => `ferdig ${end}`,
  from: (start) => `fra ${start}`,
  startUnknown: 'start ikke oppgitt',
  endUnknown: 'slutt ikke oppgitt',
  inPeriod: 'i perioden',
  noDates: 'tidspunkt ikke oppgitt',
  costUnknown: 'kostnad ikke oppgitt',
  groupEnd: (y) => `Ferdig ${y}`,
  groupNoEnd: 'Uten oppgitt sluttår',
  now: (y) => `Nå (${y})`,
  legend: 'Forklaring',
  open: 'Start eller slutt ikke oppgitt',
  filtered: (areas) => `Utvalg: ${areas}`,
  start: 'Start',
  end: 'Slutt',
  cost: 'Kostnad',
  location: 'Sted',
  area: 'Område',
  notGiven: 'ikke oppgitt',
  empty: 'Ingen investeringsprosjekter å vise',
  emptyFiltered: 'Ingen prosjekter innen de valgte områdene',
};

const nn: TimelineStrings = {
  projects: 'Investeringsprosjekt',
  summary: (n, known, money) =>
    `${n} prosjekt, ${money == null ? 'ingen med kjend kostnad'
      : `til saman ${money}${known < n ? ` (${known} med kjend kostnad)` : ''}`}`,
  status: { planned: 'Planlagd', 'in-progress': 'Pågår', completed: 'Ferdig' },
  statusUnknown: 'Status ikkje oppgitt',
  until: (end) => `ferdig ${end}`,
  from: (start) => `frå ${start}`,
  startUnknown: 'start ikkje oppgitt',
  endUnknown: 'slutt ikkje oppgitt',
  inPeriod: 'i perioden',
  noDates: 'tidspunkt ikkje oppgitt',
  costUnknown: 'kostnad ikkje oppgitt',
  groupEnd: (y) => `Ferdig ${y}`,
  groupNoEnd: 'Utan oppgitt sluttår',
  now: (y) => `No (${y})`,
  legend: 'Forklaring',
  open: 'Start eller slutt ikkje oppgitt',
  filtered: (areas) => `Utval: ${areas}`,
  start: 'Start',
  end: 'Slutt',
  cost: 'Kostnad',
  location: 'Stad',
  area: 'Område',
  notGiven: 'ikkje oppgitt',
  empty: 'Ingen investeringsprosjekt å vise',
  emptyFiltered: 'Ingen prosjekt innanfor dei valde områda',
};

const en: TimelineStrings = {
  projects: 'Capital projects',
  summary: (n, known, money) =>
    `${n} ${n === 1 ? 'project' : 'projects'}, ${money == null ? 'none with a known cost'
      : `${money} in total${known < n ? ` (${known} with a known cost)` : ''}`}`,
  status: { planned: 'Planned', 'in-progress': 'In progress', completed: 'Completed' },
  statusUnknown: 'Status not given',
  until: (end) => `until ${end}`,
  from: (start) => `from ${start}`,
  startUnknown: 'start not given',
  endUnknown: 'end not given',
  inPeriod: 'in the period',
  noDates: 'dates not given',
  costUnknown: 'cost not given',
  groupEnd: (y) => `Ending ${y}`,
  groupNoEnd: 'No end year given',
  now: (y) => `Now (${y})`,
  legend: 'Key',
  open: 'Start or end not given',
  filtered: (areas) => `Showing: ${areas}`,
  start: 'Start',
  end: 'End',
  cost: 'Cost',
  location: 'Location',
  area: 'Area',
  notGiven: 'not given',
  empty: 'No capital projects to show',
  emptyFiltered: 'No projects in the chosen areas',
};

export const STRINGS: Record<Lang, TimelineStrings> = { nb, nn, en };

/**
 * The timeline's own words in bokmål, nynorsk and English. Functions where a
 * number or a year goes in, so plurals and word order stay right in each language.
 * Nynorsk starts from bokmål and overrides what differs; "… ikke oppgitt"
 * phrases are built from `notGiven` (see the element), so they follow it.
 */
import type { Lang } from '../shared/i18n.js';
import type { Status } from '../shared/schema.js';

export interface TimelineStrings {
  /** The list's accessible name. */
  projects: string;
  /** "9 prosjekter, til sammen 1,4 mrd. kr (8 med kjent kostnad)"; `money` is undefined when no cost is known. */
  summary: (count: number, known: number, money?: string) => string;
  /** A status's word; `unknown` is the word that "ikke oppgitt" follows ("Status ikke oppgitt"). */
  status: Record<Status | 'unknown', string>;
  /** Only an end: "ferdig" (2017). */
  until: string;
  /** Only a start: "fra" (2020). */
  from: string;
  /** Neither, with the programme period: "i perioden 2017–2020". */
  inPeriod: string;
  /** Neither, and no period either: the word before "ikke oppgitt". */
  dates: string;
  /** Narrow layout group headings: "Ferdig 2017"; `null` for the group without an end. */
  group: (year: number | null) => string;
  now: (year: number) => string;
  legend: string;
  /** The legend's words for an open end, before "ikke oppgitt". */
  open: string;
  /** Shown with the summary when `area` filters: "Utvalg: Helse, Skole". */
  filtered: string;
  start: string;
  end: string;
  cost: string;
  location: string;
  notGiven: string;
  empty: string;
  emptyFiltered: string;
}

const nb: TimelineStrings = {
  projects: 'Investeringsprosjekter',
  summary: (n, known, money) =>
    `${n} ${n === 1 ? 'prosjekt' : 'prosjekter'}, ${money == null ? 'ingen med kjent kostnad'
      : `til sammen ${money}${known < n ? ` (${known} med kjent kostnad)` : ''}`}`,
  status: { planned: 'Planlagt', 'in-progress': 'Pågår', completed: 'Ferdig', unknown: 'Status' },
  until: 'ferdig',
  from: 'fra',
  inPeriod: 'i perioden',
  dates: 'tidspunkt',
  group: (y) => (y == null ? 'Uten oppgitt sluttår' : `Ferdig ${y}`),
  now: (y) => `Nå (${y})`,
  legend: 'Forklaring',
  open: 'Start eller slutt',
  filtered: 'Utvalg',
  start: 'Start',
  end: 'Slutt',
  cost: 'Kostnad',
  location: 'Sted',
  notGiven: 'ikke oppgitt',
  empty: 'Ingen investeringsprosjekter å vise',
  emptyFiltered: 'Ingen prosjekter innen de valgte områdene',
};

const nn: TimelineStrings = {
  ...nb,
  projects: 'Investeringsprosjekt',
  summary: (n, known, money) =>
    `${n} prosjekt, ${money == null ? 'ingen med kjend kostnad'
      : `til saman ${money}${known < n ? ` (${known} med kjend kostnad)` : ''}`}`,
  status: { ...nb.status, planned: 'Planlagd' },
  from: 'frå',
  group: (y) => (y == null ? 'Utan oppgitt sluttår' : `Ferdig ${y}`),
  now: (y) => `No (${y})`,
  filtered: 'Utval',
  location: 'Stad',
  notGiven: 'ikkje oppgitt',
  empty: 'Ingen investeringsprosjekt å vise',
  emptyFiltered: 'Ingen prosjekt innanfor dei valde områda',
};

const en: TimelineStrings = {
  projects: 'Capital projects',
  summary: (n, known, money) =>
    `${n} ${n === 1 ? 'project' : 'projects'}, ${money == null ? 'none with a known cost'
      : `${money} in total${known < n ? ` (${known} with a known cost)` : ''}`}`,
  status: { planned: 'Planned', 'in-progress': 'In progress', completed: 'Completed', unknown: 'Status' },
  until: 'until',
  from: 'from',
  inPeriod: 'in the period',
  dates: 'dates',
  group: (y) => (y == null ? 'No end year given' : `Ending ${y}`),
  now: (y) => `Now (${y})`,
  legend: 'Key',
  open: 'Start or end',
  filtered: 'Showing',
  start: 'Start',
  end: 'End',
  cost: 'Cost',
  location: 'Location',
  notGiven: 'not given',
  empty: 'No capital projects to show',
  emptyFiltered: 'No projects in the chosen areas',
};

export const STRINGS: Record<Lang, TimelineStrings> = { nb, nn, en };

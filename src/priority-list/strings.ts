import type { Lang } from '../shared/i18n.js';

/** The priority list's own words. */
export const STRINGS: Record<Lang, {
  empty: string;
  showAll: (n: number) => string;
  showFewer: string;
  shownAll: (n: number) => string;
  shownFewer: (n: number) => string;
  area: string;
}> = {
  nb: {
    empty: 'Ingen prioriteringer å vise',
    showAll: (n) => `Vis alle ${n}`,
    showFewer: 'Vis færre',
    shownAll: (n) => `Viser alle ${n} prioriteringer`,
    shownFewer: (n) => `Viser de ${n} første`,
    area: 'Område',
  },
  nn: {
    empty: 'Ingen prioriteringar å vise',
    showAll: (n) => `Vis alle ${n}`,
    showFewer: 'Vis færre',
    shownAll: (n) => `Viser alle ${n} prioriteringane`,
    shownFewer: (n) => `Viser dei ${n} første`,
    area: 'Område',
  },
  en: {
    empty: 'No priorities to show',
    showAll: (n) => `Show all ${n}`,
    showFewer: 'Show fewer',
    shownAll: (n) => `Showing all ${n} priorities`,
    shownFewer: (n) => `Showing the first ${n}`,
    area: 'Area',
  },
};

/**
 * The `area` filter, one meaning for the list and the timeline: areas are
 * comma-separated and trimmed, compared without regard to case or repeated
 * spaces, so "Helse og omsorg" is one area. Known area keys may also be
 * separated by spaces ("health education"), which the timeline always accepted.
 */
import { KNOWN_AREAS } from './i18n.js';

const norm = (area: string) => area.trim().toLowerCase().replace(/\s+/g, ' ');
const known = (word: string) => (KNOWN_AREAS as readonly string[]).includes(word);

/** `area="Health, Helse og omsorg"` → ['health', 'helse og omsorg']; empty → no filter. */
export function parseAreas(value: string | null | undefined): string[] {
  const terms = String(value ?? '').split(',').map(norm).filter(Boolean)
    .flatMap((term) => (term.includes(' ') && term.split(' ').every(known) ? term.split(' ') : [term]));
  return [...new Set(terms)];
}

/** Whether an item's area is one of `areas`; with no filter everything is; an item without an area matches no filter. */
export const inAreas = (area: string | null | undefined, areas: readonly string[]): boolean =>
  !areas.length || (area != null && areas.includes(norm(area)));

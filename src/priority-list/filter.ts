/**
 * Which priorities a list shows, as a pure function: the live element and the
 * static embed (src/embed/static.ts) both use it, so a filtered list carries
 * the same numbers in both, and civic-static.js does not pull in Lit.
 */
import { inAreas } from '../shared/areas.js';
import type { Priority } from '../shared/schema.js';

/**
 * The priorities to show, in the programme's order, limited to the chosen
 * areas, each with its number in the whole programme (so "6" stays 6 when filtered).
 */
export function filterPriorities(items: readonly Priority[], areas: readonly string[]): { priority: Priority; number: number }[] {
  return items
    .map((priority, i) => ({ priority, number: i + 1 }))
    .filter(({ priority }) => inAreas(priority.area, areas));
}

/**
 * Stands in for d3-format inside the bundle (see vite.config.ts). Numbers are
 * formatted with `Intl` in `format.ts`, in the reader's language; d3-scale's
 * `tickFormat` is never called, so its formatter is not shipped (~2 KB).
 */
const unused = (): never => {
  throw new Error('civic-widgets formats numbers with Intl (src/shared/format.ts), not d3-format');
};
export const format = unused;
export const formatPrefix = unused;
export const formatSpecifier = unused;
export const precisionFixed = unused;
export const precisionPrefix = unused;
export const precisionRound = unused;

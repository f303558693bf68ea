/**
 * One precision per column or axis: numbers shown together share one number
 * of decimals, the fewest that show each of them as it reads at `max`
 * ("108,0 %" beside "117,5 %"; "3" beside "2" when all are whole). The numbers are
 * then written with `fixed` decimals (formatNumber, formatPercent, scaledNumber in shared/format.ts).
 */
const at = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** The fewest decimals, up to `max`, at which every value reads as it does at `max`. */
export function sharedDigits(values: readonly number[], max = 1): number {
  let d = 0;
  while (d < max && values.some((v) => at(v, d) !== at(v, max))) d++;
  return d;
}

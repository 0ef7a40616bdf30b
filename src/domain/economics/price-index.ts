/**
 * Expressing amounts in one year's prices: amount × index(target) / index(from).
 */
import type { ProblemList } from './problems.ts';

/** A price index, one value per year (any base). */
export type PriceIndex = readonly { year: number; value: number }[];

/** Validates a price index: years are integers and unique, values positive. */
export function checkPriceIndex(index: PriceIndex | undefined, path: string, problems: ProblemList): void {
  if (index === undefined) return;
  if (!Array.isArray(index)) {
    problems.add(path, 'required');
    return;
  }
  const seen = new Set<number>();
  index.forEach((entry, i) => {
    if (problems.integer(`${path}[${i}].year`, entry?.year, 1900, 2200)) {
      if (seen.has(entry.year)) problems.add(`${path}[${i}].year`, 'duplicate_id', { year: entry.year });
      seen.add(entry.year);
    }
    problems.positive(`${path}[${i}].value`, entry?.value);
  });
}

/**
 * The factor from `fromYear`'s prices to `toYear`'s; null when the index lacks
 * one of the years (1 when the years are equal, without an index).
 */
export function priceFactor(index: PriceIndex | undefined, fromYear: number, toYear: number): number | null {
  if (fromYear === toYear) return 1;
  const from = index?.find((e) => e.year === fromYear);
  const to = index?.find((e) => e.year === toYear);
  if (!from || !to) return null;
  return to.value / from.value;
}

/** Checks that `fromYear` can be converted to `toYear`; adds a problem at `path` otherwise. */
export function requirePriceFactor(index: PriceIndex | undefined, fromYear: number, toYear: number, path: string, problems: ProblemList): void {
  if (priceFactor(index, fromYear, toYear) === null) {
    const missing = index?.some((e) => e.year === fromYear) ? toYear : fromYear;
    problems.add(path, 'price_index_missing', { year: missing });
  }
}

/**
 * Money arithmetic shared by the cost model and the scenarios: rounding as
 * the sources print, annuities and discount factors.
 */

/**
 * Rounds half up to a multiple of `step` (100 for 002's figures, 1,000 for
 * its tables). Half up away from zero for negatives (−91,850 → −91,900), as a
 * printed negative amount is the rounded magnitude.
 */
export function roundToStep(value: number, step: number): number {
  const magnitude = Math.floor(Math.abs(value) / step + 0.5 + 1e-9) * step;
  return value < 0 ? -magnitude : magnitude;
}

/**
 * The factor that turns an investment into equal yearly amounts over `years`
 * years, paid at the start of each year (annuity due), at `rate`:
 * r / (1 − (1 + r)^−n) / (1 + r); 1 / n when r = 0.
 * 002 footnote 17 spreads establishment costs this way; 439,900 kr. over two
 * years at 4 % gives 224,263 kr. a year, the text's 224,000.
 */
export function annuityDueFactor(rate: number, years: number): number {
  if (rate === 0) return 1 / years;
  return rate / (1 - (1 + rate) ** -years) / (1 + rate);
}

/** Present-value factor of an amount `year` years from now: (1 + r)^−year. */
export function discountFactor(rate: number, year: number): number {
  return (1 + rate) ** -year;
}

/**
 * Sum of the discount factors of the years [firstYear, firstYear + years − 1]:
 * what one unit a year for `years` years, starting `firstYear` years from
 * now, is worth today.
 */
export function discountSum(rate: number, firstYear: number, years: number): number {
  let sum = 0;
  for (let t = firstYear; t < firstYear + years; t++) sum += discountFactor(rate, t);
  return sum;
}

/**
 * Pearson's correlation coefficient for the fidelity-against-outcome
 * scatter (issue 12 §3): over the pairs where both values are present.
 * r is undefined (null) with fewer than three pairs or when either variable
 * does not vary.
 */

export interface Correlation {
  /** -1 to 1; null when n < 3 or either side has zero variance. */
  r: number | null;
  /** Pairs with both values present. */
  n: number;
}

export function pearson(pairs: readonly (readonly [number | null | undefined, number | null | undefined])[]): Correlation {
  const used = pairs.filter((p): p is [number, number] => typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]));
  const n = used.length;
  if (n < 3) return { r: null, n };
  const mx = used.reduce((s, [x]) => s + x, 0) / n;
  const my = used.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of used) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  // Values that are all equal can leave a rounding residue; treat a spread that small as none.
  const tiny = (ss: number, m: number) => ss <= 1e-12 * Math.max(1, m * m) * n;
  if (tiny(sxx, mx) || tiny(syy, my)) return { r: null, n };
  const r = sxy / Math.sqrt(sxx * syy);
  return { r: Math.max(-1, Math.min(1, r)), n };
}

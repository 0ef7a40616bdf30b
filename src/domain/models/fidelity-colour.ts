/**
 * The colour rule for fidelity change between two survey waves (003 §3.1):
 * green for a rise of more than 5 percentage points, yellow for a change from
 * -5 to +5 (both included), red for a fall of more than 5.
 */

export type FidelityColour = 'green' | 'yellow' | 'red';

/** Percentage points either side of zero that still count as yellow. */
export const FIDELITY_YELLOW_BAND = 5;

/**
 * Colour of the change from `startPercent` to `endPercent` (both 0-100, the
 * share agreeing). The change is rounded to 1e-9 percentage points first, so
 * 45.1 -> 50.1 is exactly +5 and yellow despite floating-point error.
 */
export function fidelityColour(startPercent: number, endPercent: number): FidelityColour {
  for (const [name, v] of [['start', startPercent], ['end', endPercent]] as const) {
    if (!Number.isFinite(v) || v < 0 || v > 100) throw new RangeError(`${name} must be a percentage from 0 to 100, got ${v}`);
  }
  const change = Math.round((endPercent - startPercent) * 1e9) / 1e9;
  if (change > FIDELITY_YELLOW_BAND) return 'green';
  if (change < -FIDELITY_YELLOW_BAND) return 'red';
  return 'yellow';
}

/**
 * The colour rule for fidelity change between two survey rounds (003 §3.1):
 * green for a rise of more than 5 percentage points, yellow for a change from
 * -5 to +5 (both included), red for a fall of more than 5. A model
 * definition or an instrument may set other thresholds (colourRule).
 */
import type { SourceRef } from '../rules/source.ts';

export type FidelityColour = 'green' | 'yellow' | 'red';

export interface ColourThresholds {
  /** Green when the change is greater than this (pp). */
  greenAbove: number;
  /** Red when the change is less than this (pp). */
  redBelow: number;
}

/** 003 §3.1: "5 til -5" is yellow, both bounds included. */
export const DEFAULT_COLOUR_RULE: ColourThresholds & { source: SourceRef } = {
  greenAbove: 5,
  redBelow: -5,
  source: { seed: '003', section: '3.1', note: 'grøn over +5, gul fra 5 til -5, rød under -5 procentpoint' },
};

/** The change from start to end in percentage points, rounded to 1e-9 so 45.1 -> 50.1 is exactly +5. */
export function changePoints(startPercent: number, endPercent: number): number {
  for (const [name, v] of [['start', startPercent], ['end', endPercent]] as const) {
    if (!Number.isFinite(v) || v < 0 || v > 100) throw new RangeError(`${name} must be a percentage from 0 to 100, got ${v}`);
  }
  return Math.round((endPercent - startPercent) * 1e9) / 1e9;
}

/**
 * Colour of the change from `startPercent` to `endPercent` (both 0-100, the
 * share agreeing) under the thresholds (default ±5 pp).
 */
export function fidelityColour(startPercent: number, endPercent: number, rule: ColourThresholds = DEFAULT_COLOUR_RULE): FidelityColour {
  const change = changePoints(startPercent, endPercent);
  if (change > rule.greenAbove) return 'green';
  if (change < rule.redBelow) return 'red';
  return 'yellow';
}

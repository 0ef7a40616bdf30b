/**
 * Comparison of units on one measure (issue 11 §3): ranks with ties, the
 * top/middle/bottom third of a set of units, the top 10, the change since
 * last month, and the aggregation of a cluster's municipalities. Everything
 * respects the measure's direction (higherIsBetter); units whose figure is
 * null (undefined: no denominator) are not ranked.
 */
import type { FigureCell, FigureTable, UnitKey } from './engine.ts';
import type { MonthIndex } from './person-periods.ts';

export interface UnitValue {
  unit: UnitKey;
  value: number | null;
}

export type Third = 'top' | 'middle' | 'bottom';

export interface Ranked extends UnitValue {
  /** 1 = best; tied units share the best rank of their group (1, 2, 2, 4); null when the value is null. */
  rank: number | null;
  /** Units ranked (non-null values) in the set. */
  of: number;
  third: Third | null;
}

/**
 * Ranks units best first. Ties share a rank; the order within ties and of
 * unranked units is by unit key, so the result is deterministic.
 *
 * Thirds: a tie group's midpoint position q = (mid − 1) / (n − 1) in [0, 1]
 * (0 = best): top when q < 1/3, bottom when q > 2/3, else middle. So with
 * three units each gets its own third; with two, one top and one bottom;
 * a unit alone, or units all tied, are in the middle (nothing to be ahead
 * of); and reversing the order swaps top and bottom.
 */
export function rankUnits(values: readonly UnitValue[], higherIsBetter: boolean): Ranked[] {
  const ranked = values.filter((v) => v.value !== null && Number.isFinite(v.value));
  ranked.sort((a, b) => (higherIsBetter ? b.value! - a.value! : a.value! - b.value!) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  const n = ranked.length;
  const out: Ranked[] = [];
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && ranked[j + 1]!.value === ranked[i]!.value) j++;
    const mid = (i + j) / 2; // zero-based midpoint of the tie group
    const q = n === 1 ? 0.5 : mid / (n - 1);
    const third: Third = q < 1 / 3 ? 'top' : q > 2 / 3 ? 'bottom' : 'middle';
    for (let k = i; k <= j; k++) out.push({ ...ranked[k]!, rank: i + 1, of: n, third });
    i = j + 1;
  }
  const unranked = values
    .filter((v) => v.value === null || !Number.isFinite(v.value))
    .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  for (const v of unranked) out.push({ unit: v.unit, value: null, rank: null, of: n, third: null });
  return out;
}

/**
 * The best n units (default 10). Units tied with the n-th are included, so
 * the list may be longer than n rather than cut a tie arbitrarily.
 */
export function topUnits(values: readonly UnitValue[], higherIsBetter: boolean, n = 10): Ranked[] {
  return rankUnits(values, higherIsBetter).filter((r) => r.rank !== null && r.rank <= n);
}

export type Direction = 'better' | 'worse' | 'same';

export interface ScoreboardEntry {
  unit: UnitKey;
  value: number | null;
  rank: number | null;
  of: number;
  third: Third | null;
  previousValue: number | null;
  previousRank: number | null;
  previousThird: Third | null;
  /** value − previous value; null when either is null. */
  change: number | null;
  /** Whether the change is an improvement given the measure's direction; null when there is no change to judge. */
  direction: Direction | null;
}

/**
 * A unit's place in a set of units this month and last month (the
 * scoreboard): rank, third, and the change since last month.
 */
export function scoreboard(
  unit: UnitKey,
  current: readonly UnitValue[],
  previous: readonly UnitValue[],
  higherIsBetter: boolean,
): ScoreboardEntry {
  const now = rankUnits(current, higherIsBetter).find((r) => r.unit === unit);
  const before = rankUnits(previous, higherIsBetter).find((r) => r.unit === unit);
  const value = now?.value ?? null;
  const previousValue = before?.value ?? null;
  const change = value !== null && previousValue !== null ? value - previousValue : null;
  const direction: Direction | null =
    change === null ? null : Math.abs(change) < 1e-9 ? 'same' : change > 0 === higherIsBetter ? 'better' : 'worse';
  return {
    unit,
    value,
    rank: now?.rank ?? null,
    of: now?.of ?? rankUnits(current, higherIsBetter).filter((r) => r.rank !== null).length,
    third: now?.third ?? null,
    previousValue,
    previousRank: before?.rank ?? null,
    previousThird: before?.third ?? null,
    change,
    direction,
  };
}

/**
 * The summed cell of several units (a cluster of municipalities): numerators
 * and denominators added, never percentages averaged. Undefined when none of
 * the units has the cell. For measures with a distinct denominator
 * (caseload) this assumes no job broker serves two of the units.
 */
export function aggregateCells(table: FigureTable, measure: string, units: readonly UnitKey[], month: MonthIndex): FigureCell | undefined {
  let found = false;
  const sum: FigureCell = { numerator: 0, denominator: 0, persons: 0 };
  for (const unit of units) {
    const cell = table.get(measure, unit, month);
    if (!cell) continue;
    found = true;
    sum.numerator += cell.numerator;
    sum.denominator += cell.denominator;
    sum.persons += cell.persons;
  }
  return found ? sum : undefined;
}

/**
 * Small-cell suppression for survey breakdowns (issue 12 §2). A cell with
 * fewer respondents than the minimum cell size is hidden (primary
 * suppression). Because the breakdown's total is shown, one hidden cell
 * could be recovered by subtracting the shown cells from the total, so more
 * cells are hidden, smallest first, until the hidden cells are at least two
 * and together hold at least the minimum cell size (secondary suppression).
 */

/** 003 reported no cell below three respondents; Jobspor's default, configurable. */
export const DEFAULT_MIN_CELL_SIZE = 3;

/**
 * Which cells to hide, given each cell's respondent count. `alreadyHidden`
 * marks cells hidden for another reason (e.g. the whole cell, when a
 * section's counts are checked); they count towards the hidden set. Cells
 * with no respondents are never shown as figures but reveal nothing, so
 * they do not count as hidden mass.
 */
export function suppressedCells(counts: readonly number[], minCellSize: number, alreadyHidden: readonly boolean[] = []): boolean[] {
  if (!Number.isInteger(minCellSize) || minCellSize < 1) throw new RangeError(`minimum cell size must be a whole number from 1, got ${minCellSize}`);
  const hidden = counts.map((n, i) => alreadyHidden[i] === true || (n > 0 && n < minCellSize));
  const hiddenCells = () => counts.filter((n, i) => hidden[i] && n > 0);
  if (hiddenCells().length === 0) return hidden;
  const order = counts.map((n, i) => ({ n, i })).filter(({ n, i }) => n > 0 && !hidden[i]).sort((a, b) => a.n - b.n || a.i - b.i);
  for (const { i } of order) {
    const mass = hiddenCells();
    if (mass.length >= 2 && mass.reduce((s, n) => s + n, 0) >= minCellSize) break;
    hidden[i] = true;
  }
  return hidden;
}

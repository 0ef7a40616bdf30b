/**
 * Test helper: reads 002's seed tables (../shared/reference/seed-tables,
 * README there), or says why they are missing so the tests skip cleanly.
 */
import { readTable } from '../../../test/helpers/seed-tables.ts';

export { readTable, skipWithoutTables, tablesDir } from '../../../test/helpers/seed-tables.ts';

/** The money value of an item of socialstoette_costs_and_scenarios.csv. */
export function scenarioValue(item: string): number {
  const row = readTable('socialstoette_costs_and_scenarios.csv').find((r) => r.item === item);
  if (!row) throw new Error(`item ${item} not in the seed table`);
  const value = row.value_dkk !== '' ? row.value_dkk : row.value_other;
  if (value === undefined || value === '') throw new Error(`item ${item} has no value`);
  return Number(value);
}

/**
 * Test helper: reads 002's seed tables (../shared/reference/seed-tables,
 * README there), or says why they are missing so the tests skip cleanly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../companies/company-import.ts';

export const tablesDir = process.env.JOBSPOR_SEED_TABLES_DIR ?? fileURLToPath(new URL('../../../../shared/reference/seed-tables/', import.meta.url));
/** false when the tables are there, else the reason for skipping. */
export const skipWithoutTables: false | string = existsSync(tablesDir) ? false : `seed tables not found (${tablesDir})`;

export function readTable(name: string): Record<string, string>[] {
  const text = readFileSync(`${tablesDir}/${name}`, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#') && line.trim() !== '')
    .join('\n');
  const parsed = parseCsv(text, ',');
  if (!parsed.ok) throw new Error(parsed.reason);
  const [header, ...body] = parsed.value.map((r) => r.fields);
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/** The money value of an item of socialstoette_costs_and_scenarios.csv. */
export function scenarioValue(item: string): number {
  const row = readTable('socialstoette_costs_and_scenarios.csv').find((r) => r.item === item);
  if (!row) throw new Error(`item ${item} not in the seed table`);
  const value = row.value_dkk !== '' ? row.value_dkk : row.value_other;
  if (value === undefined || value === '') throw new Error(`item ${item} has no value`);
  return Number(value);
}

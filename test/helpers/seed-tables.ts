/**
 * Test helper: the source reports' tables in ../shared/reference/seed-tables
 * (README there; JOBSPOR_SEED_TABLES_DIR overrides), read as rows of text,
 * or the reason they are missing so the tests that need them skip cleanly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../src/domain/companies/company-import.ts';

export const tablesDir = process.env.JOBSPOR_SEED_TABLES_DIR ?? fileURLToPath(new URL('../../../shared/reference/seed-tables/', import.meta.url));
/** false when the tables are there, else the reason for skipping. */
export const skipWithoutTables: false | string = existsSync(tablesDir) ? false : `seed tables not found (${tablesDir})`;

/** A comma-separated file with a header row ('#' lines and blank lines skipped) as rows keyed by the header. */
export function readCsvFile(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#') && line.trim() !== '')
    .join('\n');
  const parsed = parseCsv(text, ',');
  if (!parsed.ok) throw new Error(parsed.reason);
  const [header, ...body] = parsed.value.map((r) => r.fields);
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/** One seed table by file name. */
export const readTable = (name: string): Record<string, string>[] => readCsvFile(`${tablesDir}/${name}`);

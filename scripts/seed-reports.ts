/**
 * Reads the five seed reports (000_*.txt ... 004_*.txt) for the citation
 * check. They live beside the repository in ../shared/seeds; another
 * directory can be given in JOBSPOR_SEEDS_DIR.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedIds, type SeedId } from '../src/domain/rules/source.ts';

export function defaultSeedsDir(): string {
  return resolve(process.env.JOBSPOR_SEEDS_DIR ?? join(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'seeds'));
}

/** The report texts by seed id, or null when the directory does not exist; a missing file leaves its id out. */
export function loadSeedReports(dir: string = defaultSeedsDir()): Partial<Record<SeedId, string>> | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir);
  const reports: Partial<Record<SeedId, string>> = {};
  for (const seed of seedIds) {
    const file = files.find((name) => name.startsWith(`${seed}_`) && name.endsWith('.txt'));
    if (file) reports[seed] = readFileSync(join(dir, file), 'utf8');
  }
  return reports;
}

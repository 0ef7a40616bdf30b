/**
 * After a register import or rollback: the stored figures of closed months
 * are recomputed (a changed figure becomes a new version, so the report says
 * it was corrected) and the live open month is dropped from the cache.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { invalidateLive } from './live.ts';
import { recomputeFigures, type RecomputeActor, type RecomputeSummary } from './recompute.ts';

export async function refreshMonitoring(db: Kysely<Database>, actor: RecomputeActor, closeAfterDays: number): Promise<RecomputeSummary> {
  invalidateLive();
  try {
    return await recomputeFigures(db, { actor, closeAfterDays });
  } finally {
    invalidateLive();
  }
}

/** One line for people: what the recompute changed. */
export function describeRefresh(summary: RecomputeSummary): string {
  if (!summary.months) return 'Monitoring: no closed month with data.';
  return `Monitoring figures ${summary.months.from} to ${summary.months.to}: ${summary.inserted} new or corrected, ${summary.unchanged} unchanged (${(summary.durationMs / 1000).toFixed(1)} s).`;
}

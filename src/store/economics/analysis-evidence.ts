/**
 * An effect estimate from a saved analysis of the evaluation area (issue 13,
 * table evaluation_analysis, migration 0015: result.effect { estimate, se,
 * ciLow, ciHigh, p }, result.bootstrap { ciLow, ciHigh } or null,
 * result.estimand, result.outcome, result.window 'a-b' in months,
 * result.level). Read with SQL, and only when the table exists, so this
 * area does not depend on the evaluation store's code. As in the evaluation
 * area, an analysis is seen only by the staff of its municipality. Only the
 * aggregate estimate leaves this module.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Which interval of the analysis bounds the effect: the analytic CI (default) or the bootstrap CI. */
export type EffectInterval = 'analytic' | 'bootstrap';

export interface AnalysisEffect {
  analysisId: string;
  outcome: string | null;
  window: string | null;
  estimand: string | null;
  interval: EffectInterval;
  estimate: number;
  ciLow: number;
  ciHigh: number;
  /** Months in the outcome window ('1-12' → 12). */
  windowMonths: number;
  level: number | null;
}

/** Why a saved analysis gives no effect to use. */
export type AnalysisEffectReason = 'no_evaluation_area' | 'not_found' | 'no_effect' | 'no_bootstrap' | 'no_window' | 'not_a_difference';

export type AnalysisEffectLookup = { ok: true; effect: AnalysisEffect } | { ok: false; reason: AnalysisEffectReason };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Months in a window 'a-b' (months a to b after the start, both included); null when it is not one. */
export function windowMonths(window: unknown): number | null {
  const m = typeof window === 'string' ? /^(\d+)-(\d+)$/.exec(window.trim()) : null;
  if (!m) return null;
  const months = Number(m[2]) - Number(m[1]) + 1;
  return months >= 1 ? months : null;
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** True when the evaluation area's table is there (it arrives with migration 0015). */
async function evaluationAreaExists(db: Kysely<Database>): Promise<boolean> {
  const table = await sql<{ n: number | string }>`
    SELECT count(*) AS n FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_name = 'evaluation_analysis'`.execute(db);
  return Number(table.rows[0]?.n ?? 0) > 0;
}

/**
 * The effect of the saved analysis `analysisId` of the municipality, or why
 * there is none. Only differences (ATT, difference in differences) in an
 * outcome window qualify: a hazard ratio is not a quantity a year.
 */
export async function analysisEffect(db: Kysely<Database>, analysisId: string, municipalityId: string, interval: EffectInterval = 'analytic'): Promise<AnalysisEffectLookup> {
  if (!(await evaluationAreaExists(db))) return { ok: false, reason: 'no_evaluation_area' };
  if (!uuidPattern.test(analysisId)) return { ok: false, reason: 'not_found' };
  const rows = await sql<{ result: unknown }>`
    SELECT result FROM evaluation_analysis WHERE id = ${analysisId}::uuid AND municipality_id = ${municipalityId}::uuid`.execute(db);
  if (rows.rows.length === 0) return { ok: false, reason: 'not_found' };
  const raw = rows.rows[0]!.result;
  const result = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown> | null;
  const estimand = typeof result?.estimand === 'string' ? result.estimand : null;
  if (estimand !== null && estimand !== 'att' && estimand !== 'did') return { ok: false, reason: 'not_a_difference' };
  const effect = result?.effect as Record<string, unknown> | undefined;
  if (!effect || !finite(effect.estimate)) return { ok: false, reason: 'no_effect' };
  const bounds = interval === 'bootstrap' ? (result?.bootstrap as Record<string, unknown> | null | undefined) : effect;
  if (!bounds || !finite(bounds.ciLow) || !finite(bounds.ciHigh)) return { ok: false, reason: interval === 'bootstrap' ? 'no_bootstrap' : 'no_effect' };
  const months = windowMonths(result?.window);
  if (months === null) return { ok: false, reason: 'no_window' };
  return {
    ok: true,
    effect: {
      analysisId,
      outcome: typeof result?.outcome === 'string' ? result.outcome : null,
      window: String(result?.window),
      estimand,
      interval,
      estimate: effect.estimate,
      ciLow: bounds.ciLow,
      ciHigh: bounds.ciHigh,
      windowMonths: months,
      level: finite(result?.level) ? result.level : null,
    },
  };
}

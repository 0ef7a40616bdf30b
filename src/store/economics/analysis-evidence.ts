/**
 * An effect estimate from a saved analysis of the evaluation area (issue 13,
 * table evaluation_analysis: result.effect { estimate, se, ciLow, ciHigh, p },
 * result.outcome, result.window 'a-b' in months). Read with SQL only when
 * the table exists, so economics works before and after that area is there.
 * Only the aggregate estimate leaves this module.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface AnalysisEffect {
  analysisId: string;
  outcome: string | null;
  window: string | null;
  estimate: number;
  ciLow: number;
  ciHigh: number;
  /** Months in the outcome window ('1-12' → 12). */
  windowMonths: number;
  level: number | null;
}

export type AnalysisEffectLookup = { ok: true; effect: AnalysisEffect } | { ok: false; reason: 'no_evaluation_area' | 'not_found' | 'no_effect' | 'no_window' };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Months in a window 'a-b' (months a to b after the start, both included); null when it is not one. */
export function windowMonths(window: unknown): number | null {
  const m = typeof window === 'string' ? /^(\d+)-(\d+)$/.exec(window.trim()) : null;
  if (!m) return null;
  const months = Number(m[2]) - Number(m[1]) + 1;
  return months >= 1 ? months : null;
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The saved analysis's effect estimate, or why there is none. */
export async function analysisEffect(db: Kysely<Database>, analysisId: string): Promise<AnalysisEffectLookup> {
  const table = await sql<{ n: number | string }>`
    SELECT count(*) AS n FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_name = 'evaluation_analysis'`.execute(db);
  if (Number(table.rows[0]?.n ?? 0) === 0) return { ok: false, reason: 'no_evaluation_area' };
  if (!uuidPattern.test(analysisId)) return { ok: false, reason: 'not_found' };
  const rows = await sql<{ result: unknown }>`SELECT result FROM evaluation_analysis WHERE id = ${analysisId}::uuid`.execute(db);
  if (rows.rows.length === 0) return { ok: false, reason: 'not_found' };
  const raw = rows.rows[0]!.result;
  const result = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown> | null;
  const effect = result?.effect as Record<string, unknown> | undefined;
  if (!effect || !finite(effect.estimate) || !finite(effect.ciLow) || !finite(effect.ciHigh)) return { ok: false, reason: 'no_effect' };
  const months = windowMonths(result?.window);
  if (months === null) return { ok: false, reason: 'no_window' };
  const level = finite(effect.level) ? effect.level : finite(result?.level) ? (result.level as number) : null;
  return {
    ok: true,
    effect: {
      analysisId,
      outcome: typeof result?.outcome === 'string' ? result.outcome : null,
      window: String(result?.window),
      estimate: effect.estimate,
      ciLow: effect.ciLow,
      ciHigh: effect.ciHigh,
      windowMonths: months,
      level,
    },
  };
}

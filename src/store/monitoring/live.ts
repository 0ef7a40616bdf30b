/**
 * The open month's figures, computed live (they are not stored: the month
 * is still running and its data arrive late). One computation covers every
 * unit of a model, so it is kept for a few minutes per model and month and
 * dropped when a recompute stores new figures.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { FigureCell } from '../../domain/monitoring/engine.ts';
import type { MonthIndex } from '../../domain/monitoring/person-periods.ts';
import type { IsoDate } from '../../domain/rules/facts.ts';
import { computeModel } from './compute.ts';

export interface LiveFigures {
  cells: ReadonlyMap<string, FigureCell>;
  computedAt: string;
}

const TTL_MS = 5 * 60_000;
const cache = new Map<string, { at: number; value: Promise<LiveFigures> }>();

/** Forgets every live computation (after a recompute or an import). */
export function invalidateLive(): void {
  cache.clear();
}

/** Live figures of the model for one month as of `asOf`: measure|unit|month -> cell. */
export function liveFigures(db: Kysely<Database>, model: string, month: MonthIndex, asOf: IsoDate): Promise<LiveFigures> {
  const key = `${model}|${month}|${asOf}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = computeModel(db, model, [month], { asOf }).then(({ cells }) => ({ cells, computedAt: new Date().toISOString() }));
  cache.set(key, { at: Date.now(), value });
  value.catch(() => cache.delete(key));
  return value;
}

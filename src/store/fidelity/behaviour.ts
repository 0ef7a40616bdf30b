/** PLACEHOLDER (issue 12 contract): loads case data and computes behavioural fidelity; filled by its owner. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ElementBehaviour } from '../../domain/fidelity/behaviour.ts';

export interface BehaviourQuery {
  modelId: string;
  /** Each unit counts the courses (and staff) of its subtree. */
  unitIds: readonly string[];
  /** ISO dates to evaluate at (a round's close date, month ends). */
  dates: readonly string[];
}

/** unitId -> date -> one entry per core element of the model that has checkable rules. */
export async function loadBehaviour(_db: Kysely<Database>, _q: BehaviourQuery): Promise<Map<string, Map<string, ElementBehaviour[]>>> {
  return new Map();
}

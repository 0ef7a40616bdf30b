/**
 * Moves between municipalities: the municipality a citizen leaves records
 * the move, which closes its record (the CPR number stops blocking a new
 * registration there); the receiving municipality registers the citizen as
 * its own record. No case data travels (each municipality is its own data
 * controller).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { closeCprRecord } from './identity.ts';

export interface CitizenTransfer {
  toMunicipality: string;
  movedOn: string;
  recordedAt: string;
}

/** The recorded move of a citizen, if they have moved away. */
export async function transferOf(db: Kysely<Database>, citizenId: string): Promise<CitizenTransfer | null> {
  const row = await db.selectFrom('citizen_transfer').select(['to_municipality', 'moved_on', 'created_at']).where('citizen_id', '=', citizenId).executeTakeFirst();
  return row ? { toMunicipality: row.to_municipality, movedOn: row.moved_on, recordedAt: row.created_at.toISOString() } : null;
}

/** Courses of the citizen that have not ended; a move is recorded only once they are. */
export async function openCourseCount(db: Kysely<Database>, citizenId: string): Promise<number> {
  const row = await db
    .selectFrom('course')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('citizen_id', '=', citizenId)
    .where('end_date', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Records the move and closes the citizen's record; run inside the caller's transaction. */
export async function recordTransfer(
  trx: Kysely<Database>,
  move: { citizenId: string; toMunicipality: string; movedOn: string; recordedBy: string },
): Promise<void> {
  await trx
    .insertInto('citizen_transfer')
    .values({ citizen_id: move.citizenId, to_municipality: move.toMunicipality, moved_on: move.movedOn, recorded_by: move.recordedBy })
    .execute();
  await closeCprRecord(trx, move.citizenId);
}

/** The units a course has belonged to (course_unit): the open spell and moving between units. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitMove, UnitSpell } from '../../domain/cases/course-lifecycle.ts';

/** The spell without an end date, if any. */
export async function openUnitSpell(db: Kysely<Database>, courseId: string): Promise<UnitSpell | undefined> {
  const row = await db
    .selectFrom('course_unit')
    .select(['id', 'unit_id', 'from_date'])
    .where('course_id', '=', courseId)
    .where('to_date', 'is', null)
    .orderBy('from_date', 'desc')
    .executeTakeFirst();
  return row && { id: row.id, unitId: row.unit_id, fromDate: row.from_date };
}

/** Carries out a move planned by domain/cases/course-lifecycle.ts planUnitMove. */
export async function applyUnitMove(db: Kysely<Database>, courseId: string, unitId: string, move: UnitMove): Promise<void> {
  if (move.kind === 'none') return;
  if (move.kind === 'replace') {
    await db.updateTable('course_unit').set({ unit_id: unitId }).where('id', '=', move.spellId).execute();
    return;
  }
  if (move.closeSpellId) await db.updateTable('course_unit').set({ to_date: move.closeOn }).where('id', '=', move.closeSpellId).execute();
  await db.insertInto('course_unit').values({ course_id: courseId, unit_id: unitId, from_date: move.from }).execute();
}

/** Ends the open unit spell on the course's last day (or reopens the one ended that day). */
export async function setUnitSpellEnd(db: Kysely<Database>, courseId: string, endDate: string | null, previousEnd: string | null): Promise<void> {
  if (endDate !== null) {
    await db
      .updateTable('course_unit')
      .set({ to_date: endDate })
      .where('course_id', '=', courseId)
      .where('to_date', 'is', null)
      .where('from_date', '<=', endDate)
      .execute();
  } else if (previousEnd !== null) {
    await db.updateTable('course_unit').set({ to_date: null }).where('course_id', '=', courseId).where('to_date', '=', previousEnd).execute();
  }
}

/** Builds courses directly in the database, for tests that do not go through the course routes. */
import { today } from '../../src/store/facts.ts';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

export interface CourseSpec {
  citizenId: string;
  unitId: string;
  modelId: string;
  enrolmentDate: string;
  phase: string;
  group?: string;
  jobBrokerId?: string;
}

export async function insertCourse(db: Kysely<Database>, spec: CourseSpec): Promise<string> {
  const course = await db
    .insertInto('course')
    .values({
      citizen_id: spec.citizenId,
      model_id: spec.modelId,
      model_version: '1.0.0',
      unit_id: spec.unitId,
      enrolment_date: spec.enrolmentDate,
      group_code: spec.group ?? null,
      current_phase: spec.phase,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('course_unit').values({ course_id: course.id, unit_id: spec.unitId, from_date: spec.enrolmentDate }).execute();
  await db.insertInto('phase_change').values({ course_id: course.id, from_phase: null, to_phase: spec.phase, change_date: spec.enrolmentDate }).execute();
  if (spec.jobBrokerId) {
    await db.insertInto('course_staff').values({ course_id: course.id, staff_id: spec.jobBrokerId, role: 'job_broker', from_date: spec.enrolmentDate }).execute();
  }
  return course.id;
}

/** An ISO date `days` days before today (UTC). */
export function daysAgo(days: number): string {
  // Counted from today in the job centre's time zone, as the server counts days: between
  // midnight in Copenhagen and midnight UTC the UTC date is a day behind.
  const date = new Date(`${today()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * Ends every open course of the citizen on its first day: for a test that
 * enrols a shared fixture citizen through the API after other tests gave
 * them courses directly (a citizen is in one course at a time).
 */
export async function endOpenCourses(db: Kysely<Database>, citizenId: string): Promise<void> {
  await db
    .updateTable('course')
    .set({ end_date: sql<string>`enrolment_date`, end_reason: 'Afsluttet i testopsætningen' })
    .where('citizen_id', '=', citizenId)
    .where('end_date', 'is', null)
    .execute();
}

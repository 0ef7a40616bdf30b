/**
 * Keys for access checks and audit on case records: which citizen a course
 * belongs to, the citizen's unit (the scope check) and pseudonym (the audit).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface CourseKey {
  courseId: string;
  citizenId: string;
  /** The citizen's unit: access to a course follows access to its citizen. */
  citizenUnitId: string;
  pseudonym: string;
  modelId: string;
  modelVersion: string;
  enrolmentDate: string;
  endDate: string | null;
}

/** The course with its citizen's unit and pseudonym, or undefined. */
export async function courseKey(db: Kysely<Database>, courseId: string): Promise<CourseKey | undefined> {
  const row = await db
    .selectFrom('course')
    .innerJoin('citizen', 'citizen.id', 'course.citizen_id')
    .select([
      'course.id',
      'course.citizen_id',
      'citizen.unit_id',
      'citizen.pseudonym',
      'course.model_id',
      'course.model_version',
      'course.enrolment_date',
      'course.end_date',
    ])
    .where('course.id', '=', courseId)
    .executeTakeFirst();
  return row
    ? {
        courseId: row.id,
        citizenId: row.citizen_id,
        citizenUnitId: row.unit_id,
        pseudonym: row.pseudonym,
        modelId: row.model_id,
        modelVersion: row.model_version,
        enrolmentDate: row.enrolment_date,
        endDate: row.end_date,
      }
    : undefined;
}


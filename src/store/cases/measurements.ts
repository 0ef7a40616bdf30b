/** Progression measurements (WHO-5, GSE, BIP, BRF-11) and the CTI courses that schedule them. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { SupportCourseDates } from '../../domain/cases/instruments.ts';
import type { StaffRef } from './versions.ts';

export interface MeasurementRecord {
  courseId: string | null;
  instrument: string;
  point: number;
  measuredOn: string;
  answers: Record<string, number | null>;
  score: number | null;
  respondentRole: string | null;
}

export interface StoredMeasurement extends MeasurementRecord {
  id: string;
  createdAt: string;
  createdBy: StaffRef | null;
}

function query(db: Kysely<Database>) {
  return db
    .selectFrom('measurement')
    .leftJoin('staff', 'staff.id', 'measurement.created_by')
    .selectAll('measurement')
    .select('staff.display_name as created_by_name');
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

function toMeasurement(row: Row): StoredMeasurement {
  return {
    id: row.id,
    courseId: row.course_id,
    instrument: row.instrument,
    point: row.scheduled_point,
    measuredOn: row.measured_on,
    answers: row.answers as Record<string, number | null>,
    score: row.score === null ? null : Number(row.score),
    respondentRole: row.respondent_role,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
  };
}

/** A citizen's measurements, newest first, optionally of one instrument. */
export async function listMeasurements(db: Kysely<Database>, citizenId: string, instrument?: string): Promise<StoredMeasurement[]> {
  let q = query(db).where('measurement.citizen_id', '=', citizenId);
  if (instrument) q = q.where('measurement.instrument', '=', instrument);
  const rows = await q.orderBy('measurement.measured_on', 'desc').orderBy('measurement.created_at', 'desc').execute();
  return rows.map(toMeasurement);
}

export async function getMeasurement(db: Kysely<Database>, id: string): Promise<StoredMeasurement | undefined> {
  const row = await query(db).where('measurement.id', '=', id).executeTakeFirst();
  return row ? toMeasurement(row) : undefined;
}

/** True when the point of the instrument is already recorded for the citizen (and course, or no course). */
export async function pointRecorded(db: Kysely<Database>, citizenId: string, courseId: string | null, instrument: string, point: number): Promise<boolean> {
  let q = db
    .selectFrom('measurement')
    .select('id')
    .where('citizen_id', '=', citizenId)
    .where('instrument', '=', instrument)
    .where('scheduled_point', '=', point);
  q = courseId === null ? q.where('course_id', 'is', null) : q.where('course_id', '=', courseId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Inserts a measurement (inside the caller's transaction) and returns its id. */
export async function insertMeasurement(trx: Kysely<Database>, citizenId: string, record: MeasurementRecord, staffId: string): Promise<string> {
  const row = await trx
    .insertInto('measurement')
    .values({
      citizen_id: citizenId,
      course_id: record.courseId,
      instrument: record.instrument,
      scheduled_point: record.point,
      measured_on: record.measuredOn,
      answers: JSON.stringify(record.answers),
      score: record.score,
      respondent_role: record.respondentRole,
      created_by: staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface CitizenSupportCourse extends SupportCourseDates {
  modelId: string;
  modelVersion: string;
}

/** The citizen's courses that have a CTI support course, oldest first; or one course's. */
export async function supportCoursesOf(db: Kysely<Database>, citizenId: string, courseId?: string): Promise<CitizenSupportCourse[]> {
  let q = db
    .selectFrom('support_course')
    .innerJoin('course', 'course.id', 'support_course.course_id')
    .select([
      'course.id',
      'course.model_id',
      'course.model_version',
      'course.end_date as course_end',
      'course.enrolment_date',
      'support_course.planned_months',
      'support_course.start_date',
      'support_course.end_date',
    ])
    .where('course.citizen_id', '=', citizenId);
  if (courseId) q = q.where('course.id', '=', courseId);
  const rows = await q.orderBy('support_course.start_date').execute();
  return rows.map((r) => ({
    courseId: r.id,
    courseStartDate: r.enrolment_date,
    modelId: r.model_id,
    modelVersion: r.model_version,
    plannedMonths: r.planned_months,
    startDate: r.start_date,
    endDate: r.end_date,
    courseEndDate: r.course_end,
  }));
}

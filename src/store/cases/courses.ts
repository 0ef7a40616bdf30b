/**
 * Course rows: list a citizen's courses, read one, enrol, update with
 * optimistic concurrency, and the phase history. Staff assignments, the unit
 * history and the rehabilitation/CTI tracks have their own modules beside
 * this one.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CoursePeriod } from '../../domain/cases/enrolment-decision.ts';

export interface CourseRow {
  id: string;
  citizenId: string;
  citizenName: string;
  /** The citizen's unit: access to a course follows access to its citizen. */
  citizenUnitId: string;
  modelId: string;
  modelVersion: string;
  unitId: string;
  unitName: string;
  enrolmentDate: string;
  group: string | null;
  visitationDate: string | null;
  visitationBy: { id: string; name: string } | null;
  visitationNote: string | null;
  notificationDate: string | null;
  notificationNote: string | null;
  exclusionReason: string | null;
  housingArea: string | null;
  servedFromOutreach: boolean | null;
  currentPhase: string;
  endDate: string | null;
  endReason: string | null;
  version: number;
  eligibilityAtEnrolment: 'eligible' | 'not_eligible' | 'undetermined' | null;
  ineligibleReasonCode: string | null;
  ineligibleReasonText: string | null;
  parallelReason: string | null;
  alreadyInProgramme: boolean;
}

function courseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('course')
    .innerJoin('unit', 'unit.id', 'course.unit_id')
    .innerJoin('citizen', 'citizen.id', 'course.citizen_id')
    .leftJoin('staff as decider', 'decider.id', 'course.visitation_by')
    .select([
      'course.id',
      'course.citizen_id',
      'citizen.first_name',
      'citizen.last_name',
      'citizen.unit_id as citizen_unit_id',
      'course.model_id',
      'course.model_version',
      'course.unit_id',
      'unit.name as unit_name',
      'course.enrolment_date',
      'course.group_code',
      'course.visitation_date',
      'course.visitation_by',
      'decider.display_name as decider_name',
      'course.visitation_note',
      'course.notification_date',
      'course.notification_note',
      'course.exclusion_reason',
      'course.housing_area',
      'course.served_from_outreach',
      'course.current_phase',
      'course.end_date',
      'course.end_reason',
      'course.version',
      'course.eligibility_at_enrolment',
      'course.ineligible_reason_code',
      'course.ineligible_reason_text',
      'course.parallel_reason',
      'course.already_in_programme',
    ]);
}

type Selected = Awaited<ReturnType<ReturnType<typeof courseQuery>['executeTakeFirstOrThrow']>>;

function toRow(r: Selected): CourseRow {
  return {
    id: r.id,
    citizenId: r.citizen_id,
    citizenName: `${r.first_name} ${r.last_name}`,
    citizenUnitId: r.citizen_unit_id,
    modelId: r.model_id,
    modelVersion: r.model_version,
    unitId: r.unit_id,
    unitName: r.unit_name,
    enrolmentDate: r.enrolment_date,
    group: r.group_code,
    visitationDate: r.visitation_date,
    visitationBy: r.visitation_by ? { id: r.visitation_by, name: r.decider_name ?? '' } : null,
    visitationNote: r.visitation_note,
    notificationDate: r.notification_date,
    notificationNote: r.notification_note,
    exclusionReason: r.exclusion_reason,
    housingArea: r.housing_area,
    servedFromOutreach: r.served_from_outreach,
    currentPhase: r.current_phase,
    endDate: r.end_date,
    endReason: r.end_reason,
    version: r.version,
    eligibilityAtEnrolment: r.eligibility_at_enrolment,
    ineligibleReasonCode: r.ineligible_reason_code,
    ineligibleReasonText: r.ineligible_reason_text,
    parallelReason: r.parallel_reason,
    alreadyInProgramme: r.already_in_programme,
  };
}

/** A citizen's courses, newest enrolment first, ended ones included. */
export async function listCourses(db: Kysely<Database>, citizenId: string): Promise<CourseRow[]> {
  const rows = await courseQuery(db)
    .where('course.citizen_id', '=', citizenId)
    .orderBy('course.enrolment_date', 'desc')
    .orderBy('course.created_at', 'desc')
    .execute();
  return rows.map(toRow);
}

export async function getCourse(db: Kysely<Database>, courseId: string): Promise<CourseRow | undefined> {
  const row = await courseQuery(db).where('course.id', '=', courseId).executeTakeFirst();
  return row && toRow(row);
}

/** The course with its version, read inside a write to check and lock it. */
export async function lockCourse(db: Kysely<Database>, courseId: string) {
  return db
    .selectFrom('course')
    .select(['id', 'citizen_id', 'model_id', 'model_version', 'unit_id', 'enrolment_date', 'group_code', 'current_phase', 'end_date', 'end_reason', 'version', 'parallel_reason'])
    .where('id', '=', courseId)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * Every course of the citizen as a period, after locking the citizen's row:
 * two enrolments (or a reopening) of the same citizen at once are checked
 * for overlap one after the other, not both against the old state.
 */
export async function lockCitizenCoursePeriods(db: Kysely<Database>, citizenId: string): Promise<CoursePeriod[]> {
  await db.selectFrom('citizen').select('id').where('id', '=', citizenId).forUpdate().executeTakeFirst();
  const rows = await db.selectFrom('course').select(['id', 'model_id', 'enrolment_date', 'end_date']).where('citizen_id', '=', citizenId).execute();
  return rows.map((r) => ({ id: r.id, modelId: r.model_id, enrolmentDate: r.enrolment_date, endDate: r.end_date }));
}

export interface NewCourse {
  citizenId: string;
  modelId: string;
  modelVersion: string;
  unitId: string;
  enrolmentDate: string;
  initialPhase: string;
  housingArea: string | null;
  servedFromOutreach: boolean | null;
  createdBy: string;
  eligibility: 'eligible' | 'not_eligible' | 'undetermined';
  ineligibleReason: { code: string; text: string } | null;
  parallelReason: string | null;
  alreadyInProgramme: boolean;
}

/** Inserts the course with its first unit spell and its first phase (from none to the initial phase). */
export async function insertCourse(db: Kysely<Database>, course: NewCourse): Promise<string> {
  const { id } = await db
    .insertInto('course')
    .values({
      citizen_id: course.citizenId,
      model_id: course.modelId,
      model_version: course.modelVersion,
      unit_id: course.unitId,
      enrolment_date: course.enrolmentDate,
      housing_area: course.housingArea,
      served_from_outreach: course.servedFromOutreach,
      current_phase: course.initialPhase,
      created_by: course.createdBy,
      eligibility_at_enrolment: course.eligibility,
      ineligible_reason_code: course.ineligibleReason?.code ?? null,
      ineligible_reason_text: course.ineligibleReason?.text ?? null,
      parallel_reason: course.parallelReason,
      already_in_programme: course.alreadyInProgramme,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('course_unit').values({ course_id: id, unit_id: course.unitId, from_date: course.enrolmentDate }).execute();
  await db
    .insertInto('phase_change')
    .values({ course_id: id, from_phase: null, to_phase: course.initialPhase, change_date: course.enrolmentDate, changed_by: course.createdBy })
    .execute();
  return id;
}

export interface CourseChanges {
  unit_id?: string;
  housing_area?: string | null;
  served_from_outreach?: boolean | null;
  end_date?: string | null;
  end_reason?: string | null;
  group_code?: string;
  visitation_date?: string;
  visitation_by?: string | null;
  visitation_note?: string | null;
  notification_date?: string | null;
  notification_note?: string | null;
  exclusion_reason?: string | null;
  current_phase?: string;
  parallel_reason?: string | null;
}

/** Applies the changes when `version` is still current; false when someone else changed the course first. */
export async function updateCourse(db: Kysely<Database>, courseId: string, version: number, changes: CourseChanges): Promise<boolean> {
  const updated = await db
    .updateTable('course')
    .set({ ...changes, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', courseId)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

export interface PhaseChangeRow {
  id: string;
  toPhase: string;
  fromPhase: string | null;
  date: string;
  by: { id: string; name: string } | null;
  reason: string | null;
}

/** The course's phase changes, oldest first (the first is the enrolment into the initial phase). */
export async function phaseHistory(db: Kysely<Database>, courseId: string): Promise<PhaseChangeRow[]> {
  const rows = await db
    .selectFrom('phase_change')
    .leftJoin('staff', 'staff.id', 'phase_change.changed_by')
    .select([
      'phase_change.id',
      'phase_change.to_phase',
      'phase_change.from_phase',
      'phase_change.change_date',
      'phase_change.changed_by',
      'staff.display_name',
      'phase_change.reason',
    ])
    .where('phase_change.course_id', '=', courseId)
    .orderBy('phase_change.change_date')
    .orderBy('phase_change.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    toPhase: r.to_phase,
    fromPhase: r.from_phase,
    date: r.change_date,
    by: r.changed_by ? { id: r.changed_by, name: r.display_name ?? '' } : null,
    reason: r.reason,
  }));
}

export async function insertPhaseChange(
  db: Kysely<Database>,
  change: { courseId: string; fromPhase: string | null; toPhase: string; date: string; by: string; reason: string | null },
): Promise<void> {
  await db
    .insertInto('phase_change')
    .values({
      course_id: change.courseId,
      from_phase: change.fromPhase,
      to_phase: change.toPhase,
      change_date: change.date,
      changed_by: change.by,
      reason: change.reason,
    })
    .execute();
}

/** Deletes one phase change of the course (a move taken back with the placement that made it); false when it is gone. */
export async function deletePhaseChange(db: Kysely<Database>, courseId: string, phaseChangeId: string): Promise<boolean> {
  const row = await db.deleteFrom('phase_change').where('id', '=', phaseChangeId).where('course_id', '=', courseId).returning('id').executeTakeFirst();
  return row !== undefined;
}

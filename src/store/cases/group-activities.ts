/** Group activities (gruppeforløb) run by a unit, and the courses taking part. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface ParticipantRow {
  courseId: string;
  citizenId: string;
  citizenName: string;
  /** For the scope check and the audit. */
  citizenUnitId: string;
  pseudonym: string;
  joinedOn: string;
  leftOn: string | null;
}

export interface ActivityRow {
  id: string;
  unitId: string;
  unitName: string;
  name: string;
  description: string | null;
  startDate: string;
  endDate: string | null;
  participants: ParticipantRow[];
}

/** Activities in the units (optionally one unit), newest start first, with their participants. */
export async function listActivities(db: Kysely<Database>, filter: { unitIds: readonly string[]; activityId?: string }): Promise<ActivityRow[]> {
  if (filter.unitIds.length === 0) return [];
  let query = db
    .selectFrom('group_activity')
    .innerJoin('unit', 'unit.id', 'group_activity.unit_id')
    .select([
      'group_activity.id',
      'group_activity.unit_id',
      'unit.name as unit_name',
      'group_activity.name',
      'group_activity.description',
      'group_activity.start_date',
      'group_activity.end_date',
    ])
    .where('group_activity.unit_id', 'in', filter.unitIds);
  if (filter.activityId) query = query.where('group_activity.id', '=', filter.activityId);
  const activities = await query.orderBy('group_activity.start_date', 'desc').orderBy('group_activity.name').execute();
  if (activities.length === 0) return [];
  const participants = await db
    .selectFrom('group_activity_participant as p')
    .innerJoin('course', 'course.id', 'p.course_id')
    .innerJoin('citizen', 'citizen.id', 'course.citizen_id')
    .select([
      'p.activity_id',
      'p.course_id',
      'course.citizen_id',
      'citizen.first_name',
      'citizen.last_name',
      'citizen.unit_id',
      'citizen.pseudonym',
      'p.joined_on',
      'p.left_on',
    ])
    .where(
      'p.activity_id',
      'in',
      activities.map((a) => a.id),
    )
    .orderBy('p.joined_on')
    .orderBy('citizen.last_name')
    .orderBy('citizen.first_name')
    .execute();
  return activities.map((a) => ({
    id: a.id,
    unitId: a.unit_id,
    unitName: a.unit_name,
    name: a.name,
    description: a.description,
    startDate: a.start_date,
    endDate: a.end_date,
    participants: participants
      .filter((p) => p.activity_id === a.id)
      .map((p) => ({
        courseId: p.course_id,
        citizenId: p.citizen_id,
        citizenName: `${p.first_name} ${p.last_name}`,
        citizenUnitId: p.unit_id,
        pseudonym: p.pseudonym,
        joinedOn: p.joined_on,
        leftOn: p.left_on,
      })),
  }));
}

/** The activity's unit and dates, for checks before a write. */
export async function activityKey(db: Kysely<Database>, activityId: string) {
  return db.selectFrom('group_activity').select(['id', 'unit_id', 'start_date', 'end_date']).where('id', '=', activityId).executeTakeFirst();
}

export async function insertActivity(
  db: Kysely<Database>,
  a: { unitId: string; name: string; description: string | null; startDate: string; endDate: string | null; createdBy: string },
): Promise<string> {
  const row = await db
    .insertInto('group_activity')
    .values({ unit_id: a.unitId, name: a.name, description: a.description, start_date: a.startDate, end_date: a.endDate, created_by: a.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function participation(db: Kysely<Database>, activityId: string, courseId: string) {
  return db
    .selectFrom('group_activity_participant')
    .select(['joined_on', 'left_on'])
    .where('activity_id', '=', activityId)
    .where('course_id', '=', courseId)
    .executeTakeFirst();
}

export async function insertParticipant(db: Kysely<Database>, activityId: string, courseId: string, joinedOn: string): Promise<void> {
  await db.insertInto('group_activity_participant').values({ activity_id: activityId, course_id: courseId, joined_on: joinedOn }).execute();
}

export async function setParticipantLeft(db: Kysely<Database>, activityId: string, courseId: string, leftOn: string | null): Promise<void> {
  await db
    .updateTable('group_activity_participant')
    .set({ left_on: leftOn })
    .where('activity_id', '=', activityId)
    .where('course_id', '=', courseId)
    .execute();
}

/** Ends the course's open participations on its last day. */
export async function leaveActivitiesOn(db: Kysely<Database>, courseId: string, endDate: string): Promise<void> {
  await db
    .updateTable('group_activity_participant')
    .set({ left_on: endDate })
    .where('course_id', '=', courseId)
    .where('left_on', 'is', null)
    .where('joined_on', '<=', endDate)
    .execute();
}

/** Reopens the participations that ending the course closed (those ending on its old last day). */
export async function rejoinActivitiesLeftOn(db: Kysely<Database>, courseId: string, endDate: string): Promise<void> {
  await db.updateTable('group_activity_participant').set({ left_on: null }).where('course_id', '=', courseId).where('left_on', '=', endDate).execute();
}

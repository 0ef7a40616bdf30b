/** Staff assigned to courses in a role (course_staff), with their names. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Assignment, CourseRole } from '../../domain/cases/course-roles.ts';

export interface NamedAssignment extends Assignment {
  courseId: string;
  name: string;
}

/** Every assignment on the courses, in order of start. */
export async function listAssignments(db: Kysely<Database>, courseIds: readonly string[]): Promise<NamedAssignment[]> {
  if (courseIds.length === 0) return [];
  const rows = await db
    .selectFrom('course_staff')
    .innerJoin('staff', 'staff.id', 'course_staff.staff_id')
    .select([
      'course_staff.id',
      'course_staff.course_id',
      'course_staff.staff_id',
      'staff.display_name',
      'course_staff.role',
      'course_staff.from_date',
      'course_staff.to_date',
    ])
    .where('course_staff.course_id', 'in', courseIds)
    .orderBy('course_staff.from_date')
    .orderBy('course_staff.role')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    courseId: r.course_id,
    staffId: r.staff_id,
    name: r.display_name,
    role: r.role,
    fromDate: r.from_date,
    toDate: r.to_date,
  }));
}

export async function insertAssignment(db: Kysely<Database>, a: { courseId: string; staffId: string; role: CourseRole; fromDate: string }): Promise<void> {
  await db.insertInto('course_staff').values({ course_id: a.courseId, staff_id: a.staffId, role: a.role, from_date: a.fromDate }).execute();
}

export async function setAssignmentEnd(db: Kysely<Database>, assignmentId: string, toDate: string | null): Promise<void> {
  await db.updateTable('course_staff').set({ to_date: toDate }).where('id', '=', assignmentId).execute();
}

/** Ends every open assignment of a course on its last day (assignments starting later are left for correction). */
export async function endOpenAssignments(db: Kysely<Database>, courseId: string, endDate: string): Promise<void> {
  await db
    .updateTable('course_staff')
    .set({ to_date: endDate })
    .where('course_id', '=', courseId)
    .where('to_date', 'is', null)
    .where('from_date', '<=', endDate)
    .execute();
}

/** Reopens the assignments that ending the course closed (those ending on its old last day). */
export async function reopenAssignmentsEndedOn(db: Kysely<Database>, courseId: string, endDate: string): Promise<void> {
  await db.updateTable('course_staff').set({ to_date: null }).where('course_id', '=', courseId).where('to_date', '=', endDate).execute();
}

/** An active staff member's unit, for checking that they can be assigned. */
export async function staffForAssignment(db: Kysely<Database>, staffId: string) {
  return db.selectFrom('staff').select(['id', 'unit_id', 'active', 'display_name']).where('id', '=', staffId).executeTakeFirst();
}

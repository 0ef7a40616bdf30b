/**
 * "The staff member holds a course role on this day": the test the engine's
 * caseload uses (from <= day <= to, so a handover dated ahead keeps the
 * course with the current holder until then), as SQL for any query that has
 * the `course` table in scope.
 */
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { CourseStaffTable, Database } from '../db/schema.ts';

type CourseRoleName = CourseStaffTable['role'];

/** EXISTS a course_staff row of `course` for `staffId` (or one of several) on `day`, in one of `roles` when given. */
export function holdsCourseRoleOn(
  eb: ExpressionBuilder<Database, 'course'>,
  staffId: string | readonly string[],
  day: string,
  roles?: readonly CourseRoleName[],
): Expression<SqlBool> {
  // No role asked for: no row can match (and `in ()` is not SQL).
  if ((roles && roles.length === 0) || (typeof staffId !== 'string' && staffId.length === 0)) return eb.lit(false);
  let query = eb
    .selectFrom('course_staff')
    .select('course_staff.id')
    .whereRef('course_staff.course_id', '=', 'course.id')
    .where('course_staff.staff_id', 'in', typeof staffId === 'string' ? [staffId] : [...staffId])
    .where('course_staff.from_date', '<=', day)
    .where((w) => w.or([w('course_staff.to_date', 'is', null), w('course_staff.to_date', '>=', day)]));
  if (roles) query = query.where('course_staff.role', 'in', [...roles]);
  return eb.exists(query);
}

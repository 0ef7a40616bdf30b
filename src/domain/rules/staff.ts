/** Which courses are on a staff member's caseload on a given day. */
import type { CourseRole } from './facts.ts';
import type { PreparedCourse } from './prepared.ts';

/** True when the course is running on `day` and the staff member holds a role on it (any role, or the one given). */
export function onCaseload(c: PreparedCourse, staffId: string, day: number, role?: CourseRole): boolean {
  if (day < c.enrolment || day > c.end) return false;
  return c.staff.some((s) => s.staffId === staffId && s.from <= day && day <= s.to && (role === undefined || s.role === role));
}

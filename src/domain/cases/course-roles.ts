/**
 * The roles a staff member can hold on a course, with their Danish labels,
 * and which assignment holds a role on a given day. One holder per role at a
 * time: continuity of the personal contact (FSM kerneelement 2, TRIN 1) is
 * measured from these assignments.
 */
import { courseRoles, type CourseRole } from '../rules/facts.ts';
import type { Role } from '../organisation/roles.ts';

export { courseRoles, type CourseRole };

export const courseRoleLabels: Record<CourseRole, string> = {
  job_broker: 'Personlig jobformidler',
  caseworker: 'Sagsbehandler',
  social_caseworker: 'Socialfaglig sagsbehandler',
  company_consultant: 'Virksomhedskonsulent',
  mentor: 'Mentor',
  cti_worker: 'CTI-medarbejder',
};

/** Which staff roles may hold a course role (an analyst or administrator is no one's mentor). */
export const staffRolesForCourseRole: Record<CourseRole, readonly Role[]> = {
  // Company consultants can be personal job brokers where the purchaser-provider (BUM) split is given up.
  job_broker: ['jobformidler', 'virksomhedskonsulent', 'leder'],
  caseworker: ['jobformidler', 'leder'],
  social_caseworker: ['jobformidler', 'mentor', 'leder'],
  company_consultant: ['virksomhedskonsulent', 'jobformidler', 'leder'],
  mentor: ['mentor', 'jobformidler', 'virksomhedskonsulent'],
  cti_worker: ['mentor'],
};

/** Whether a staff member with these staff roles may hold the course role. */
export function canHoldCourseRole(staffRoles: readonly string[], courseRole: CourseRole): boolean {
  return staffRoles.some((role) => (staffRolesForCourseRole[courseRole] as readonly string[]).includes(role));
}

export interface Assignment {
  id: string;
  staffId: string;
  role: CourseRole;
  /** First day in the role. */
  fromDate: string;
  /** Last day in the role (inclusive); null while open. */
  toDate: string | null;
}

/**
 * The assignment holding `role` on `day`; when nobody holds it that day, the
 * next one to start (a course enrolled with a future start date still shows
 * its job broker).
 */
export function holderOn<T extends Assignment>(assignments: readonly T[], role: CourseRole, day: string): T | undefined {
  const inRole = assignments.filter((a) => a.role === role && (a.toDate === null || a.toDate >= day));
  const current = inRole.filter((a) => a.fromDate <= day).sort((a, b) => b.fromDate.localeCompare(a.fromDate))[0];
  return current ?? inRole.sort((a, b) => a.fromDate.localeCompare(b.fromDate))[0];
}

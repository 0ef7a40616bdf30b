/**
 * Continuity of course roles: assigning a role ends the previous holder the
 * day before the new one starts, so there is exactly one holder at a time
 * and the history shows every change of contact person.
 */
import { fromDay, toDay } from '../rules/days.ts';
import { danishDateOf } from '../rules/explain.ts';
import { courseRoleLabels, type Assignment, type CourseRole } from './course-roles.ts';

export interface CourseSpan {
  enrolmentDate: string;
  endDate: string | null;
}

export type FieldProblem = { ok: false; field: string; reason: string };

export type AssignmentPlan = { ok: true; end: { id: string; toDate: string }[] } | FieldProblem;

const dayBefore = (iso: string) => fromDay(toDay(iso) - 1);
const label = (role: CourseRole) => courseRoleLabels[role].toLowerCase();

/** What assigning `next` means for the course's existing assignments, or why it cannot be done. */
export function planAssignment(
  existing: readonly Assignment[],
  next: { staffId: string; role: CourseRole; fromDate: string },
  course: CourseSpan,
): AssignmentPlan {
  if (next.fromDate < course.enrolmentDate) {
    return { ok: false, field: 'fromDate', reason: `Datoen kan ikke ligge før forløbets start (${danishDateOf(course.enrolmentDate)}).` };
  }
  if (course.endDate !== null && next.fromDate > course.endDate) {
    return { ok: false, field: 'fromDate', reason: `Forløbet sluttede ${danishDateOf(course.endDate)}.` };
  }
  const sameRole = existing.filter((a) => a.role === next.role && (a.toDate === null || a.toDate >= next.fromDate));
  const later = sameRole.find((a) => a.fromDate >= next.fromDate);
  if (later) {
    return {
      ok: false,
      field: 'fromDate',
      reason: `Der er allerede en ${label(next.role)} fra ${danishDateOf(later.fromDate)}. Ret eller afslut den tilknytning først.`,
    };
  }
  const end: { id: string; toDate: string }[] = [];
  for (const holder of sameRole) {
    if (holder.staffId === next.staffId) {
      return { ok: false, field: 'staffId', reason: `Medarbejderen er allerede ${label(next.role)} på forløbet.` };
    }
    end.push({ id: holder.id, toDate: dayBefore(next.fromDate) });
  }
  return { ok: true, end };
}

/** Checks a new last day (or null to reopen) for an assignment against the others in the same role. */
export function checkAssignmentEnd(
  assignment: Assignment,
  existing: readonly Assignment[],
  toDate: string | null,
  course: CourseSpan,
): { ok: true } | FieldProblem {
  if (toDate !== null && toDate < assignment.fromDate) {
    return { ok: false, field: 'toDate', reason: `Slutdatoen kan ikke ligge før startdatoen (${danishDateOf(assignment.fromDate)}).` };
  }
  if (course.endDate !== null && (toDate === null || toDate > course.endDate)) {
    return { ok: false, field: 'toDate', reason: `Forløbet sluttede ${danishDateOf(course.endDate)}; tilknytningen kan ikke vare længere.` };
  }
  const next = existing
    .filter((a) => a.id !== assignment.id && a.role === assignment.role && a.fromDate > assignment.fromDate)
    .sort((a, b) => a.fromDate.localeCompare(b.fromDate))[0];
  if (next && (toDate === null || toDate >= next.fromDate)) {
    return {
      ok: false,
      field: 'toDate',
      reason: `Den næste ${label(assignment.role)} starter ${danishDateOf(next.fromDate)}; slutdatoen skal ligge før.`,
    };
  }
  return { ok: true };
}

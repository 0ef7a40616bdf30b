/**
 * Pure rules for a course's life: ending (and reopening) it, moving it to
 * another unit, and the dates a phase change may carry.
 */
import { fromDay, toDay } from '../rules/days.ts';
import { danishDateOf } from '../rules/explain.ts';


export interface CourseDates {
  enrolmentDate: string;
  endDate: string | null;
}

const endedOn = (course: CourseDates) => (course.endDate === null ? '' : ` ${danishDateOf(course.endDate)}`);

export type EndChange = { endDate: string; endReason: string } | { endDate: null; endReason: null };

/**
 * Checks an end date and reason sent together: both set ends the course,
 * both null reopens it, both absent (or both as stored) leave it alone. An
 * ended course must be reopened before it can get another end date, so the
 * staff and unit history that ended with it stay consistent.
 */
export function checkCourseEnd(
  course: CourseDates & { endReason: string | null },
  endDate: string | null | undefined,
  endReason: string | null | undefined,
  today: string,
): { ok: true; change?: EndChange } | { ok: false; fields: Record<string, string> } {
  if (endDate === undefined && endReason === undefined) return { ok: true };
  if (endDate == null && endReason == null) return course.endDate === null ? { ok: true } : { ok: true, change: { endDate: null, endReason: null } };
  if (endDate === course.endDate && endReason === course.endReason) return { ok: true };
  if (endDate == null) return { ok: false, fields: { endDate: 'Angiv slutdatoen sammen med årsagen til afslutningen.' } };
  if (endReason == null) return { ok: false, fields: { endReason: 'Angiv årsagen til afslutningen sammen med slutdatoen.' } };
  if (course.endDate !== null) {
    return { ok: false, fields: { endDate: `Forløbet er allerede afsluttet${endedOn(course)}. Genåbn det først for at ændre slutdatoen.` } };
  }
  if (endDate < course.enrolmentDate) {
    return { ok: false, fields: { endDate: `Slutdatoen kan ikke ligge før forløbets start (${danishDateOf(course.enrolmentDate)}).` } };
  }
  if (endDate > today) return { ok: false, fields: { endDate: 'Slutdatoen kan ikke ligge i fremtiden.' } };
  return { ok: true, change: { endDate, endReason } };
}

export interface UnitSpell {
  id: string;
  unitId: string;
  fromDate: string;
}

export type UnitMove =
  | { kind: 'none' }
  /** The open spell started today or later: correct its unit in place. */
  | { kind: 'replace'; spellId: string }
  /** Close the open spell the day before `from` and open a new one. */
  | { kind: 'move'; closeSpellId: string | null; closeOn: string; from: string };

/** How moving a course to `unitId` on `today` changes its unit history. */
export function planUnitMove(open: UnitSpell | undefined, unitId: string, today: string): UnitMove {
  if (open?.unitId === unitId) return { kind: 'none' };
  if (open && open.fromDate >= today) return { kind: 'replace', spellId: open.id };
  return { kind: 'move', closeSpellId: open?.id ?? null, closeOn: fromDay(toDay(today) - 1), from: today };
}

/** Checks the date of a phase change: within the course, not in the future, not before the current phase began. */
export function checkPhaseDate(day: string, course: CourseDates & { currentPhaseSince: string | null }, today: string): string | null {
  if (day < course.enrolmentDate) return `Datoen kan ikke ligge før forløbets start (${danishDateOf(course.enrolmentDate)}).`;
  if (course.endDate !== null && day > course.endDate) return `Forløbet sluttede ${danishDateOf(course.endDate)}.`;
  if (day > today) return 'Et faseskift kan ikke registreres i fremtiden.';
  if (course.currentPhaseSince !== null && day < course.currentPhaseSince) {
    return `Datoen kan ikke ligge før det seneste faseskift (${danishDateOf(course.currentPhaseSince)}).`;
  }
  return null;
}

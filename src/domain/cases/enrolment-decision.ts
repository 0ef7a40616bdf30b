/**
 * What must be decided, and recorded, when a citizen is enrolled in a model:
 * why an ineligible citizen is enrolled anyway, whether the new course may
 * run at the same time as another course, and which course role the staff
 * member takes. Monitoring reads the recorded codes (docs/case-work.md,
 * "Enrolment decisions"); the evaluation needs one treatment per citizen and
 * period, so overlapping courses are the exception, never the default.
 */
import { danishDateOf } from '../rules/explain.ts';
import type { CourseRole } from '../rules/facts.ts';

/** Why an ineligible citizen was enrolled anyway: a small fixed list, so monitoring can count the reasons. */
export const ineligibleReasonCodes = ['register_data_outdated', 'entering_target_group', 'professional_assessment', 'municipal_extension', 'other'] as const;
export type IneligibleReasonCode = (typeof ineligibleReasonCodes)[number];

export const ineligibleReasonLabels: Record<IneligibleReasonCode, { da: string; en: string }> = {
  register_data_outdated: { da: 'Registeroplysningerne er ikke opdaterede', en: 'The register data are out of date' },
  entering_target_group: { da: 'Borgeren er på vej ind i målgruppen', en: 'The citizen is about to enter the target group' },
  professional_assessment: { da: 'Faglig vurdering af borgerens behov', en: "Professional assessment of the citizen's needs" },
  municipal_extension: { da: 'Kommunen har udvidet målgruppen', en: 'The municipality has extended the target group' },
  other: { da: 'Anden årsag', en: 'Other reason' },
};

export function isIneligibleReasonCode(value: string): value is IneligibleReasonCode {
  return (ineligibleReasonCodes as readonly string[]).includes(value);
}

/** The Danish label of a stored reason code (the code itself if it is no longer one of the list). */
export function ineligibleReasonLabel(code: string): string {
  return isIneligibleReasonCode(code) ? ineligibleReasonLabels[code].da : code;
}

export type EligibilityStatus = 'eligible' | 'not_eligible' | 'undetermined';

/**
 * Field errors (Danish) when the reason for enrolling does not fit the
 * target-group check on the enrolment date: an ineligible citizen needs a
 * category and words; anyone else must not carry one, so the monitoring
 * column means what it says.
 */
export function checkIneligibleReason(
  status: EligibilityStatus,
  reason: { code?: string | null; text?: string | null },
): Record<string, string> {
  const code = reason.code ?? null;
  const text = reason.text?.trim() || null;
  if (status !== 'not_eligible') {
    return code !== null || text !== null
      ? { ineligibleReasonCode: 'Borgeren er ikke uden for målgruppen på startdatoen; der skal ikke angives en begrundelse for at indskrive alligevel.' }
      : {};
  }
  const fields: Record<string, string> = {};
  if (code === null) fields.ineligibleReasonCode = 'Borgeren er ikke i målgruppen. Vælg årsagen til, at borgeren indskrives alligevel.';
  else if (!isIneligibleReasonCode(code)) fields.ineligibleReasonCode = `Ukendt årsag. Vælg en af: ${ineligibleReasonCodes.join(', ')}.`;
  if (text === null) fields.ineligibleReasonText = 'Beskriv kort beslutningen om at indskrive borgeren uden for målgruppen.';
  return fields;
}

export interface CoursePeriod {
  id: string;
  modelId: string;
  enrolmentDate: string;
  /** Last day of the course; null while it runs. */
  endDate: string | null;
}

/** Whether two courses share at least one day (an open course runs on indefinitely). */
export function periodsOverlap(a: Omit<CoursePeriod, 'id' | 'modelId'>, b: Omit<CoursePeriod, 'id' | 'modelId'>): boolean {
  return a.enrolmentDate <= (b.endDate ?? '9999-12-31') && b.enrolmentDate <= (a.endDate ?? '9999-12-31');
}

export type ParallelDecision =
  | { kind: 'ok' }
  /** Allowed: the course runs beside `courses` in other models, for the recorded reason. */
  | { kind: 'parallel'; courses: CoursePeriod[] }
  /** Refused: `course` overlaps and either is in the same model or the municipality does not allow parallel courses. */
  | { kind: 'refused'; course: CoursePeriod; sameModel: boolean }
  /** The municipality allows it, but only with a reason. */
  | { kind: 'reason_required'; course: CoursePeriod };

/**
 * May `course` (new, or reopened so that it runs on) run in its period, given
 * the citizen's other courses? Courses in the same model never overlap; in
 * other models only where the municipality allows parallel courses, and then
 * only with a reason.
 */
export function decideParallel(
  course: CoursePeriod,
  others: readonly CoursePeriod[],
  policy: { allowParallelCourses: boolean },
  reason: string | null,
): ParallelDecision {
  const overlapping = others.filter((o) => o.id !== course.id && periodsOverlap(course, o)).sort((a, b) => a.enrolmentDate.localeCompare(b.enrolmentDate));
  if (overlapping.length === 0) return { kind: 'ok' };
  const same = overlapping.find((o) => o.modelId === course.modelId);
  if (same) return { kind: 'refused', course: same, sameModel: true };
  if (!policy.allowParallelCourses) return { kind: 'refused', course: overlapping[0]!, sameModel: false };
  if (!reason?.trim()) return { kind: 'reason_required', course: overlapping[0]! };
  return { kind: 'parallel', courses: overlapping };
}

/** 'Flere skal med (FSM), startet 1. marts 2026' or '..., 1. marts 2026 – 30. april 2026'. */
export function describeCourse(course: CoursePeriod, modelName: string): string {
  const period = course.endDate === null ? `startet ${danishDateOf(course.enrolmentDate)}` : `${danishDateOf(course.enrolmentDate)} – ${danishDateOf(course.endDate)}`;
  return `${modelName}, ${period}`;
}

/**
 * The course role a staff member takes at enrolment: the requested one when
 * the model has it, else the model's first (lead) role. Returns an error text
 * (Danish) for a role the model does not define.
 */
export function enrolmentRole(modelRoles: readonly CourseRole[], requested: CourseRole | undefined): { role: CourseRole } | { error: string } {
  if (requested === undefined) return { role: modelRoles[0]! };
  if (modelRoles.includes(requested)) return { role: requested };
  return { error: `Modellen har ikke rollen ${requested}. Vælg en af: ${modelRoles.join(', ')}.` };
}

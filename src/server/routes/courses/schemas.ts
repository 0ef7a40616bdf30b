/** Zod schemas of the course routes (and so of their OpenAPI document). */
import { z } from 'zod';
import { courseRoleLabels, courseRoles } from '../../../domain/cases/course-roles.ts';
import { ineligibleReasonCodes } from '../../../domain/cases/enrolment-decision.ts';
import { legalBases } from '../../../domain/cases/support-course.ts';
import { areaReasonCodes } from '../../../domain/models/eligibility.ts';
import { ConditionSchema } from '../../../domain/models/phases.ts';
import { isoDate, optionalText, personRef, requiredText, uuid, versionNumber } from '../../schemas.ts';

export const eligibilitySchema = z.object({
  modelId: z.string(),
  version: z.string(),
  asOf: z.string().describe('The day the target-group rules were checked on'),
  status: z.enum(['eligible', 'not_eligible', 'undetermined']),
  rules: z.array(
    z.object({
      ruleId: z.string(),
      outcome: z.enum(['passed', 'failed', 'unknown']),
      explanation: z.string().describe('The rule, as stated in the model'),
      reason: z.string().describe('Why it passed or failed for this citizen'),
      reasonCode: z.enum(areaReasonCodes).optional().describe('Which case applied, for rules the UI words itself (the housing-area rule)'),
      area: z.string().optional().describe('The housing area the reason names'),
    }),
  ),
});

/** Why a phase move is refused (domain TransitionRefusal); the web app phrases it. */
const transitionRefusal = z.discriminatedUnion('code', [
  z.object({ code: z.literal('unknown_phase'), phase: z.string(), known: z.array(z.string()) }),
  z.object({ code: z.literal('must_start_in'), phase: z.string() }),
  z.object({ code: z.literal('not_allowed'), from: z.string(), to: z.string(), allowed: z.array(z.string()) }),
  z.object({ code: z.literal('missing'), conditions: z.array(ConditionSchema).describe('Conditions that do not hold on the day') }),
]);

export const courseSummarySchema = z.object({
  id: z.string(),
  citizenId: z.string(),
  modelId: z.string(),
  modelVersion: z.string(),
  modelShortName: z.string(),
  modelName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  enrolmentDate: z.string(),
  group: z.string().nullable(),
  groupName: z.string().nullable(),
  currentPhase: z.string(),
  currentPhaseName: z.string(),
  endDate: z.string().nullable(),
  endReason: z.string().nullable(),
  jobBroker: personRef.nullable(),
  lead: z
    .object({ role: z.enum(courseRoles), staff: personRef.nullable() })
    .describe("The model's lead role (the first of its staffRoles) and who holds it today"),
  version: z.number().int().describe('Send back on edits; a stale version is refused with 409'),
});

export const rehabTrackSchema = z.object({
  preparationStart: z.string().nullable(),
  teamMeetingDate: z.string().nullable(),
  teamAttendees: z.array(z.string()),
  companyConsultantPresent: z.boolean().nullable(),
  recommendationGoal: z.string().nullable(),
  recommendationHandedOver: z.string().nullable(),
  firstCaseworkerMeeting: z.string().nullable(),
  preparationWeeks: z.number().nullable().describe('Weeks from the start of preparation to the team meeting'),
  daysToHandOver: z.number().int().nullable().describe('Days from the team meeting to handing over the recommendation'),
  daysToFirstMeeting: z.number().int().nullable().describe('Days from the team meeting to the first meeting with the caseworker'),
});

export const supportCourseSchema = z.object({
  legalBasis: z.enum(legalBases),
  plannedMonths: z.union([z.literal(6), z.literal(9)]),
  startDate: z.string(),
  contactBuildingEnd: z.string().nullable(),
  closingMeetingDate: z.string().nullable(),
  closingMeetingNetwork: z.string().nullable(),
  endDate: z.string().nullable(),
  phases: z.array(z.object({ phase: z.union([z.literal(1), z.literal(2), z.literal(3)]), from: z.string(), to: z.string() })),
  currentPhase: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).describe('0 before the start, 4 after the end'),
  measurementSchedule: z.array(z.object({ point: z.number().int(), month: z.number().int(), dueDate: z.string() })),
});

export const enrolmentDecisionSchema = z.object({
  eligibility: z.enum(['eligible', 'not_eligible', 'undetermined']).nullable().describe('The target-group check on the enrolment date (null for courses enrolled before it was kept)'),
  ineligibleReason: z
    .object({ code: z.enum(ineligibleReasonCodes), label: z.string(), text: z.string() })
    .nullable()
    .describe('Why an ineligible citizen was enrolled anyway'),
  parallelReason: z.string().nullable().describe('Why the course runs at the same time as a course in another model'),
  alreadyInProgramme: z.boolean().describe('BRF: the citizen was already in a ressourceforløb when enrolled'),
});

export const courseSchema = courseSummarySchema.extend({
  citizenName: z.string(),
  eligibility: eligibilitySchema,
  enrolment: enrolmentDecisionSchema,
  visitation: z
    .object({
      group: z.string(),
      groupName: z.string().nullable(),
      date: z.string(),
      decidedBy: personRef.nullable(),
      note: z.string().nullable(),
      notificationDate: z.string().nullable(),
      notificationNote: z.string().nullable(),
      exclusionReason: z.object({ id: z.string(), label: z.string() }).nullable(),
    })
    .nullable(),
  housingArea: z.string().nullable(),
  servedFromOutreach: z.boolean().nullable(),
  phases: z.array(
    z.object({
      phase: z.string(),
      phaseName: z.string(),
      fromPhase: z.string().nullable(),
      date: z.string(),
      by: personRef.nullable(),
      reason: z.string().nullable(),
    }),
  ),
  nextPhases: z.array(z.object({ phase: z.string(), phaseName: z.string(), allowed: z.boolean(), refusals: z.array(transitionRefusal) })),
  staff: z.array(
    z.object({
      id: z.string(),
      staffId: z.string(),
      name: z.string(),
      role: z.enum(courseRoles),
      roleLabel: z.string(),
      fromDate: z.string(),
      toDate: z.string().nullable(),
    }),
  ),
  rehabTrack: rehabTrackSchema.nullable(),
  supportCourse: supportCourseSchema.nullable(),
  rules: z.array(
    z.object({
      ruleId: z.string(),
      coreElementId: z.string(),
      title: z.string(),
      status: z.enum(['satisfied', 'due', 'overdue', 'warning', 'not_applicable']),
      dueDate: z.string().optional(),
      explanation: z.string(),
      late: z.boolean().optional(),
    }),
  ),
});

export const activitySchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  participants: z.array(
    z.object({ courseId: z.string(), citizenId: z.string(), citizenName: z.string(), joinedOn: z.string(), leftOn: z.string().nullable() }),
  ),
});

// ---- Inputs ----

export const version = versionNumber;
export const optionalDate = isoDate.nullable().optional();
export const courseRole = z.enum(courseRoles, {
  error: `Ukendt rolle. Vælg en af: ${courseRoles.map((r) => `${r} (${courseRoleLabels[r]})`).join(', ')}.`,
});

export const courseParams = z.object({ id: uuid });
export const assignmentParams = z.object({ id: uuid, assignmentId: uuid });
export const eligibilityParams = z.object({ id: z.string().max(60), citizenId: uuid });
export const participantParams = z.object({ id: uuid, courseId: uuid });

export const enrolBody = z.object({
  modelId: requiredText(60),
  enrolmentDate: isoDate,
  unitId: uuid.optional(),
  staffId: uuid.nullable().optional().describe("The staff member who takes `staffRole` from the enrolment date. Default: the citizen's responsible staff member; null for none"),
  staffRole: courseRole.optional().describe("One of the model's staffRoles; default: the model's first (lead) role"),
  jobBrokerId: uuid.nullable().optional().describe('Deprecated name of staffId'),
  housingArea: optionalText(120),
  servedFromOutreach: z.boolean({ error: 'Skal være ja eller nej.' }).nullable().optional(),
  ineligibleReasonCode: z
    .enum(ineligibleReasonCodes, { error: `Ukendt årsag. Vælg en af: ${ineligibleReasonCodes.join(', ')}.` })
    .nullable()
    .optional()
    .describe('Required (with ineligibleReasonText) when the citizen is not in the target group on the enrolment date'),
  ineligibleReasonText: optionalText(2000),
  parallelReason: optionalText(1000).describe("Required when the course overlaps a course in another model and the municipality allows parallel courses"),
  alreadyInProgramme: z
    .boolean({ error: 'Skal være ja eller nej.' })
    .optional()
    .describe('Bedre Ressourceforløb: the citizen is already in a ressourceforløb; the course starts in that phase without preparation dates'),
});

export const patchBody = z.object({
  version,
  unitId: uuid.optional(),
  housingArea: optionalText(120),
  servedFromOutreach: z.boolean({ error: 'Skal være ja eller nej.' }).nullable().optional(),
  endDate: optionalDate.describe('With endReason ends the course; both null reopens it'),
  endReason: optionalText(200),
  parallelReason: optionalText(1000).describe('When reopening makes the course overlap a course in another model and the municipality allows it: why'),
});

export const visitationBody = z.object({
  version,
  group: requiredText(20),
  date: isoDate,
  decidedById: uuid.optional().describe('Default: the caller'),
  note: optionalText(2000),
  notificationDate: optionalDate.describe('Flere skal med group 3 (underretning): required unless notificationRelevant is false'),
  notificationNote: optionalText(2000).describe('Note on the notification; with notificationRelevant false, required: why none is relevant'),
  notificationRelevant: z
    .boolean({ error: 'Skal være ja eller nej.' })
    .optional()
    .describe('Flere skal med group 3: false when a notification is not relevant (000 §1, "hvis det er relevant"); default true'),
  exclusionReason: optionalText(60).describe("Random draw: one of the model's exclusion reasons, required for an excluded citizen"),
});

export const phaseBody = z.object({ version, toPhase: requiredText(60), date: isoDate, reason: optionalText(1000) });

export const staffBody = z.object({ staffId: uuid, role: courseRole, fromDate: isoDate });
export const staffEndBody = z.object({ toDate: isoDate.nullable().describe('null reopens the assignment') });

export const rehabTrackBody = z.object({
  version,
  preparationStart: optionalDate,
  teamMeetingDate: optionalDate,
  teamAttendees: z.array(requiredText(100)).max(30, { error: 'Højst 30 deltagere.' }).nullable().optional(),
  companyConsultantPresent: z.boolean({ error: 'Skal være ja eller nej.' }).nullable().optional(),
  recommendationGoal: optionalText(200),
  recommendationHandedOver: optionalDate,
  firstCaseworkerMeeting: optionalDate,
});

export const supportCourseBody = z.object({
  version,
  legalBasis: z.enum(legalBases, { error: `Vælg lovgrundlaget: ${legalBases.join(', ')}.` }),
  plannedMonths: z.union([z.literal(6), z.literal(9)], { error: 'Et CTI-forløb varer 6 eller 9 måneder.' }),
  startDate: isoDate,
  contactBuildingEnd: optionalDate,
  closingMeetingDate: optionalDate,
  closingMeetingNetwork: optionalText(500),
  endDate: optionalDate,
});

export const activityBody = z.object({
  unitId: uuid,
  name: requiredText(200),
  description: optionalText(2000),
  startDate: isoDate,
  endDate: optionalDate,
});
export const participantBody = z.object({ courseId: uuid, joinedOn: isoDate });
export const participantEndBody = z.object({ leftOn: isoDate.nullable().describe('null: back in the activity') });

export type CourseResponse = z.infer<typeof courseSchema>;
export type CourseSummaryResponse = z.infer<typeof courseSummarySchema>;
export type EligibilityResponse = z.infer<typeof eligibilitySchema>;

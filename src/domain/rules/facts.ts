/**
 * The input contract of the rule engine and the eligibility check: plain
 * data the case-work code fills from the database, with Zod schemas to check
 * it at the boundary (the engine itself assumes valid facts and throws a
 * RangeError on a malformed date). Dates are ISO 'YYYY-MM-DD' strings; an end
 * date ('to') is the last day something was in force (inclusive); a missing
 * 'to' means still open.
 */
import { z } from 'zod';
import { isIsoDate } from './days.ts';

export type IsoDate = string;

/** Roles a staff member can hold on a course (CourseStaff.role). */
export const courseRoles = [
  'job_broker', // personlig jobformidler
  'caseworker', // (koordinerende) sagsbehandler i jobcentret
  'social_caseworker', // sagsbehandler i socialforvaltningen
  'company_consultant', // virksomhedskonsulent
  'mentor', // mentor / støtteperson
  'cti_worker', // CTI-medarbejder
] as const;
export type CourseRole = (typeof courseRoles)[number];

/** Who can attend a meeting: course roles plus the citizen and the employer. */
export const attendeeRoles = [...courseRoles, 'citizen', 'employer'] as const;
export type AttendeeRole = (typeof attendeeRoles)[number];

export const contactKinds = [
  'meeting',
  'start_meeting',
  'three_party',
  'rehabilitation_team',
  'company_follow_up',
  'phone',
  'sms',
  'email',
  'home_visit',
  'walk',
  'no_show',
] as const;
export type ContactKind = (typeof contactKinds)[number];

export const placementTypes = [
  'virksomhedspraktik',
  'loentilskud',
  'ordinary_hours',
  'hybrid',
  'fleksjob',
  'job',
  'education',
  'snusepraktik',
] as const;
export type PlacementType = (typeof placementTypes)[number];

const isoDate = z.string().refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD' });
const id = z.string().min(1);
/** 'to' may not be before 'from'. */
const period = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({ ...shape, from: isoDate, to: isoDate.optional() })
    .superRefine((value, ctx) => {
      const { from, to } = value as unknown as { from: string; to?: string };
      if (to !== undefined && to < from) ctx.addIssue({ code: 'custom', path: ['to'], message: "'to' is before 'from'" });
    });

export const CourseFactsSchema = z.object({
  courseId: id,
  citizenId: id,
  modelId: id,
  modelVersion: id,
  /** Units the course has belonged to, oldest first. */
  units: z.array(period({ unitId: id })),
  enrolmentDate: isoDate,
  /** Last day of the course, when it has ended. */
  endDate: isoDate.optional(),
  endReason: z.string().optional(),
  /** Visitation group or track: FSM '1' | '2' | '3' | '6', STV 'AK' | 'RF', social support 'indsats' ... */
  group: z.string().optional(),
  /** Phase changes; 'from' is the first day in the phase. */
  phaseHistory: z.array(z.object({ phaseId: id, from: isoDate })),
  staff: z.array(period({ staffId: id, role: z.enum(courseRoles) })),
  cvVersions: z.array(z.object({ date: isoDate })),
  jobGoals: z.array(
    z.object({
      date: isoDate,
      tier: z.enum(['A', 'B', 'C']).optional(),
      /** A concrete occupation or job area, not just a wish to work. */
      concrete: z.boolean(),
      ownWish: z.boolean().optional(),
      /** Last day the goal applied, when it was ended or replaced. */
      ended: isoDate.optional(),
    }),
  ),
  planVersions: z.array(z.object({ date: isoDate })),
  contacts: z.array(z.object({ date: isoDate, kind: z.enum(contactKinds), attendeeRoles: z.array(z.enum(attendeeRoles)), staffId: id.optional() })),
  placements: z.array(period({ id, type: z.enum(placementTypes), endReason: z.string().optional() })),
  followUps: z.array(z.object({ placementId: id, date: isoDate })),
  workAgreements: z.array(
    z.object({
      id,
      placementId: id,
      /** Date the agreement (this version) was made. */
      date: isoDate,
      /** Agreement on ordinary paid hours now. */
      ordinaryHoursClause: z.boolean(),
      /** Declaration of intent on ordinary hours later. */
      declarationOfIntent: z.boolean(),
    }),
  ),
  rehabilitation: z
    .object({
      preparationStart: isoDate.optional(),
      teamMeeting: isoDate.optional(),
      recommendationHandedOver: isoDate.optional(),
      firstCaseworkerMeeting: isoDate.optional(),
    })
    .optional(),
  supportCourse: z
    .object({
      start: isoDate,
      plannedMonths: z.number().int().min(1),
      end: isoDate.optional(),
      /** Day of the closing meeting with the citizen's network (002 §4.3.3). */
      closingMeeting: isoDate.optional(),
    })
    .optional(),
  /** Measurements taken; 'point' is the scheduled point, 0 = baseline. */
  measurements: z.array(z.object({ instrument: id, point: z.number().int().min(0), date: isoDate })),
});

/** Everything the engine reads about one citizen's course under one model. */
export type CourseFacts = z.infer<typeof CourseFactsSchema>;
export type Placement = CourseFacts['placements'][number];
export type Contact = CourseFacts['contacts'][number];
export type StaffAssignment = CourseFacts['staff'][number];
export type WorkAgreement = CourseFacts['workAgreements'][number];

export const benefitTypes = [
  'kontanthjaelp',
  'uddannelseshjaelp',
  'integrationsydelse',
  'ressourceforloebsydelse',
  'sygedagpenge',
  'dagpenge',
  'ledighedsydelse',
  'foertidspension',
  'other',
] as const;
export type BenefitType = (typeof benefitTypes)[number];

export const readinessCategories = ['aktivitetsparat', 'jobparat', 'uddannelsesparat', 'other'] as const;
export type ReadinessCategory = (typeof readinessCategories)[number];

export const programmes = ['ressourceforloeb', 'integrationsprogram', 'jobafklaringsforloeb'] as const;
export type Programme = (typeof programmes)[number];

export const CitizenFactsSchema = z.object({
  birthDate: isoDate.optional(),
  benefitSpells: z.array(period({ type: z.enum(benefitTypes), readiness: z.enum(readinessCategories).optional() })),
  programmes: z.array(period({ programme: z.enum(programmes) })),
});

/** What target-group rules read about a citizen. */
export type CitizenFacts = z.infer<typeof CitizenFactsSchema>;
export type BenefitSpell = CitizenFacts['benefitSpells'][number];

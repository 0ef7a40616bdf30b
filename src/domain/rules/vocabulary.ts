/**
 * The rule vocabulary: every checkable rule a model definition may declare is
 * one of these typed shapes, never free code. Each type fixes its parameter
 * names; a definition gives each parameter a default (the seed's value where
 * there is one), allowed bounds and the source of the default. Municipal
 * overrides may move a value only within the bounds (parameters.ts).
 */
import { z } from 'zod';
import { attendeeRoles, contactKinds, courseRoles, placementTypes } from './facts.ts';
import { IdSchema, NameSchema, SourceRefSchema } from './source.ts';

/** Why a default has the value it has. */
export const parameterBases = ['requirement', 'recommendation', 'observed', 'product_default'] as const;
export type ParameterBasis = (typeof parameterBases)[number];

export const parameterBasisLabels: Record<ParameterBasis, string> = {
  requirement: 'krav i modellen',
  recommendation: 'anbefaling i kilden',
  observed: 'observeret praksis, ikke krav',
  product_default: 'kilden angiver ingen værdi; Jobspors justerbare standard',
};

/** 'flag' is 0 (off) or 1 (on): a yes/no choice a municipality may override within the bounds. */
export const parameterUnits = ['days', 'weeks', 'count', 'flag'] as const;
export type ParameterUnit = (typeof parameterUnits)[number];

export const ParameterSpecSchema = z
  .object({
    /** The default value. */
    value: z.number().int(),
    min: z.number().int(),
    max: z.number().int(),
    unit: z.enum(parameterUnits),
    basis: z.enum(parameterBases),
    source: SourceRefSchema,
  })
  .strict()
  .superRefine((spec, ctx) => {
    if (spec.min > spec.max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: `min ${spec.min} is greater than max ${spec.max}` });
    } else if (spec.unit === 'flag' && (spec.min < 0 || spec.max > 1)) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'a flag is 0 or 1, so its bounds must lie within [0, 1]' });
    } else if (spec.value < spec.min || spec.value > spec.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `default ${spec.value} is outside the allowed bounds [${spec.min}, ${spec.max}]`,
      });
    }
  });
export type ParameterSpec = z.infer<typeof ParameterSpecSchema>;

/** Dated events on a course that time rules measure from and to. */
export const milestones = [
  'enrolment',
  'rehab_preparation_start',
  'rehab_team_meeting',
  'rehab_recommendation_handed_over',
  'rehab_first_caseworker_meeting',
  'first_placement_start',
  'support_course_start',
] as const;
export type Milestone = (typeof milestones)[number];

export const milestoneLabels: Record<Milestone, string> = {
  enrolment: 'forløbsstart',
  rehab_preparation_start: 'start på forberedelsen til rehabiliteringsteamet',
  rehab_team_meeting: 'mødet i rehabiliteringsteamet',
  rehab_recommendation_handed_over: 'udlevering af indstillingen til borgeren',
  rehab_first_caseworker_meeting: 'første møde med sagsbehandleren efter rehabiliteringsteamet',
  first_placement_start: 'start i første virksomhedsforløb',
  support_course_start: 'start på CTI-forløbet',
};

const AppliesToSchema = z
  .object({
    /** Visitation groups or tracks the rule applies to; all when absent. */
    groups: z.array(z.string().min(1)).min(1).optional(),
    /** Phases the rule applies in; all when absent. */
    phases: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

/**
 * How a missed rule is shown: 'deadline' (default) makes it due/overdue;
 * 'warning' is for a number the source reports as observed practice or an
 * average, not a prescribed limit: past it the result is a warning shown
 * beside the figure, never an overdue item.
 */
export const ruleSeverities = ['deadline', 'warning'] as const;
export type RuleSeverity = (typeof ruleSeverities)[number];

const common = {
  id: IdSchema,
  title: NameSchema,
  /** What the rule checks, in Danish, in Jobspor's own words. */
  description: z.string().min(1),
  source: SourceRefSchema,
  /**
   * Visitation groups and phases the rule is limited to. Without groups a
   * course rule applies to every group that takes part in the intervention
   * (`participates` in the visitation) and to courses not yet visited.
   */
  appliesTo: AppliesToSchema.optional(),
  severity: z.enum(ruleSeverities).optional(),
};

const P = ParameterSpecSchema;
const Roles = z.array(z.enum(attendeeRoles)).min(1);
const CompanyPlacements = z.array(z.enum(placementTypes)).min(1);

const CvWithin = z
  .object({ ...common, type: z.literal('cv_within_days'), anchor: z.enum(milestones), params: z.object({ days: P }).strict() })
  .strict();
const JobGoalWithin = z
  .object({
    ...common,
    type: z.literal('job_goal_within_days'),
    anchor: z.enum(milestones),
    /** Only a concrete job goal (occupation or job area) counts. */
    requireConcrete: z.boolean(),
    params: z.object({ days: P }).strict(),
  })
  .strict();
const PlanWithin = z
  .object({ ...common, type: z.literal('plan_within_days'), anchor: z.enum(milestones), params: z.object({ days: P }).strict() })
  .strict();
const StaffAssigned = z
  .object({
    ...common,
    type: z.literal('staff_role_assigned'),
    role: z.enum(courseRoles),
    params: z.object({ days: P }).strict(),
  })
  .strict();
const LastContact = z
  .object({
    ...common,
    type: z.literal('last_contact_within_days'),
    /** Contact kinds that count; a no-show can never count. */
    kinds: z.array(z.enum(contactKinds).exclude(['no_show'])).min(1),
    params: z.object({ days: P }).strict(),
  })
  .strict();
const FollowUpInterval = z
  .object({
    ...common,
    type: z.literal('follow_up_interval'),
    placementTypes: CompanyPlacements,
    params: z.object({ days: P }).strict(),
  })
  .strict();
const WorkAgreementHours = z
  .object({
    ...common,
    type: z.literal('work_agreement_ordinary_hours'),
    placementTypes: CompanyPlacements,
    /**
     * ordinaryHoursClause (flag, default 1 when absent): 1 requires an
     * ordinary-hours clause or a declaration of intent; 0 accepts any work
     * agreement (which always states working time, sub-goals for progression
     * and the follow-up), as in STV case 3 (001).
     */
    params: z.object({ daysAfterStart: P, ordinaryHoursClause: P.optional() }).strict(),
  })
  .strict();
const MilestoneWithin = z
  .object({
    ...common,
    type: z.literal('milestone_within'),
    from: z.enum(milestones),
    to: z.enum(milestones),
    params: z.object({ limit: P }).strict(),
  })
  .strict();
const StartMeeting = z
  .object({
    ...common,
    type: z.literal('start_meeting_attendance'),
    roles: Roles,
    params: z.object({ days: P }).strict(),
  })
  .strict();
const MeasurementSchedule = z
  .object({
    ...common,
    type: z.literal('measurement_schedule'),
    /** Instruments taken at every point. */
    instruments: z.array(z.string().min(1)).min(1),
    /** Months after the CTI start for each point, per planned course length. */
    schedules: z
      .array(z.object({ courseMonths: z.number().int().min(1), months: z.array(z.number().int().min(0)).min(1) }).strict())
      .min(1),
    params: z.object({ toleranceDays: P }).strict(),
  })
  .strict();
const CvBeforeMilestone = z
  .object({
    ...common,
    type: z.literal('cv_before_milestone'),
    /** The CV must exist on or before the day of this event (e.g. the rehabilitation team meeting). */
    milestone: z.enum(milestones),
    params: z.object({}).strict(),
  })
  .strict();
const ContactBeforePlacement = z
  .object({
    ...common,
    type: z.literal('contact_before_placement'),
    /** Staff role whose contact with the citizen counts (e.g. the CTI worker building contact). */
    role: z.enum(courseRoles),
    /** Contact kinds that count; a no-show can never count. */
    kinds: z.array(z.enum(contactKinds).exclude(['no_show'])).min(1),
    params: z.object({ days: P }).strict(),
  })
  .strict();
const SupportClosingMeeting = z
  .object({ ...common, type: z.literal('support_closing_meeting'), params: z.object({ daysAfterEnd: P }).strict() })
  .strict();
const MeetingAttendance = z
  .object({
    ...common,
    type: z.literal('meeting_attendance'),
    /** The meeting: a contact of this kind, held on the day of the milestone. */
    kind: z.enum(contactKinds).exclude(['no_show']),
    milestone: z.enum(milestones),
    roles: Roles,
    params: z.object({}).strict(),
  })
  .strict();
const StaffContinuity = z
  .object({
    ...common,
    type: z.literal('staff_continuity'),
    role: z.enum(courseRoles),
    params: z.object({ maxChanges: P }).strict(),
  })
  .strict();
const TeamSize = z
  .object({
    ...common,
    type: z.literal('team_size'),
    /** Staff counted: those holding this role (any role when absent) on a running course of the model in the unit. */
    role: z.enum(courseRoles).optional(),
    params: z.object({ min: P, max: P }).strict(),
  })
  .strict();
const CaseloadMax = z
  .object({ ...common, type: z.literal('caseload_max'), role: z.enum(courseRoles), params: z.object({ max: P }).strict() })
  .strict();

export const ruleSchemas = [
  CvWithin,
  JobGoalWithin,
  PlanWithin,
  StaffAssigned,
  LastContact,
  FollowUpInterval,
  WorkAgreementHours,
  MilestoneWithin,
  StartMeeting,
  MeasurementSchedule,
  CaseloadMax,
  CvBeforeMilestone,
  ContactBeforePlacement,
  SupportClosingMeeting,
  MeetingAttendance,
  StaffContinuity,
  TeamSize,
] as const;

export const RuleSchema = z.discriminatedUnion('type', ruleSchemas).superRefine((rule, ctx) => {
  if (rule.type === 'milestone_within') {
    if (rule.from === rule.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `'to' must differ from 'from' (${rule.from})` });
  }
  if (rule.type === 'team_size' && rule.params.min.value > rule.params.max.value) {
    ctx.addIssue({ code: 'custom', path: ['params', 'min', 'value'], message: `min ${rule.params.min.value} is greater than max ${rule.params.max.value}` });
  }
  if (rule.severity === 'warning') {
    for (const [name, spec] of Object.entries(rule.params) as [string, ParameterSpec][]) {
      if (spec.basis === 'requirement') {
        ctx.addIssue({ code: 'custom', path: ['severity'], message: `a rule whose parameter '${name}' is a requirement of the model cannot be only a warning` });
      }
    }
  }
  if (rule.type === 'measurement_schedule') {
    rule.schedules.forEach((schedule, i) => {
      const months = schedule.months;
      if (months[0] !== 0) ctx.addIssue({ code: 'custom', path: ['schedules', i, 'months', 0], message: 'the first point must be month 0 (baseline)' });
      for (let k = 1; k < months.length; k++) {
        if ((months[k] ?? 0) <= (months[k - 1] ?? 0)) {
          ctx.addIssue({ code: 'custom', path: ['schedules', i, 'months', k], message: 'months must increase' });
        }
      }
      if ((months[months.length - 1] ?? 0) > schedule.courseMonths) {
        ctx.addIssue({
          code: 'custom',
          path: ['schedules', i, 'months', months.length - 1],
          message: `point after the course's ${schedule.courseMonths} months`,
        });
      }
    });
  }
  for (const [name, spec] of Object.entries(rule.params) as [string, ParameterSpec][]) {
    const expected = ruleTypeInfo[rule.type].params[name];
    if (expected && !expected.includes(spec.unit)) {
      ctx.addIssue({ code: 'custom', path: ['params', name, 'unit'], message: `unit must be one of: ${expected.join(', ')}` });
    }
  }
});
export type Rule = z.infer<typeof RuleSchema>;
export type RuleType = Rule['type'];
export type RuleOfType<T extends RuleType> = Extract<Rule, { type: T }>;

export interface RuleTypeInfo {
  /** 'course' rules are checked per course; 'staff' rules per staff member's caseload; 'team' rules per unit. */
  scope: 'course' | 'staff' | 'team';
  label: string;
  /** Allowed units per parameter name. */
  params: Record<string, readonly ParameterUnit[]>;
}

export const ruleTypeInfo: Record<RuleType, RuleTypeInfo> = {
  cv_within_days: { scope: 'course', label: 'Der findes et CV senest N dage efter et fast tidspunkt', params: { days: ['days'] } },
  job_goal_within_days: { scope: 'course', label: 'Der findes et jobmål senest N dage efter et fast tidspunkt', params: { days: ['days'] } },
  plan_within_days: { scope: 'course', label: 'Der findes en plan senest N dage efter et fast tidspunkt', params: { days: ['days'] } },
  staff_role_assigned: { scope: 'course', label: 'En medarbejder i rollen R er tilknyttet senest N dage efter forløbsstart', params: { days: ['days'] } },
  last_contact_within_days: { scope: 'course', label: 'Seneste kontakt højst N dage siden', params: { days: ['days'] } },
  follow_up_interval: { scope: 'course', label: 'Opfølgning på virksomheden mindst hver N. dag under et virksomhedsforløb', params: { days: ['days'] } },
  work_agreement_ordinary_hours: {
    scope: 'course',
    label: 'Der er en arbejdsaftale, som (efter kommunens valg) indeholder en aftale eller hensigtserklæring om ordinære timer',
    params: { daysAfterStart: ['days'], ordinaryHoursClause: ['flag'] },
  },
  milestone_within: { scope: 'course', label: 'Højst N dage/uger mellem to hændelser i forløbet', params: { limit: ['days', 'weeks'] } },
  start_meeting_attendance: { scope: 'course', label: 'Opstartsmøde med deltagelse af rollerne X, Y, Z', params: { days: ['days'] } },
  measurement_schedule: { scope: 'course', label: 'Progressionsmålinger efter fast skema for forløbets længde', params: { toleranceDays: ['days'] } },
  caseload_max: { scope: 'staff', label: 'Hele sagsstammen højst N for medarbejdere med rollen R', params: { max: ['count'] } },
  cv_before_milestone: { scope: 'course', label: 'Der findes et CV senest på dagen for en fast hændelse', params: {} },
  contact_before_placement: {
    scope: 'course',
    label: 'Medarbejderen i rollen R har kontakt med borgeren i de N dage op til starten i virksomhedsforløbet',
    params: { days: ['days'] },
  },
  support_closing_meeting: { scope: 'course', label: 'CTI-forløbet afsluttes med et møde med borgerens netværk', params: { daysAfterEnd: ['days'] } },
  meeting_attendance: { scope: 'course', label: 'Rollerne X, Y deltager i et bestemt møde', params: {} },
  staff_continuity: { scope: 'course', label: 'Den samme medarbejder i rollen R gennem forløbet (højst N skift)', params: { maxChanges: ['count'] } },
  team_size: { scope: 'team', label: 'Mellem N og M medarbejdere i rollen R i enheden', params: { min: ['count'], max: ['count'] } },
};

export const ruleTypes = Object.keys(ruleTypeInfo) as RuleType[];

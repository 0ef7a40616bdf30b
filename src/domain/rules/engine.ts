/**
 * The rule engine. A RuleSet is a model definition with its parameters
 * resolved for one unit (defaults plus that unit's overrides); compile it once
 * and evaluate any number of courses against it.
 *
 * evaluate() returns one result per course-scoped rule:
 * - not_applicable when the course has not started or has ended on the day,
 *   when the rule is limited to other groups or phases (a rule without groups
 *   applies only to the groups that take part in the intervention, see
 *   groupScope), or when what it measures has not arisen (no placement, no
 *   CTI course ...);
 * - otherwise satisfied / due / overdue / warning as the rule's evaluator
 *   decides; a rule of severity 'warning' gives 'warning' where its
 *   evaluator says 'overdue'.
 * Staff-scoped rules (caseload) are checked by caseload.ts and team-scoped
 * rules (team size) by team.ts, not here.
 */
import type { ModelDefinition } from '../models/schema.ts';
import { cvWithinDays, jobGoalWithinDays, planWithinDays, staffRoleAssigned } from './artefacts.ts';
import type { CompiledRule } from './compiled.ts';
import { lastContactWithinDays, startMeetingAttendance } from './contacts.ts';
import { fromDay, toDay } from './days.ts';
import { danishDate, list } from './explain.ts';
import type { CourseFacts, IsoDate } from './facts.ts';
import { measurementSchedule } from './measurements.ts';
import { milestoneWithin } from './milestones.ts';
import { effectiveParameters, type RuleOverride } from './parameters.ts';
import { followUpInterval, workAgreementOrdinaryHours } from './placements.ts';
import { phaseOn, prepareCourse, unitOn, type PreparedCourse } from './prepared.ts';
import { notApplicable, type EvalContext, type Outcome, type RuleResult } from './result.ts';
import { contactBeforePlacement, cvBeforeMilestone, meetingAttendance, staffContinuity, supportClosingMeeting } from './reported.ts';
import { ruleTypeInfo } from './vocabulary.ts';

export interface RuleSet {
  definition: ModelDefinition;
  /** Rules checked per course. */
  courseRules: CompiledRule[];
  /** Rules checked per staff member (caseload). */
  staffRules: CompiledRule[];
  /** Rules checked per unit (team size). */
  teamRules: CompiledRule[];
  /** Visitation groups that do not take part in the intervention (e.g. drawn out of a random draw). */
  nonParticipating: readonly string[];
  /** Whether any course rule is limited to phases (so the phase must be looked up). */
  phaseScoped: boolean;
  /** Overrides that were ignored when compiling, with the reason. */
  rejectedOverrides: { override: RuleOverride; reason: string }[];
}

export interface EvaluateOptions {
  /** How many days ahead a recurring deadline shows as 'due' (default 7). */
  dueSoonDays?: number;
}

export const DEFAULT_DUE_SOON_DAYS = 7;

/** Resolves a definition's parameters with the given overrides (see effectiveParameters). */
export function compileRuleSet(definition: ModelDefinition, overrides: readonly RuleOverride[] = []): RuleSet {
  const { values, rejected } = effectiveParameters(definition, overrides);
  const courseRules: CompiledRule[] = [];
  const staffRules: CompiledRule[] = [];
  const teamRules: CompiledRule[] = [];
  const byScope = { course: courseRules, staff: staffRules, team: teamRules };
  for (const element of definition.coreElements) {
    for (const rule of element.rules) {
      const params: Record<string, number> = {};
      for (const [name, p] of Object.entries(values.get(rule.id) ?? {})) params[name] = p.value;
      const compiled = { type: rule.type, def: rule, coreElementId: element.id, params } as CompiledRule;
      byScope[ruleTypeInfo[rule.type].scope].push(compiled);
    }
  }
  const phaseScoped = courseRules.some((r) => r.def.appliesTo?.phases !== undefined);
  const nonParticipating = (definition.visitation?.groups ?? []).filter((g) => !g.participates).map((g) => g.id);
  return { definition, courseRules, staffRules, teamRules, nonParticipating, phaseScoped, rejectedOverrides: rejected };
}

/**
 * Why a course rule does not apply to a course in `group`, or undefined when
 * it does. A rule naming groups applies to those groups only (and not before
 * the visitation); a rule naming none applies to every group that takes part
 * in the intervention and to courses not yet visited, never to a group the
 * model leaves out (002 §2.1: a drawn citizen who is 'frasorteret').
 */
export function groupScope(ruleSet: RuleSet, rule: CompiledRule, group: string | undefined): string | undefined {
  const groups = rule.def.appliesTo?.groups;
  if (groups) {
    if (group !== undefined && groups.includes(group)) return undefined;
    return `Reglen gælder kun gruppe ${list(groups, 'eller')}; borgeren er ${group === undefined ? 'ikke visiteret til en gruppe' : `i gruppe ${group}`}.`;
  }
  if (group === undefined || !ruleSet.nonParticipating.includes(group)) return undefined;
  const name = ruleSet.definition.visitation?.groups.find((g) => g.id === group)?.name.da ?? group;
  return `Borgeren er i gruppen ${name}, som ikke deltager i indsatsen; modellens regler gælder kun deltagerne.`;
}

/** Evaluates every course-scoped rule of the rule set for the course on `asOf`. */
export function evaluate(ruleSet: RuleSet, course: CourseFacts, asOf: IsoDate, options: EvaluateOptions = {}): RuleResult[] {
  return evaluatePrepared(ruleSet, prepareCourse(course), toDay(asOf), options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
}

export function evaluatePrepared(ruleSet: RuleSet, c: PreparedCourse, asOf: number, dueSoonDays: number): RuleResult[] {
  const ctx: EvalContext = { asOf, dueSoonDays };
  const closed =
    asOf < c.enrolment
      ? `Forløbet starter først ${danishDate(c.enrolment)}.`
      : asOf > c.end
        ? `Forløbet er afsluttet ${danishDate(c.end)}.`
        : undefined;
  const phase = closed || !ruleSet.phaseScoped ? undefined : phaseOn(c, asOf);
  const group = c.facts.group;
  const results: RuleResult[] = new Array(ruleSet.courseRules.length);
  for (let i = 0; i < ruleSet.courseRules.length; i++) {
    const rule = ruleSet.courseRules[i]!;
    const applies = rule.def.appliesTo;
    let outcome: Outcome;
    const outOfGroup = closed ? undefined : groupScope(ruleSet, rule, group);
    if (closed) outcome = notApplicable(closed);
    else if (outOfGroup) outcome = notApplicable(outOfGroup);
    else if (applies?.phases && (phase === undefined || !applies.phases.includes(phase))) {
      outcome = notApplicable(`Reglen gælder kun i fasen ${list(applies.phases, 'eller')}; forløbet er ${phase === undefined ? 'ikke i en fase' : `i fasen ${phase}`}.`);
    } else {
      outcome = evaluateRule(rule, c, ctx);
      if (outcome.status === 'overdue' && rule.def.severity === 'warning') outcome = { ...outcome, status: 'warning' };
    }
    const result: RuleResult = { ruleId: rule.def.id, coreElementId: rule.coreElementId, status: outcome.status, explanation: outcome.explanation };
    if (outcome.due !== undefined && outcome.status !== 'not_applicable') result.dueDate = fromDay(outcome.due);
    if (outcome.late) result.late = true;
    results[i] = result;
  }
  return results;
}

function evaluateRule(rule: CompiledRule, c: PreparedCourse, ctx: EvalContext): Outcome {
  switch (rule.type) {
    case 'cv_within_days':
      return cvWithinDays(rule, c, ctx);
    case 'job_goal_within_days':
      return jobGoalWithinDays(rule, c, ctx);
    case 'plan_within_days':
      return planWithinDays(rule, c, ctx);
    case 'staff_role_assigned':
      return staffRoleAssigned(rule, c, ctx);
    case 'last_contact_within_days':
      return lastContactWithinDays(rule, c, ctx);
    case 'follow_up_interval':
      return followUpInterval(rule, c, ctx);
    case 'work_agreement_ordinary_hours':
      return workAgreementOrdinaryHours(rule, c, ctx);
    case 'milestone_within':
      return milestoneWithin(rule, c, ctx);
    case 'start_meeting_attendance':
      return startMeetingAttendance(rule, c, ctx);
    case 'measurement_schedule':
      return measurementSchedule(rule, c, ctx);
    case 'cv_before_milestone':
      return cvBeforeMilestone(rule, c, ctx);
    case 'contact_before_placement':
      return contactBeforePlacement(rule, c, ctx);
    case 'support_closing_meeting':
      return supportClosingMeeting(rule, c, ctx);
    case 'meeting_attendance':
      return meetingAttendance(rule, c, ctx);
    case 'staff_continuity':
      return staffContinuity(rule, c, ctx);
    case 'caseload_max':
      return notApplicable('Sagsstammeregler vurderes pr. medarbejder, ikke pr. forløb.');
    case 'team_size':
      return notApplicable('Teamstørrelse vurderes pr. enhed, ikke pr. forløb.');
  }
}

export type RuleSetResolver = (modelId: string, version: string, unitId: string | undefined) => RuleSet | undefined;

/**
 * Rule sets per (model, version, unit), compiled on first use. `overridesFor`
 * returns the overrides that apply to a unit (its own and its ancestors').
 */
export function createRuleSetResolver(
  getDefinition: (modelId: string, version: string) => ModelDefinition | undefined,
  overridesFor: (unitId: string | undefined) => readonly RuleOverride[] = () => [],
): RuleSetResolver {
  const cache = new Map<string, RuleSet | undefined>();
  return (modelId, version, unitId) => {
    const key = `${modelId}@${version}#${unitId ?? ''}`;
    if (!cache.has(key)) {
      const definition = getDefinition(modelId, version);
      cache.set(key, definition && compileRuleSet(definition, overridesFor(unitId)));
    }
    return cache.get(key);
  };
}

/** Evaluates a course with the rule set of the unit it belongs to on `asOf`; undefined when its model is unknown. */
export function evaluateCourse(resolve: RuleSetResolver, course: CourseFacts, asOf: IsoDate, options: EvaluateOptions = {}): RuleResult[] | undefined {
  const c = prepareCourse(course);
  const day = toDay(asOf);
  const ruleSet = ruleSetOn(resolve, c, day);
  return ruleSet && evaluatePrepared(ruleSet, c, day, options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
}

/**
 * The rule set for the unit the course belongs to on `day` (after it ended:
 * its last unit), so a citizen who moves is judged by the new unit's overrides.
 */
export function ruleSetOn(resolve: RuleSetResolver, c: PreparedCourse, day: number): RuleSet | undefined {
  return resolve(c.facts.modelId, c.facts.modelVersion, unitOn(c, day) ?? lastUnit(c));
}

/** The unit of the latest spell, for a course evaluated after it ended. */
function lastUnit(c: PreparedCourse): string | undefined {
  let best: { unitId: string; from: number } | undefined;
  for (const u of c.units) if (!best || u.from >= best.from) best = u;
  return best?.unitId;
}

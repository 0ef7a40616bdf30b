/**
 * Phases (steps) of a course, their entry and exit conditions, the allowed
 * transitions, and the check that says whether a course may move to a phase
 * on a given day, and if not, why.
 *
 * A move from A to B is allowed when the model declares A -> B, A's exit
 * conditions hold, B's entry conditions hold and the transition's own
 * conditions hold, all on the day of the move. The first phase of a course
 * must be the model's initial phase.
 */
import { z } from 'zod';
import { toDay } from '../rules/days.ts';
import { list } from '../rules/explain.ts';
import type { CourseFacts, IsoDate } from '../rules/facts.ts';
import { activePlacements, earliestUpTo, milestoneDay, phaseOn, prepareCourse, type PreparedCourse } from '../rules/prepared.ts';
import { IdSchema, NameSchema, SourceRefSchema } from '../rules/source.ts';
import { milestoneLabels, milestones } from '../rules/vocabulary.ts';
import { ctiPhaseOn, isCtiCourseLength } from './cti-schedule.ts';
import type { ModelDefinition } from './schema.ts';

export const ConditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('job_goal_exists'), concrete: z.boolean() }).strict(),
  z.object({ kind: z.literal('plan_exists') }).strict(),
  z.object({ kind: z.literal('cv_exists') }).strict(),
  z.object({ kind: z.literal('placement_active') }).strict(),
  /** The citizen has had a placement and none is running any more (it ended or broke off). */
  z.object({ kind: z.literal('placement_ended') }).strict(),
  z.object({ kind: z.literal('milestone_reached'), milestone: z.enum(milestones) }).strict(),
  z.object({ kind: z.literal('cti_phase_reached'), phase: z.union([z.literal(1), z.literal(2), z.literal(3)]) }).strict(),
  z.object({ kind: z.literal('group_is'), groups: z.array(z.string().min(1)).min(1) }).strict(),
]);
export type Condition = z.infer<typeof ConditionSchema>;

export const PhaseSchema = z
  .object({
    id: IdSchema,
    name: NameSchema,
    description: z.string().min(1),
    source: SourceRefSchema,
    entry: z.array(ConditionSchema),
    exit: z.array(ConditionSchema),
  })
  .strict();
export type Phase = z.infer<typeof PhaseSchema>;

export const TransitionSchema = z
  .object({
    from: IdSchema,
    to: IdSchema,
    /** When and why the move happens, in Danish. */
    description: z.string().min(1),
    when: z.array(ConditionSchema),
    source: SourceRefSchema.optional(),
  })
  .strict();
export type Transition = z.infer<typeof TransitionSchema>;

/** A condition in Danish, e.g. 'borgeren har et konkret jobmål'. */
export function describeCondition(condition: Condition): string {
  switch (condition.kind) {
    case 'job_goal_exists':
      return condition.concrete ? 'borgeren har et konkret jobmål' : 'borgeren har et jobmål/jobønske';
    case 'plan_exists':
      return 'borgeren har en plan';
    case 'cv_exists':
      return 'borgeren har et CV';
    case 'placement_active':
      return 'borgeren er i gang i et virksomhedsforløb';
    case 'placement_ended':
      return 'borgerens virksomhedsforløb er afsluttet eller afbrudt';
    case 'milestone_reached':
      return `${milestoneLabels[condition.milestone]} har fundet sted`;
    case 'cti_phase_reached':
      return `CTI-forløbet er nået til fase ${condition.phase}`;
    case 'group_is':
      return `borgeren er visiteret til gruppe ${list(condition.groups, 'eller')}`;
  }
}

/** Whether a condition holds for the course on `day`. */
export function holds(condition: Condition, c: PreparedCourse, day: number): boolean {
  switch (condition.kind) {
    case 'job_goal_exists':
      return !Number.isNaN(earliestUpTo(c.jobGoals.filter((g) => g.concrete || !condition.concrete).map((g) => g.day), day));
    case 'plan_exists':
      return !Number.isNaN(earliestUpTo(c.plans, day));
    case 'cv_exists':
      return !Number.isNaN(earliestUpTo(c.cv, day));
    case 'placement_active':
      return activePlacements(c, day).length > 0;
    case 'placement_ended':
      return c.placements.some((p) => p.from <= day) && activePlacements(c, day).length === 0;
    case 'milestone_reached':
      return !Number.isNaN(milestoneDay(c, condition.milestone, day));
    case 'cti_phase_reached': {
      const s = c.support;
      return !!s && isCtiCourseLength(s.plannedMonths) && ctiPhaseOn(s.start, s.plannedMonths, day) >= condition.phase;
    }
    case 'group_is':
      return c.facts.group !== undefined && condition.groups.includes(c.facts.group);
  }
}

/**
 * Why a move is refused, as codes for the i18n layer to phrase:
 * - `unknown_phase`: the target is not a phase of the model;
 * - `must_start_in`: a course without a phase must start in the initial phase;
 * - `not_allowed`: the model declares no move from `from` to `to` (`allowed` lists the moves it does declare);
 * - `missing`: conditions that do not hold on the day (exit of the current
 *   phase, the transition's own, entry of the target), each once, in that order.
 */
export type TransitionRefusal =
  | { code: 'unknown_phase'; phase: string; known: string[] }
  | { code: 'must_start_in'; phase: string }
  | { code: 'not_allowed'; from: string; to: string; allowed: string[] }
  | { code: 'missing'; conditions: Condition[] };

export interface TransitionCheck {
  allowed: boolean;
  /** Phase the course is in on the day, if any. */
  from?: string;
  to: string;
  /** Why the move is not allowed; empty when it is. */
  refusals: TransitionRefusal[];
}

const conditionKey = (condition: Condition) => JSON.stringify(condition);

/**
 * Can `course` move to phase `to` on day `on`? Every exit condition of the
 * current phase, every condition of the transition and every entry condition
 * of the target must hold; the ones that do not are returned as missing.
 */
export function checkTransition(definition: ModelDefinition, course: CourseFacts, to: string, on: IsoDate): TransitionCheck {
  const c = prepareCourse(course);
  const day = toDay(on);
  const from = phaseOn(c, day);
  const refused = (refusals: TransitionRefusal[]): TransitionCheck => ({ allowed: refusals.length === 0, ...(from === undefined ? {} : { from }), to, refusals });
  if (!definition.phases.some((p) => p.id === to)) {
    return refused([{ code: 'unknown_phase', phase: to, known: definition.phases.map((p) => p.id) }]);
  }
  const required: Condition[] = [];
  const refusals: TransitionRefusal[] = [];
  if (from === undefined) {
    if (to !== definition.initialPhase) refusals.push({ code: 'must_start_in', phase: definition.initialPhase });
  } else {
    const transition = definition.transitions.find((t) => t.from === from && t.to === to);
    if (!transition) {
      const allowed = definition.transitions.filter((t) => t.from === from).map((t) => t.to);
      return refused([{ code: 'not_allowed', from, to, allowed }]);
    }
    required.push(...(definition.phases.find((p) => p.id === from)?.exit ?? []), ...transition.when);
  }
  required.push(...(definition.phases.find((p) => p.id === to)?.entry ?? []));
  const seen = new Set<string>();
  const missing = required.filter((k) => {
    const key = conditionKey(k);
    if (seen.has(key) || holds(k, c, day)) return false;
    seen.add(key);
    return true;
  });
  if (missing.length > 0) refusals.push({ code: 'missing', conditions: missing });
  return refused(refusals);
}

/** Ids of the phases the course may move to from its phase on `on` (conditions not checked). */
export function nextPhases(definition: ModelDefinition, course: CourseFacts, on: IsoDate): string[] {
  const from = phaseOn(prepareCourse(course), toDay(on));
  if (from === undefined) return [definition.initialPhase];
  return definition.transitions.filter((t) => t.from === from).map((t) => t.to);
}

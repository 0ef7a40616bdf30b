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

export interface TransitionCheck {
  allowed: boolean;
  /** Phase the course is in on the day, if any. */
  from?: string;
  to: string;
  /** Danish reasons why the move is not allowed; empty when it is. */
  reasons: string[];
}

/** Can `course` move to phase `to` on day `on`? */
export function checkTransition(definition: ModelDefinition, course: CourseFacts, to: string, on: IsoDate): TransitionCheck {
  const c = prepareCourse(course);
  const day = toDay(on);
  const from = phaseOn(c, day);
  const target = definition.phases.find((p) => p.id === to);
  if (!target) {
    return { allowed: false, from, to, reasons: [`Fasen '${to}' findes ikke i modellen (faser: ${definition.phases.map((p) => p.id).join(', ')}).`] };
  }
  // Job brokers read phase names, not ids.
  const label = (id: string) => {
    const phase = definition.phases.find((p) => p.id === id);
    return phase ? `«${phase.name.da}»` : `'${id}'`;
  };
  const reasons: string[] = [];
  const unmet = (conditions: readonly Condition[], what: string) => {
    const missing = conditions.filter((k) => !holds(k, c, day));
    if (missing.length > 0) reasons.push(`${what} er ikke opfyldt: ${list(missing.map(describeCondition))}.`);
  };
  if (from === undefined) {
    if (to !== definition.initialPhase) reasons.push(`Et forløb skal starte i fasen ${label(definition.initialPhase)}.`);
  } else {
    const transition = definition.transitions.find((t) => t.from === from && t.to === to);
    if (!transition) {
      const allowed = definition.transitions.filter((t) => t.from === from).map((t) => label(t.to));
      reasons.push(
        `Modellen tillader ikke overgang fra ${label(from)} til ${label(to)}${allowed.length ? ` (tilladt: ${allowed.join(', ')})` : ' (fasen er en slutfase)'}.`,
      );
      return { allowed: false, from, to, reasons };
    }
    const current = definition.phases.find((p) => p.id === from);
    if (current) unmet(current.exit, `Betingelsen for at afslutte fasen ${label(from)}`);
    unmet(transition.when, `Betingelsen for overgangen ${label(from)} → ${label(to)}`);
  }
  unmet(target.entry, `Betingelsen for at gå ind i fasen ${label(to)}`);
  return { allowed: reasons.length === 0, from, to, reasons };
}

/** Ids of the phases the course may move to from its phase on `on` (conditions not checked). */
export function nextPhases(definition: ModelDefinition, course: CourseFacts, on: IsoDate): string[] {
  const from = phaseOn(prepareCourse(course), toDay(on));
  if (from === undefined) return [definition.initialPhase];
  return definition.transitions.filter((t) => t.from === from).map((t) => t.to);
}

/**
 * The citizen's plan within a course: the citizen's resources in their own
 * words, self-defined barriers, and goals with sub-goals for progression and
 * who supports each (000 §4.1 kerneelement 1; 002 §4.3.1 kerneelement 2, "one
 * plan, not three or four"; 003 core element 2B). Every saved version is kept;
 * this module only says what a valid plan is.
 */
import { z } from 'zod';
import { isIsoDate } from '../rules/days.ts';

export const goalStatuses = ['not_started', 'in_progress', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

export const goalStatusLabels: Record<GoalStatus, string> = {
  not_started: 'Ikke startet',
  in_progress: 'I gang',
  achieved: 'Nået',
  dropped: 'Opgivet',
};

/** Limits that keep a plan readable on one screen; far above what the seeds describe. */
export const planLimits = { resources: 5000, barriers: 30, barrierText: 1000, goals: 30, subGoals: 30, title: 300, supportedBy: 200 } as const;

/**
 * The plan's shape, strict (what a save must satisfy: trimmed text within
 * limits, real dates, unique ids) or loose (what a stored version is
 * returned as: the same fields and types, so a version saved under older or
 * imported rules is still readable).
 */
function planSchema(strict: boolean) {
  const text = (max: number) => (strict ? z.string({ error: 'Skal være tekst.' }).trim().max(max, { error: `Højst ${max} tegn.` }) : z.string());
  const required = (max: number) => (strict ? text(max).min(1, { error: 'Skal udfyldes.' }) : z.string());
  const list = <T extends z.ZodType>(item: T, max: number, message: string) => (strict ? z.array(item).max(max, { error: message }) : z.array(item));
  const goalId = strict
    ? z
        .string({ error: 'Skal udfyldes.' })
        .trim()
        .min(1, { error: 'Skal udfyldes.' })
        .max(50, { error: 'Højst 50 tegn.' })
        .regex(/^[A-Za-z0-9_-]+$/, { error: 'Må kun indeholde bogstaver (a-z), tal, "-" og "_".' })
    : z.string();
  const targetDate = (
    strict ? z.string({ error: 'Skal være en dato (ÅÅÅÅ-MM-DD) eller tom.' }).refine(isIsoDate, { error: 'Skal være en dato (ÅÅÅÅ-MM-DD).' }) : z.string()
  ).nullable();
  const status = z.enum(goalStatuses, { error: `Skal være en af: ${goalStatuses.join(', ')}.` });
  const subGoal = z.object({
    id: goalId,
    title: required(planLimits.title),
    status,
    targetDate,
    supportedBy: text(planLimits.supportedBy).nullable().describe('Who supports the citizen with this (sub-)goal'),
  });
  const goal = subGoal.extend({ subGoals: list(subGoal, planLimits.subGoals, `Højst ${planLimits.subGoals} delmål pr. mål.`) });
  const barrier = z.object({
    text: required(planLimits.barrierText),
    ownWords: z.boolean({ error: 'Skal være sand eller falsk.' }).describe('True when the citizen defined the barrier in their own words'),
  });
  return z.object({
    resources: text(planLimits.resources).describe('The citizen’s resources, in their own words'),
    barriers: list(barrier, planLimits.barriers, `Højst ${planLimits.barriers} barrierer.`),
    goals: list(goal, planLimits.goals, `Højst ${planLimits.goals} mål.`),
  });
}

/** A plan as saved. Goal and sub-goal ids must be unique within the plan (the UI tracks goals across versions by id). */
export const PlanContentSchema = planSchema(true).superRefine((plan, ctx) => {
  const seen = new Set<string>();
  const check = (id: string, path: (string | number)[]) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `Id'et "${id}" er brugt mere end én gang i planen.` });
    seen.add(id);
  };
  plan.goals.forEach((goal, g) => {
    check(goal.id, ['goals', g, 'id']);
    goal.subGoals.forEach((sub, s) => check(sub.id, ['goals', g, 'subGoals', s, 'id']));
  });
});

/** A stored plan as returned: same fields, no limits. */
export const StoredPlanContentSchema = planSchema(false);

export type PlanContent = z.infer<typeof PlanContentSchema>;
export type Goal = PlanContent['goals'][number];

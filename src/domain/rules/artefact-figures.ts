/**
 * The CV / job goal / plan columns of Min sagsstamme, decided with the
 * model's own rules so a row never says "job goal ✓" while the worklist says
 * a concrete job goal is missing: where the model's job-goal rule asks for a
 * concrete goal (FSM, Social støtte), only a concrete goal counts.
 */
import type { CompiledRuleOf } from './compiled.ts';
import { toDay } from './days.ts';
import type { RuleSet } from './engine.ts';
import type { PreparedCourse } from './prepared.ts';

export interface ArtefactFigures {
  hasCv: boolean;
  /** A job goal in force on the day, concrete when the model's job-goal rule requires it. */
  hasJobGoal: boolean;
  hasPlan: boolean;
}

/** What the course has on day `asOf`, under the rule set it is evaluated with (none for an unknown model). */
export function artefactFigures(ruleSet: RuleSet | undefined, c: PreparedCourse, asOf: number): ArtefactFigures {
  const rule = ruleSet?.courseRules.find((r): r is CompiledRuleOf<'job_goal_within_days'> => r.type === 'job_goal_within_days');
  const concrete = rule?.def.requireConcrete === true;
  return {
    hasCv: c.cv.some((day) => day <= asOf),
    hasJobGoal: c.facts.jobGoals.some((g) => toDay(g.date) <= asOf && (!g.ended || toDay(g.ended) >= asOf) && (!concrete || g.concrete)),
    hasPlan: c.plans.some((day) => day <= asOf),
  };
}

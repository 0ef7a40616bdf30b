/**
 * Rules that ask for something to exist by a deadline: a CV, a job goal, a
 * plan (N days after an anchor event), a staff member in a role on the course.
 */
import type { CompiledRuleOf } from './compiled.ts';
import { capitalise, danishDate, days, relative } from './explain.ts';
import { attendeeRoleLabels } from './labels.ts';
import { earliestUpTo, milestoneDay, type PreparedCourse } from './prepared.ts';
import { done, notApplicable, openTask, type EvalContext, type Outcome } from './result.ts';
import { milestoneLabels, type Milestone } from './vocabulary.ts';

function existsWithin(
  noun: string,
  anchor: Milestone,
  limit: number,
  dates: readonly number[],
  c: PreparedCourse,
  asOf: number,
): Outcome {
  const start = milestoneDay(c, anchor, asOf);
  if (Number.isNaN(start)) return notApplicable(`Fristen regnes fra ${milestoneLabels[anchor]}, som ikke har fundet sted endnu.`);
  const deadline = start + limit;
  const first = earliestUpTo(dates, asOf);
  if (!Number.isNaN(first)) {
    const late = first > deadline;
    return done(
      `${capitalise(noun)} findes (oprettet ${danishDate(first)})${late ? `, ${days(first - deadline)} efter fristen ${danishDate(deadline)}` : ''}.`,
      late,
    );
  }
  return openTask(
    deadline,
    asOf,
    `Der mangler ${noun}. Fristen er ${days(limit)} efter ${milestoneLabels[anchor]}: ${danishDate(deadline)} (${relative(deadline, asOf)}).`,
  );
}

export function cvWithinDays(r: CompiledRuleOf<'cv_within_days'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  return existsWithin('et CV', r.def.anchor, r.params.days, c.cv, c, ctx.asOf);
}

export function jobGoalWithinDays(r: CompiledRuleOf<'job_goal_within_days'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const goals = r.def.requireConcrete ? c.jobGoals.filter((g) => g.concrete) : c.jobGoals;
  return existsWithin(
    r.def.requireConcrete ? 'et konkret jobmål' : 'et jobmål',
    r.def.anchor,
    r.params.days,
    goals.map((g) => g.day),
    c,
    ctx.asOf,
  );
}

export function planWithinDays(r: CompiledRuleOf<'plan_within_days'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  return existsWithin('en plan', r.def.anchor, r.params.days, c.plans, c, ctx.asOf);
}

/**
 * Someone must hold the role from N days after enrolment on; when the role
 * falls vacant, a successor is due N days after the last day of the previous one.
 */
export function staffRoleAssigned(r: CompiledRuleOf<'staff_role_assigned'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const { asOf } = ctx;
  const role = attendeeRoleLabels[r.def.role];
  let lastEnd = NaN;
  for (const s of c.staff) {
    if (s.role !== r.def.role || s.from > asOf) continue;
    if (s.to >= asOf) return done(`Borgeren har en ${role} siden ${danishDate(s.from)}.`, false);
    if (!(s.to <= lastEnd)) lastEnd = s.to;
  }
  if (Number.isNaN(lastEnd)) {
    const deadline = c.enrolment + r.params.days;
    return openTask(deadline, asOf, `Borgeren har ingen ${role}. Fristen er ${danishDate(deadline)} (${relative(deadline, asOf)}).`);
  }
  const deadline = lastEnd + 1 + r.params.days;
  return openTask(
    deadline,
    asOf,
    `Borgeren har været uden ${role} siden ${danishDate(lastEnd + 1)}. En ny skal tilknyttes senest ${danishDate(deadline)} (${relative(deadline, asOf)}).`,
  );
}

/** Time limits between two dated events on a course (rehabilitation track, placement start). */
import type { CompiledRuleOf } from './compiled.ts';
import { capitalise, danishDate, days, relative, weeks } from './explain.ts';
import { milestoneDay, type PreparedCourse } from './prepared.ts';
import { done, notApplicable, openTask, type EvalContext, type Outcome } from './result.ts';
import { milestoneLabels } from './vocabulary.ts';

export function milestoneWithin(r: CompiledRuleOf<'milestone_within'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const { asOf } = ctx;
  const from = milestoneDay(c, r.def.from, asOf);
  const fromLabel = milestoneLabels[r.def.from];
  const toLabel = milestoneLabels[r.def.to];
  if (Number.isNaN(from)) return notApplicable(`Fristen regnes fra ${fromLabel}, som ikke har fundet sted endnu.`);
  const inWeeks = r.def.params.limit.unit === 'weeks';
  const limitDays = inWeeks ? r.params.limit * 7 : r.params.limit;
  const limitText = inWeeks ? weeks(r.params.limit) : days(r.params.limit);
  const deadline = from + limitDays;
  const to = milestoneDay(c, r.def.to, asOf);
  if (!Number.isNaN(to)) {
    const late = to > deadline;
    return done(
      `${capitalise(toLabel)} var ${danishDate(to)}, ${days(to - from)} efter ${fromLabel} (højst ${limitText})${late ? `: ${days(to - deadline)} for sent` : ''}.`,
      late,
    );
  }
  return openTask(
    deadline,
    asOf,
    `${capitalise(toLabel)} skal ske senest ${limitText} efter ${fromLabel} (${danishDate(from)}), dvs. senest ${danishDate(deadline)} (${relative(deadline, asOf)}).`,
  );
}

/**
 * Progression measurements on a fixed schedule counted in calendar months
 * from the start of the CTI course. A point counts as taken when every listed
 * instrument has a measurement recorded for that point; it is due from
 * `dueSoonDays` before its date and overdue after its date plus the tolerance.
 * Points after the course's last day are not required.
 */
import type { CompiledRuleOf } from './compiled.ts';
import { addMonths } from './days.ts';
import { danishDate, list, relative } from './explain.ts';
import type { PreparedCourse } from './prepared.ts';
import { done, notApplicable, recurring, type EvalContext, type Outcome } from './result.ts';

export function measurementSchedule(r: CompiledRuleOf<'measurement_schedule'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const { asOf } = ctx;
  const support = c.support;
  if (!support || support.start > asOf) return notApplicable('CTI-forløbet er ikke startet, så der er ingen målinger at tage endnu.');
  const schedule = r.def.schedules.find((s) => s.courseMonths === support.plannedMonths);
  if (!schedule) return notApplicable(`Modellen har ingen måleplan for et CTI-forløb på ${support.plannedMonths} måneder.`);
  const lastDay = Math.min(support.end, c.end);
  const tolerance = r.params.toleranceDays;
  let taken = 0;
  for (let point = 0; point < schedule.months.length; point++) {
    const month = schedule.months[point]!;
    const date = addMonths(support.start, month);
    if (date > lastDay) break;
    const complete = r.def.instruments.every((instrument) =>
      c.measurements.some((m) => m.point === point && m.instrument === instrument && m.day <= asOf),
    );
    if (complete) {
      taken++;
      continue;
    }
    const due = date + tolerance;
    const label = month === 0 ? '1. måling (start)' : `${point + 1}. måling (efter ${month} ${month === 1 ? 'måned' : 'måneder'})`;
    const outcome = recurring(
      due,
      { asOf, dueSoonDays: ctx.dueSoonDays + tolerance },
      `${label} med ${list(r.def.instruments)} er planlagt til ${danishDate(date)} og skal være taget senest ${danishDate(due)} (${relative(due, asOf)}).`,
    );
    return outcome.status === 'satisfied' ? { ...outcome, explanation: `${taken} af ${schedule.months.length} målinger taget. ${outcome.explanation}` } : outcome;
  }
  const total = schedule.months.length;
  return done(
    taken === total ? `Alle ${total} planlagte målinger er taget.` : `Alle målinger før forløbets afslutning er taget (${taken} af ${total}).`,
    false,
  );
}

/**
 * Progression measurements on a fixed schedule (ctiMeasurementPlan): the
 * baseline at the course start in the project, the later points in calendar
 * months from the start of the CTI course, the last point always kept (002
 * §7.1.3, §5.1.1). A point counts as taken when every listed instrument has a
 * measurement recorded for it; it is due from `dueSoonDays` before its date
 * and overdue after its date plus the tolerance. Before the CTI course starts
 * only the baseline is asked for.
 */
import { ctiMeasurementPlan, type PlannedMeasurement } from '../models/cti-schedule.ts';
import type { CompiledRuleOf } from './compiled.ts';
import { fromDay, toDay } from './days.ts';
import { danishDate, list, relative } from './explain.ts';
import { OPEN, type PreparedCourse } from './prepared.ts';
import { done, notApplicable, recurring, type EvalContext, type Outcome } from './result.ts';

/** The point's one name on every screen ("1. måling (start)", "2. måling (efter 1 måned)", ...). */
function label(p: PlannedMeasurement): string {
  if (p.point === 0) return '1. måling (start)';
  return `${p.point + 1}. måling (efter ${p.month} ${p.month === 1 ? 'måned' : 'måneder'})`;
}

export function measurementSchedule(r: CompiledRuleOf<'measurement_schedule'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const { asOf } = ctx;
  const support = c.support;
  const started = support !== undefined && support.start <= asOf;
  const schedule = started ? r.def.schedules.find((s) => s.courseMonths === support.plannedMonths) : undefined;
  if (started && !schedule) return notApplicable(`Modellen har ingen måleplan for et CTI-forløb på ${support.plannedMonths} måneder.`);
  const lastDay = Math.min(support?.end ?? OPEN, c.end);
  const plan: PlannedMeasurement[] =
    started && schedule
      ? ctiMeasurementPlan({
          courseStart: fromDay(c.enrolment),
          ctiStart: fromDay(support.start),
          months: schedule.months,
          ...(lastDay === OPEN ? {} : { lastDay: fromDay(lastDay) }),
        })
      : [{ point: 0, month: 0, date: fromDay(Math.min(c.enrolment, support?.start ?? OPEN)), final: false }];
  const tolerance = r.params.toleranceDays;
  let taken = 0;
  for (const p of plan) {
    const complete = r.def.instruments.every((instrument) => c.measurements.some((m) => m.point === p.point && m.instrument === instrument && m.day <= asOf));
    if (complete) {
      taken++;
      continue;
    }
    const date = toDay(p.date);
    const due = date + tolerance;
    const outcome = recurring(
      due,
      { asOf, dueSoonDays: ctx.dueSoonDays + tolerance },
      `${label(p)} med ${list(r.def.instruments)} er planlagt til ${danishDate(date)} og skal være taget senest ${danishDate(due)} (${relative(due, asOf)}).`,
    );
    const total = schedule ? `${taken} af ${schedule.months.length}` : `${taken}`;
    return outcome.status === 'satisfied' ? { ...outcome, explanation: `${total} målinger taget. ${outcome.explanation}` } : outcome;
  }
  if (!schedule) return done('1. måling (start) er taget ved forløbets start. De næste målinger følger CTI-forløbet, når det starter.', false);
  const total = schedule.months.length;
  return done(
    taken === total
      ? `Alle ${total} planlagte målinger er taget.`
      : `Alle ${taken} målinger i forløbet er taget, også den afsluttende; ${total - taken} mellemliggende målinger faldt efter forløbets afslutning.`,
    false,
  );
}

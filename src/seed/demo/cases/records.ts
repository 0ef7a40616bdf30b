/**
 * Helpers the model builders share: fitting a phase path into the time a
 * citizen has had, spreading dates, the citizen's CV versions, plan versions
 * and the ABC job goals.
 */
import type { DemoCitizen } from '../context.ts';
import { addDays, daysBetween, minDate } from '../dates.ts';
import type { Random } from '../random.ts';
import { stamp, type CaseContext } from './context.ts';
import type { CourseBuilder } from './course.ts';
import { firstCv, nextCv } from './cv.ts';
import type { Occupation, Theme } from './occupations.ts';
import type { PlanStage, PlanStory } from './plans.ts';

/**
 * Days per step of a phase path: each drawn from its range, the last being
 * the time spent so far in the current phase; scaled down when the total
 * does not fit in `available` days (never below one day a step).
 */
export function fitSteps(random: Random, ranges: readonly (readonly [number, number])[], available: number): number[] {
  const days = ranges.map(([lo, hi]) => random.int(lo, Math.max(lo, hi)));
  const total = days.reduce((a, b) => a + b, 0);
  if (total <= available) return days;
  const factor = available / total;
  const scaled = days.map((d) => Math.max(1, Math.floor(d * factor)));
  let over = scaled.reduce((a, b) => a + b, 0) - available;
  for (let i = 0; over > 0 && i < scaled.length * 50; i++) {
    const k = i % scaled.length;
    if ((scaled[k] ?? 0) > 1) {
      scaled[k] = (scaled[k] ?? 1) - 1;
      over--;
    }
  }
  return scaled;
}

/** Start date of each step, from `start`. */
export function stepStarts(start: string, days: readonly number[]): string[] {
  const out: string[] = [];
  let day = start;
  for (const d of days) {
    out.push(day);
    day = addDays(day, d);
  }
  return out;
}

/** `count` dates in [from, to], ascending, at least `minGap` days apart where possible. */
export function spreadDates(random: Random, from: string, to: string, count: number, minGap = 20): string[] {
  const span = daysBetween(from, to);
  if (span < 0 || count <= 0) return [];
  const n = Math.max(1, Math.min(count, Math.floor(span / minGap) + 1));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const lo = Math.floor((span * i) / n);
    const hi = Math.max(lo, Math.floor((span * (i + 1)) / n) - 1);
    out.push(addDays(from, random.int(lo, hi)));
  }
  return out;
}

/** Writes the next version of the citizen's CV on `date`. */
export function writeCv(cc: CaseContext, random: Random, citizen: DemoCitizen, theme: Theme, date: string, by: string | null, placementTitle: string | null = null): void {
  if (date > cc.lastDay) throw new Error(`Demo seed: CV dated ${date}, after the last day.`);
  const previous = cc.cvs.get(citizen.id);
  if (previous && date < previous.date) return;
  const content = previous ? nextCv(random, previous.content, theme, date, placementTitle) : firstCv(random, citizen, theme, date);
  const versionNo = (previous?.versionNo ?? 0) + 1;
  cc.cvs.set(citizen.id, { versionNo, date, content });
  cc.rows.cv_version.push({
    id: random.uuid(),
    citizen_id: citizen.id,
    version_no: versionNo,
    content: JSON.stringify(content),
    created_by: by,
    created_at: stamp(date, 300 + versionNo),
  });
}

/** Plan versions on the given days. */
export function writePlans(b: CourseBuilder, story: PlanStory, versions: readonly { date: string; stage: PlanStage; jobTitle: string | null; by: string | null }[]): void {
  for (const v of versions) b.plan(v.date, story.next(v.date, v.stage, v.jobTitle), v.by);
}

/** The stage of the plan in a phase. */
export function stageOf(phase: string, companyPhases: readonly string[], matchPhases: readonly string[]): PlanStage {
  return companyPhases.includes(phase) ? 'company' : matchPhases.includes(phase) ? 'match' : 'start';
}

export interface GoalChoice {
  a: Occupation;
  b: Occupation;
  c: Occupation;
}

export function chooseGoals(random: Random, theme: Theme): GoalChoice {
  return { a: random.pick(theme.a), b: random.pick(theme.b), c: random.pick(theme.c) };
}

/**
 * The ABC job goals: optionally a loose job wish first (not concrete; ended
 * when the concrete goal is set), the concrete A goal on `concreteOn`, and B
 * and C goals later on `bcOn`.
 */
export function writeJobGoals(
  b: CourseBuilder,
  random: Random,
  theme: Theme,
  goals: GoalChoice,
  opts: { wishOn: string | null; concreteOn: string | null; bcOn: string | null; by: string | null; end: string },
): void {
  const { wishOn, concreteOn, bcOn, by } = opts;
  if (wishOn && (!concreteOn || wishOn <= concreteOn)) {
    b.jobGoal({
      tier: 'A',
      code: null,
      text: theme.wish,
      industry: null,
      concrete: false,
      ownWish: true,
      setOn: wishOn,
      endedOn: concreteOn ? minDate(concreteOn, opts.end) : null,
      note: 'Borgerens eget ønske; skal gøres konkret.',
      by,
    });
  }
  if (concreteOn) {
    b.jobGoal({ tier: 'A', code: goals.a.code, text: goals.a.title, industry: goals.a.industry, concrete: true, ownWish: true, setOn: concreteOn, by });
  }
  if (bcOn && (!concreteOn || bcOn >= concreteOn)) {
    b.jobGoal({ tier: 'B', code: goals.b.code, text: goals.b.title, industry: goals.b.industry, concrete: true, ownWish: random.chance(0.6), setOn: bcOn, by });
    if (random.chance(0.7)) {
      b.jobGoal({
        tier: 'C',
        code: goals.c.code,
        text: goals.c.title,
        industry: goals.c.industry,
        concrete: true,
        ownWish: false,
        setOn: bcOn,
        note: 'Job, der kan gøre borgeren selvforsørgende, mens A-målet er længere væk.',
        by,
      });
    }
  }
}

/** A date `lo..hi` days after `from`, capped at `cap`. */
export function after(random: Random, from: string, lo: number, hi: number, cap: string): string {
  return minDate(addDays(from, random.int(lo, Math.max(lo, hi))), cap);
}

/**
 * Weekly hours at a company: unpaid placement hours that start low (4-10)
 * and are stepped up, and for some placements paid ordinary hours that
 * appear after some weeks and rise while the unpaid hours give way. Actual
 * hours follow the plan with the odd sick day, holiday week or no-show; a
 * placement that breaks off shows falling attendance at the end. Hours are
 * in half hours, per week starting Monday, only for weeks that are over.
 */
import { mondayOf } from '../../../domain/placements/hours.ts';
import { addDays } from '../dates.ts';
import type { Random } from '../random.ts';
import { hoursNotes } from './texts.ts';

/** The Monday of the week a date falls in: the domain's, so the demo's weeks are the ones the API accepts. */
export { mondayOf };

export interface Trajectory {
  /** Unpaid hours in the first full week. */
  unpaid0: number;
  unpaidCap: number;
  unpaidStep: number;
  /** Weeks between steps. */
  every: number;
  /** Week index (0 = first week) the paid hours begin, or null. */
  paidFrom: number | null;
  paid0: number;
  paidStep: number;
  paidEvery: number;
  paidCap: number;
  /** Week index from which there are no unpaid hours (after a conversion), or null. */
  unpaidEndsAt: number | null;
  /** Share of weeks where the actual hours are as planned. */
  reliability: number;
  /** Weeks at the end with falling attendance (a placement breaking off). */
  breakOff: number;
  /** The hours are wage-subsidy hours (løntilskud), kept in the unpaid column. */
  subsidy: boolean;
}

export interface HoursWeek {
  weekStart: string;
  plannedUnpaid: number;
  plannedPaid: number;
  actualUnpaid: number | null;
  actualPaid: number | null;
  note: string | null;
}

const half = (x: number) => Math.max(0, Math.round(x * 2) / 2);

/** Planned hours in week `i` of the trajectory, for a full week. */
export function plannedFor(t: Trajectory, i: number): { unpaid: number; paid: number } {
  let unpaid = Math.min(t.unpaidCap, t.unpaid0 + Math.floor(i / t.every) * t.unpaidStep);
  const paid = t.paidFrom !== null && i >= t.paidFrom ? Math.min(t.paidCap, t.paid0 + Math.floor((i - t.paidFrom) / t.paidEvery) * t.paidStep) : 0;
  // Paid hours take over the unpaid ones.
  if (paid > 0) unpaid = Math.max(0, unpaid - 0.6 * paid);
  if (t.unpaidEndsAt !== null && i >= t.unpaidEndsAt) unpaid = 0;
  if (unpaid + paid > 37) unpaid = Math.max(0, 37 - paid);
  return { unpaid: half(unpaid), paid: half(paid) };
}

/** Weekdays (Mon-Fri) of the week starting `monday` that fall within [from, to]. */
function workdays(monday: string, from: string, to: string | null): number {
  let n = 0;
  for (let k = 0; k < 5; k++) {
    const d = addDays(monday, k);
    if (d >= from && (to === null || d <= to)) n++;
  }
  return n;
}

/** A Danish holiday week: the three weeks of the July holiday or the week of Christmas/New Year. */
function holidayWeek(monday: string): boolean {
  const md = monday.slice(5);
  return (md >= '07-06' && md <= '07-27') || md >= '12-22' || md <= '01-01';
}

/**
 * The week rows of a placement from its start to `lastWeek` (the Monday of
 * the last week to record: the last full week, or the week it ended).
 * `weekOffset` is the index of the first row in the trajectory (for the
 * ordinary-hours placement that continues a converted one).
 */
export function weeklyHours(
  random: Random,
  t: Trajectory,
  period: { from: string; to: string | null },
  lastWeek: string,
  options: { weekOffset?: number; missingLatest?: boolean } = {},
): HoursWeek[] {
  const out: HoursWeek[] = [];
  const first = mondayOf(period.from);
  const offset = options.weekOffset ?? 0;
  const weeks: string[] = [];
  for (let w = first; w <= lastWeek; w = addDays(w, 7)) weeks.push(w);
  const holidayTaken = new Set<string>();
  weeks.forEach((monday, j) => {
    const i = j + offset;
    const days = workdays(monday, period.from, period.to);
    if (days === 0) return;
    const plan = plannedFor(t, i);
    const share = days / 5;
    let plannedUnpaid = half(plan.unpaid * share);
    let plannedPaid = half(plan.paid * share);
    let actualUnpaid: number | null = plannedUnpaid;
    let actualPaid: number | null = plannedPaid;
    let note: string | null = j === 0 && t.subsidy ? hoursNotes.subsidy : null;
    const year = monday.slice(0, 4);
    const fromEnd = weeks.length - 1 - j;
    if (holidayWeek(monday) && !holidayTaken.has(year) && j > 0 && random.chance(0.45)) {
      // One holiday week a year, planned as such.
      holidayTaken.add(year);
      plannedUnpaid = 0;
      plannedPaid = 0;
      actualUnpaid = 0;
      actualPaid = 0;
      note = hoursNotes.holiday;
    } else if (t.breakOff > 0 && fromEnd < t.breakOff && period.to !== null) {
      const kept = random.float(0, 0.45);
      actualUnpaid = half(plannedUnpaid * kept);
      actualPaid = half(plannedPaid * kept);
      note = random.chance(0.5) ? hoursNotes.absent : hoursNotes.sick;
    } else if (!random.chance(t.reliability)) {
      const sick = random.chance(0.7);
      const kept = sick ? random.float(0.4, 0.8) : random.float(0.6, 0.85);
      actualUnpaid = half(plannedUnpaid * kept);
      actualPaid = half(plannedPaid * (sick ? kept : 1));
      note = sick ? hoursNotes.sick : hoursNotes.absent;
    }
    out.push({ weekStart: monday, plannedUnpaid, plannedPaid, actualUnpaid, actualPaid, note });
  });
  const latest = out.at(-1);
  if (latest && options.missingLatest) {
    // Not recorded yet: the job broker fills it in at the next contact.
    latest.actualUnpaid = null;
    latest.actualPaid = null;
  }
  return out;
}

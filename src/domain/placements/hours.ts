/**
 * Weekly hours in a company placement: unpaid placement hours and paid
 * ordinary hours (løntimer), each planned and actual. A week is identified by
 * its Monday. The headline outcome of every model is ordinary paid hours, so
 * the progression summary is about actual paid hours, measured against the
 * course's model's hours goal (`HoursGoal`: Flere skal med 30 a week, 000 §1;
 * TRIN 30 a month, 004; the other models have none).
 *
 * A monthly goal is met on calendar-month sums of the weekly paid hours
 * (`paidHoursByMonth`). A week that spans two months is split by its days:
 * each of its seven days carries a seventh of the week's hours and counts in
 * the month it falls in (the week of Monday 29 January gives 3/7 to January
 * and 4/7 to February). The weekly figures do not say which days were worked,
 * so every day weighs the same.
 *
 * Week rules (`checkHoursWeek`):
 * - weekStart is a Monday;
 * - the week (Monday-Sunday) overlaps the placement's period: a placement
 *   starting on a Wednesday has that week's Monday as its first week;
 * - actual hours are only for a week that has begun (planned hours may be
 *   entered ahead);
 * - each figure 0-80 with at most one decimal; planned unpaid + paid and
 *   actual unpaid + paid each at most 80 (one working week).
 */
import { fromDay, isIsoDate, toCivil, toDay } from '../rules/days.ts';
import { danishDateOf } from '../rules/explain.ts';

export const HOURS_MAX = 80;

export const hoursGoalPeriods = ['week', 'month'] as const;
export type HoursGoalPeriod = (typeof hoursGoalPeriods)[number];

/** A model's goal of actual paid (ordinary) hours: at least `hours` in one week or one calendar month. */
export interface HoursGoal {
  hours: number;
  period: HoursGoalPeriod;
}

/** How much the mean weekly paid hours must change before the trend is called rising or falling. */
export const TREND_TOLERANCE_HOURS = 0.5;

/** Weeks compared on each side of the trend. */
export const TREND_WINDOW_WEEKS = 4;

export interface HoursInput {
  plannedUnpaidHours: number;
  plannedPaidHours: number;
  actualUnpaidHours?: number | null;
  actualPaidHours?: number | null;
}

export interface HoursWeek {
  weekStart: string;
  plannedUnpaidHours: number;
  plannedPaidHours: number;
  actualUnpaidHours: number | null;
  actualPaidHours: number | null;
}

export interface HoursProgression {
  weeks: { weekStart: string; unpaid: number | null; paid: number | null; plannedUnpaid: number; plannedPaid: number }[];
  /** First week with actual paid hours above 0. */
  firstPaidWeek: string | null;
  /** Actual paid hours in the latest week with actual hours recorded. */
  latestPaid: number | null;
  trend: 'rising' | 'flat' | 'falling' | 'none';
  /** Actual paid hours per calendar month (`paidHoursByMonth`), oldest first. */
  months: MonthPaid[];
  /** The course's model's hours goal; null when the model has none. */
  goal: HoursGoal | null;
  /** Whether some week (weekly goal) or calendar month (monthly goal) reached the goal; null without a goal. */
  reached: boolean | null;
}

/** Actual paid hours in a calendar month ('YYYY-MM'), rounded to one decimal. */
export interface MonthPaid {
  month: string;
  paid: number;
}

/** A week's actual figures, as the progression and the hours chart carry them. */
export type ActualWeek = { weekStart: string; unpaid: number | null; paid: number | null };

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function isMonday(iso: string): boolean {
  return isIsoDate(iso) && isoWeekday(toDay(iso)) === 1;
}

/** The Monday of the week `iso` falls in. */
export function mondayOf(iso: string): string {
  const day = toDay(iso);
  return fromDay(day - isoWeekday(day) + 1);
}

/** At most one decimal (the columns are numeric(4,1); rounding silently would change what was typed). */
export function hasOneDecimal(hours: number): boolean {
  return Math.abs(Math.round(hours * 10) - hours * 10) < 1e-9;
}

function checkFigure(value: number | null | undefined, field: string, errors: Record<string, string>): void {
  if (value === null || value === undefined) return;
  if (!Number.isFinite(value) || value < 0 || value > HOURS_MAX) errors[field] = `Timetallet skal ligge mellem 0 og ${HOURS_MAX}.`;
  else if (!hasOneDecimal(value)) errors[field] = 'Timetallet må højst have én decimal.';
}

/**
 * Field errors (Danish) for one week's hours in a placement running
 * `period.from` to `period.to` (open while running); empty when valid.
 */
export function checkHoursWeek(weekStart: string, hours: HoursInput, period: { from: string; to: string | null }, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!isIsoDate(weekStart)) {
    errors.weekStart = 'Ugen angives med datoen for dens mandag (ÅÅÅÅ-MM-DD).';
  } else if (!isMonday(weekStart)) {
    errors.weekStart = `Ugen angives med datoen for dens mandag; ${danishDateOf(weekStart)} er ikke en mandag (ugens mandag er ${danishDateOf(mondayOf(weekStart))}).`;
  } else {
    const sunday = fromDay(toDay(weekStart) + 6);
    if (sunday < period.from) errors.weekStart = `Ugen ligger før virksomhedsforløbets start (${danishDateOf(period.from)}).`;
    else if (period.to !== null && weekStart > period.to) errors.weekStart = `Ugen ligger efter virksomhedsforløbets slutning (${danishDateOf(period.to)}).`;
  }
  checkFigure(hours.plannedUnpaidHours, 'plannedUnpaidHours', errors);
  checkFigure(hours.plannedPaidHours, 'plannedPaidHours', errors);
  checkFigure(hours.actualUnpaidHours, 'actualUnpaidHours', errors);
  checkFigure(hours.actualPaidHours, 'actualPaidHours', errors);
  if (!errors.plannedUnpaidHours && !errors.plannedPaidHours && hours.plannedUnpaidHours + hours.plannedPaidHours > HOURS_MAX) {
    errors.plannedPaidHours = `Planlagte ulønnede og lønnede timer kan tilsammen højst være ${HOURS_MAX} om ugen.`;
  }
  const actualUnpaid = hours.actualUnpaidHours ?? 0;
  const actualPaid = hours.actualPaidHours ?? 0;
  if (!errors.actualUnpaidHours && !errors.actualPaidHours && actualUnpaid + actualPaid > HOURS_MAX) {
    errors.actualPaidHours = `Faktiske ulønnede og lønnede timer kan tilsammen højst være ${HOURS_MAX} om ugen.`;
  }
  const hasActual = (hours.actualUnpaidHours ?? null) !== null || (hours.actualPaidHours ?? null) !== null;
  if (hasActual && !errors.weekStart && isIsoDate(weekStart) && weekStart > today) {
    const field = (hours.actualPaidHours ?? null) !== null ? 'actualPaidHours' : 'actualUnpaidHours';
    errors[field] ??= 'Faktiske timer kan først registreres, når ugen er begyndt.';
  }
  return errors;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * The progression in paid hours over a placement's weeks (any order).
 *
 * A week counts as recorded when actual hours (unpaid or paid) are entered;
 * in a recorded week, paid hours left empty count as 0. The trend compares
 * the mean actual paid hours of the latest recorded weeks with the weeks
 * before them: up to 4 on each side, fewer while there are fewer than 8
 * recorded weeks (the later half, rounded up, against the earlier half), so
 * two weeks already show a direction. A change of more than half an hour a
 * week is rising or falling; otherwise flat; fewer than two recorded weeks
 * give 'none'.
 */
export function hoursProgression(weeks: readonly HoursWeek[], goal: HoursGoal | null): HoursProgression {
  const sorted = [...weeks].sort((a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0));
  const recorded = sorted.filter((w) => w.actualUnpaidHours !== null || w.actualPaidHours !== null);
  const paid = recorded.map((w) => w.actualPaidHours ?? 0);
  const firstPaid = sorted.find((w) => (w.actualPaidHours ?? 0) > 0);
  let trend: HoursProgression['trend'] = 'none';
  if (paid.length >= 2) {
    const recentCount = Math.min(TREND_WINDOW_WEEKS, Math.ceil(paid.length / 2));
    const recent = paid.slice(-recentCount);
    const before = paid.slice(Math.max(0, paid.length - recentCount - TREND_WINDOW_WEEKS), paid.length - recentCount);
    const change = mean(recent) - mean(before);
    trend = change > TREND_TOLERANCE_HOURS ? 'rising' : change < -TREND_TOLERANCE_HOURS ? 'falling' : 'flat';
  }
  const rows = sorted.map((w) => ({
    weekStart: w.weekStart,
    unpaid: w.actualUnpaidHours,
    paid: w.actualPaidHours,
    plannedUnpaid: w.plannedUnpaidHours,
    plannedPaid: w.plannedPaidHours,
  }));
  return {
    weeks: rows,
    firstPaidWeek: firstPaid?.weekStart ?? null,
    latestPaid: paid.length ? paid[paid.length - 1]! : null,
    trend,
    months: paidHoursByMonth(rows),
    goal,
    reached: goalReached(rows, goal),
  };
}

const isRecorded = (w: ActualWeek) => w.unpaid !== null || w.paid !== null;

/**
 * Actual paid hours per calendar month, oldest first, from weekly figures
 * (any order): a week spanning two months is split by its days, a seventh
 * each. Only recorded weeks count (actual unpaid or paid entered; empty paid
 * is 0); a month appears when a recorded week touches it. Summed exactly (in
 * sevenths of a tenth of an hour) and rounded to one decimal at the end.
 */
export function paidHoursByMonth(weeks: readonly ActualWeek[]): MonthPaid[] {
  const units = new Map<string, number>();
  for (const w of weeks) {
    if (!isRecorded(w)) continue;
    const tenths = Math.round((w.paid ?? 0) * 10);
    const monday = toDay(w.weekStart);
    for (let d = 0; d < 7; d++) {
      const { year, month } = toCivil(monday + d);
      const key = `${year}-${String(month).padStart(2, '0')}`;
      units.set(key, (units.get(key) ?? 0) + tenths);
    }
  }
  return [...units]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, sevenths]) => ({ month, paid: Math.round(sevenths / 7) / 10 }));
}

/**
 * Whether actual paid hours reached the goal: in some week for a weekly
 * goal, in some calendar month for a monthly one, on the month's figure as
 * shown (`paidHoursByMonth`, one decimal), so a screen never shows 30,0 as
 * not reached; null without a goal.
 */
export function goalReached(weeks: readonly ActualWeek[], goal: HoursGoal | null): boolean | null {
  if (!goal) return null;
  if (goal.period === 'week') return weeks.some((w) => (w.paid ?? 0) >= goal.hours);
  return paidHoursByMonth(weeks).some((m) => m.paid >= goal.hours);
}

/**
 * Sum of actual paid hours in the `count` full weeks before the week of
 * `today` (the caseload's "løntimer, 4 uger"); null when no actual hours were
 * recorded in those weeks.
 */
export function paidHoursInWeeksBefore(weeks: readonly Pick<HoursWeek, 'weekStart' | 'actualUnpaidHours' | 'actualPaidHours'>[], today: string, count = 4): number | null {
  const { from, to } = fullWeeksBefore(today, count);
  let sum: number | null = null;
  for (const w of weeks) {
    if (w.weekStart < from || w.weekStart > to) continue;
    if (w.actualPaidHours === null && w.actualUnpaidHours === null) continue;
    sum = (sum ?? 0) + (w.actualPaidHours ?? 0);
  }
  return sum === null ? null : Math.round(sum * 10) / 10;
}

/** Mondays of the first and last of the `count` full weeks before the week of `today`. */
export function fullWeeksBefore(today: string, count = 4): { from: string; to: string } {
  const monday = toDay(mondayOf(today));
  return { from: fromDay(monday - 7 * count), to: fromDay(monday - 7) };
}

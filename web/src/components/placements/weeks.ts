/**
 * Weeks of a placement's hours: which Mondays the week picker offers, the
 * rows behind the hours chart and its table (one placement or several added
 * up), and ISO week numbers for labels. The week rules are the domain's
 * (src/domain/placements/hours.ts): a week is named by its Monday and
 * belongs to a placement when it overlaps the placement's period; actual
 * hours only for a week that has begun.
 */
import { hasOneDecimal, mondayOf } from '../../../../src/domain/placements/hours.ts';
import { fromDay, toCivil, toDay } from '../../../../src/domain/rules/days.ts';
import type { HoursWeek } from '../../api/placements.ts';

export { goalReached, isMonday, mondayOf, paidHoursByMonth } from '../../../../src/domain/placements/hours.ts';
export type { HoursGoal, MonthPaid } from '../../../../src/domain/placements/hours.ts';

/** How far ahead the picker offers weeks of a placement without an end date (planned hours may be entered ahead). */
export const WEEKS_AHEAD = 12;

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(iso: string): { year: number; week: number } {
  const thursday = toDay(mondayOf(iso)) + 3;
  const { year } = toCivil(thursday);
  const firstThursdayWeek = toDay(mondayOf(`${year}-01-04`)) + 3;
  return { year, week: Math.floor((thursday - firstThursdayWeek) / 7) + 1 };
}

/**
 * The Mondays of the weeks a placement's hours may be entered for, oldest
 * first: from the week the placement starts in to the week it ends in, or,
 * while it runs, up to WEEKS_AHEAD weeks past the current week.
 */
export function placementWeeks(period: { from: string; to: string | null }, today: string, weeksAhead = WEEKS_AHEAD): string[] {
  const first = mondayOf(period.from);
  const last = period.to ? mondayOf(period.to) : addDays(mondayOf(today), 7 * weeksAhead);
  const weeks: string[] = [];
  for (let week = first; week <= last; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/** Actual hours can be entered once the week has begun. */
export function weekHasBegun(weekStart: string, today: string): boolean {
  return weekStart <= today;
}

/** The week to preselect: the latest week that has begun and has no actual hours yet, else the current week when offered, else the first. */
export function defaultWeek(weeks: readonly string[], recorded: readonly HoursWeek[], today: string): string {
  const done = new Set(recorded.filter((w) => w.actualUnpaidHours !== null || w.actualPaidHours !== null).map((w) => w.weekStart));
  const begun = weeks.filter((w) => weekHasBegun(w, today));
  const open = begun.filter((w) => !done.has(w));
  return open[0] ?? (weeks.includes(mondayOf(today)) ? mondayOf(today) : (weeks[0] ?? ''));
}

/** One week of the chart and its table. Actual figures are null when nothing was recorded. */
export interface HoursRow {
  weekStart: string;
  unpaid: number | null;
  paid: number | null;
  plannedUnpaid: number;
  plannedPaid: number;
}

const round = (hours: number) => Math.round(hours * 10) / 10;

export function rowsOf(hours: readonly HoursWeek[]): HoursRow[] {
  return [...hours]
    .sort((a, b) => a.weekStart.localeCompare(b.weekStart))
    .map((w) => ({
      weekStart: w.weekStart,
      unpaid: w.actualUnpaidHours,
      paid: w.actualPaidHours,
      plannedUnpaid: w.plannedUnpaidHours,
      plannedPaid: w.plannedPaidHours,
    }));
}

function add(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return round(a + b);
}

/**
 * Several placements' weeks added up per week (a citizen may be in two
 * placements at once, e.g. a hybrid). In a week where any actual hours were
 * recorded, an empty figure of another placement counts as nothing, not 0.
 */
export function combineRows(placements: readonly (readonly HoursRow[])[]): HoursRow[] {
  const byWeek = new Map<string, HoursRow>();
  for (const rows of placements) {
    for (const row of rows) {
      const seen = byWeek.get(row.weekStart);
      byWeek.set(
        row.weekStart,
        seen
          ? {
              weekStart: row.weekStart,
              unpaid: add(seen.unpaid, row.unpaid),
              paid: add(seen.paid, row.paid),
              plannedUnpaid: round(seen.plannedUnpaid + row.plannedUnpaid),
              plannedPaid: round(seen.plannedPaid + row.plannedPaid),
            }
          : { ...row },
      );
    }
  }
  return [...byWeek.values()].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
}

/** Actual hours of a row: null when nothing was recorded that week. */
export function actualTotal(row: Pick<HoursRow, 'unpaid' | 'paid'>): number | null {
  if (row.unpaid === null && row.paid === null) return null;
  return round((row.unpaid ?? 0) + (row.paid ?? 0));
}

/**
 * Hours typed the Danish way ('7,5') or the English way ('7.5'); '' is
 * null; anything else NaN (the form reports it).
 */
export function parseHours(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed);
}

/** Hours as the user typed them back: a decimal comma in Danish. */
export function hoursText(hours: number | null | undefined, locale: string): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return '';
  const text = String(round(hours));
  return locale.startsWith('da') ? text.replace('.', ',') : text;
}

/** At most one decimal, 0-80: the API's limits for a weekly figure. */
export function validHours(hours: number, max = 80): boolean {
  return Number.isFinite(hours) && hours >= 0 && hours <= max && hasOneDecimal(hours);
}

/**
 * ISO calendar-date arithmetic ('YYYY-MM-DD') for the demo seed, in UTC day
 * numbers so that no time zone or daylight-saving shift can move a date.
 */

import { addMonths as addMonthsToDay, fromDay, isIsoDate, toDay } from '../../domain/rules/days.ts';

// The seed works on ISO strings; the arithmetic is the domain's, so demo
// dates follow exactly the calendar rules the engine uses.
export { isIsoDate };

/** Days since 1970-01-01 for an ISO date. */
export const dayNumber = toDay;
export const fromDayNumber = fromDay;

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** Calendar months; the day is clamped to the target month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  return fromDay(addMonthsToDay(toDay(iso), months));
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** The local calendar date of the machine, as the default "today". */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

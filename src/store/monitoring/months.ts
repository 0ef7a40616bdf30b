/**
 * The store's month helpers on top of domain/monitoring/months.ts: the
 * first day of a month as stored in DATE columns, the month a week (its
 * Monday) belongs to, and the Monday of a day.
 */
import { monthKey, monthOfDay, monthOfDate } from '../../domain/monitoring/months.ts';
import type { MonthIndex } from '../../domain/monitoring/person-periods.ts';

export { endOfMonth, firstDayOfMonth, lastDayOfMonth, monthIndex, monthKey, monthOfDate, monthOfDay, monthRange, weeksInMonth } from '../../domain/monitoring/months.ts';

/** The month of a 'YYYY-MM' key or a 'YYYY-MM-DD' date (DATE columns). */
export const monthIndexOf = (keyOrDate: string): MonthIndex => monthOfDate(keyOrDate);

/** The first day of the month, as stored in DATE columns ('2018-07-01'). */
export const firstDayOf = (index: MonthIndex): string => `${monthKey(index)}-01`;

/** Month index of the week that starts on Monday `monday` (a day number): the month of its Thursday. */
export const monthOfWeek = (monday: number): MonthIndex => monthOfDay(monday + 3);

/** The Monday on or before a day number (1970-01-01, day 0, was a Thursday). */
export const mondayOf = (day: number): number => day - ((((day + 3) % 7) + 7) % 7);

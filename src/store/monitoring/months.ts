/**
 * Month arithmetic for the monitoring store: month keys ('2018-07'), month
 * indexes (year * 12 + month - 1, domain/monitoring/person-periods.ts),
 * first days stored in DATE columns, and which month a week belongs to (the
 * month of its Thursday).
 */
import { toCivil, toDay } from '../../domain/rules/days.ts';
import type { MonthIndex, MonthKey } from '../../domain/monitoring/person-periods.ts';

/** '2018-07' -> 2018 * 12 + 6. Also takes a date ('2018-07-01'). */
export function monthIndexOf(keyOrDate: string): MonthIndex {
  return Number(keyOrDate.slice(0, 4)) * 12 + Number(keyOrDate.slice(5, 7)) - 1;
}

/** 2018 * 12 + 6 -> '2018-07'. */
export function monthKeyOf(index: MonthIndex): MonthKey {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}

/** The first day of the month, as stored in DATE columns. */
export const firstDayOf = (index: MonthIndex): string => `${monthKeyOf(index)}-01`;

/** Day number (domain/rules/days.ts) of the month's first day. */
export const firstDayNumber = (index: MonthIndex): number => toDay(firstDayOf(index));

/** Day number of the month's last day. */
export const lastDayNumber = (index: MonthIndex): number => firstDayNumber(index + 1) - 1;

/** Month index of a day number (allocation-free). */
export function monthOfDay(day: number): MonthIndex {
  const c = toCivil(day);
  return c.year * 12 + c.month - 1;
}

/** Month index of the week that starts on Monday `monday` (a day number): the month of its Thursday. */
export const monthOfWeek = (monday: number): MonthIndex => monthOfDay(monday + 3);

/** The Monday on or before a day number (1970-01-01 was a Thursday). */
export const mondayOf = (day: number): number => day - ((((day + 3) % 7) + 7) % 7);

/** An inclusive range of month indexes. */
export function monthRange(from: MonthIndex, to: MonthIndex): MonthIndex[] {
  const out: MonthIndex[] = [];
  for (let m = from; m <= to; m++) out.push(m);
  return out;
}

/**
 * Month and week arithmetic for the monitoring. A month is an absolute index,
 * year * 12 + (month - 1), so series from different sources line up without
 * Date objects (person-periods.ts). A week belongs to the month that holds its
 * Thursday (ISO 8601's rule for which year a week belongs to), so every week
 * is in exactly one month and a month holds four or five weeks.
 *
 * Day numbers are days since 1970-01-01 (rules/days.ts); 1970-01-01 was a
 * Thursday, so the Thursdays are exactly the day numbers divisible by 7.
 * The functions here run in the KPI engine's per-person loop: no allocation.
 */
import { addMonths, daysInMonth, toDay } from '../rules/days.ts';
import type { MonthIndex, MonthKey } from './person-periods.ts';

/** Month index of 'YYYY-MM'; throws naming the value when it is not a month. */
export function monthIndex(key: MonthKey): MonthIndex {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  const year = match ? Number(match[1]) : NaN;
  const month = match ? Number(match[2]) : NaN;
  if (!match || month < 1 || month > 12) throw new RangeError(`month: '${key}' is not a month written YYYY-MM`);
  return year * 12 + (month - 1);
}

/** 'YYYY-MM' of a month index. */
export function monthKey(index: MonthIndex): MonthKey {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}

/** Month index of an ISO date 'YYYY-MM-DD' (read from the digits; the date is trusted to be valid). */
export function monthOfDate(iso: string): MonthIndex {
  const year =
    (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48);
  const month = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  return year * 12 + month - 1;
}

/** Month index of 1970-01, whose first day is day number 0. */
const EPOCH_MONTH = 1970 * 12;

/** Months 1900-01 .. 2199-12 whose first days and week counts are remembered (the engine asks per person-month). */
const CACHE_FROM = 1900 * 12;
const CACHE_SIZE = 300 * 12;
const firstDays = new Int32Array(CACHE_SIZE + 1);
const weeksCache = new Int8Array(CACHE_SIZE);
for (let i = 0; i <= CACHE_SIZE; i++) firstDays[i] = addMonths(0, CACHE_FROM + i - EPOCH_MONTH);

/** Day number of the first day of a month (no string, no allocation). */
export function firstDayOfMonth(index: MonthIndex): number {
  const i = index - CACHE_FROM;
  return i >= 0 && i <= CACHE_SIZE ? firstDays[i]! : addMonths(0, index - EPOCH_MONTH);
}

/** Day number of the last day of a month. */
export function lastDayOfMonth(index: MonthIndex): number {
  return firstDayOfMonth(index + 1) - 1;
}

/** ISO date of the last day of a month ('2018-02' → '2018-02-28'). */
export function endOfMonth(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${daysInMonth(year, month)}`;
}


/** Number of weeks that belong to a month: the Thursdays in it (4 or 5). */
export function weeksInMonth(index: MonthIndex): number {
  const i = index - CACHE_FROM;
  const cached = i >= 0 && i < weeksCache.length ? weeksCache[i]! : 0;
  if (cached) return cached;
  const weeks = Math.floor(lastDayOfMonth(index) / 7) - Math.floor((firstDayOfMonth(index) - 1) / 7);
  if (i >= 0 && i < weeksCache.length) weeksCache[i] = weeks;
  return weeks;
}

/** Weeks of a calendar year: the weeks of its twelve months (52 or 53). */
export function weeksInYear(year: number): number {
  let weeks = 0;
  for (let m = 0; m < 12; m++) weeks += weeksInMonth(year * 12 + m);
  return weeks;
}

/** Day number of the Thursday of ISO week `week` of ISO year `year`. */
export function thursdayOfIsoWeek(year: number, week: number): number {
  const jan4 = toDay(`${String(year).padStart(4, '0')}-01-04`);
  const mondayBased = (((jan4 + 3) % 7) + 7) % 7; // Monday = 0; day 0 (1970-01-01) was a Thursday
  return jan4 - mondayBased + 3 + (week - 1) * 7;
}

/** Month index of an ISO week written '2018-W07': the month that holds its Thursday. */
export function monthOfIsoWeek(isoWeek: string): MonthIndex {
  const match = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  const week = match ? Number(match[2]) : NaN;
  if (!match || week < 1 || week > 53) throw new RangeError(`week: '${isoWeek}' is not an ISO week written YYYY-Www`);
  return monthOfDay(thursdayOfIsoWeek(Number(match[1]), week));
}

/** Month index of a day number. */
export function monthOfDay(day: number): MonthIndex {
  // Hinnant's civil-from-days, inlined so the hot loop needs no object.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** The months from `from` to `to`, both included (empty when to < from). */
export function monthRange(from: MonthIndex, to: MonthIndex): MonthIndex[] {
  const months: MonthIndex[] = [];
  for (let m = from; m <= to; m++) months.push(m);
  return months;
}

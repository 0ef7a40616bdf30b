/**
 * The time keys of register extracts: ISO 8601 weeks ('2018-W07', or the
 * wide DREAM layout's column names 'y_1807') and months ('2018-07'). A week
 * is stored as the date of its Monday, a month as its first day.
 */

/** The years an extract may cover: DREAM starts in 1991; the database accepts dates to 2100. */
export const registerYears = { min: 1991, max: 2099 } as const;

export type PeriodResult = { ok: true; date: string } | { ok: false; problem: 'bad_week' | 'week_out_of_range' | 'bad_month' };

const day = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Monday of ISO week 1 of `year` (the week holding 4 January), in ms since the epoch (UTC). */
function week1Monday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday * day;
}

/** 52 or 53: the number of ISO weeks in `year`. */
export function isoWeeksInYear(year: number): number {
  return (week1Monday(year + 1) - week1Monday(year)) / (7 * day);
}

/** The Monday of ISO week `week` of `year`, or a problem when the week does not exist in that year. */
export function isoWeekMonday(year: number, week: number): PeriodResult {
  if (year < registerYears.min || year > registerYears.max || week < 1 || week > isoWeeksInYear(year)) {
    return { ok: false, problem: 'week_out_of_range' };
  }
  return { ok: true, date: isoDay(week1Monday(year) + (week - 1) * 7 * day) };
}

/** '2018-W07' (also '2018W07', '2018-W7') → the Monday of that ISO week. */
export function parseIsoWeek(text: string): PeriodResult {
  const match = /^(\d{4})-?W(\d{1,2})$/i.exec(text.trim());
  if (!match) return { ok: false, problem: 'bad_week' };
  return isoWeekMonday(Number(match[1]), Number(match[2]));
}

/**
 * A wide DREAM column name, 'y_YYWW' → the Monday of that week. DREAM's
 * two-digit years start in 1991: 91–99 are 1991–1999, 00–90 are 2000–2090.
 */
export function parseWideWeekColumn(name: string): PeriodResult | null {
  const match = /^y_(\d{2})(\d{2})$/i.exec(name.trim());
  if (!match) return null;
  const yy = Number(match[1]);
  return isoWeekMonday(yy >= 91 ? 1900 + yy : 2000 + yy, Number(match[2]));
}

/** '2018-07' → '2018-07-01'. */
export function parseMonth(text: string): PeriodResult {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!match) return { ok: false, problem: 'bad_month' };
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < registerYears.min || year > registerYears.max) return { ok: false, problem: 'bad_month' };
  return { ok: true, date: `${match[1]}-${match[2]}-01` };
}

/** The Sunday ending the week that starts on `monday`. */
export function weekEnd(monday: string): string {
  return isoDay(Date.parse(`${monday}T00:00:00Z`) + 6 * day);
}

/** The last day of the month that starts on `first`. */
export function monthEnd(first: string): string {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return isoDay(Date.UTC(y, m, 0));
}

/** A real calendar date 'YYYY-MM-DD' in the register years, or null. */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1900 || year > registerYears.max) return null;
  const ms = Date.UTC(year, Number(match[2]) - 1, Number(match[3]));
  return isoDay(ms) === trimmed ? trimmed : null;
}

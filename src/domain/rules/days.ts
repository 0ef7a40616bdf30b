/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') as whole UTC days, without
 * Date objects or time zones. A day number is the count of days since
 * 1970-01-01 (negative before it). The conversions use Howard Hinnant's
 * civil-from-days algorithm, so every Gregorian date, leap days included,
 * round-trips exactly. These run in the rule engine's hot loop: keep them
 * allocation-free.
 */

/** Day number of an ISO date, or NaN when the string is not a real date. */
export function dayNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return daysFromCivil(y, m, d);
}

/** Day number of an ISO date; throws with the offending value when it is not a real date. */
export function toDay(iso: string): number {
  const day = dayNumber(iso);
  if (Number.isNaN(day)) throw new RangeError(`'${iso}' er ikke en gyldig dato (ÅÅÅÅ-MM-DD)`);
  return day;
}

/** A real calendar date 'YYYY-MM-DD' in the years case work can concern (1900-2100). */
export function isIsoDate(value: string): boolean {
  return !Number.isNaN(dayNumber(value)) && value >= '1900-01-01' && value <= '2100-12-31';
}

/** Year, month (1-12) and day of a day number; written to `civil` to avoid allocating in hot loops. */
export const civil = { year: 1970, month: 1, day: 1 };

export function toCivil(dayNumber: number): typeof civil {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  civil.day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  civil.month = mp < 10 ? mp + 3 : mp - 9;
  civil.year = yoe + era * 400 + (civil.month <= 2 ? 1 : 0);
  return civil;
}

/** ISO date of a day number. */
export function fromDay(day: number): string {
  const { year, month, day: d } = toCivil(day);
  const y = year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, '0');
  return `${y}-${month < 10 ? '0' : ''}${month}-${d < 10 ? '0' : ''}${d}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The same day of the month `months` calendar months later (or earlier when
 * negative), clamped to the month's last day: 31 January + 1 month is 28 or
 * 29 February.
 */
export function addMonths(day: number, months: number): number {
  const { year: y, month: m, day: d } = toCivil(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return daysFromCivil(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/**
 * Whole years from `birth` to `on`. Someone born on 29 February turns a year
 * older on 1 March in years without a leap day.
 */
export function ageInYears(birth: number, on: number): number {
  const { year: by, month: bm, day: bd } = toCivil(birth);
  const { year: oy, month: om, day: od } = toCivil(on);
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

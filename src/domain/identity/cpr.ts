/**
 * Danish CPR numbers (personnummer): DDMMYY-SSSS. The birth century follows
 * from the 7th digit and the year (CPR-kontoret's rule); sex from the last
 * digit (odd = male, even = female). The modulus-11 check is not applied
 * because numbers issued since 2007 need not satisfy it.
 */

export type Sex = 'female' | 'male';

export interface CprFacts {
  /** Ten digits, no dash. */
  digits: string;
  /** ISO date 'YYYY-MM-DD'. */
  birthDate: string;
  sex: Sex;
}

export type CprResult = { ok: true; value: CprFacts } | { ok: false; reason: string };

/** Full birth year from the two-digit year and the 7th digit of the CPR number. */
export function birthCentury(twoDigitYear: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return twoDigitYear <= 36 ? 2000 : 1900;
  // 5-8
  return twoDigitYear <= 57 ? 2000 : 1800;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

/**
 * Validates a CPR number given as 'DDMMYY-SSSS' or 'DDMMYYSSSS'. The reason
 * never repeats the number itself, so it is safe to show and to log.
 */
export function parseCpr(input: string): CprResult {
  const trimmed = input.trim();
  const match = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/.exec(trimmed);
  if (!match) return { ok: false, reason: 'CPR-nummeret skal have formen DDMMÅÅ-LLLL (10 cifre).' };
  const [, dd, mm, yy, serial] = match as unknown as [string, string, string, string, string];
  const day = Number(dd);
  const month = Number(mm);
  const twoDigitYear = Number(yy);
  const year = birthCentury(twoDigitYear, Number(serial[0])) + twoDigitYear;
  if (!isRealDate(year, month, day)) {
    return { ok: false, reason: 'CPR-nummerets første seks cifre er ikke en gyldig dato.' };
  }
  const birthDate = `${String(year).padStart(4, '0')}-${mm}-${dd}`;
  const sex: Sex = Number(serial[3]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value: { digits: `${dd}${mm}${yy}${serial}`, birthDate, sex } };
}

/** 'DDMMYY-SSSS' from ten digits. */
export function formatCpr(digits: string): string {
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/** Only the birth-date part, for display where the full number is not needed. */
export function maskCpr(digits: string): string {
  return `${digits.slice(0, 6)}-****`;
}

/** Age in whole years on a given ISO date. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

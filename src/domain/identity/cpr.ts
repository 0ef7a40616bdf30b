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

/** The oldest birth date accepted: nobody registered at a job centre is over this age. */
export const maxAgeYears = 120;

/** The ISO date `years` whole years before `isoDate` (29 February falls back to 28 February). */
function yearsBefore(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const day = isRealDate(year, m, d) ? d : d - 1;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Validates a CPR number given as 'DDMMYY-SSSS' or 'DDMMYYSSSS'. The reason
 * never repeats the number itself, so it is safe to show and to log. With
 * `today` (ISO date), a birth date after today or more than 120 years before
 * it is refused: the century rule gives such dates only for a mistyped number.
 */
export function parseCpr(input: string, today?: string): CprResult {
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
  if (today !== undefined && birthDate > today) {
    return { ok: false, reason: 'CPR-nummerets fødselsdato ligger i fremtiden (7. ciffer og årstal giver århundredet).' };
  }
  if (today !== undefined && birthDate < yearsBefore(today, maxAgeYears)) {
    return { ok: false, reason: `CPR-nummerets fødselsdato ligger mere end ${maxAgeYears} år tilbage (7. ciffer og årstal giver århundredet).` };
  }
  const sex: Sex = Number(serial[3]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value: { digits: `${dd}${mm}${yy}${serial}`, birthDate, sex } };
}

/**
 * A CPR-like number: ten digits written DDMMYY-SSSS, with or without the
 * dash, and with spaces, dots or dashes between the groups (`30 06 72 0176`,
 * `30.06.72-0176`). Not preceded or followed by another digit, and not the
 * tail of a pseudonym (`P-` and ten base-32 characters can be all digits).
 */
const cprLike = /(?<![0-9]|P-)[0-9]{2}[ .-]?[0-9]{2}[ .-]?[0-9]{2}[ .]*-?[ .]*[0-9]{4}(?![0-9])/gi;

/** True when the text contains something that looks like a CPR number. */
export function containsCprLike(text: string): boolean {
  cprLike.lastIndex = 0;
  const found = cprLike.test(text);
  cprLike.lastIndex = 0;
  return found;
}

/** The text with every CPR-like number replaced by `replacement`. */
export function redactCprLike(text: string, replacement = '[CPR]'): string {
  return text.replace(cprLike, replacement);
}

/** Ten digits when the whole text is one CPR-like number (separators dropped), else null. */
export function cprDigitsOf(text: string): string | null {
  const trimmed = text.trim();
  if (!/^[0-9 .-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/[^0-9]/g, '');
  return digits.length === 10 && containsCprLike(trimmed) ? digits : null;
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

/**
 * Identifiers for synthetic register persons and employers.
 *
 * CPR numbers are valid in form (a real birth date, the century digit that
 * gives that birth year, the sex digit) so that the import's validation,
 * citizen linking and keyed hashing are exercised, but, like the demo
 * citizens' numbers, they deliberately fail the modulus-11 check, so none of
 * them can be a number issued to a real person before 2007.
 *
 * CVR numbers pass the CVR modulus-11 check, as employer numbers in
 * eIndkomst do.
 */
import { fromDay, toDay } from '../rules/days.ts';
import type { Random } from '../../seed/demo/random.ts';

const cprWeights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/** True when the ten digits pass the (pre-2007) CPR modulus-11 check. */
export function passesCprModulus11(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (digits.charCodeAt(i) - 48) * cprWeights[i]!;
  return sum % 11 === 0;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A century digit (7th digit) that gives the full birth year with the 2-digit year. */
function centuryDigit(random: Random, year: number): number {
  if (year >= 1900 && year <= 1999) return random.int(0, 3);
  if (year >= 2000 && year <= 2036) return random.chance(0.5) ? 4 : 9;
  throw new RangeError(`Synthetic CPR numbers cover birth years 1900-2036, got ${year}.`);
}

/**
 * A synthetic CPR number (ten digits, no dash) for a birth date (day number)
 * and sex, not in `used` (which it is added to), failing modulus 11.
 */
export function syntheticCpr(random: Random, birthDay: number, male: boolean, used: Set<string>): string {
  const date = fromDay(birthDay);
  const year = Number(date.slice(0, 4));
  const prefix = date.slice(8, 10) + date.slice(5, 7) + date.slice(2, 4);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const last = random.int(0, 4) * 2 + (male ? 1 : 0);
    const digits = `${prefix}${centuryDigit(random, year)}${pad2(random.int(0, 99))}${last}`;
    if (passesCprModulus11(digits) || used.has(digits)) continue;
    used.add(digits);
    return digits;
  }
  throw new Error(`Synthetic CPR numbers for birth date ${date} are exhausted.`);
}

/** A uniform birth date (day number) in the given calendar year. */
export function birthDayInYear(random: Random, year: number): number {
  const first = toDay(`${year}-01-01`);
  return random.int(first, toDay(`${year}-12-31`));
}

const cvrWeights = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** True when eight digits pass the CVR modulus-11 check. */
export function passesCvrModulus11(digits: string): boolean {
  if (!/^[1-9]\d{7}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * cvrWeights[i]!;
  return sum % 11 === 0;
}

/**
 * `count` distinct synthetic CVR numbers, valid by modulus 11: seven-digit
 * prefixes spread over 2000000-9999999 by a stride coprime with the range
 * (so they never repeat), each with its check digit; prefixes whose check
 * digit would be 10 have no valid number and are skipped.
 */
export function syntheticCvrs(count: number): string[] {
  if (!Number.isInteger(count) || count < 0 || count > 7_000_000) throw new RangeError(`CVR count out of range: ${count}`);
  const out: string[] = [];
  for (let n = 0; out.length < count; n++) {
    const text = String(2_000_000 + ((n * 7919) % 8_000_000));
    let sum = 0;
    for (let i = 0; i < 7; i++) sum += (text.charCodeAt(i) - 48) * cvrWeights[i]!;
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) out.push(text + String(check));
  }
  return out;
}

/**
 * CVR numbers (Det Centrale Virksomhedsregister): 8 digits, not starting with
 * 0, whose weighted digit sum with weights 2,7,6,5,4,3,2,1 is divisible by 11
 * (the modulus-11 check the register assigns numbers by).
 */

const weights = [2, 7, 6, 5, 4, 3, 2, 1] as const;

export type CvrCheck = { ok: true; cvr: string } | { ok: false; reason: string };

/**
 * Checks a CVR number as typed; spaces and a leading "DK" are allowed and
 * removed. The reason is Danish and says what is wrong.
 */
export function checkCvr(input: string): CvrCheck {
  const cvr = input.trim().replace(/^DK/i, '').replace(/[\s-]/g, '');
  if (cvr === '') return { ok: false, reason: 'CVR-nummeret mangler.' };
  if (!/^[0-9]+$/.test(cvr)) return { ok: false, reason: 'Et CVR-nummer består kun af cifre.' };
  if (cvr.length !== 8) return { ok: false, reason: `Et CVR-nummer har 8 cifre (her er der ${cvr.length}).` };
  if (cvr.startsWith('0')) return { ok: false, reason: 'Et CVR-nummer kan ikke begynde med 0.' };
  const sum = weights.reduce((total, weight, i) => total + weight * Number(cvr[i]), 0);
  if (sum % 11 !== 0) return { ok: false, reason: 'CVR-nummeret findes ikke: kontrolcifferet passer ikke (modulus 11). Tjek for tastefejl.' };
  return { ok: true, cvr };
}

/** True for a valid CVR number (8 digits, modulus 11). */
export const isValidCvr = (input: string): boolean => checkCvr(input).ok;

/** Makes the check digit for the first seven digits, or null when none exists (remainder 1). Used by tests and the demo seed. */
export function cvrCheckDigit(firstSeven: string): number | null {
  if (!/^[1-9][0-9]{6}$/.test(firstSeven)) throw new RangeError('expects seven digits not starting with 0');
  const sum = weights.slice(0, 7).reduce((total, weight, i) => total + weight * Number(firstSeven[i]), 0);
  const digit = (11 - (sum % 11)) % 11;
  return digit === 10 ? null : digit;
}

/**
 * Pseudonyms identify a citizen in analytic data, exports and the audit log.
 * They are random (not derived from the CPR number), so they cannot be
 * reversed without the citizen table.
 */
import { randomBytes } from 'node:crypto';

// Crockford base32 without look-alike letters.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new random pseudonym, e.g. 'P-7K3M9Q2XAB' (50 bits of randomness). */
export function newPseudonym(random: (n: number) => Uint8Array = randomBytes): string {
  const bytes = random(10);
  let out = '';
  for (const byte of bytes) out += alphabet[byte & 31];
  return `P-${out}`;
}

export const pseudonymPattern = /^P-[0-9A-HJKMNP-TV-Z]{10}$/;

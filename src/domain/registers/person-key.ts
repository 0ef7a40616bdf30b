/**
 * Register persons: the `person` column holds a CPR number or the data
 * owner's own pseudonymised key ('ext:...'). A CPR number is never stored
 * in the register tables: its key is HMAC-SHA-256 under the installation's
 * secret (kept outside the database), so a later extract links to the same
 * person, while the short space of CPR numbers cannot be searched by anyone
 * holding only a copy of the database.
 */
import { createHmac } from 'node:crypto';
import { parseCpr } from '../identity/cpr.ts';

export type RegisterPerson = { kind: 'cpr'; digits: string } | { kind: 'ext'; key: string };

/** Owner keys: 'ext:' and 1–100 printable characters without spaces. */
const extKey = /^ext:[\x21-\x7e]{1,100}$/;

/** The person a `person` cell names, or null when it is neither a valid CPR number nor an 'ext:' key. */
export function parseRegisterPerson(text: string): RegisterPerson | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('ext:')) return extKey.test(trimmed) ? { kind: 'ext', key: trimmed } : null;
  const cpr = parseCpr(trimmed);
  return cpr.ok ? { kind: 'cpr', digits: cpr.value.digits } : null;
}

/** The stored person_key of a CPR number: hex HMAC-SHA-256(secret, 'register-person:' + digits). */
export function cprPersonKey(secret: Uint8Array, digits: string): string {
  return createHmac('sha256', secret).update(`register-person:${digits}`).digest('hex');
}

/** The stored person_key of a register person. */
export function personKey(secret: Uint8Array, person: RegisterPerson): string {
  return person.kind === 'cpr' ? cprPersonKey(secret, person.digits) : person.key;
}

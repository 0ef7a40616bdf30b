/**
 * The audit log's trace of a CPR number that a look-up did not find:
 * HMAC-SHA-256 keyed with the installation's secret (never the number), so
 * repeated tries of one number can be seen without storing it, and the short
 * space of CPR numbers cannot be searched without the key.
 */
import { createHmac } from 'node:crypto';

export function cprLookupHash(secret: Uint8Array, cprDigits: string): string {
  return createHmac('sha256', secret).update(`cpr-lookup:${cprDigits}`).digest('hex');
}

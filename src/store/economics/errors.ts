/**
 * A refused economics operation: `kind` maps to the API's status (invalid
 * 400, not_found 404), `problems` are the domain's path + code problems.
 */
import type { EconomicsProblem } from '../../domain/economics/index.ts';

export class EconomicsError extends Error {
  constructor(
    readonly kind: 'invalid' | 'not_found',
    readonly problems: EconomicsProblem[],
    message: string,
  ) {
    super(message);
  }
}

/** The input problems as an EconomicsError (400). */
export const invalid = (problems: EconomicsProblem[]) => new EconomicsError('invalid', problems, 'Ugyldige økonomidata.');

/** A record that does not exist (404); `what` names it in Danish. */
export const missing = (what: string) => new EconomicsError('not_found', [], what);

/** jsonb comes back parsed from PostgreSQL and as text from some drivers. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Refusals of register operations, with a code the API and the CLI word; and the lock that serialises register writes. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
export type RegisterErrorCode = 'import_not_found' | 'already_rolled_back' | 'not_latest' | 'code_list_not_found' | 'bad_code_list';

export class RegisterError extends Error {
  constructor(
    readonly code: RegisterErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RegisterError';
  }
}

/**
 * Imports and rollbacks run one at a time (a transaction-level advisory
 * lock, released at commit or rollback): each moves whole periods, and the
 * latest-import rule of rollback must see the imports as committed.
 */
export async function lockRegisterWrites(trx: Kysely<Database>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(7301, 2)`.execute(trx);
}

/**
 * Applies src/db/grants.sql: the privileges of the server's database role
 * when another role owns the tables (docs/operations.md, "Database roles and
 * the audit log").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

const grantsFile = fileURLToPath(new URL('./grants.sql', import.meta.url));

/** The grants script with the role filled in (the psql variable :"app_role"). */
export function grantsScript(role: string): string {
  if (!/^[a-z_][a-z0-9_$]{0,62}$/i.test(role)) throw new Error(`"${role}" is not a role name (letters, digits, _ and $, starting with a letter or _).`);
  return readFileSync(grantsFile, 'utf8').replaceAll(':"app_role"', `"${role}"`);
}

/** Grants the server role its privileges; run by the owner of the tables. */
export async function applyAppGrants(db: Kysely<Database>, role: string): Promise<void> {
  const script = grantsScript(role);
  await db.transaction().execute((trx) => sql.raw(script).execute(trx));
}

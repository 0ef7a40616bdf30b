/** The municipality table: the 98 real municipalities, loaded on first use (idempotent). */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { municipalities } from '../../domain/registers/municipalities.ts';

/** Inserts the real municipalities that are missing; leaves names an installation changed and its own (Fjordby) alone. */
export async function ensureMunicipalities(db: Kysely<Database>): Promise<void> {
  await sql`INSERT INTO municipality (code, name)
    SELECT * FROM unnest(${municipalities.map((m) => m.code)}::text[], ${municipalities.map((m) => m.name)}::text[])
    ON CONFLICT (code) DO NOTHING`.execute(db);
}

/** Every kommunekode in the table. */
export async function municipalityCodes(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom('municipality').select('code').execute();
  return new Set(rows.map((r) => r.code));
}

/**
 * The only code that reads or writes CPR numbers. Callers get masked or
 * formatted values; the number never leaves through logs or URLs.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export async function storeCpr(db: Kysely<Database>, citizenId: string, digits: string): Promise<void> {
  await db.insertInto('citizen_cpr').values({ citizen_id: citizenId, cpr: digits }).execute();
}

export async function readCpr(db: Kysely<Database>, citizenId: string): Promise<string | undefined> {
  const row = await db.selectFrom('citizen_cpr').select('cpr').where('citizen_id', '=', citizenId).executeTakeFirst();
  return row?.cpr;
}

/** The citizen holding a CPR number, if any. */
export async function citizenIdByCpr(db: Kysely<Database>, digits: string): Promise<string | undefined> {
  const row = await db.selectFrom('citizen_cpr').select('citizen_id').where('cpr', '=', digits).executeTakeFirst();
  return row?.citizen_id;
}

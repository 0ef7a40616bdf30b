/**
 * The only code that reads or writes CPR numbers. Callers get masked or
 * formatted values; the number never leaves through logs or URLs. A CPR
 * number is unique among the active records of one municipality: a person
 * who moves gets a record in each municipality (migration 0011).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export async function storeCpr(db: Kysely<Database>, citizenId: string, municipalityId: string, digits: string): Promise<void> {
  await db.insertInto('citizen_cpr').values({ citizen_id: citizenId, municipality_id: municipalityId, cpr: digits }).execute();
}

export async function readCpr(db: Kysely<Database>, citizenId: string): Promise<string | undefined> {
  const row = await db.selectFrom('citizen_cpr').select('cpr').where('citizen_id', '=', citizenId).executeTakeFirst();
  return row?.cpr;
}

/**
 * The municipality's citizen with this CPR number: the active record, or
 * else the most recent one closed by a move (its history stays searchable,
 * for example for an access request).
 */
export async function citizenIdByCpr(db: Kysely<Database>, municipalityId: string, digits: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('citizen_cpr')
    .innerJoin('citizen', 'citizen.id', 'citizen_cpr.citizen_id')
    .select('citizen_cpr.citizen_id')
    .where('citizen_cpr.municipality_id', '=', municipalityId)
    .where('citizen_cpr.cpr', '=', digits)
    .orderBy('citizen_cpr.active', 'desc')
    .orderBy('citizen.created_at', 'desc')
    .executeTakeFirst();
  return row?.citizen_id;
}

/** The municipality's active (not moved away) citizen with this CPR number, if any. */
export async function activeCitizenIdByCpr(db: Kysely<Database>, municipalityId: string, digits: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('citizen_cpr')
    .select('citizen_id')
    .where('municipality_id', '=', municipalityId)
    .where('cpr', '=', digits)
    .where('active', '=', true)
    .executeTakeFirst();
  return row?.citizen_id;
}

/** Closes a citizen's record after a move: the CPR number no longer blocks a new registration. */
export async function closeCprRecord(db: Kysely<Database>, citizenId: string): Promise<void> {
  await db.updateTable('citizen_cpr').set({ active: false }).where('citizen_id', '=', citizenId).execute();
}

/**
 * Active (not moved away) citizens with any of these CPR numbers, in any
 * municipality, for linking register persons in bulk: one query for a
 * whole batch. Maps the ten digits to the citizen's id and pseudonym.
 */
export async function activeCitizensByCpr(
  db: Kysely<Database>,
  digits: readonly string[],
): Promise<Map<string, { citizenId: string; pseudonym: string }>> {
  const found = new Map<string, { citizenId: string; pseudonym: string }>();
  if (digits.length === 0) return found;
  const rows = await db
    .selectFrom('citizen_cpr')
    .innerJoin('citizen', 'citizen.id', 'citizen_cpr.citizen_id')
    .select(['citizen_cpr.cpr', 'citizen.id', 'citizen.pseudonym'])
    .where('citizen_cpr.active', '=', true)
    .where(sql<boolean>`citizen_cpr.cpr = ANY(${[...digits]}::text[])`)
    .orderBy('citizen.created_at', 'desc')
    .execute();
  // Newest first: a CPR number active in two municipalities (never expected) links to the newest record.
  for (const row of rows) if (!found.has(row.cpr)) found.set(row.cpr, { citizenId: row.id, pseudonym: row.pseudonym });
  return found;
}

/**
 * A municipality's housing areas (0007_housing_areas.sql) as the domain reads
 * them (domain/organisation/housing-areas.ts), and their writes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AddressRange, HousingArea } from '../domain/organisation/housing-areas.ts';

export interface StoredHousingArea extends HousingArea {
  postcodes: string[];
  addresses: AddressRange[];
  version: number;
}

export interface HousingAreaInput {
  name: string;
  postcodes: readonly string[];
  addresses: readonly AddressRange[];
}

const columns = ['id', 'name', 'postcodes', 'addresses', 'version'] as const;

function toArea(row: { id: string; name: string; postcodes: string[]; addresses: unknown; version: number }): StoredHousingArea {
  // jsonb reads back parsed on PostgreSQL and on PGlite alike.
  const addresses = (typeof row.addresses === 'string' ? JSON.parse(row.addresses) : row.addresses) as AddressRange[];
  return { id: row.id, name: row.name, postcodes: [...row.postcodes].sort(), addresses, version: row.version };
}

/** The municipality's areas by name (Danish order). */
export async function housingAreasOf(db: Kysely<Database>, municipalityId: string): Promise<StoredHousingArea[]> {
  const rows = await db.selectFrom('housing_area').select(columns).where('municipality_id', '=', municipalityId).orderBy('name').orderBy('id').execute();
  return rows.map(toArea).sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

export async function getHousingArea(db: Kysely<Database>, municipalityId: string, id: string): Promise<StoredHousingArea | undefined> {
  const row = await db.selectFrom('housing_area').select(columns).where('municipality_id', '=', municipalityId).where('id', '=', id).executeTakeFirst();
  return row ? toArea(row) : undefined;
}

const values = (input: HousingAreaInput) => ({
  name: input.name,
  postcodes: [...new Set(input.postcodes)].sort(),
  addresses: JSON.stringify(input.addresses),
});

export async function insertHousingArea(db: Kysely<Database>, municipalityId: string, input: HousingAreaInput): Promise<string> {
  const row = await db.insertInto('housing_area').values({ municipality_id: municipalityId, ...values(input) }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces the area's definition if it is still at `version`; false when someone changed it first. */
export async function updateHousingArea(db: Kysely<Database>, municipalityId: string, id: string, version: number, input: HousingAreaInput): Promise<boolean> {
  const result = await db
    .updateTable('housing_area')
    .set((eb) => ({ ...values(input), version: eb('version', '+', 1), updated_at: new Date() }))
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteHousingArea(db: Kysely<Database>, municipalityId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('housing_area').where('municipality_id', '=', municipalityId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

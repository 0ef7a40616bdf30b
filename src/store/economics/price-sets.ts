/**
 * Unit price sets as versioned rows (domain UnitPriceSet). The built-in set,
 * 002's calibrated prices, is written on start by syncBuiltinPriceSets; a
 * version is immutable, so a changed built-in set needs a new version.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { socialSupport002UnitPrices, type UnitPriceSet } from '../../domain/economics/index.ts';
import { fromJson } from './errors.ts';

export interface StoredPriceSet {
  set: UnitPriceSet;
  name: string;
  builtin: boolean;
  createdAt: string;
}

/** The built-in price sets with their names. */
export const builtinPriceSets: readonly { set: UnitPriceSet; name: string }[] = [
  { set: socialSupport002UnitPrices, name: 'Social støtte 002: kalibrerede enhedspriser (ikke officielle SØM-priser)' },
];

interface Row {
  id: string;
  version: string;
  name: string;
  price_year: number;
  status: UnitPriceSet['status'];
  source: unknown;
  calibrated_under: unknown;
  prices: unknown;
  builtin: boolean;
  created_at: Date;
}

function fromRow(row: Row): StoredPriceSet {
  return {
    set: {
      id: row.id,
      version: row.version,
      priceYear: row.price_year,
      status: row.status,
      source: fromJson(row.source) ?? null,
      calibratedUnder: fromJson(row.calibrated_under) ?? null,
      prices: fromJson(row.prices),
    },
    name: row.name,
    builtin: row.builtin,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Writes the built-in sets that are not there yet (idempotent); returns how many were written. */
export async function syncBuiltinPriceSets(db: Kysely<Database>, sets = builtinPriceSets): Promise<number> {
  let created = 0;
  for (const { set, name } of sets) {
    const result = await db
      .insertInto('economics_unit_price_set')
      .values({
        id: set.id,
        version: set.version,
        name,
        price_year: set.priceYear,
        status: set.status,
        source: set.source ? JSON.stringify(set.source) : null,
        calibrated_under: set.calibratedUnder ? JSON.stringify(set.calibratedUnder) : null,
        prices: JSON.stringify(set.prices),
        builtin: true,
      })
      .onConflict((oc) => oc.columns(['id', 'version']).doNothing())
      .executeTakeFirst();
    created += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return created;
}

/** Every price set version, built-in first, then by id and version. */
export async function listPriceSets(db: Kysely<Database>): Promise<StoredPriceSet[]> {
  const rows = await db.selectFrom('economics_unit_price_set').selectAll().orderBy('builtin', 'desc').orderBy('id').orderBy('version').execute();
  return rows.map((r) => fromRow(r as Row));
}

/** One price set version, or null. */
export async function getPriceSet(db: Kysely<Database>, id: string, version: string): Promise<StoredPriceSet | null> {
  const row = await db.selectFrom('economics_unit_price_set').selectAll().where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return row ? fromRow(row as Row) : null;
}

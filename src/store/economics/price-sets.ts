/**
 * Unit price sets as versioned rows (domain UnitPriceSet). The built-in set,
 * 002's calibrated prices, is written on start by syncBuiltinPriceSets; a
 * version is immutable, so a changed built-in set needs a new version.
 * A leder or analytiker enters further sets (createPriceSet: official SØM
 * prices typed in, or the municipality's own); every unit sees them.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { consequenceIds, ProblemList, socialSupport002UnitPrices, type EconomicsProblem, type UnitPrice, type UnitPriceSet } from '../../domain/economics/index.ts';
import { fromJson, invalid } from './errors.ts';

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

/** What a caller enters: a new price set version (official prices typed in from SØM, or the municipality's own). */
export interface PriceSetSpec {
  id: string;
  version: string;
  name: string;
  priceYear: number;
  status: 'official' | 'user';
  /** Where the prices come from: any of seed, section, note, citation (text). */
  source: Partial<Record<(typeof sourceFields)[number], string>> | null;
  prices: UnitPrice[];
}

const sourceFields = ['seed', 'section', 'note', 'citation'] as const;

/** All problems of an entered price set (paths into the spec). */
export function validatePriceSet(spec: PriceSetSpec): EconomicsProblem[] {
  const p = new ProblemList();
  if (p.text('id', spec?.id) && !/^[a-z0-9][a-z0-9.-]*$/.test(spec.id)) p.add('id', 'unknown_value', { value: spec.id });
  if (p.text('version', spec?.version) && spec.version.length > 40) p.add('version', 'out_of_range', { min: 1, max: 40 });
  if (p.text('name', spec?.name) && spec.name.length > 200) p.add('name', 'out_of_range', { min: 1, max: 200 });
  p.integer('priceYear', spec?.priceYear, 1900, 2200);
  if (spec?.status !== 'official' && spec?.status !== 'user') p.add('status', 'unknown_value', { value: String(spec?.status) });
  if (spec?.source != null) {
    if (typeof spec.source !== 'object' || Array.isArray(spec.source)) p.add('source', 'unknown_value', { value: String(spec.source) });
    else for (const key of sourceFields) if (spec.source[key] !== undefined && typeof spec.source[key] !== 'string') p.add(`source.${key}`, 'unknown_value', { value: String(spec.source[key]) });
  }
  if (!Array.isArray(spec?.prices) || spec.prices.length === 0) p.add('prices', 'required');
  else {
    const seen = new Set<string>();
    spec.prices.forEach((price, i) => {
      const path = `prices[${i}]`;
      if (!(consequenceIds as readonly string[]).includes(price?.consequence)) p.add(`${path}.consequence`, 'unknown_value', { value: String(price?.consequence) });
      else if (seen.has(price.consequence)) p.add(`${path}.consequence`, 'duplicate_consequence', { consequence: price.consequence });
      else seen.add(price.consequence);
      // A price may be negative (a consequence that costs a budget), but it must be a number.
      p.number(`${path}.municipality`, price?.municipality);
      p.number(`${path}.state`, price?.state);
    });
  }
  return p.problems;
}

/** Stores a new price set version; 'exists' when the id and version are taken (a version is immutable). */
export async function createPriceSet(db: Kysely<Database>, spec: PriceSetSpec, staffId: string): Promise<'created' | 'exists'> {
  const problems = validatePriceSet(spec);
  if (problems.length > 0) throw invalid(problems);
  const result = await db
    .insertInto('economics_unit_price_set')
    .values({
      id: spec.id,
      version: spec.version,
      name: spec.name.trim(),
      price_year: spec.priceYear,
      status: spec.status,
      // Only the known fields of the source are kept.
      source: spec.source ? JSON.stringify(Object.fromEntries(sourceFields.filter((k) => spec.source![k] !== undefined).map((k) => [k, spec.source![k]]))) : null,
      calibrated_under: null,
      prices: JSON.stringify(spec.prices.map((x) => ({ consequence: x.consequence, municipality: x.municipality, state: x.state }))),
      builtin: false,
      created_by: staffId,
    })
    .onConflict((oc) => oc.columns(['id', 'version']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? 'created' : 'exists';
}

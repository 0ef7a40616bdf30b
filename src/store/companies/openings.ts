/**
 * Openings: tasks at a company a citizen can do for a few hours a week, with
 * the hours range, place and whether paid hours are possible from the start.
 * Listed across the municipality's network and per company.
 */
import { sql, type Kysely, type Updateable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { db07MainGroupsOf, industryOf, type Industry, type OpeningStatus } from '../../domain/companies/company.ts';
import type { Industry10 } from '../../domain/companies/industry.ts';
import { postcodeName } from '../postcodes.ts';
import type { PersonRef } from './companies.ts';

export interface Opening {
  id: string;
  companyId: string;
  companyName: string;
  title: string;
  tasks: string;
  occupationCode: string | null;
  industry: Industry;
  postcode: string;
  city: string | null;
  hoursMin: number;
  hoursMax: number;
  paidFromStart: boolean;
  places: number;
  placesTaken: number;
  status: OpeningStatus;
  openFrom: string;
  openTo: string | null;
  contactPerson: PersonRef | null;
  version: number;
}

export interface OpeningInput {
  title: string;
  tasks: string;
  occupationCode: string | null;
  industryCode: string | null;
  postcode: string;
  hoursMin: number;
  hoursMax: number;
  paidFromStart: boolean;
  places: number;
  status: OpeningStatus;
  openFrom: string;
  openTo: string | null;
  contactPersonId: string | null;
}

export interface OpeningFilter {
  municipalityId: string;
  today: string;
  companyId?: string;
  /** Words matched against title, tasks and company name. */
  q?: string;
  industry10?: Industry10;
  postcode?: string;
  status?: OpeningStatus;
  paidFromStart?: boolean;
  limit?: number;
  offset?: number;
}

const escapeLike = (text: string) => text.replace(/[%_\\]/g, (c) => `\\${c}`);

function filtered(db: Kysely<Database>, filter: OpeningFilter) {
  let query = db
    .selectFrom('opening as o')
    .innerJoin('company as c', 'c.id', 'o.company_id')
    .where('c.municipality_id', '=', filter.municipalityId);
  if (filter.companyId) query = query.where('o.company_id', '=', filter.companyId);
  for (const word of filter.q?.trim().split(/\s+/).filter(Boolean) ?? []) {
    const pattern = `%${escapeLike(word)}%`;
    query = query.where((eb) => eb.or([eb('o.title', 'ilike', pattern), eb('o.tasks', 'ilike', pattern), eb('c.name', 'ilike', pattern)]));
  }
  if (filter.industry10) {
    const prefixes = db07MainGroupsOf(filter.industry10);
    const prefix = sql<string>`substring(o.industry_code from 1 for 2)`;
    query =
      filter.industry10 === 'unknown'
        ? query.where((eb) => eb.or([eb('o.industry_code', 'is', null), eb(prefix, 'in', prefixes)]))
        : query.where(prefix, 'in', prefixes);
  }
  if (filter.postcode) query = query.where('o.postcode', 'like', `${escapeLike(filter.postcode)}%`);
  if (filter.status) query = query.where('o.status', '=', filter.status);
  if (filter.paidFromStart !== undefined) query = query.where('o.paid_from_start', '=', filter.paidFromStart);
  return query;
}

/**
 * Places taken per opening (`opening_id`, `n`): the placements at the opening
 * that have not ended on `today`, running or agreed to start later. A place
 * is taken from the day a placement is agreed until its last day (inclusive).
 * This is the API's `placesTaken` (docs/contracts/companies-api.md) and what
 * the match score's open places subtract (store/matching.ts). Counted in one
 * grouped pass; `companyIds` limits it to those companies' placements.
 */
export function placesTaken(db: Kysely<Database>, today: string, companyIds?: readonly string[]) {
  let query = db
    .selectFrom('placement as p')
    .select(['p.opening_id', sql<number>`count(*)::int`.as('n')])
    .where('p.opening_id', 'is not', null)
    .where((w) => w.or([w('p.to_date', 'is', null), w('p.to_date', '>=', today)]));
  if (companyIds) query = query.where('p.company_id', 'in', companyIds.length ? [...companyIds] : ['00000000-0000-0000-0000-000000000000']);
  return query.groupBy('p.opening_id');
}

function withDetail(db: Kysely<Database>, query: ReturnType<typeof filtered>, today: string) {
  return query
    .leftJoin('company_contact_person as cp', 'cp.id', 'o.contact_person_id')
    .leftJoin(placesTaken(db, today).as('taken'), 'taken.opening_id', 'o.id')
    .selectAll('o')
    .select(['c.name as company_name', 'cp.name as contact_name', 'taken.n as places_taken']);
}

type Row = Awaited<ReturnType<ReturnType<typeof withDetail>['executeTakeFirstOrThrow']>>;

const toOpening = (row: Row): Opening => ({
  id: row.id,
  companyId: row.company_id,
  companyName: row.company_name,
  title: row.title,
  tasks: row.tasks,
  occupationCode: row.occupation_code,
  industry: industryOf(row.industry_code),
  postcode: row.postcode,
  city: postcodeName(row.postcode) ?? null,
  hoursMin: Number(row.hours_min),
  hoursMax: Number(row.hours_max),
  paidFromStart: row.paid_from_start,
  places: row.places,
  placesTaken: Number(row.places_taken ?? 0),
  status: row.status,
  openFrom: row.open_from,
  openTo: row.open_to,
  contactPerson: row.contact_person_id ? { id: row.contact_person_id, name: row.contact_name ?? '' } : null,
  version: row.version,
});

/** A page of openings (open ones first, newest first) and the total matching the filter. */
export async function listOpenings(db: Kysely<Database>, filter: OpeningFilter): Promise<{ openings: Opening[]; total: number }> {
  const count = await filtered(db, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  let query = withDetail(db, filtered(db, filter), filter.today)
    .orderBy(sql`case o.status when 'open' then 0 when 'filled' then 1 else 2 end`)
    .orderBy('o.open_from', 'desc')
    .orderBy('o.title')
    .orderBy('o.id');
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  if (filter.offset) query = query.offset(filter.offset);
  const rows = await query.execute();
  return { openings: rows.map(toOpening), total: count.n };
}

/** One opening of the municipality's network, or undefined. */
export async function getOpening(db: Kysely<Database>, municipalityId: string, id: string, today: string): Promise<Opening | undefined> {
  const row = await withDetail(db, filtered(db, { municipalityId, today }), today).where('o.id', '=', id).executeTakeFirst();
  return row ? toOpening(row) : undefined;
}

const toColumns = (input: Partial<OpeningInput>): Updateable<Database['opening']> =>
  Object.fromEntries(
    Object.entries({
      title: input.title,
      tasks: input.tasks,
      occupation_code: input.occupationCode,
      industry_code: input.industryCode,
      postcode: input.postcode,
      hours_min: input.hoursMin,
      hours_max: input.hoursMax,
      paid_from_start: input.paidFromStart,
      places: input.places,
      status: input.status,
      open_from: input.openFrom,
      open_to: input.openTo,
      contact_person_id: input.contactPersonId,
    }).filter(([, value]) => value !== undefined),
  );

export async function insertOpening(trx: Kysely<Database>, companyId: string, input: OpeningInput, staffId: string): Promise<string> {
  const row = await trx
    .insertInto('opening')
    .values({
      ...toColumns(input),
      company_id: companyId,
      title: input.title,
      tasks: input.tasks,
      postcode: input.postcode,
      hours_min: input.hoursMin,
      hours_max: input.hoursMax,
      open_from: input.openFrom,
      created_by: staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates the given fields when the stored version is `version`; false when stale. */
export async function updateOpening(trx: Kysely<Database>, id: string, version: number, changes: Partial<OpeningInput>): Promise<boolean> {
  const updated = await trx
    .updateTable('opening')
    .set({ ...toColumns(changes), version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

/**
 * An opening's company, municipality and status with the stored values a
 * partial update is checked against; undefined when there is no such opening.
 */
export async function openingKey(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('opening as o')
    .innerJoin('company as c', 'c.id', 'o.company_id')
    .select([
      'o.id',
      'o.company_id as companyId',
      'c.municipality_id as municipalityId',
      'o.status',
      'o.hours_min',
      'o.hours_max',
      'o.open_from',
      'o.open_to',
      'o.version',
    ])
    .where('o.id', '=', id)
    .executeTakeFirst();
}

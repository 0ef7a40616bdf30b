/**
 * Companies of a municipality's shared network: the list with the figures a
 * consultant sorts by (last contact, open openings, running placements,
 * cooperation agreements in force), computed in SQL so filtering and paging
 * happen in the database; one company with its addresses; and the writes.
 *
 * "Today" is passed in (the job centre's day, store/facts.ts) rather than
 * taken from the database clock, whose time zone may differ.
 */
import { sql, type ExpressionBuilder, type Kysely, type Updateable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { db07MainGroupsOf, industryOf, type Industry, type SizeBand, type Sector } from '../../domain/companies/company.ts';
import type { Industry10 } from '../../domain/companies/industry.ts';
import { fromDay, toDay } from '../../domain/rules/days.ts';
import { runningOn } from './placements.ts';

export { industryOf, type Industry };

export interface PersonRef {
  id: string;
  name: string;
}

export interface CompanySummary {
  id: string;
  cvr: string;
  name: string;
  industry: Industry;
  sizeBand: SizeBand | null;
  sector: Sector;
  postcode: string | null;
  city: string | null;
  owner: PersonRef | null;
  ownerUnit: { id: string; name: string } | null;
  lastInteractionOn: string | null;
  openOpenings: number;
  runningPlacements: number;
  hasCooperationAgreement: boolean;
  ordinaryHoursReady: boolean;
}

/** A list entry: the summary plus the contact columns the CSV export shows. */
export interface CompanyListItem extends CompanySummary {
  addressLine: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface Address {
  id: string;
  kind: 'main' | 'workplace';
  addressLine: string | null;
  postcode: string;
  city: string | null;
}

export interface Company extends CompanySummary {
  phone: string | null;
  email: string | null;
  website: string | null;
  note: string | null;
  addresses: Address[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CompanyFilter {
  municipalityId: string;
  today: string;
  q?: string;
  industry10?: Industry10;
  /** A postcode or its first digits, matched against every address of the company. */
  postcode?: string;
  ownerId?: string;
  sector?: Sector;
  agreement?: 'any' | 'ordinary_hours';
  /** Only companies with no contact logged in the last N days (or never). */
  notContactedDays?: number;
  sort?: 'name' | 'lastInteraction';
  limit?: number;
  offset?: number;
}

type Eb = ExpressionBuilder<Database & { c: Database['company'] }, 'c'>;

const escapeLike = (text: string) => text.replace(/[%_\\]/g, (c) => `\\${c}`);

/** The day `days` days before `day` (both 'YYYY-MM-DD'). */
export function daysBefore(day: string, days: number): string {
  return fromDay(toDay(day) - days);
}

/** An agreement of the company in force on `today`, optionally one with readiness to pay ordinary hours. */
function agreementInForce(eb: Eb, today: string, withReadiness: boolean) {
  let query = eb
    .selectFrom('cooperation_agreement as ca')
    .select('ca.id')
    .whereRef('ca.company_id', '=', 'c.id')
    .where('ca.from_date', '<=', today)
    .where((w) => w.or([w('ca.to_date', 'is', null), w('ca.to_date', '>=', today)]));
  if (withReadiness) query = query.where('ca.ordinary_hours_readiness', '=', true);
  return eb.exists(query);
}

/** The date of the last contact logged with company `c`, null when none. */
export function lastInteractionOn(eb: Eb) {
  return eb
    .selectFrom('company_interaction as i')
    .select((s) => s.fn.max('i.interaction_date').as('d'))
    .whereRef('i.company_id', '=', 'c.id');
}

/**
 * No contact logged with company `c` after `since` (or none ever): the last
 * contact, if any, is on or before `since`. With `since` = today - N days this
 * is "not contacted in the last N days", the list's `notContactedDays=N`.
 */
export function notContactedSince(eb: Eb, since: string) {
  return eb.not(
    eb.exists(eb.selectFrom('company_interaction as fi').select('fi.id').whereRef('fi.company_id', '=', 'c.id').where('fi.interaction_date', '>', since)),
  );
}

function filtered(db: Kysely<Database>, filter: CompanyFilter) {
  let query = db.selectFrom('company as c').where('c.municipality_id', '=', filter.municipalityId);
  const q = filter.q?.trim();
  if (q) {
    const digits = q.replace(/\s/g, '');
    query = query.where((eb) =>
      eb.or([
        eb('c.name', 'ilike', `%${escapeLike(q)}%`),
        ...(/^[0-9]{1,8}$/.test(digits) ? [eb('c.cvr', 'like', `${digits}%`)] : []),
      ]),
    );
  }
  if (filter.industry10) {
    const prefixes = db07MainGroupsOf(filter.industry10);
    const prefix = sql<string>`substring(c.industry_code from 1 for 2)`;
    query =
      filter.industry10 === 'unknown'
        ? query.where((eb) => eb.or([eb('c.industry_code', 'is', null), eb(prefix, 'in', prefixes)]))
        : query.where(prefix, 'in', prefixes);
  }
  if (filter.postcode) {
    const pattern = `${escapeLike(filter.postcode)}%`;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('company_address as fa').select('fa.id').whereRef('fa.company_id', '=', 'c.id').where('fa.postcode', 'like', pattern)),
    );
  }
  if (filter.ownerId) query = query.where('c.owner_staff_id', '=', filter.ownerId);
  if (filter.sector) query = query.where('c.sector', '=', filter.sector);
  if (filter.agreement) {
    const withReadiness = filter.agreement === 'ordinary_hours';
    query = query.where((eb) => agreementInForce(eb as unknown as Eb, filter.today, withReadiness));
  }
  if (filter.notContactedDays !== undefined) {
    const since = daysBefore(filter.today, filter.notContactedDays);
    query = query.where((eb) => notContactedSince(eb as unknown as Eb, since));
  }
  return query;
}

function withSummary(query: ReturnType<typeof filtered>, today: string) {
  return query
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('company_address')
          .select(['company_address.address_line', 'company_address.postcode', 'company_address.city'])
          .whereRef('company_address.company_id', '=', 'c.id')
          .where('company_address.kind', '=', 'main')
          .orderBy('company_address.created_at')
          .limit(1)
          .as('main'),
      (join) => join.onTrue(),
    )
    .leftJoin('staff as owner', 'owner.id', 'c.owner_staff_id')
    .leftJoin('unit as owner_unit', 'owner_unit.id', 'c.owner_unit_id')
    .selectAll('c')
    .select((eb) => [
      'main.address_line',
      'main.postcode',
      'main.city',
      'owner.display_name as owner_name',
      'owner_unit.name as owner_unit_name',
      lastInteractionOn(eb as unknown as Eb).as('last_interaction_on'),
      eb
        .selectFrom('opening as o')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('o.company_id', '=', 'c.id')
        .where('o.status', '=', 'open')
        .where((w) => w.or([w('o.open_to', 'is', null), w('o.open_to', '>=', today)]))
        .as('open_openings'),
      eb
        .selectFrom('placement as p')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('p.company_id', '=', 'c.id')
        .where(runningOn('p', today))
        .as('running_placements'),
      agreementInForce(eb as unknown as Eb, today, false).as('has_agreement'),
      agreementInForce(eb as unknown as Eb, today, true).as('ordinary_hours_ready'),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof withSummary>['executeTakeFirstOrThrow']>>;

function toSummary(row: SummaryRow): CompanySummary {
  return {
    id: row.id,
    cvr: row.cvr,
    name: row.name,
    industry: industryOf(row.industry_code),
    sizeBand: row.size_band,
    sector: row.sector,
    postcode: row.postcode ?? null,
    city: row.city ?? null,
    owner: row.owner_staff_id ? { id: row.owner_staff_id, name: row.owner_name ?? '' } : null,
    ownerUnit: row.owner_unit_id ? { id: row.owner_unit_id, name: row.owner_unit_name ?? '' } : null,
    lastInteractionOn: (row.last_interaction_on as string | null) ?? null,
    openOpenings: Number(row.open_openings ?? 0),
    runningPlacements: Number(row.running_placements ?? 0),
    hasCooperationAgreement: Boolean(row.has_agreement),
    ordinaryHoursReady: Boolean(row.ordinary_hours_ready),
  };
}

/**
 * A page of the municipality's companies and the total matching the filter.
 * Sorted by name, or by last contact with the longest-uncontacted (and
 * never-contacted) first, which is the order a consultant calls them in.
 */
export async function listCompanies(db: Kysely<Database>, filter: CompanyFilter): Promise<{ companies: CompanyListItem[]; total: number }> {
  const count = await filtered(db, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  let query = withSummary(filtered(db, filter), filter.today);
  query =
    filter.sort === 'lastInteraction'
      ? query.orderBy(sql`last_interaction_on asc nulls first`).orderBy(sql`lower(c.name)`).orderBy('c.id')
      : query.orderBy(sql`lower(c.name)`).orderBy('c.id');
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  if (filter.offset) query = query.offset(filter.offset);
  const rows = await query.execute();
  const companies = rows.map((row) => ({
    ...toSummary(row),
    addressLine: row.address_line ?? null,
    phone: row.phone,
    email: row.email,
    website: row.website,
  }));
  return { companies, total: count.n };
}

/** One company of the municipality with its addresses (main first), or undefined. */
export async function getCompany(db: Kysely<Database>, municipalityId: string, id: string, today: string): Promise<Company | undefined> {
  const row = await withSummary(filtered(db, { municipalityId, today }), today).where('c.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const addresses = await db
    .selectFrom('company_address')
    .select(['id', 'kind', 'address_line', 'postcode', 'city'])
    .where('company_id', '=', id)
    .orderBy(sql`kind = 'main'`, 'desc')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return {
    ...toSummary(row),
    phone: row.phone,
    email: row.email,
    website: row.website,
    note: row.note,
    addresses: addresses.map((a) => ({ id: a.id, kind: a.kind, addressLine: a.address_line, postcode: a.postcode, city: a.city })),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * The municipality, name, CVR and version of a company, for access and
 * reference checks; undefined when it does not exist or, with
 * `municipalityId`, belongs to another municipality.
 */
export async function companyKey(db: Kysely<Database>, id: string, municipalityId?: string) {
  let query = db
    .selectFrom('company')
    .select(['id', 'municipality_id as municipalityId', 'name', 'cvr', 'industry_code as industryCode', 'version'])
    .where('id', '=', id);
  if (municipalityId !== undefined) query = query.where('municipality_id', '=', municipalityId);
  return query.executeTakeFirst();
}

/** The company in the municipality that has this CVR number, if any. */
export async function companyByCvr(db: Kysely<Database>, municipalityId: string, cvr: string) {
  return db.selectFrom('company').select(['id', 'name']).where('municipality_id', '=', municipalityId).where('cvr', '=', cvr).executeTakeFirst();
}

export interface CompanyColumns {
  cvr: string;
  name: string;
  industryCode: string | null;
  sizeBand: SizeBand | null;
  sector: Sector;
  phone: string | null;
  email: string | null;
  website: string | null;
  note: string | null;
  ownerStaffId: string | null;
  ownerUnitId: string | null;
}

export interface AddressColumns {
  kind: 'main' | 'workplace';
  addressLine: string | null;
  postcode: string;
  city: string | null;
}

/** The given (not undefined) values as company columns. */
function toColumns(values: Partial<CompanyColumns>): Updateable<Database['company']> {
  const row: Updateable<Database['company']> = {
    cvr: values.cvr,
    name: values.name,
    industry_code: values.industryCode,
    size_band: values.sizeBand,
    sector: values.sector,
    phone: values.phone,
    email: values.email,
    website: values.website,
    note: values.note,
    owner_staff_id: values.ownerStaffId,
    owner_unit_id: values.ownerUnitId,
  };
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
}

/** Inserts a company with its addresses (inside the caller's transaction) and returns its id. */
export async function insertCompany(
  trx: Kysely<Database>,
  municipalityId: string,
  values: CompanyColumns,
  addresses: readonly AddressColumns[],
  staffId: string,
): Promise<string> {
  const row = await trx
    .insertInto('company')
    .values({ ...toColumns(values), municipality_id: municipalityId, cvr: values.cvr, name: values.name, created_by: staffId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertAddresses(trx, row.id, addresses);
  return row.id;
}

async function insertAddresses(trx: Kysely<Database>, companyId: string, addresses: readonly AddressColumns[]): Promise<void> {
  if (!addresses.length) return;
  await trx
    .insertInto('company_address')
    .values(addresses.map((a) => ({ company_id: companyId, kind: a.kind, address_line: a.addressLine, postcode: a.postcode, city: a.city })))
    .execute();
}

/**
 * Updates the given columns when the stored version is `version` and bumps
 * it; `addresses`, when given, replace all. False when the version is stale.
 */
export async function updateCompany(
  trx: Kysely<Database>,
  id: string,
  version: number,
  values: Partial<CompanyColumns>,
  addresses?: readonly AddressColumns[],
): Promise<boolean> {
  const updated = await trx
    .updateTable('company')
    .set({ ...toColumns(values), version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  if (!updated) return false;
  if (addresses) {
    await trx.deleteFrom('company_address').where('company_id', '=', id).execute();
    await insertAddresses(trx, id, addresses);
  }
  return true;
}

/** Sets or replaces the main address, keeping workplaces (used by the import). */
export async function setMainAddress(trx: Kysely<Database>, companyId: string, address: Omit<AddressColumns, 'kind'>): Promise<void> {
  const updated = await trx
    .updateTable('company_address')
    .set({ address_line: address.addressLine, postcode: address.postcode, city: address.city })
    .where('company_id', '=', companyId)
    .where('kind', '=', 'main')
    .returning('id')
    .execute();
  if (!updated.length) await insertAddresses(trx, companyId, [{ kind: 'main', ...address }]);
}

/** A staff member as a possible owner: unit, roles, and whether the account is active today. */
export async function staffForOwnership(db: Kysely<Database>, staffId: string, today: string) {
  const row = await db.selectFrom('staff').select(['id', 'unit_id', 'roles', 'active', 'active_to']).where('id', '=', staffId).executeTakeFirst();
  return row
    ? { id: row.id, unitId: row.unit_id, roles: row.roles, active: row.active && (row.active_to === null || row.active_to >= today) }
    : undefined;
}

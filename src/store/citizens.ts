/**
 * Citizen data access. Names and contact details live in `citizen`; the CPR
 * number only in `citizen_cpr`, read through ./identity.ts.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ageOn } from '../domain/identity/cpr.ts';
import { today } from './facts.ts';
import { citizenVisible, type CitizenAccess } from './citizen-scope.ts';

export interface CitizenFilter {
  /** Citizens registered in these units (an analytic extract), or those the staff member may read (need to know). */
  unitIds?: string[];
  access?: CitizenAccess;
  q?: string;
  unitId?: string;
  responsibleStaffId?: string;
  limit: number;
  offset: number;
}

export interface CurrentBenefit {
  benefitType: string;
  readiness: string | null;
  fromDate: string;
}

export interface CitizenSummary {
  id: string;
  pseudonym: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  age: number;
  sex: 'female' | 'male';
  unitId: string;
  unitName: string;
  responsibleStaffId: string | null;
  responsibleStaffName: string | null;
  currentBenefit: CurrentBenefit | null;
}


function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('citizen')
    .innerJoin('unit', 'unit.id', 'citizen.unit_id')
    .leftJoin('staff', 'staff.id', 'citizen.responsible_staff_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('benefit_spell')
          .select(['benefit_spell.benefit_type', 'benefit_spell.readiness', 'benefit_spell.from_date'])
          .whereRef('benefit_spell.citizen_id', '=', 'citizen.id')
          .where((w) => w.or([w('benefit_spell.to_date', 'is', null), w('benefit_spell.to_date', '>=', sql<string>`current_date`)]))
          .orderBy('benefit_spell.from_date', 'desc')
          .limit(1)
          .as('benefit'),
      (join) => join.onTrue(),
    );
}

function filtered(db: Kysely<Database>, filter: CitizenFilter) {
  const unitIds = filter.unitIds ?? [];
  let query = filter.access
    ? baseQuery(db).where((eb) => citizenVisible(eb, filter.access!))
    : baseQuery(db).where('citizen.unit_id', 'in', unitIds.length ? unitIds : ['00000000-0000-0000-0000-000000000000']);
  if (filter.unitId) query = query.where('citizen.unit_id', '=', filter.unitId);
  if (filter.responsibleStaffId) query = query.where('citizen.responsible_staff_id', '=', filter.responsibleStaffId);
  if (filter.q) {
    const words = filter.q.trim().split(/\s+/).filter(Boolean);
    for (const word of words) {
      const pattern = `%${word.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) =>
        eb.or([
          eb('citizen.first_name', 'ilike', pattern),
          eb('citizen.last_name', 'ilike', pattern),
          eb('citizen.pseudonym', '=', word.toUpperCase()),
        ]),
      );
    }
  }
  return query;
}

const summaryColumns = [
  'citizen.id',
  'citizen.pseudonym',
  'citizen.first_name',
  'citizen.last_name',
  'citizen.birth_date',
  'citizen.sex',
  'citizen.unit_id',
  'unit.name as unit_name',
  'citizen.responsible_staff_id',
  'staff.display_name as responsible_name',
  'benefit.benefit_type',
  'benefit.readiness',
  'benefit.from_date as benefit_from',
] as const;

type SummaryRow = {
  id: string;
  pseudonym: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  sex: 'female' | 'male';
  unit_id: string;
  unit_name: string;
  responsible_staff_id: string | null;
  responsible_name: string | null;
  benefit_type: string | null;
  readiness: string | null;
  benefit_from: string | null;
};

function toSummary(row: SummaryRow, onDate: string): CitizenSummary {
  return {
    id: row.id,
    pseudonym: row.pseudonym,
    firstName: row.first_name,
    lastName: row.last_name,
    birthDate: row.birth_date,
    age: ageOn(row.birth_date, onDate),
    sex: row.sex,
    unitId: row.unit_id,
    unitName: row.unit_name,
    responsibleStaffId: row.responsible_staff_id,
    responsibleStaffName: row.responsible_name,
    currentBenefit: row.benefit_type ? { benefitType: row.benefit_type, readiness: row.readiness, fromDate: row.benefit_from! } : null,
  };
}

/** A page of citizens in the given units, with the total count. */
export async function listCitizens(db: Kysely<Database>, filter: CitizenFilter): Promise<{ total: number; items: CitizenSummary[] }> {
  const [count, rows] = await Promise.all([
    filtered(db, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    filtered(db, filter)
      .select(summaryColumns)
      .orderBy('citizen.last_name')
      .orderBy('citizen.first_name')
      .orderBy('citizen.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
  ]);
  const onDate = today();
  return { total: count.n, items: rows.map((row) => toSummary(row as SummaryRow, onDate)) };
}

export interface CitizenDetail extends CitizenSummary {
  phone: string | null;
  email: string | null;
  addressLine: string | null;
  postcode: string | null;
  city: string | null;
  version: number;
  benefitSpells: {
    id: string;
    benefitType: string;
    readiness: string | null;
    fromDate: string;
    toDate: string | null;
    source: 'case' | 'register';
  }[];
  createdAt: string;
  updatedAt: string;
}

/** One citizen with contact details and benefit history, or undefined. */
export async function getCitizen(db: Kysely<Database>, id: string): Promise<CitizenDetail | undefined> {
  const row = await baseQuery(db)
    .select([
      ...summaryColumns,
      'citizen.phone',
      'citizen.email',
      'citizen.address_line',
      'citizen.postcode',
      'citizen.city',
      'citizen.version',
      'citizen.created_at',
      'citizen.updated_at',
    ])
    .where('citizen.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const spells = await db
    .selectFrom('benefit_spell')
    .select(['id', 'benefit_type', 'readiness', 'from_date', 'to_date', 'source'])
    .where('citizen_id', '=', id)
    .orderBy('from_date', 'desc')
    .execute();
  return {
    ...toSummary(row as SummaryRow, today()),
    phone: row.phone,
    email: row.email,
    addressLine: row.address_line,
    postcode: row.postcode,
    city: row.city,
    version: row.version,
    benefitSpells: spells.map((s) => ({
      id: s.id,
      benefitType: s.benefit_type,
      readiness: s.readiness,
      fromDate: s.from_date,
      toDate: s.to_date,
      source: s.source,
    })),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The unit and pseudonym of a citizen, for access checks and audit. */
export async function citizenKey(db: Kysely<Database>, id: string) {
  return db.selectFrom('citizen').select(['id', 'unit_id', 'pseudonym']).where('id', '=', id).executeTakeFirst();
}

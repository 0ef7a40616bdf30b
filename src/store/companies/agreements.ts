/**
 * Cooperation agreements (samarbejdsaftaler). The agreement row holds the
 * terms in force; every version, the first included, is kept in
 * cooperation_agreement_version with the reason for a renegotiation, so the
 * history can be followed. A renegotiation inserts the next version number;
 * the UNIQUE (agreement_id, version_no) constraint settles a race.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AgreementKind } from '../../domain/companies/company.ts';
import { isRunning } from '../../domain/placements/placement.ts';
import { groupBy } from '../group-by.ts';
import type { PersonRef } from './companies.ts';
import { runningOn } from './placements.ts';

export interface AgreementTermsInput {
  kind: AgreementKind;
  places: number | null;
  ordinaryHoursReadiness: boolean;
  from: string;
  to: string | null;
  note: string | null;
}

export interface AgreementVersion extends AgreementTermsInput {
  versionNo: number;
  reason: string | null;
  createdAt: string;
  createdBy: PersonRef | null;
}

export interface CooperationAgreement extends AgreementTermsInput {
  id: string;
  inForce: boolean;
  version: number;
  versions: AgreementVersion[];
  /** Running placements at the company while the agreement is in force (0 when it is not). */
  placesInUse: number;
}

/** Placements at the company running on `today`. */
async function runningPlacements(db: Kysely<Database>, companyId: string, today: string): Promise<number> {
  const row = await db
    .selectFrom('placement as p')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('p.company_id', '=', companyId)
    .where(runningOn('p', today))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** A company's agreements with all versions (newest first), the latest-starting agreement first. */
export async function listAgreements(db: Kysely<Database>, companyId: string, today: string, onlyId?: string): Promise<CooperationAgreement[]> {
  let query = db.selectFrom('cooperation_agreement').selectAll().where('company_id', '=', companyId);
  if (onlyId) query = query.where('id', '=', onlyId);
  const rows = await query.orderBy('from_date', 'desc').orderBy('created_at', 'desc').execute();
  if (!rows.length) return [];
  const versions = await db
    .selectFrom('cooperation_agreement_version as v')
    .leftJoin('staff as s', 's.id', 'v.created_by')
    .selectAll('v')
    .select('s.display_name as created_by_name')
    .where(
      'v.agreement_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('v.version_no', 'desc')
    .execute();
  const running = await runningPlacements(db, companyId, today);
  const versionsBy = groupBy(
    versions,
    (v) => v.agreement_id,
    (v): AgreementVersion => ({
      versionNo: v.version_no,
      kind: v.kind,
      places: v.places,
      ordinaryHoursReadiness: v.ordinary_hours_readiness,
      from: v.from_date,
      to: v.to_date,
      note: v.note,
      reason: v.reason,
      createdAt: v.created_at.toISOString(),
      createdBy: v.created_by ? { id: v.created_by, name: v.created_by_name ?? '' } : null,
    }),
  );
  return rows.map((row) => {
    const terms = { from: row.from_date, to: row.to_date };
    const inForce = isRunning(terms, today);
    return {
      id: row.id,
      kind: row.kind,
      places: row.places,
      ordinaryHoursReadiness: row.ordinary_hours_readiness,
      from: row.from_date,
      to: row.to_date,
      note: row.note,
      inForce,
      version: row.version,
      versions: versionsBy.get(row.id) ?? [],
      placesInUse: inForce ? running : 0,
    };
  });
}

/** The company and version of an agreement, for access checks. */
export async function agreementKey(db: Kysely<Database>, id: string) {
  return db.selectFrom('cooperation_agreement').select(['id', 'company_id as companyId', 'version']).where('id', '=', id).executeTakeFirst();
}

const termColumns = (terms: AgreementTermsInput) => ({
  kind: terms.kind,
  places: terms.places,
  ordinary_hours_readiness: terms.ordinaryHoursReadiness,
  from_date: terms.from,
  to_date: terms.to,
  note: terms.note,
});

/** Creates an agreement and its version 1 (inside the caller's transaction). */
export async function insertAgreement(trx: Kysely<Database>, companyId: string, terms: AgreementTermsInput, staffId: string): Promise<string> {
  const row = await trx
    .insertInto('cooperation_agreement')
    .values({ company_id: companyId, ...termColumns(terms) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('cooperation_agreement_version')
    .values({ agreement_id: row.id, version_no: 1, ...termColumns(terms), reason: null, created_by: staffId })
    .execute();
  return row.id;
}

/**
 * Renegotiates: the new terms are put in force and kept as the next version
 * with the reason. False when `version` is not the current one.
 */
export async function renegotiateAgreement(
  trx: Kysely<Database>,
  id: string,
  version: number,
  terms: AgreementTermsInput,
  reason: string,
  staffId: string,
): Promise<boolean> {
  const updated = await trx
    .updateTable('cooperation_agreement')
    .set({ ...termColumns(terms), version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  if (!updated) return false;
  await trx
    .insertInto('cooperation_agreement_version')
    .values({ agreement_id: id, version_no: updated.version, ...termColumns(terms), reason, created_by: staffId })
    .execute();
  return true;
}

/**
 * Work agreements (work_agreement + work_agreement_version): every saved
 * version kept, the highest version_no current. The UNIQUE (agreement_id,
 * version_no) constraint settles a race between two saves from the same base
 * version: the second insert fails and the caller answers 409 stale.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StoredWorkAgreementContent } from '../../domain/placements/work-agreement.ts';
import type { StaffRef } from '../cases/versions.ts';
import { groupBy } from '../group-by.ts';
import { unitAncestors } from '../units.ts';

export interface WorkAgreementVersionMeta {
  versionNo: number;
  madeOn: string;
  ordinaryHoursClause: boolean;
  declarationOfIntent: boolean;
  citizenAgreedOn: string | null;
  companyAgreedOn: string | null;
  jobcentreAgreedOn: string | null;
  createdAt: string;
  createdBy: StaffRef | null;
}

export interface WorkAgreementVersion extends WorkAgreementVersionMeta {
  content: StoredWorkAgreementContent;
}

export interface WorkAgreement {
  id: string;
  courseId: string;
  citizen: { id: string; name: string };
  company: { id: string; name: string; cvr: string };
  matchId: string | null;
  /** The placement this agreement is for (the latest started, when several name it). */
  placementId: string | null;
  current: WorkAgreementVersion;
  /** Every version, newest first. */
  versions: WorkAgreementVersionMeta[];
}

/** What a version is saved with. */
export interface WorkAgreementVersionInput {
  madeOn: string;
  content: StoredWorkAgreementContent;
  ordinaryHoursClause: boolean;
  declarationOfIntent: boolean;
  citizenAgreedOn: string | null;
  companyAgreedOn: string | null;
  jobcentreAgreedOn: string | null;
}

/** The agreement's course (for the access check) and company, or undefined. */
export async function workAgreementKey(db: Kysely<Database>, id: string): Promise<{ id: string; courseId: string; companyId: string } | undefined> {
  const row = await db.selectFrom('work_agreement').select(['id', 'course_id', 'company_id']).where('id', '=', id).executeTakeFirst();
  return row ? { id: row.id, courseId: row.course_id, companyId: row.company_id } : undefined;
}

/** The course, company and status of a match, or undefined. */
export async function matchKey(db: Kysely<Database>, matchId: string): Promise<{ courseId: string; companyId: string; status: 'agreed' | 'withdrawn' } | undefined> {
  const row = await db.selectFrom('job_match').select(['course_id', 'company_id', 'status']).where('id', '=', matchId).executeTakeFirst();
  return row ? { courseId: row.course_id, companyId: row.company_id, status: row.status } : undefined;
}

/** Creates the agreement row (call inside a transaction, then add version 1). */
export async function insertWorkAgreement(
  trx: Kysely<Database>,
  values: { courseId: string; companyId: string; matchId: string | null; staffId: string },
): Promise<string> {
  const row = await trx
    .insertInto('work_agreement')
    .values({ course_id: values.courseId, company_id: values.companyId, match_id: values.matchId, created_by: values.staffId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds a version (call inside a transaction; a duplicate number is a unique violation). */
export async function insertWorkAgreementVersion(
  trx: Kysely<Database>,
  agreementId: string,
  versionNo: number,
  input: WorkAgreementVersionInput,
  staffId: string,
): Promise<void> {
  await trx
    .insertInto('work_agreement_version')
    .values({
      agreement_id: agreementId,
      version_no: versionNo,
      made_on: input.madeOn,
      ordinary_hours_clause: input.ordinaryHoursClause,
      declaration_of_intent: input.declarationOfIntent,
      content: JSON.stringify(input.content),
      citizen_agreed_on: input.citizenAgreedOn,
      company_agreed_on: input.companyAgreedOn,
      jobcentre_agreed_on: input.jobcentreAgreedOn,
      created_by: staffId,
    })
    .execute();
}

function versionQuery(db: Kysely<Database>) {
  return db
    .selectFrom('work_agreement_version as v')
    .leftJoin('staff', 'staff.id', 'v.created_by')
    .selectAll('v')
    .select('staff.display_name as created_by_name');
}

type VersionRow = Awaited<ReturnType<ReturnType<typeof versionQuery>['executeTakeFirstOrThrow']>>;

function toVersion(row: VersionRow): WorkAgreementVersion {
  return {
    versionNo: row.version_no,
    madeOn: row.made_on,
    content: row.content as StoredWorkAgreementContent,
    ordinaryHoursClause: row.ordinary_hours_clause,
    declarationOfIntent: row.declaration_of_intent,
    citizenAgreedOn: row.citizen_agreed_on,
    companyAgreedOn: row.company_agreed_on,
    jobcentreAgreedOn: row.jobcentre_agreed_on,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
  };
}

/** One version with content; the current (newest) when versionNo is omitted. */
export async function getWorkAgreementVersion(db: Kysely<Database>, agreementId: string, versionNo?: number): Promise<WorkAgreementVersion | undefined> {
  let query = versionQuery(db).where('v.agreement_id', '=', agreementId);
  query = versionNo === undefined ? query.orderBy('v.version_no', 'desc').limit(1) : query.where('v.version_no', '=', versionNo);
  const row = await query.executeTakeFirst();
  return row ? toVersion(row) : undefined;
}

/** Agreements of a course (newest first) or one agreement, each with its versions and linked placement. */
async function loadAgreements(db: Kysely<Database>, filter: { courseId: string } | { id: string }): Promise<WorkAgreement[]> {
  let query = db
    .selectFrom('work_agreement as a')
    .innerJoin('course', 'course.id', 'a.course_id')
    .innerJoin('citizen', 'citizen.id', 'course.citizen_id')
    .innerJoin('company', 'company.id', 'a.company_id')
    .select([
      'a.id',
      'a.course_id',
      'a.match_id',
      'a.created_at',
      'citizen.id as citizen_id',
      'citizen.first_name',
      'citizen.last_name',
      'company.id as company_id',
      'company.name as company_name',
      'company.cvr',
    ]);
  query = 'id' in filter ? query.where('a.id', '=', filter.id) : query.where('a.course_id', '=', filter.courseId);
  const agreements = await query.orderBy('a.created_at', 'desc').orderBy('a.id').execute();
  if (!agreements.length) return [];
  const ids = agreements.map((a) => a.id);
  const [versionRows, placements] = await Promise.all([
    versionQuery(db).where('v.agreement_id', 'in', ids).orderBy('v.version_no', 'desc').execute(),
    db
      .selectFrom('placement')
      .select(['id', 'work_agreement_id'])
      .where('work_agreement_id', 'in', ids)
      .orderBy('from_date', 'desc')
      .orderBy('created_at', 'desc')
      .execute(),
  ]);
  const versions = groupBy(versionRows, (row) => row.agreement_id, toVersion);
  const placementOf = new Map<string, string>();
  for (const p of placements) if (p.work_agreement_id && !placementOf.has(p.work_agreement_id)) placementOf.set(p.work_agreement_id, p.id);
  return agreements.flatMap((a) => {
    const list = versions.get(a.id) ?? [];
    const current = list[0];
    // An agreement row without versions exists only inside its creating transaction.
    if (!current) return [];
    return [
      {
        id: a.id,
        courseId: a.course_id,
        citizen: { id: a.citizen_id, name: `${a.first_name} ${a.last_name}` },
        company: { id: a.company_id, name: a.company_name, cvr: a.cvr },
        matchId: a.match_id,
        placementId: placementOf.get(a.id) ?? null,
        current,
        versions: list.map(({ content: _content, ...meta }) => meta),
      },
    ];
  });
}

export const listWorkAgreements = (db: Kysely<Database>, courseId: string): Promise<WorkAgreement[]> => loadAgreements(db, { courseId });

export async function getWorkAgreement(db: Kysely<Database>, id: string): Promise<WorkAgreement | undefined> {
  return (await loadAgreements(db, { id }))[0];
}

/** The parties as a printed agreement names them: citizen, company (with its main address) and job centre. */
export interface AgreementParties {
  citizen: { name: string };
  company: { name: string; cvr: string; address: string | null };
  /** The job centre above the course's unit (the unit itself when no job centre is found). */
  jobcentre: { name: string };
}

export async function agreementParties(db: Kysely<Database>, agreementId: string): Promise<AgreementParties | undefined> {
  const row = await db
    .selectFrom('work_agreement as a')
    .innerJoin('course', 'course.id', 'a.course_id')
    .innerJoin('citizen', 'citizen.id', 'course.citizen_id')
    .innerJoin('company', 'company.id', 'a.company_id')
    .select(['citizen.first_name', 'citizen.last_name', 'company.id as company_id', 'company.name as company_name', 'company.cvr', 'course.unit_id'])
    .where('a.id', '=', agreementId)
    .executeTakeFirst();
  if (!row) return undefined;
  const [address, ancestors] = await Promise.all([
    db
      .selectFrom('company_address')
      .select(['address_line', 'postcode', 'city'])
      .where('company_id', '=', row.company_id)
      .orderBy((eb) => eb.case().when('kind', '=', 'main').then(0).else(1).end())
      .orderBy('created_at')
      .limit(1)
      .executeTakeFirst(),
    unitAncestors(db, row.unit_id),
  ]);
  const jobcentres = await db
    .selectFrom('unit')
    .select('id')
    .where('id', 'in', ancestors.map((u) => u.id))
    .where('kind', '=', 'jobcentre')
    .execute();
  const jobcentreIds = new Set(jobcentres.map((u) => u.id));
  const jobcentre = ancestors.find((u) => jobcentreIds.has(u.id)) ?? ancestors[0] ?? { name: '' };
  const place = address ? [address.postcode, address.city].filter(Boolean).join(' ') : '';
  return {
    citizen: { name: `${row.first_name} ${row.last_name}` },
    company: { name: row.company_name, cvr: row.cvr, address: address ? [address.address_line, place].filter(Boolean).join(', ') || null : null },
    jobcentre: { name: jobcentre.name },
  };
}

/**
 * What the company consultant's worklist reads: the placements a staff member
 * follows, work agreements on their courses that are not yet tied to a
 * placement, the version history of agreements, and the companies they own
 * with the date of the last contact.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { lastInteractionOn, notContactedSince } from '../companies/companies.ts';
import { holdsCourseRoleOn } from '../course-staff-filter.ts';
import { groupBy } from '../group-by.ts';

/** Course roles whose holder follows the citizen's placements. */
export const followingRoles = ['job_broker', 'company_consultant', 'mentor'] as const;

/**
 * Running and coming placements (not ended before today) of active courses
 * where the staff member holds a following role today, or that they created.
 */
export async function followedPlacementIds(db: Kysely<Database>, staffId: string, today: string): Promise<string[]> {
  const rows = await db
    .selectFrom('placement')
    .innerJoin('course', 'course.id', 'placement.course_id')
    .select('placement.id')
    .where('course.end_date', 'is', null)
    .where((eb) => eb.or([eb('placement.to_date', 'is', null), eb('placement.to_date', '>=', today)]))
    .where((eb) => eb.or([eb('placement.created_by', '=', staffId), holdsCourseRoleOn(eb, staffId, today, followingRoles)]))
    .execute();
  return rows.map((r) => r.id);
}

export interface UnlinkedAgreement {
  id: string;
  courseId: string;
  citizenId: string;
  citizenName: string;
  company: { id: string; name: string };
  /** The current version's planned end of the placement, if given. */
  plannedTo: string | null;
}

/** Work agreements on the staff member's active courses (a following role today, or made by them) that no placement names yet. */
export async function unlinkedAgreements(db: Kysely<Database>, staffId: string, today: string): Promise<UnlinkedAgreement[]> {
  const rows = await db
    .selectFrom('work_agreement')
    .innerJoin('course', 'course.id', 'work_agreement.course_id')
    .innerJoin('citizen', 'citizen.id', 'course.citizen_id')
    .innerJoin('company', 'company.id', 'work_agreement.company_id')
    .select([
      'work_agreement.id',
      'work_agreement.course_id',
      'citizen.id as citizen_id',
      'citizen.first_name',
      'citizen.last_name',
      'company.id as company_id',
      'company.name as company_name',
      (eb) =>
        eb
          .selectFrom('work_agreement_version as v')
          .select(sql<unknown>`v.content`.as('content'))
          .whereRef('v.agreement_id', '=', 'work_agreement.id')
          .orderBy('v.version_no', 'desc')
          .limit(1)
          .as('content'),
    ])
    .where('course.end_date', 'is', null)
    .where((eb) => eb.or([eb('work_agreement.created_by', '=', staffId), holdsCourseRoleOn(eb, staffId, today, followingRoles)]))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('placement').select('placement.id').whereRef('placement.work_agreement_id', '=', 'work_agreement.id'))))
    .execute();
  return rows.map((r) => {
    const plannedTo = (r.content as { plannedTo?: unknown } | null)?.plannedTo;
    return {
      id: r.id,
      courseId: r.course_id,
      citizenId: r.citizen_id,
      citizenName: `${r.first_name} ${r.last_name}`,
      company: { id: r.company_id, name: r.company_name },
      plannedTo: typeof plannedTo === 'string' ? plannedTo : null,
    };
  });
}

export interface AgreementVersionFlags {
  versionNo: number;
  madeOn: string;
  ordinaryHoursClause: boolean;
  declarationOfIntent: boolean;
}

/** Every version's ordinary-hours flags per agreement, oldest first. */
export async function agreementVersionFlags(db: Kysely<Database>, agreementIds: readonly string[]): Promise<Map<string, AgreementVersionFlags[]>> {
  if (agreementIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('work_agreement_version')
    .select(['agreement_id', 'version_no', 'made_on', 'ordinary_hours_clause', 'declaration_of_intent'])
    .where('agreement_id', 'in', [...agreementIds])
    .orderBy('version_no')
    .execute();
  return groupBy(
    rows,
    (r) => r.agreement_id,
    (r) => ({ versionNo: r.version_no, madeOn: r.made_on, ordinaryHoursClause: r.ordinary_hours_clause, declarationOfIntent: r.declaration_of_intent }),
  );
}

/**
 * Companies the staff member owns whose last contact is on or before
 * `cutoff` or that were never contacted; never-contacted first, then the
 * longest ago. The company list's predicate (`notContactedSince` in
 * companies/companies.ts), so with `cutoff` = today - N days this is the
 * list's `notContactedDays=N` (no contact in the last N days).
 */
export async function ownedCompaniesNotContactedSince(
  db: Kysely<Database>,
  staffId: string,
  municipalityId: string,
  cutoff: string,
): Promise<{ id: string; name: string; lastInteractionOn: string | null }[]> {
  const rows = await db
    .selectFrom('company as c')
    .select((eb) => ['c.id', 'c.name', lastInteractionOn(eb).as('last')])
    .where('c.owner_staff_id', '=', staffId)
    .where('c.municipality_id', '=', municipalityId)
    .where((eb) => notContactedSince(eb, cutoff))
    .execute();
  return rows
    .map((c) => ({ id: c.id, name: c.name, lastInteractionOn: (c.last as string | null) ?? null }))
    .sort((a, b) => (a.lastInteractionOn ?? '').localeCompare(b.lastInteractionOn ?? '') || a.name.localeCompare(b.name, 'da'));
}

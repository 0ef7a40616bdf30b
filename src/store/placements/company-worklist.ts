/**
 * What the company consultant's worklist reads: the placements a staff member
 * follows, work agreements on their courses that are not yet tied to a
 * placement, the version history of agreements, and the companies they own
 * with the date of the last contact.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Course roles whose holder follows the citizen's placements. */
export const followingRoles = ['job_broker', 'company_consultant', 'mentor'] as const;

function holdsRoleToday(staffId: string, today: string) {
  return sql<boolean>`exists (
    select 1 from course_staff cs
    where cs.course_id = course.id and cs.staff_id = ${staffId}
      and cs.role in (${sql.join(followingRoles.map((r) => sql`${r}`))})
      and cs.from_date <= ${today} and (cs.to_date is null or cs.to_date >= ${today}))`;
}

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
    .where((eb) => eb.or([eb('placement.created_by', '=', staffId), holdsRoleToday(staffId, today)]))
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
    .where((eb) => eb.or([eb('work_agreement.created_by', '=', staffId), holdsRoleToday(staffId, today)]))
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
  const out = new Map<string, AgreementVersionFlags[]>();
  if (agreementIds.length === 0) return out;
  const rows = await db
    .selectFrom('work_agreement_version')
    .select(['agreement_id', 'version_no', 'made_on', 'ordinary_hours_clause', 'declaration_of_intent'])
    .where('agreement_id', 'in', [...agreementIds])
    .orderBy('version_no')
    .execute();
  for (const r of rows) {
    const list = out.get(r.agreement_id) ?? [];
    list.push({ versionNo: r.version_no, madeOn: r.made_on, ordinaryHoursClause: r.ordinary_hours_clause, declarationOfIntent: r.declaration_of_intent });
    out.set(r.agreement_id, list);
  }
  return out;
}

/**
 * Companies the staff member owns whose last contact is on or before
 * `cutoff` or that were never contacted; never-contacted first, then the
 * longest ago. With `cutoff` = today - N days this is the company list's
 * `notContactedDays=N` (no contact in the last N days).
 */
export async function ownedCompaniesNotContactedSince(
  db: Kysely<Database>,
  staffId: string,
  municipalityId: string,
  cutoff: string,
): Promise<{ id: string; name: string; lastInteractionOn: string | null }[]> {
  const all = await db
    .selectFrom('company')
    .leftJoin('company_interaction', 'company_interaction.company_id', 'company.id')
    .select(['company.id', 'company.name', (eb) => eb.fn.max<string | null>('company_interaction.interaction_date').as('last')])
    .where('company.owner_staff_id', '=', staffId)
    .where('company.municipality_id', '=', municipalityId)
    .groupBy(['company.id', 'company.name'])
    .execute();
  return all
    .filter((c) => c.last === null || c.last <= cutoff)
    .map((c) => ({ id: c.id, name: c.name, lastInteractionOn: c.last }))
    .sort((a, b) => (a.lastInteractionOn ?? '').localeCompare(b.lastInteractionOn ?? '') || a.name.localeCompare(b.name, 'da'));
}

/**
 * The database side of need-to-know access (domain/organisation/roles.ts
 * citizenScope): which `citizen` rows a staff member may read, as one SQL
 * condition for any query that has the `citizen` table in scope. The
 * relations count only on courses that have not ended before `day`.
 */
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { CitizenRelation, CitizenScope } from '../domain/organisation/roles.ts';

/** Whose access, decided once per request. */
export interface CitizenAccess {
  staffId: string;
  scope: CitizenScope;
  /** The staff member's unit and every unit below it. */
  unitIds: readonly string[];
  /** Today at the job centre: relations count on courses not ended before it. */
  day: string;
}

type CitizenBuilder = ExpressionBuilder<Database, 'citizen'>;

/** EXISTS an active course of the citizen (the `citizen` row of the outer query) with the relation. */
function related(eb: CitizenBuilder, access: CitizenAccess, relation: CitizenRelation): Expression<SqlBool> {
  const { staffId, day } = access;
  const courses = eb
    .selectFrom('course as rc')
    .select('rc.id')
    .whereRef('rc.citizen_id', '=', 'citizen.id')
    .where((w) => w.or([w('rc.end_date', 'is', null), w('rc.end_date', '>=', day)]));
  switch (relation) {
    case 'course_role':
      return eb.exists(
        courses
          .innerJoin('course_staff as rs', 'rs.course_id', 'rc.id')
          .where('rs.staff_id', '=', staffId)
          // A role handed over in the future still counts: the new holder prepares.
          .where((w) => w.or([w('rs.to_date', 'is', null), w('rs.to_date', '>=', day)])),
      );
    case 'match':
      return eb.exists(courses.innerJoin('job_match as rm', 'rm.course_id', 'rc.id').where('rm.consultant_id', '=', staffId).where('rm.status', '=', 'agreed'));
    case 'placement':
      return eb.or([
        eb.exists(
          courses
            .innerJoin('placement as rp', 'rp.course_id', 'rc.id')
            .where((w) =>
              w.or([
                w('rp.created_by', '=', staffId),
                w.exists(w.selectFrom('follow_up as rf').select('rf.id').whereRef('rf.placement_id', '=', 'rp.id').where('rf.staff_id', '=', staffId)),
                w.exists(w.selectFrom('aftercare_contact as ra').select('ra.id').whereRef('ra.placement_id', '=', 'rp.id').where('ra.staff_id', '=', staffId)),
              ]),
            ),
        ),
        // The work agreement a placement is made on.
        eb.exists(courses.innerJoin('work_agreement as rw', 'rw.course_id', 'rc.id').where('rw.created_by', '=', staffId)),
      ]);
  }
}

/** The condition "the caller may read this citizen" on the `citizen` table. */
export function citizenVisible(eb: CitizenBuilder, access: CitizenAccess): Expression<SqlBool> {
  const branches: Expression<SqlBool>[] = [];
  if (access.scope.units && access.unitIds.length) branches.push(eb('citizen.unit_id', 'in', [...access.unitIds]));
  for (const relation of access.scope.via) branches.push(related(eb, access, relation));
  return branches.length ? eb.or(branches) : eb.lit(false);
}

/** Of these citizen ids, the ones the caller may read. */
export async function visibleCitizenIds(db: Kysely<Database>, access: CitizenAccess, citizenIds: readonly string[]): Promise<Set<string>> {
  const ids = [...new Set(citizenIds)];
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('citizen')
    .select('citizen.id')
    .where('citizen.id', 'in', ids)
    .where((eb) => citizenVisible(eb, access))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Placements as a company sees them: the figures on the company page
 * (running and past placements, paid ordinary hours, conversions) and the
 * list of placements there. Reads placement and placement_hours only; the
 * placement routes own the writes.
 *
 * A placement is running from its first day until its last (`to_date`,
 * inclusive; none while not ended), as domain/placements/placement.ts
 * `isRunning` has it; past once its last day has gone.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, PlacementEndReason, PlacementTable } from '../../db/schema.ts';
import { roundHours } from '../../domain/companies/company.ts';

export interface CompanyStats {
  placementsRunning: number;
  placementsPast: number;
  /** Actual paid ordinary hours recorded at the company, all placements. */
  paidHoursTotal: number;
  /** Placements with paid hours above 0 or ended converted to paid. */
  placementsWithPaidHours: number;
  /** Placements ended 'converted_to_paid'. */
  conversions: number;
}

/** SQL for "the placement `alias` is running on `today`" (isRunning in domain/placements/placement.ts). */
export function runningOn(alias: string, today: string) {
  const from = sql.ref(`${alias}.from_date`);
  const to = sql.ref(`${alias}.to_date`);
  return sql<boolean>`(${from} <= ${today} and (${to} is null or ${to} >= ${today}))`;
}

/** Sums of actual hours per placement. */
function hourSums(db: Kysely<Database>) {
  return db
    .selectFrom('placement_hours')
    .select([
      'placement_id',
      sql<number>`coalesce(sum(actual_paid_hours), 0)`.as('paid'),
      sql<number>`coalesce(sum(actual_unpaid_hours), 0)`.as('unpaid'),
    ])
    .groupBy('placement_id');
}

export async function companyStats(db: Kysely<Database>, companyId: string, today: string): Promise<CompanyStats> {
  const row = await db
    .selectFrom('placement as p')
    .leftJoin(hourSums(db).as('h'), 'h.placement_id', 'p.id')
    .select([
      sql<number>`count(*) filter (where ${runningOn('p', today)})::int`.as('running'),
      sql<number>`count(*) filter (where p.to_date < ${today})::int`.as('past'),
      sql<number>`coalesce(sum(h.paid), 0)`.as('paid'),
      sql<number>`count(*) filter (where h.paid > 0 or p.end_reason = 'converted_to_paid')::int`.as('with_paid'),
      sql<number>`count(*) filter (where p.end_reason = 'converted_to_paid')::int`.as('conversions'),
    ])
    .where('p.company_id', '=', companyId)
    .executeTakeFirstOrThrow();
  return {
    placementsRunning: row.running,
    placementsPast: row.past,
    paidHoursTotal: roundHours(Number(row.paid)),
    placementsWithPaidHours: row.with_paid,
    conversions: row.conversions,
  };
}

export interface CompanyPlacementRow {
  id: string;
  type: PlacementTable['type'];
  from: string;
  to: string | null;
  endReason: PlacementEndReason | null;
  courseId: string;
  citizen: { id: string; name: string; unitId: string; pseudonym: string };
  paidHoursTotal: number;
  unpaidHoursTotal: number;
  /** The latest week with actual hours recorded. */
  latestWeek: { weekStart: string; unpaidHours: number | null; paidHours: number | null } | null;
}

/** Every placement at the company, running ones first, then by start (newest first), with the citizen for the caller to filter. */
export async function listCompanyPlacements(db: Kysely<Database>, companyId: string, today: string): Promise<CompanyPlacementRow[]> {
  const rows = await db
    .selectFrom('placement as p')
    .innerJoin('course', 'course.id', 'p.course_id')
    .innerJoin('citizen', 'citizen.id', 'course.citizen_id')
    .leftJoin(hourSums(db).as('h'), 'h.placement_id', 'p.id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('placement_hours as w')
          .select(['w.week_start', 'w.actual_unpaid_hours', 'w.actual_paid_hours'])
          .whereRef('w.placement_id', '=', 'p.id')
          .where((w) => w.or([w('w.actual_unpaid_hours', 'is not', null), w('w.actual_paid_hours', 'is not', null)]))
          .orderBy('w.week_start', 'desc')
          .limit(1)
          .as('lw'),
      (join) => join.onTrue(),
    )
    .select([
      'p.id',
      'p.type',
      'p.from_date',
      'p.to_date',
      'p.end_reason',
      'p.course_id',
      'citizen.id as citizen_id',
      'citizen.first_name',
      'citizen.last_name',
      'citizen.unit_id',
      'citizen.pseudonym',
      'h.paid',
      'h.unpaid',
      'lw.week_start',
      'lw.actual_unpaid_hours',
      'lw.actual_paid_hours',
    ])
    .where('p.company_id', '=', companyId)
    .orderBy(runningOn('p', today), 'desc')
    .orderBy('p.from_date', 'desc')
    .orderBy('p.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    from: row.from_date,
    to: row.to_date,
    endReason: row.end_reason,
    courseId: row.course_id,
    citizen: { id: row.citizen_id, name: `${row.first_name} ${row.last_name}`, unitId: row.unit_id, pseudonym: row.pseudonym },
    paidHoursTotal: roundHours(Number(row.paid ?? 0)),
    unpaidHoursTotal: roundHours(Number(row.unpaid ?? 0)),
    latestWeek: row.week_start
      ? {
          weekStart: row.week_start,
          unpaidHours: row.actual_unpaid_hours === null ? null : Number(row.actual_unpaid_hours),
          paidHours: row.actual_paid_hours === null ? null : Number(row.actual_paid_hours),
        }
      : null,
  }));
}

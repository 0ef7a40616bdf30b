/**
 * What Min sagsstamme and the team overview show besides the engine's
 * results: citizen names and ages, and the running placement with the paid
 * hours of the last four weeks. (Days since contact and the caseload count
 * are the domain's: rules/contact-figure.ts and rules/caseload.ts.)
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ageOn } from '../domain/identity/cpr.ts';
import type { CourseFacts, PlacementType } from '../domain/rules/facts.ts';
import { fullWeeksBefore, paidHoursInWeeksBefore } from '../domain/placements/hours.ts';
import { isRunning } from '../domain/placements/placement.ts';
import { groupBy } from './group-by.ts';

export interface CitizenLabel {
  id: string;
  name: string;
  pseudonym: string;
  age: number;
  unitId: string;
}

/** Names, ages and pseudonyms of citizens, by id. */
export async function citizenLabels(db: Kysely<Database>, ids: readonly string[], onDate: string): Promise<Map<string, CitizenLabel>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('citizen')
    .select(['id', 'first_name', 'last_name', 'pseudonym', 'birth_date', 'unit_id'])
    .where('id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [r.id, { id: r.id, name: `${r.first_name} ${r.last_name}`, pseudonym: r.pseudonym, age: ageOn(r.birth_date, onDate), unitId: r.unit_id }]),
  );
}

export interface CaseloadPlacement {
  id: string;
  type: PlacementType;
  companyName: string;
  from: string;
}

/**
 * Per course: the running placement (the latest started, when several run)
 * and the actual paid hours of the four full weeks before this week (null
 * when no hours were recorded then). Two queries for the whole caseload.
 */
export async function placementColumns(
  db: Kysely<Database>,
  courses: readonly CourseFacts[],
  today: string,
): Promise<Map<string, { currentPlacement: CaseloadPlacement | null; paidHoursLast4Weeks: number | null }>> {
  const current = new Map<string, CourseFacts['placements'][number]>();
  const placementCourse = new Map<string, string>();
  for (const course of courses) {
    for (const p of course.placements) {
      placementCourse.set(p.id, course.courseId);
      if (!isRunning(p, today)) continue;
      const best = current.get(course.courseId);
      if (!best || p.from > best.from) current.set(course.courseId, p);
    }
  }
  const window = fullWeeksBefore(today);
  const [companies, hours] = await Promise.all([
    current.size
      ? db
          .selectFrom('placement')
          .innerJoin('company', 'company.id', 'placement.company_id')
          .select(['placement.id', 'company.name'])
          .where('placement.id', 'in', [...current.values()].map((p) => p.id))
          .execute()
      : Promise.resolve([]),
    placementCourse.size
      ? db
          .selectFrom('placement_hours')
          .select(['placement_id', 'week_start', 'actual_unpaid_hours', 'actual_paid_hours'])
          .where('placement_id', 'in', [...placementCourse.keys()])
          .where('week_start', '>=', window.from)
          .where('week_start', '<=', window.to)
          .execute()
      : Promise.resolve([]),
  ]);
  const companyOf = new Map(companies.map((c) => [c.id, c.name]));
  const weeksBy = groupBy(
    hours,
    (h) => placementCourse.get(h.placement_id),
    (h) => ({ weekStart: h.week_start, actualUnpaidHours: h.actual_unpaid_hours, actualPaidHours: h.actual_paid_hours }),
  );
  const out = new Map<string, { currentPlacement: CaseloadPlacement | null; paidHoursLast4Weeks: number | null }>();
  for (const course of courses) {
    const p = current.get(course.courseId);
    out.set(course.courseId, {
      currentPlacement: p ? { id: p.id, type: p.type, companyName: companyOf.get(p.id) ?? '', from: p.from } : null,
      paidHoursLast4Weeks: paidHoursInWeeksBefore(weeksBy.get(course.courseId) ?? [], today),
    });
  }
  return out;
}

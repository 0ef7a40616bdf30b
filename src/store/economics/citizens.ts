/**
 * Citizens a year from the case data, the default of a cost model's
 * citizensPerYear: the distinct citizens who started a course of the model
 * in the unit (or a unit below it) within the period, divided by the
 * period's length in years. A course counts in the unit it started in (its
 * first course_unit row), not the one it may have moved to. Only the count
 * leaves this module: no citizen is named.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { unitTree } from '../units.ts';

export interface CitizensFromCases {
  /** Distinct citizens who started a course of the model in the period. */
  citizens: number;
  /** The period's length in years (see periodYears). */
  years: number;
  /** citizens / years; null when the period has no citizens. */
  perYear: number | null;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The length of [from, to] (both days included) in years: whole months / 12
 * when the period starts on a day of the month and ends the day before that
 * day in a later month (2018-01-01 … 2019-12-31 is 2 years exactly), else
 * days / 365.25.
 */
export function periodYears(from: string, to: string): number {
  const start = day(from);
  const end = day(to);
  end.setUTCDate(end.getUTCDate() + 1);
  if (start.getUTCDate() === end.getUTCDate()) {
    const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + (end.getUTCMonth() - start.getUTCMonth());
    return months / 12;
  }
  return (end.getTime() - start.getTime()) / 86_400_000 / 365.25;
}

/** Citizens a year who started a course of `modelId` in the unit's subtree within [periodFrom, periodTo]. */
export async function citizensPerYearFromCases(
  db: Kysely<Database>,
  spec: { unitId: string; modelId: string; periodFrom: string; periodTo: string },
): Promise<CitizensFromCases> {
  const units = (await unitTree(db, spec.unitId)).map((u) => u.id);
  const years = periodYears(spec.periodFrom, spec.periodTo);
  if (units.length === 0) return { citizens: 0, years, perYear: null };
  const result = await sql<{ n: number | string }>`
    SELECT count(DISTINCT c.citizen_id) AS n
    FROM course c
    WHERE c.model_id = ${spec.modelId}
      AND c.enrolment_date BETWEEN ${spec.periodFrom} AND ${spec.periodTo}
      AND COALESCE(
        (SELECT cu.unit_id FROM course_unit cu WHERE cu.course_id = c.id ORDER BY cu.from_date, cu.id LIMIT 1),
        c.unit_id
      ) IN (${sql.join(units)})`.execute(db);
  const citizens = Number(result.rows[0]?.n ?? 0);
  return { citizens, years, perYear: citizens > 0 ? citizens / years : null };
}

/** Weekly hours of placements: one row per placement and week (its Monday), written by upsert. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { HoursWeek as DomainHoursWeek } from '../../domain/placements/hours.ts';

export interface HoursWeek extends DomainHoursWeek {
  note: string | null;
}

export interface HoursRecord {
  plannedUnpaidHours: number;
  plannedPaidHours: number;
  actualUnpaidHours: number | null;
  actualPaidHours: number | null;
  note: string | null;
}

/** Hours rows of the placements, oldest week first. */
export async function listHours(db: Kysely<Database>, placementIds: readonly string[]): Promise<{ placementId: string; week: HoursWeek }[]> {
  if (placementIds.length === 0) return [];
  const rows = await db
    .selectFrom('placement_hours')
    .select(['placement_id', 'week_start', 'planned_unpaid_hours', 'planned_paid_hours', 'actual_unpaid_hours', 'actual_paid_hours', 'note'])
    .where('placement_id', 'in', [...placementIds])
    .orderBy('week_start')
    .execute();
  return rows.map((r) => ({
    placementId: r.placement_id,
    week: {
      weekStart: r.week_start,
      plannedUnpaidHours: r.planned_unpaid_hours,
      plannedPaidHours: r.planned_paid_hours,
      actualUnpaidHours: r.actual_unpaid_hours,
      actualPaidHours: r.actual_paid_hours,
      note: r.note,
    },
  }));
}

/** Inserts or replaces one week's hours (inside the caller's transaction) and returns the stored week. */
export async function upsertHours(trx: Kysely<Database>, placementId: string, weekStart: string, hours: HoursRecord, recordedBy: string): Promise<HoursWeek> {
  const values = {
    planned_unpaid_hours: hours.plannedUnpaidHours,
    planned_paid_hours: hours.plannedPaidHours,
    actual_unpaid_hours: hours.actualUnpaidHours,
    actual_paid_hours: hours.actualPaidHours,
    note: hours.note,
    recorded_by: recordedBy,
    updated_at: new Date(),
  };
  const row = await trx
    .insertInto('placement_hours')
    .values({ placement_id: placementId, week_start: weekStart, ...values })
    .onConflict((oc) => oc.columns(['placement_id', 'week_start']).doUpdateSet(values))
    .returning(['week_start', 'planned_unpaid_hours', 'planned_paid_hours', 'actual_unpaid_hours', 'actual_paid_hours', 'note'])
    .executeTakeFirstOrThrow();
  return {
    weekStart: row.week_start,
    plannedUnpaidHours: row.planned_unpaid_hours,
    plannedPaidHours: row.planned_paid_hours,
    actualUnpaidHours: row.actual_unpaid_hours,
    actualPaidHours: row.actual_paid_hours,
    note: row.note,
  };
}

/** The latest week after `day` with actual hours recorded, if any (ending a placement before it is refused). */
export async function actualHoursAfter(db: Kysely<Database>, placementId: string, day: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('placement_hours')
    .select('week_start')
    .where('placement_id', '=', placementId)
    .where('week_start', '>', day)
    .where((eb) => eb.or([eb('actual_unpaid_hours', 'is not', null), eb('actual_paid_hours', 'is not', null)]))
    .orderBy('week_start', 'desc')
    .executeTakeFirst();
  return row?.week_start;
}

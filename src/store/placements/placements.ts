/**
 * Placement rows: insert, change, end, cancel, and the summaries and full records
 * the API returns. A batch of summaries costs four queries (placements with
 * citizen, company, opening and creator; hours; follow-ups; the linked
 * agreements' current versions) whatever its size; the full placement adds
 * its follow-ups and aftercare.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, PlacementEndReason, PlacementTable } from '../../db/schema.ts';
import { hoursProgression, type HoursGoal } from '../../domain/placements/hours.ts';
import { isRunning, nextFollowUpOn, type PlacementRecords } from '../../domain/placements/placement.ts';
import type { PlacementType } from '../../domain/rules/facts.ts';
import type { StaffRef } from '../cases/versions.ts';
import { groupBy } from '../group-by.ts';
import { listAftercare, type AftercareContact } from './aftercare.ts';
import { listFollowUps, type FollowUp } from './follow-ups.ts';
import { listHours, type HoursWeek } from './hours.ts';

export interface PlacementSummary {
  id: string;
  courseId: string;
  citizen: { id: string; name: string };
  company: { id: string; name: string };
  opening: { id: string; title: string } | null;
  type: PlacementType;
  from: string;
  to: string | null;
  endReason: PlacementEndReason | null;
  endNote: string | null;
  running: boolean;
  workAgreementId: string | null;
  ordinaryHoursClause: boolean;
  declarationOfIntent: boolean;
  latestWeek: HoursWeek | null;
  paidHoursTotal: number;
  nextFollowUpOn: string | null;
  version: number;
}

export interface Placement extends PlacementSummary {
  matchId: string | null;
  hours: HoursWeek[];
  followUps: FollowUp[];
  aftercare: AftercareContact[];
  createdBy: StaffRef | null;
  phaseChange: { from: string; to: string; on: string } | null;
}

/** The row behind access checks and writes. */
export interface PlacementRow {
  id: string;
  courseId: string;
  companyId: string;
  type: PlacementType;
  from: string;
  to: string | null;
  endReason: PlacementEndReason | null;
  workAgreementId: string | null;
  version: number;
}

const rowColumns = ['id', 'course_id', 'company_id', 'type', 'from_date', 'to_date', 'end_reason', 'work_agreement_id', 'version'] as const;

function toRow(r: Pick<PlacementTable, 'course_id' | 'company_id' | 'type' | 'from_date' | 'to_date' | 'end_reason' | 'work_agreement_id'> & { id: string; version: number }): PlacementRow {
  return {
    id: r.id,
    courseId: r.course_id,
    companyId: r.company_id,
    type: r.type,
    from: r.from_date,
    to: r.to_date,
    endReason: r.end_reason,
    workAgreementId: r.work_agreement_id,
    version: r.version,
  };
}

export async function getPlacementRow(db: Kysely<Database>, id: string): Promise<PlacementRow | undefined> {
  const row = await db.selectFrom('placement').select(rowColumns).where('id', '=', id).executeTakeFirst();
  return row && toRow(row);
}

/** The row locked for a write (inside the caller's transaction). */
export async function lockPlacement(trx: Kysely<Database>, id: string): Promise<PlacementRow | undefined> {
  const row = await trx.selectFrom('placement').select(rowColumns).where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toRow(row);
}

export interface NewPlacement {
  courseId: string;
  companyId: string;
  openingId: string | null;
  matchId: string | null;
  workAgreementId: string | null;
  type: PlacementType;
  from: string;
  createdBy: string;
}

export async function insertPlacement(trx: Kysely<Database>, p: NewPlacement): Promise<string> {
  const row = await trx
    .insertInto('placement')
    .values({
      course_id: p.courseId,
      company_id: p.companyId,
      opening_id: p.openingId,
      match_id: p.matchId,
      work_agreement_id: p.workAgreementId,
      type: p.type,
      from_date: p.from,
      created_by: p.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface PlacementChanges {
  type?: PlacementType;
  work_agreement_id?: string | null;
  to_date?: string;
  end_reason?: PlacementEndReason;
  end_note?: string | null;
}

/** Applies the changes when `version` is still current; false when someone else changed the placement first. */
export async function updatePlacement(trx: Kysely<Database>, id: string, version: number, changes: PlacementChanges): Promise<boolean> {
  const row = await trx
    .updateTable('placement')
    .set({ ...changes, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The periods of the course's placements (for the phase a cancellation may take back). */
export async function coursePlacementPeriods(db: Kysely<Database>, courseId: string): Promise<{ id: string; from: string; to: string | null }[]> {
  const rows = await db.selectFrom('placement').select(['id', 'from_date', 'to_date']).where('course_id', '=', courseId).orderBy('from_date').execute();
  return rows.map((r) => ({ id: r.id, from: r.from_date, to: r.to_date }));
}

/** What has been recorded on the placement: weeks with actual hours, follow-ups and aftercare contacts (run in sequence, so a transaction may call it). */
export async function placementRecords(db: Kysely<Database>, id: string): Promise<PlacementRecords> {
  const hours = await db
    .selectFrom('placement_hours')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('placement_id', '=', id)
    .where((eb) => eb.or([eb('actual_unpaid_hours', 'is not', null), eb('actual_paid_hours', 'is not', null)]))
    .executeTakeFirstOrThrow();
  const followUps = await db.selectFrom('follow_up').select((eb) => eb.fn.countAll<string | number>().as('n')).where('placement_id', '=', id).executeTakeFirstOrThrow();
  const aftercare = await db.selectFrom('aftercare_contact').select((eb) => eb.fn.countAll<string | number>().as('n')).where('placement_id', '=', id).executeTakeFirstOrThrow();
  return { actualHoursWeeks: Number(hours.n), followUps: Number(followUps.n), aftercareContacts: Number(aftercare.n) };
}

/**
 * Deletes a cancelled placement with its planned-only hours when `version` is
 * still current (inside the caller's transaction, after checking that nothing
 * else is recorded on it); false when someone else changed it first. A linked
 * match or work agreement stays.
 */
export async function deletePlacement(trx: Kysely<Database>, id: string, version: number): Promise<boolean> {
  await trx.deleteFrom('placement_hours').where('placement_id', '=', id).where('actual_unpaid_hours', 'is', null).where('actual_paid_hours', 'is', null).execute();
  const row = await trx.deleteFrom('placement').where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();
  return row !== undefined;
}

/** The agreement's follow-up plan as stored (content is validated on write; read defensively). */
function followUpPlan(content: unknown): { firstDate: string | null; cadenceDays: number | null } {
  const plan = (content as { followUpPlan?: { firstDate?: unknown; cadenceDays?: unknown } } | null)?.followUpPlan;
  const first = plan?.firstDate;
  const cadence = plan?.cadenceDays;
  return {
    firstDate: typeof first === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(first) ? first : null,
    cadenceDays: typeof cadence === 'number' && Number.isInteger(cadence) && cadence > 0 ? cadence : null,
  };
}

export interface SummaryFilter {
  placementIds?: readonly string[];
  courseIds?: readonly string[];
  citizenId?: string;
}

/** A summary with what the full placement adds from the same rows: every week's hours, the match and who created it. */
interface LoadedSummary {
  summary: PlacementSummary;
  weeks: HoursWeek[];
  matchId: string | null;
  createdBy: StaffRef | null;
}

/** Placement summaries, newest start first. `today` decides `running`. */
export async function listPlacementSummaries(db: Kysely<Database>, filter: SummaryFilter, today: string): Promise<PlacementSummary[]> {
  return (await loadSummaries(db, filter, today)).map((loaded) => loaded.summary);
}

async function loadSummaries(db: Kysely<Database>, filter: SummaryFilter, today: string): Promise<LoadedSummary[]> {
  if (filter.placementIds?.length === 0 || filter.courseIds?.length === 0) return [];
  let q = db
    .selectFrom('placement')
    .innerJoin('course', 'course.id', 'placement.course_id')
    .innerJoin('citizen', 'citizen.id', 'course.citizen_id')
    .innerJoin('company', 'company.id', 'placement.company_id')
    .leftJoin('opening', 'opening.id', 'placement.opening_id')
    .leftJoin('staff as creator', 'creator.id', 'placement.created_by')
    .select([
      'placement.id',
      'placement.course_id',
      'citizen.id as citizen_id',
      'citizen.first_name',
      'citizen.last_name',
      'company.id as company_id',
      'company.name as company_name',
      'opening.id as opening_id',
      'opening.title as opening_title',
      'placement.type',
      'placement.from_date',
      'placement.to_date',
      'placement.end_reason',
      'placement.end_note',
      'placement.work_agreement_id',
      'placement.version',
      'placement.match_id',
      'placement.created_by',
      'creator.display_name as created_by_name',
    ]);
  if (filter.placementIds) q = q.where('placement.id', 'in', [...filter.placementIds]);
  if (filter.courseIds) q = q.where('placement.course_id', 'in', [...filter.courseIds]);
  if (filter.citizenId) q = q.where('course.citizen_id', '=', filter.citizenId);
  const rows = await q.orderBy('placement.from_date', 'desc').orderBy('placement.created_at', 'desc').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const agreementIds = [...new Set(rows.map((r) => r.work_agreement_id).filter((id): id is string => id !== null))];
  const [hours, followUps, versions] = await Promise.all([
    listHours(db, ids),
    db
      .selectFrom('follow_up')
      .select(['placement_id', 'held_on', 'next_follow_up_on'])
      .where('placement_id', 'in', ids)
      .orderBy('held_on')
      .orderBy('created_at')
      .execute(),
    agreementIds.length
      ? db
          .selectFrom('work_agreement_version')
          .select(['agreement_id', 'version_no', 'ordinary_hours_clause', 'declaration_of_intent', 'content'])
          .where('agreement_id', 'in', agreementIds)
          .orderBy('version_no')
          .execute()
      : Promise.resolve([]),
  ]);
  const hoursBy = groupBy(hours, (h) => h.placementId, (h) => h.week);
  // Ordered by date, so the last one per placement is the latest.
  const latestFollowUp = new Map<string, { heldOn: string; nextFollowUpOn: string | null }>();
  for (const f of followUps) latestFollowUp.set(f.placement_id, { heldOn: f.held_on, nextFollowUpOn: f.next_follow_up_on });
  const currentVersion = new Map<string, (typeof versions)[number]>();
  for (const v of versions) currentVersion.set(v.agreement_id, v);

  return rows.map((r) => {
    const weeks = hoursBy.get(r.id) ?? [];
    const agreement = r.work_agreement_id ? currentVersion.get(r.work_agreement_id) : undefined;
    const paidTotal = weeks.reduce((sum, w) => sum + (w.actualPaidHours ?? 0), 0);
    const summary: PlacementSummary = {
      id: r.id,
      courseId: r.course_id,
      citizen: { id: r.citizen_id, name: `${r.first_name} ${r.last_name}` },
      company: { id: r.company_id, name: r.company_name },
      opening: r.opening_id ? { id: r.opening_id, title: r.opening_title ?? '' } : null,
      type: r.type,
      from: r.from_date,
      to: r.to_date,
      endReason: r.end_reason,
      endNote: r.end_note,
      running: isRunning({ from: r.from_date, to: r.to_date }, today),
      workAgreementId: r.work_agreement_id,
      ordinaryHoursClause: agreement?.ordinary_hours_clause ?? false,
      declarationOfIntent: agreement?.declaration_of_intent ?? false,
      latestWeek: weeks.at(-1) ?? null,
      paidHoursTotal: Math.round(paidTotal * 10) / 10,
      nextFollowUpOn: nextFollowUpOn(latestFollowUp.get(r.id), agreement ? followUpPlan(agreement.content) : null),
      version: r.version,
    };
    return {
      summary,
      weeks,
      matchId: r.match_id,
      createdBy: r.created_by ? { id: r.created_by, name: r.created_by_name ?? '' } : null,
    };
  });
}

/** The full placement: summary, hours (oldest first), follow-ups (newest first), aftercare and who created it. */
export async function getPlacement(db: Kysely<Database>, id: string, today: string): Promise<Placement | undefined> {
  const [loaded] = await loadSummaries(db, { placementIds: [id] }, today);
  if (!loaded) return undefined;
  const [followUps, aftercare] = await Promise.all([listFollowUps(db, id), listAftercare(db, id)]);
  return {
    ...loaded.summary,
    matchId: loaded.matchId,
    hours: loaded.weeks,
    followUps,
    aftercare,
    createdBy: loaded.createdBy,
    phaseChange: null,
  };
}

/** Hours with their progression against the course's model's hours goal (null: none), for GET /api/placements/:id/hours. */
export async function placementHours(db: Kysely<Database>, id: string, goal: HoursGoal | null) {
  const hours = (await listHours(db, [id])).map((h) => h.week);
  return { hours, progression: hoursProgression(hours, goal) };
}

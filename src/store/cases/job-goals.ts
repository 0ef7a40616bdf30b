/** Job goals (ABC job plan) per course; ending a goal keeps it as history. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StaffRef } from './versions.ts';

export type JobGoalTier = 'A' | 'B' | 'C';

export interface JobGoalInput {
  tier: JobGoalTier;
  occupationCode: string | null;
  occupationText: string | null;
  industryCode: string | null;
  concrete: boolean;
  ownWish: boolean;
  setOn: string;
  note: string | null;
}

export interface JobGoal extends JobGoalInput {
  id: string;
  courseId: string;
  endedOn: string | null;
  createdAt: string;
  createdBy: StaffRef | null;
}

function query(db: Kysely<Database>) {
  return db
    .selectFrom('job_goal')
    .leftJoin('staff', 'staff.id', 'job_goal.created_by')
    .selectAll('job_goal')
    .select('staff.display_name as created_by_name');
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

function toJobGoal(row: Row): JobGoal {
  return {
    id: row.id,
    courseId: row.course_id,
    tier: row.tier,
    occupationCode: row.occupation_code,
    occupationText: row.occupation_text,
    industryCode: row.industry_code,
    concrete: row.concrete,
    ownWish: row.own_wish,
    setOn: row.set_on,
    note: row.note,
    endedOn: row.ended_on,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
  };
}

/**
 * A course's job goals: current ones first (not ended, or ending after
 * `today`), then ended ones; within each, tier A-C and newest first.
 */
export async function listJobGoals(db: Kysely<Database>, courseId: string, today: string): Promise<JobGoal[]> {
  const rows = await query(db).where('job_goal.course_id', '=', courseId).execute();
  const current = (g: JobGoal) => g.endedOn === null || g.endedOn > today;
  return rows
    .map(toJobGoal)
    .sort(
      (a, b) =>
        Number(current(b)) - Number(current(a)) ||
        a.tier.localeCompare(b.tier) ||
        b.setOn.localeCompare(a.setOn) ||
        b.createdAt.localeCompare(a.createdAt),
    );
}

export async function getJobGoal(db: Kysely<Database>, id: string): Promise<JobGoal | undefined> {
  const row = await query(db).where('job_goal.id', '=', id).executeTakeFirst();
  return row ? toJobGoal(row) : undefined;
}

/** Inserts a job goal (inside the caller's transaction) and returns its id. */
export async function insertJobGoal(trx: Kysely<Database>, courseId: string, input: JobGoalInput, staffId: string): Promise<string> {
  const row = await trx
    .insertInto('job_goal')
    .values({
      course_id: courseId,
      tier: input.tier,
      occupation_code: input.occupationCode,
      occupation_text: input.occupationText,
      industry_code: input.industryCode,
      concrete: input.concrete,
      own_wish: input.ownWish,
      set_on: input.setOn,
      note: input.note,
      created_by: staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Sets the end date of a goal that has none yet; false when it was already ended. */
export async function endJobGoal(trx: Kysely<Database>, id: string, endedOn: string): Promise<boolean> {
  const row = await trx.updateTable('job_goal').set({ ended_on: endedOn }).where('id', '=', id).where('ended_on', 'is', null).returning('id').executeTakeFirst();
  return row !== undefined;
}

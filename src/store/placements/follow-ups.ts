/** Follow-ups at the company during a placement: the fixed agenda, the BRF ratings and the next date. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AttendeeRole } from '../../domain/rules/facts.ts';
import type { StaffRef } from '../cases/versions.ts';

export interface FollowUpRecord {
  heldOn: string;
  attendeeRoles: AttendeeRole[];
  goalStillRight: boolean | null;
  goalNote: string | null;
  subGoalsAdjusted: string | null;
  otherOffersNeeded: string | null;
  equalTermsTasks: string | null;
  ratings: { tasksSolved: number | null; stability: number | null; independence: number | null; cooperation: number | null; appearance: number | null };
  effectiveness: number | null;
  note: string | null;
  nextFollowUpOn: string | null;
}

export interface FollowUp extends FollowUpRecord {
  id: string;
  staff: StaffRef | null;
  createdAt: string;
}

function query(db: Kysely<Database>) {
  return db.selectFrom('follow_up').leftJoin('staff', 'staff.id', 'follow_up.staff_id').selectAll('follow_up').select('staff.display_name as staff_name');
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

function toFollowUp(r: Row): FollowUp {
  return {
    id: r.id,
    heldOn: r.held_on,
    staff: r.staff_id ? { id: r.staff_id, name: r.staff_name ?? '' } : null,
    attendeeRoles: r.attendee_roles as AttendeeRole[],
    goalStillRight: r.goal_still_right,
    goalNote: r.goal_note,
    subGoalsAdjusted: r.sub_goals_adjusted,
    otherOffersNeeded: r.other_offers_needed,
    equalTermsTasks: r.equal_terms_tasks,
    ratings: {
      tasksSolved: r.rating_tasks_solved,
      stability: r.rating_stability,
      independence: r.rating_independence,
      cooperation: r.rating_cooperation,
      appearance: r.rating_appearance,
    },
    effectiveness: r.effectiveness,
    note: r.note,
    nextFollowUpOn: r.next_follow_up_on,
    createdAt: r.created_at.toISOString(),
  };
}

/** A placement's follow-ups, newest first. */
export async function listFollowUps(db: Kysely<Database>, placementId: string): Promise<FollowUp[]> {
  const rows = await query(db).where('follow_up.placement_id', '=', placementId).orderBy('follow_up.held_on', 'desc').orderBy('follow_up.created_at', 'desc').execute();
  return rows.map(toFollowUp);
}

export async function getFollowUp(db: Kysely<Database>, id: string): Promise<FollowUp | undefined> {
  const row = await query(db).where('follow_up.id', '=', id).executeTakeFirst();
  return row && toFollowUp(row);
}

/** Inserts a follow-up held by `staffId` (inside the caller's transaction) and returns its id. */
export async function insertFollowUp(trx: Kysely<Database>, placementId: string, f: FollowUpRecord, staffId: string): Promise<string> {
  const row = await trx
    .insertInto('follow_up')
    .values({
      placement_id: placementId,
      held_on: f.heldOn,
      staff_id: staffId,
      attendee_roles: f.attendeeRoles,
      goal_still_right: f.goalStillRight,
      goal_note: f.goalNote,
      sub_goals_adjusted: f.subGoalsAdjusted,
      other_offers_needed: f.otherOffersNeeded,
      equal_terms_tasks: f.equalTermsTasks,
      rating_tasks_solved: f.ratings.tasksSolved,
      rating_stability: f.ratings.stability,
      rating_independence: f.ratings.independence,
      rating_cooperation: f.ratings.cooperation,
      rating_appearance: f.ratings.appearance,
      effectiveness: f.effectiveness,
      note: f.note,
      next_follow_up_on: f.nextFollowUpOn,
      created_by: staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

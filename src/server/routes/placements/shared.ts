/**
 * Pieces shared by the placement routes: the response schemas of the
 * contract (docs/contracts/companies-api.md, section C), access to a
 * placement (through its course: 404 outside the caller's scope) and the
 * automatic phase move a placement's start or end triggers (and its undoing
 * when a placement is cancelled before it starts).
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { hoursGoalPeriods } from '../../../domain/placements/hours.ts';
import { aftercareKinds, aftercareWith, endReasons } from '../../../domain/placements/placement.ts';
import type { PhaseMove } from '../../../domain/placements/phase-follow.ts';
import { attendeeRoles, placementTypes } from '../../../domain/rules/facts.ts';
import { deletePhaseChange, insertPhaseChange, updateCourse } from '../../../store/cases/courses.ts';
import type { CourseKey } from '../../../store/cases/keys.ts';
import { getPlacementRow, type PlacementRow } from '../../../store/placements/placements.ts';
import { recordAudit } from '../../audit.ts';
import { notFound, stale } from '../../errors.ts';
import { personRef, staffRef } from '../../schemas.ts';
import { accessibleCourse } from '../courses/access.ts';

export const tags = ['placements'];

export const hoursWeekSchema = z.object({
  weekStart: z.string().describe('The Monday of the week'),
  plannedUnpaidHours: z.number(),
  plannedPaidHours: z.number(),
  actualUnpaidHours: z.number().nullable(),
  actualPaidHours: z.number().nullable(),
  note: z.string().nullable(),
});

export const progressionSchema = z.object({
  weeks: z.array(z.object({ weekStart: z.string(), unpaid: z.number().nullable(), paid: z.number().nullable(), plannedUnpaid: z.number(), plannedPaid: z.number() })),
  firstPaidWeek: z.string().nullable().describe('First week with actual paid hours above 0'),
  latestPaid: z.number().nullable().describe('Actual paid hours in the latest week with actual hours'),
  trend: z.enum(['rising', 'flat', 'falling', 'none']).describe('Mean actual paid hours of the latest (up to 4) recorded weeks against the (up to 4) before'),
  months: z
    .array(z.object({ month: z.string().describe('YYYY-MM'), paid: z.number() }))
    .describe('Actual paid hours per calendar month; a week spanning two months is split by its days (a seventh each)'),
  goal: z
    .object({ hours: z.number(), period: z.enum(hoursGoalPeriods) })
    .nullable()
    .describe("The course's model's hours goal (FSM 30 a week, TRIN 30 a month); null when the model has none"),
  reached: z.boolean().nullable().describe('Actual paid hours reached the goal in some week (weekly goal) or calendar month (monthly goal); null without a goal'),
});

const ratingsSchema = z.object({
  tasksSolved: z.number().int().nullable(),
  stability: z.number().int().nullable(),
  independence: z.number().int().nullable(),
  cooperation: z.number().int().nullable(),
  appearance: z.number().int().nullable(),
});

export const followUpSchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  staff: staffRef,
  attendeeRoles: z.array(z.string()).describe(`Of: ${attendeeRoles.join(', ')}`),
  goalStillRight: z.boolean().nullable(),
  goalNote: z.string().nullable(),
  subGoalsAdjusted: z.string().nullable(),
  otherOffersNeeded: z.string().nullable(),
  equalTermsTasks: z.string().nullable(),
  ratings: ratingsSchema.describe('Development since the last follow-up, 1-5 (BRF follow-up form)'),
  effectiveness: z.number().int().nullable().describe("The company's rating of the citizen's effectiveness, 0-10"),
  note: z.string().nullable(),
  nextFollowUpOn: z.string().nullable(),
  createdAt: z.string(),
});

export const aftercareSchema = z.object({
  id: z.string(),
  date: z.string(),
  kind: z.enum(aftercareKinds),
  withWhom: z.enum(aftercareWith),
  staff: staffRef,
  note: z.string().nullable(),
  nextContactOn: z.string().nullable(),
});

export const placementSummarySchema = z.object({
  id: z.string(),
  courseId: z.string(),
  citizen: personRef,
  company: personRef,
  opening: z.object({ id: z.string(), title: z.string() }).nullable(),
  type: z.enum(placementTypes),
  from: z.string(),
  to: z.string().nullable().describe('Last day at the company, once ended'),
  endReason: z.enum(endReasons).nullable(),
  endNote: z.string().nullable(),
  running: z.boolean(),
  workAgreementId: z.string().nullable(),
  ordinaryHoursClause: z.boolean().describe("The linked agreement's current version agrees ordinary hours now"),
  declarationOfIntent: z.boolean().describe("The linked agreement's current version has a declaration of intent on ordinary hours"),
  latestWeek: hoursWeekSchema.nullable(),
  paidHoursTotal: z.number(),
  nextFollowUpOn: z.string().nullable().describe("The date set at the latest follow-up, else the agreement's first follow-up date"),
  version: z.number().int(),
});

export const placementSchema = placementSummarySchema.extend({
  matchId: z.string().nullable(),
  hours: z.array(hoursWeekSchema).describe('Oldest first'),
  followUps: z.array(followUpSchema).describe('Newest first'),
  aftercare: z.array(aftercareSchema),
  createdBy: staffRef,
  phaseChange: z
    .object({ from: z.string(), to: z.string(), on: z.string() })
    .nullable()
    .describe('The phase move this request made (a start or end the model follows), else null'),
});

/** The placement and its course key, or 404 when either is unknown or outside the caller's scope. Call before a transaction. */
export async function accessiblePlacement(request: FastifyRequest, db: Kysely<Database>, id: string): Promise<{ placement: PlacementRow; course: CourseKey }> {
  const placement = await getPlacementRow(db, id);
  if (!placement) throw notFound('Virksomhedsforløbet');
  return { placement, course: await accessibleCourse(request, db, placement.courseId, 'Virksomhedsforløbet') };
}

/**
 * Records a phase move that follows a placement, exactly as a manual phase
 * change does (store/cases/courses.ts: the course's current phase with a
 * version bump, and a phase_change row), with its own audit row.
 */
export async function applyPhaseMove(
  trx: Kysely<Database>,
  request: FastifyRequest,
  course: { id: string; version: number },
  move: PhaseMove,
  by: { userId: string; pseudonym: string; reason: string; placementId: string },
): Promise<void> {
  if (!(await updateCourse(trx, course.id, course.version, { current_phase: move.to }))) throw stale();
  await insertPhaseChange(trx, { courseId: course.id, fromPhase: move.from, toPhase: move.to, date: move.on, by: by.userId, reason: by.reason });
  await recordAudit(trx, request, {
    action: 'course.phase',
    citizenPseudonyms: [by.pseudonym],
    detail: { courseId: course.id, from: move.from, to: move.to, on: move.on, automatic: true, placementId: by.placementId },
  });
}

/**
 * Takes back the phase move a placement's start made, when the placement is
 * cancelled before it started: the phase change row goes and the course
 * returns to the phase it came from (a version bump, as any course change),
 * with its own audit row. Returns the move taken back.
 */
export async function undoPhaseMove(
  trx: Kysely<Database>,
  request: FastifyRequest,
  course: { id: string; version: number },
  change: { id: string; fromPhase: string; toPhase: string; date: string },
  by: { pseudonym: string; placementId: string },
): Promise<PhaseMove> {
  if (!(await deletePhaseChange(trx, course.id, change.id))) throw stale();
  if (!(await updateCourse(trx, course.id, course.version, { current_phase: change.fromPhase }))) throw stale();
  const move: PhaseMove = { from: change.fromPhase, to: change.toPhase, on: change.date };
  await recordAudit(trx, request, {
    action: 'course.phase',
    citizenPseudonyms: [by.pseudonym],
    detail: { courseId: course.id, from: change.toPhase, to: change.fromPhase, undone: move, automatic: true, placementId: by.placementId },
  });
  return move;
}

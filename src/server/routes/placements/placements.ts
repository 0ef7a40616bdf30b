/**
 * Placements (virksomhedsforløb, contract section C): list, start, change,
 * end, and cancel one registered ahead that never started. Starting and ending run in one transaction with the course locked, so
 * the phase move the model ties to a placement (TRIN 2 -> TRIN 3 on the
 * start, back to TRIN 2 the day after a placement breaks off) is made
 * together with it, exactly as a manual phase change (updateCourse +
 * insertPhaseChange), and reported in `phaseChange`.
 *
 * A move dated after today (a placement registered ahead, or the day after a
 * placement that ends today) is recorded with its date at once: the course's
 * current phase and the caseload show the phase it is moving to, while the
 * rule engine applies it from its date. Cancelling such a placement before
 * its start takes that move back with it.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { checkHoursWeek, mondayOf } from '../../../domain/placements/hours.ts';
import { phaseChangeToUndoOnCancel, phaseMoveOnStart, phaseMovesOnEnd, type PhaseMove } from '../../../domain/placements/phase-follow.ts';
import { cancelRefusal, checkPlacementEnd, checkPlacementStart, endReasonLabels, endReasons } from '../../../domain/placements/placement.ts';
import { danishDate } from '../../../domain/rules/explain.ts';
import { toDay } from '../../../domain/rules/days.ts';
import { placementTypes } from '../../../domain/rules/facts.ts';
import { lockCourse, phaseHistory } from '../../../store/cases/courses.ts';
import { companyKey } from '../../../store/companies/companies.ts';
import { openingKey } from '../../../store/companies/openings.ts';
import { loadCourseFacts, today } from '../../../store/facts.ts';
import { actualHoursAfter, upsertHours } from '../../../store/placements/hours.ts';
import {
  coursePlacementPeriods,
  deletePlacement,
  getPlacement,
  insertPlacement,
  listPlacementSummaries,
  lockPlacement,
  placementRecords,
  updatePlacement,
} from '../../../store/placements/placements.ts';
import { matchKey, workAgreementKey } from '../../../store/placements/work-agreements.ts';
import { callerMunicipality, requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest, conflict, notFound, stale } from '../../errors.ts';
import { errorResponses, idParams, isoDate, optionalText, requiredText, uuid, versionNumber } from '../../schemas.ts';
import { written } from '../case-records/shared.ts';
import { accessibleCitizen, accessibleCourse, candidateCourse, courseModel } from '../courses/access.ts';
import { accessiblePlacement, applyPhaseMove, placementSchema, placementSummarySchema, tags, undoPhaseMove } from './shared.ts';

const placementType = z.enum(placementTypes, { error: `Skal være en af: ${placementTypes.join(', ')}.` });
const hours = z.number({ error: 'Skal være et tal.' });

const createBody = z.object({
  companyId: uuid,
  type: placementType,
  from: isoDate.describe('First day at the company; up to 90 days ahead'),
  openingId: uuid.nullable().optional(),
  matchId: uuid.nullable().optional(),
  workAgreementId: uuid.nullable().optional().describe("The course's work agreement with this company"),
  plannedUnpaidHours: hours.optional().describe("Planned unpaid hours of the first week (creates the first week's hours)"),
  plannedPaidHours: hours.optional().describe('Planned paid ordinary hours of the first week'),
});

const patchBody = z.object({
  version: versionNumber,
  type: placementType.optional(),
  workAgreementId: uuid.nullable().optional().describe('null unlinks the agreement'),
});

const endBody = z.object({
  version: versionNumber,
  to: isoDate.describe('Last day at the company: today or earlier'),
  endReason: z.enum(endReasons, { error: `Skal være en af: ${endReasons.map((r) => `${r} (${endReasonLabels[r]})`).join(', ')}.` }),
  endNote: optionalText(2000),
});

const cancelBody = z.object({
  version: versionNumber,
  reason: requiredText(500).describe('Why the placement is cancelled (kept in the audit trail)'),
});

const cancelledSchema = z.object({
  cancelled: z.literal(true),
  phaseChangeUndone: z
    .object({ from: z.string(), to: z.string(), on: z.string() })
    .nullable()
    .describe("The phase move the placement's start had made, now taken back (the course is in `from` again), else null"),
});

const summaries = z.object({ placements: z.array(placementSummarySchema) });

/** Checks that the company, opening, match and agreement named with a placement fit together; adds field errors. */
async function checkReferences(
  db: Kysely<Database>,
  refs: { courseId: string; companyId: string; municipalityId: string; openingId?: string | null; matchId?: string | null; workAgreementId?: string | null },
  errors: Record<string, string>,
): Promise<void> {
  if (!(await companyKey(db, refs.companyId, refs.municipalityId))) {
    errors.companyId = 'Virksomheden findes ikke i kommunens virksomhedsnetværk.';
    return;
  }
  if (refs.openingId) {
    const opening = await openingKey(db, refs.openingId);
    if (!opening) errors.openingId = 'Opslaget findes ikke.';
    else if (opening.companyId !== refs.companyId) errors.openingId = 'Opslaget hører til en anden virksomhed.';
    // A filled opening may be filled by this very placement; a closed one is no longer on offer.
    else if (opening.status === 'closed') errors.openingId = 'Opslaget er lukket. Vælg et åbent opslag eller intet.';
  }
  if (refs.matchId) {
    const match = await matchKey(db, refs.matchId);
    if (!match || match.courseId !== refs.courseId) errors.matchId = 'Matchet findes ikke på dette forløb.';
    else if (match.companyId !== refs.companyId) errors.matchId = 'Matchet er lavet med en anden virksomhed.';
    else if (match.status === 'withdrawn') errors.matchId = 'Matchet er trukket tilbage.';
  }
  if (refs.workAgreementId) await checkAgreement(db, refs.workAgreementId, refs.courseId, refs.companyId, errors);
}

async function checkAgreement(db: Kysely<Database>, agreementId: string, courseId: string, companyId: string, errors: Record<string, string>): Promise<void> {
  const agreement = await workAgreementKey(db, agreementId);
  if (!agreement || agreement.courseId !== courseId) errors.workAgreementId = 'Arbejdsaftalen findes ikke på dette forløb.';
  else if (agreement.companyId !== companyId) errors.workAgreementId = 'Arbejdsaftalen er indgået med en anden virksomhed.';
}

export function placementRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The course's placements, newest start first. */
  r.get(
    '/api/courses/:id/placements',
    { schema: { tags, summary: 'List the placements of a course', params: idParams, response: { 200: summaries, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const key = await accessibleCourse(request, db, request.params.id);
      const placements = await listPlacementSummaries(db, { courseIds: [key.courseId] }, today());
      await recordAudit(db, request, { action: 'placement.list', citizenPseudonyms: [key.pseudonym], detail: { courseId: key.courseId } });
      return { placements };
    },
  );

  /** The citizen's placements across all their courses, newest start first. */
  r.get(
    '/api/citizens/:id/placements',
    { schema: { tags, summary: 'List the placements of a citizen', params: idParams, response: { 200: summaries, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const citizen = await accessibleCitizen(request, db, request.params.id);
      const placements = await listPlacementSummaries(db, { citizenId: citizen.id }, today());
      await recordAudit(db, request, { action: 'placement.list', citizenPseudonyms: [citizen.pseudonym] });
      return { placements };
    },
  );

  /**
   * Starts a placement. The company must be in the caller's municipality, the
   * opening the company's, the match and the work agreement this course's
   * with this company. Planned hours create the first week's hours. When the
   * model moves the course on a placement start (TRIN 2 -> TRIN 3, jobmatch ->
   * virksomhedsforløb), the phase change is made, dated the start.
   */
  r.post(
    '/api/courses/:id/placements',
    {
      schema: {
        tags,
        summary: 'Start a placement (with the phase move the model ties to it)',
        params: idParams,
        body: createBody,
        response: { 201: placementSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'placement.write');
      // A company consultant may start a placement for a candidate of their units' pool (then sees the citizen through it).
      const key = (await candidateCourse(request, db, request.params.id)).key;
      const municipalityId = await callerMunicipality(request);
      const body = request.body;
      const day = today();
      const result = await db.transaction().execute(async (trx) => {
        const course = await lockCourse(trx, key.courseId);
        if (!course) throw notFound('Forløbet');
        const errors: Record<string, string> = {};
        const startProblem = checkPlacementStart(body.from, { enrolmentDate: course.enrolment_date, endDate: course.end_date }, day);
        if (startProblem) errors.from = startProblem;
        await checkReferences(trx, { ...body, courseId: course.id, municipalityId }, errors);
        const planned = body.plannedUnpaidHours !== undefined || body.plannedPaidHours !== undefined;
        const firstWeek = mondayOf(body.from);
        const plannedHours = { plannedUnpaidHours: body.plannedUnpaidHours ?? 0, plannedPaidHours: body.plannedPaidHours ?? 0 };
        if (planned) {
          const hoursErrors = checkHoursWeek(firstWeek, plannedHours, { from: body.from, to: null }, day);
          for (const field of ['plannedUnpaidHours', 'plannedPaidHours'] as const) if (hoursErrors[field]) errors[field] = hoursErrors[field];
        }
        if (Object.keys(errors).length) throw badRequest('Virksomhedsforløbet kan ikke oprettes.', errors);
        const id = await insertPlacement(trx, {
          courseId: course.id,
          companyId: body.companyId,
          openingId: body.openingId ?? null,
          matchId: body.matchId ?? null,
          workAgreementId: body.workAgreementId ?? null,
          type: body.type,
          from: body.from,
          createdBy: user.id,
        });
        if (planned) await upsertHours(trx, id, firstWeek, { ...plannedHours, actualUnpaidHours: null, actualPaidHours: null, note: null }, user.id);
        const [facts] = await loadCourseFacts(trx, { courseIds: [course.id] });
        const move = facts ? phaseMoveOnStart(courseModel(course.model_id, course.model_version), facts, body.from) : null;
        if (move) {
          await applyPhaseMove(trx, request, course, move, {
            userId: user.id,
            pseudonym: key.pseudonym,
            placementId: id,
            reason: `Automatisk: virksomhedsforløb startet ${danishDate(toDay(body.from))}.`,
          });
        }
        await recordAudit(trx, request, {
          action: 'placement.create',
          citizenPseudonyms: [key.pseudonym],
          detail: { placementId: id, courseId: course.id, companyId: body.companyId, type: body.type },
        });
        return { id, move };
      });
      const placement = written(await getPlacement(db, result.id, day), 'placement');
      return reply.status(201).send({ ...placement, phaseChange: result.move });
    },
  );

  /** One placement with hours, follow-ups and aftercare. */
  r.get(
    '/api/placements/:id',
    { schema: { tags, summary: 'Get a placement', params: idParams, response: { 200: placementSchema, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const { placement, course } = await accessiblePlacement(request, db, request.params.id);
      const result = written(await getPlacement(db, placement.id, today()), 'placement');
      await recordAudit(db, request, { action: 'placement.read', citizenPseudonyms: [course.pseudonym], detail: { placementId: placement.id } });
      return result;
    },
  );

  /** Changes the type or the linked work agreement (this course's, with this company; null unlinks). */
  r.patch(
    '/api/placements/:id',
    {
      schema: { tags, summary: 'Change a placement’s type or work agreement', params: idParams, body: patchBody, response: { 200: placementSchema, ...errorResponses } },
    },
    async (request) => {
      requirePermission(request, 'placement.write');
      const { placement: key, course } = await accessiblePlacement(request, db, request.params.id);
      const body = request.body;
      await db.transaction().execute(async (trx) => {
        const placement = await lockPlacement(trx, key.id);
        if (!placement) throw notFound('Virksomhedsforløbet');
        if (placement.version !== body.version) throw stale();
        const errors: Record<string, string> = {};
        if (body.workAgreementId) await checkAgreement(trx, body.workAgreementId, placement.courseId, placement.companyId, errors);
        if (Object.keys(errors).length) throw badRequest('Virksomhedsforløbet kan ikke gemmes.', errors);
        const changes = {
          ...(body.type !== undefined ? { type: body.type } : {}),
          ...(body.workAgreementId !== undefined ? { work_agreement_id: body.workAgreementId } : {}),
        };
        if (!(await updatePlacement(trx, placement.id, body.version, changes))) throw stale();
        await recordAudit(trx, request, {
          action: 'placement.update',
          citizenPseudonyms: [course.pseudonym],
          detail: { placementId: placement.id, changed: Object.keys(changes) },
        });
      });
      return written(await getPlacement(db, key.id, today()), 'placement');
    },
  );

  /**
   * Ends a running placement on its last day `to` (today or earlier). When no
   * other placement runs the day after and the model moves the course back on
   * a placement's end (TRIN 3 -> TRIN 2, virksomhedsforløb -> jobmatch), the
   * phase change is made, dated the day after `to`.
   */
  r.post(
    '/api/placements/:id/end',
    {
      schema: {
        tags,
        summary: 'End a placement (with the phase move the model ties to it)',
        params: idParams,
        body: endBody,
        response: { 200: placementSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'placement.write');
      const { placement: key, course: courseKey } = await accessiblePlacement(request, db, request.params.id);
      const body = request.body;
      const day = today();
      const move = await db.transaction().execute(async (trx): Promise<PhaseMove | null> => {
        const course = await lockCourse(trx, courseKey.courseId);
        const placement = await lockPlacement(trx, key.id);
        if (!course || !placement) throw notFound('Virksomhedsforløbet');
        if (placement.version !== body.version) throw stale();
        if (placement.to !== null) {
          throw conflict('Virksomhedsforløbet er allerede afsluttet.', { to: `Forløbet sluttede ${danishDate(toDay(placement.to))}.` });
        }
        const endProblem = checkPlacementEnd(body.to, placement, day);
        if (endProblem) throw badRequest('Virksomhedsforløbet kan ikke afsluttes.', { to: endProblem });
        const laterWeek = await actualHoursAfter(trx, placement.id, body.to);
        if (laterWeek) {
          throw badRequest('Virksomhedsforløbet kan ikke afsluttes.', {
            to: `Der er registreret faktiske timer i ugen fra ${danishDate(toDay(laterWeek))}, efter slutdatoen.`,
          });
        }
        if (!(await updatePlacement(trx, placement.id, body.version, { to_date: body.to, end_reason: body.endReason, end_note: body.endNote ?? null }))) throw stale();
        const [facts] = await loadCourseFacts(trx, { courseIds: [course.id] });
        // The move back, and the moves of a placement that starts after it (registered while this one ran).
        const moves = facts ? phaseMovesOnEnd(courseModel(course.model_id, course.model_version), facts, placement.id, body.to) : [];
        let version = course.version;
        for (const { move, placementId, event } of moves) {
          await applyPhaseMove(trx, request, { id: course.id, version }, move, {
            userId: user.id,
            pseudonym: courseKey.pseudonym,
            placementId,
            reason:
              placementId === placement.id && event === 'end'
                ? `Automatisk: virksomhedsforløbet sluttede ${danishDate(toDay(body.to))} (${endReasonLabels[body.endReason].toLowerCase()}).`
                : event === 'end'
                  ? `Automatisk: virksomhedsforløbet sluttede ${danishDate(toDay(move.on) - 1)}.`
                  : `Automatisk: virksomhedsforløb startet ${danishDate(toDay(move.on))}.`,
          });
          version++;
        }
        await recordAudit(trx, request, {
          action: 'placement.end',
          citizenPseudonyms: [courseKey.pseudonym],
          detail: { placementId: placement.id, to: body.to, endReason: body.endReason },
        });
        // The move this end made; the later moves it revealed are in the phase history.
        return moves[0]?.move ?? null;
      });
      const placement = written(await getPlacement(db, key.id, day), 'placement');
      return { ...placement, phaseChange: move };
    },
  );

  /**
   * Cancels a placement registered ahead that never started: only before its
   * first day (today in the job centre's time zone) and while nothing is
   * recorded on it (no actual hours, follow-ups or aftercare contacts), else
   * 409 with the reason in `fields.id`. The placement and its planned hours
   * are deleted; a linked match or work agreement stays. When its start had
   * moved the course (TRIN 2 -> TRIN 3, jobmatch -> virksomhedsforløb) and
   * that move is still the course's latest phase change and no other
   * placement runs or starts that day, the move is taken back in the same
   * transaction and reported in `phaseChangeUndone`.
   */
  r.post(
    '/api/placements/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a placement that has not started (taking back the phase move its start made)',
        params: idParams,
        body: cancelBody,
        response: { 200: cancelledSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'placement.write');
      const { placement: key, course: courseKey } = await accessiblePlacement(request, db, request.params.id);
      const body = request.body;
      const day = today();
      const undone = await db.transaction().execute(async (trx): Promise<PhaseMove | null> => {
        const course = await lockCourse(trx, courseKey.courseId);
        const placement = await lockPlacement(trx, key.id);
        if (!course || !placement) throw notFound('Virksomhedsforløbet');
        if (placement.version !== body.version) throw stale();
        const refusal = cancelRefusal(placement, await placementRecords(trx, placement.id), day);
        if (refusal) throw conflict('Virksomhedsforløbet kan ikke annulleres.', { id: refusal });
        const changes = await phaseHistory(trx, course.id);
        const placements = await coursePlacementPeriods(trx, course.id);
        const definition = courseModel(course.model_id, course.model_version);
        const change = phaseChangeToUndoOnCancel(definition, { currentPhase: course.current_phase, changes, placements }, placement);
        if (!(await deletePlacement(trx, placement.id, body.version))) throw stale();
        const move = change ? await undoPhaseMove(trx, request, course, change, { pseudonym: courseKey.pseudonym, placementId: placement.id }) : null;
        await recordAudit(trx, request, {
          action: 'placement.cancel',
          citizenPseudonyms: [courseKey.pseudonym],
          detail: {
            placementId: placement.id,
            courseId: course.id,
            companyId: placement.companyId,
            type: placement.type,
            from: placement.from,
            reason: body.reason,
            phaseChangeUndone: move,
          },
        });
        return move;
      });
      return { cancelled: true as const, phaseChangeUndone: undone };
    },
  );
}

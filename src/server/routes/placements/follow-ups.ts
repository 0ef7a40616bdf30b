/**
 * Follow-ups at the company during a placement (Flere skal med KE6, STV 3C):
 * the fixed agenda (is the goal still right, sub-goals adjusted, other offers
 * needed, tasks the citizen solves on equal terms), the BRF ratings 1-5, the
 * company's effectiveness rating 0-10 and the next date. Recorded with
 * case.record; the rule `follow_up_interval` reads them.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkFollowUp, followUpRatings } from '../../../domain/placements/placement.ts';
import { attendeeRoles } from '../../../domain/rules/facts.ts';
import { today } from '../../../store/facts.ts';
import { getFollowUp, insertFollowUp, listFollowUps } from '../../../store/placements/follow-ups.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest } from '../../errors.ts';
import { errorResponses, idParams, isoDate, optionalText } from '../../schemas.ts';
import { written } from '../case-records/shared.ts';
import { accessiblePlacement, followUpSchema, tags } from './shared.ts';

const rating = z.number({ error: 'Skal være et tal.' }).nullable().optional();

const followUpBody = z.object({
  heldOn: isoDate.describe('Not in the future, not before the placement started'),
  attendeeRoles: z
    .array(z.enum(attendeeRoles, { error: `Skal være en af: ${attendeeRoles.join(', ')}.` }))
    .max(attendeeRoles.length * 2)
    .optional()
    .transform((roles) => [...new Set(roles ?? [])]),
  goalStillRight: z.boolean().nullable().optional(),
  goalNote: optionalText(2000),
  subGoalsAdjusted: optionalText(2000),
  otherOffersNeeded: optionalText(2000),
  equalTermsTasks: optionalText(2000),
  ratings: z
    .object(Object.fromEntries(followUpRatings.map((k) => [k, rating])) as Record<(typeof followUpRatings)[number], typeof rating>)
    .nullable()
    .optional()
    .describe('Development since the last follow-up, 1-5 each'),
  effectiveness: z.number({ error: 'Skal være et tal.' }).nullable().optional().describe("The company's rating of the citizen's effectiveness, 0-10"),
  note: optionalText(4000),
  nextFollowUpOn: isoDate.nullable().optional().describe('Not before heldOn'),
});

export function followUpRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The placement's follow-ups, newest first. */
  r.get(
    '/api/placements/:id/follow-ups',
    {
      schema: { tags, summary: 'List the follow-ups of a placement', params: idParams, response: { 200: z.object({ followUps: z.array(followUpSchema) }), ...errorResponses } },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const { placement, course } = await accessiblePlacement(request, db, request.params.id);
      const followUps = await listFollowUps(db, placement.id);
      await recordAudit(db, request, { action: 'follow_up.list', citizenPseudonyms: [course.pseudonym], detail: { placementId: placement.id } });
      return { followUps };
    },
  );

  /** Records a follow-up held by the caller. */
  r.post(
    '/api/placements/:id/follow-ups',
    {
      schema: { tags, summary: 'Record a follow-up at the company', params: idParams, body: followUpBody, response: { 201: followUpSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'case.record');
      const { placement, course } = await accessiblePlacement(request, db, request.params.id);
      const body = request.body;
      const errors = checkFollowUp(body, placement.from, today());
      if (Object.keys(errors).length) throw badRequest('Opfølgningen kan ikke gemmes.', errors);
      const id = await db.transaction().execute(async (trx) => {
        const followUpId = await insertFollowUp(
          trx,
          placement.id,
          {
            heldOn: body.heldOn,
            attendeeRoles: body.attendeeRoles,
            goalStillRight: body.goalStillRight ?? null,
            goalNote: body.goalNote ?? null,
            subGoalsAdjusted: body.subGoalsAdjusted ?? null,
            otherOffersNeeded: body.otherOffersNeeded ?? null,
            equalTermsTasks: body.equalTermsTasks ?? null,
            ratings: {
              tasksSolved: body.ratings?.tasksSolved ?? null,
              stability: body.ratings?.stability ?? null,
              independence: body.ratings?.independence ?? null,
              cooperation: body.ratings?.cooperation ?? null,
              appearance: body.ratings?.appearance ?? null,
            },
            effectiveness: body.effectiveness ?? null,
            note: body.note ?? null,
            nextFollowUpOn: body.nextFollowUpOn ?? null,
          },
          user.id,
        );
        await recordAudit(trx, request, { action: 'follow_up.create', citizenPseudonyms: [course.pseudonym], detail: { placementId: placement.id, followUpId } });
        return followUpId;
      });
      return reply.status(201).send(written(await getFollowUp(db, id), 'follow-up'));
    },
  );
}

/**
 * Aftercare (efterværn): contacts with the citizen and the company after the
 * citizen got ordinary employment, so the job lasts (002). Only on ordinary
 * employment (ordinary hours, job, fleksjob, education) or a placement that
 * turned into paid hours; recorded with case.record.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { aftercareKinds, aftercareRefusal, aftercareWith, checkAftercareContact } from '../../../domain/placements/placement.ts';
import { today } from '../../../store/facts.ts';
import { getAftercare, insertAftercare, listAftercare } from '../../../store/placements/aftercare.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest } from '../../errors.ts';
import { errorResponses, idParams, isoDate, optionalText } from '../../schemas.ts';
import { written } from '../case-records/shared.ts';
import { accessiblePlacement, aftercareSchema, tags } from './shared.ts';

const aftercareBody = z.object({
  date: isoDate.describe('Not in the future, not before the placement started'),
  kind: z.enum(aftercareKinds, { error: `Skal være en af: ${aftercareKinds.join(', ')}.` }),
  withWhom: z.enum(aftercareWith, { error: `Skal være en af: ${aftercareWith.join(', ')}.` }),
  note: optionalText(4000),
  nextContactOn: isoDate.nullable().optional().describe('Not before date'),
});

export function aftercareRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The placement's aftercare contacts, newest first. */
  r.get(
    '/api/placements/:id/aftercare',
    {
      schema: { tags, summary: 'List the aftercare contacts of a placement', params: idParams, response: { 200: z.object({ aftercare: z.array(aftercareSchema) }), ...errorResponses } },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const { placement, course } = await accessiblePlacement(request, db, request.params.id);
      const aftercare = await listAftercare(db, placement.id);
      await recordAudit(db, request, { action: 'aftercare.list', citizenPseudonyms: [course.pseudonym], detail: { placementId: placement.id } });
      return { aftercare };
    },
  );

  /** Records an aftercare contact made by the caller; 400 on a placement that is not ordinary employment. */
  r.post(
    '/api/placements/:id/aftercare',
    {
      schema: { tags, summary: 'Record an aftercare contact', params: idParams, body: aftercareBody, response: { 201: aftercareSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'case.record');
      const { placement, course } = await accessiblePlacement(request, db, request.params.id);
      const body = request.body;
      const refusal = aftercareRefusal(placement);
      if (refusal) throw badRequest(refusal);
      const errors = checkAftercareContact(body, placement.from, today());
      if (Object.keys(errors).length) throw badRequest('Kontakten kan ikke gemmes.', errors);
      const id = await db.transaction().execute(async (trx) => {
        const contactId = await insertAftercare(
          trx,
          placement.id,
          { date: body.date, kind: body.kind, withWhom: body.withWhom, note: body.note ?? null, nextContactOn: body.nextContactOn ?? null },
          user.id,
        );
        await recordAudit(trx, request, { action: 'aftercare.create', citizenPseudonyms: [course.pseudonym], detail: { placementId: placement.id, contactId } });
        return contactId;
      });
      return reply.status(201).send(written(await getAftercare(db, id), 'aftercare contact'));
    },
  );
}

/**
 * A citizen's move to another municipality, recorded by a manager of the
 * municipality they leave (permission citizen.transfer). The record is closed
 * and kept for its history; the receiving municipality registers the citizen
 * itself with the same CPR number (uniqueness is per municipality).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../db/errors.ts';
import { openCourseCount, recordTransfer, transferOf } from '../../store/citizen-transfers.ts';
import { today } from '../../store/facts.ts';
import { requirePermission } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { badRequest, conflict } from '../errors.ts';
import { errorResponses, idParams, isoDate, requiredText } from '../schemas.ts';
import { accessibleCitizen } from './courses/access.ts';

export const transferSchema = z.object({
  toMunicipality: z.string().describe('The municipality the citizen moved to, as named by the recorder'),
  movedOn: z.string().describe('Date of the move (ISO)'),
  recordedAt: z.string(),
});

const alreadyMoved = () => conflict('Borgeren er allerede registreret som fraflyttet.', { toMunicipality: 'Flytningen er allerede registreret.' });

export async function citizenTransferRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /**
   * Records that the citizen moved to another municipality on `movedOn`
   * (today or earlier). Refused while the citizen has courses that have not
   * ended: end them first, with the move as the reason.
   */
  r.post(
    '/api/citizens/:id/transfer',
    {
      schema: {
        tags: ['citizens'],
        summary: 'Record that a citizen moved to another municipality (closes the record)',
        params: idParams,
        body: z.object({ toMunicipality: requiredText(120), movedOn: isoDate }),
        response: { 201: transferSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'citizen.transfer');
      const key = await accessibleCitizen(request, db, request.params.id);
      const { toMunicipality, movedOn } = request.body;
      if (movedOn > today()) throw badRequest('Flytningen kan ikke registreres på forhånd.', { movedOn: 'Datoen for flytningen må ikke ligge efter i dag.' });
      const moved = await db
        .transaction()
        .execute(async (trx) => {
          if (await transferOf(trx, key.id)) throw alreadyMoved();
          const open = await openCourseCount(trx, key.id);
          if (open > 0) {
            throw conflict('Borgeren har forløb, der ikke er afsluttet.', {
              movedOn: `Afslut borgerens ${open === 1 ? 'forløb' : `${open} forløb`} før flytningen registreres.`,
            });
          }
          await recordTransfer(trx, { citizenId: key.id, toMunicipality, movedOn, recordedBy: user.id });
          await recordAudit(trx, request, { action: 'citizen.transfer', citizenPseudonyms: [key.pseudonym], detail: { movedOn } });
          const moved = await transferOf(trx, key.id);
          if (!moved) throw new Error('transfer not stored');
          return moved;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw alreadyMoved();
          throw error;
        });
      return reply.status(201).send(moved);
    },
  );
}

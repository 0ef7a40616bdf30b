/**
 * Municipality settings: read by everyone in the municipality (the enrolment
 * form needs them), changed by an administrator. Today one setting: whether
 * a citizen may be in courses of two models at the same time.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getMunicipalitySettings, saveMunicipalitySettings } from '../../store/municipality-settings.ts';
import { callerMunicipality, currentUser, requirePermission } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { errorResponses, personRef } from '../schemas.ts';

const settingsSchema = z.object({
  allowParallelCourses: z
    .boolean()
    .describe('May a citizen be in courses of two models at the same time? Each such course then records a reason. Default false: the evaluation needs one treatment per citizen and period.'),
  updatedBy: personRef.nullable(),
  updatedAt: z.string().nullable(),
});

export async function municipalitySettingsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The caller's municipality's settings (defaults until an administrator saves them). */
  r.get(
    '/api/municipality/settings',
    { schema: { tags: ['organisation'], summary: "Read the municipality's settings", response: { 200: settingsSchema, ...errorResponses } } },
    async (request) => {
      currentUser(request);
      return getMunicipalitySettings(db, await callerMunicipality(request));
    },
  );

  /** Changes the caller's municipality's settings (admin). */
  r.put(
    '/api/municipality/settings',
    {
      schema: {
        tags: ['organisation'],
        summary: "Change the municipality's settings (admin)",
        body: z.object({ allowParallelCourses: z.boolean({ error: 'Skal være ja eller nej.' }) }),
        response: { 200: settingsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'unit.manage');
      const municipalityId = await callerMunicipality(request);
      await db.transaction().execute(async (trx) => {
        await saveMunicipalitySettings(trx, municipalityId, request.body, user.id);
        await recordAudit(trx, request, { action: 'municipality.settings', detail: { municipalityId, ...request.body } });
      });
      return getMunicipalitySettings(db, municipalityId);
    },
  );
}

/** Organisation units: municipality -> job centre -> team / outreach office. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { callerMunicipality, isInScope, requirePermission, unitSubtree } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { errorResponses, idParams, optionalText, requiredText, uuid } from '../schemas.ts';
import { unitKindSchema } from '../../store/me.ts';
import { isUniqueViolation } from '../../db/errors.ts';

const unitSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: unitKindSchema,
  name: z.string(),
  housingArea: z.string().nullable(),
  staffCount: z.number().int(),
  citizenCount: z.number().int(),
});

/** Which kind of unit may sit directly below which. */
const allowedParent: Record<string, string[]> = {
  jobcentre: ['municipality'],
  team: ['jobcentre'],
  outreach_office: ['jobcentre'],
};

export async function unitRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  async function listUnits(ids: string[]) {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('unit')
      .select((eb) => [
        'unit.id',
        'unit.parent_id',
        'unit.kind',
        'unit.name',
        'unit.housing_area',
        eb.selectFrom('staff').whereRef('staff.unit_id', '=', 'unit.id').where('staff.active', '=', true).select(sql<number>`count(*)::int`.as('n')).as('staff_count'),
        eb.selectFrom('citizen').whereRef('citizen.unit_id', '=', 'unit.id').select(sql<number>`count(*)::int`.as('n')).as('citizen_count'),
      ])
      .where('unit.id', 'in', ids)
      .orderBy('unit.name')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      parentId: row.parent_id,
      kind: row.kind,
      name: row.name,
      housingArea: row.housing_area,
      staffCount: row.staff_count ?? 0,
      citizenCount: row.citizen_count ?? 0,
    }));
  }

  /** All units of the caller's municipality with staff and citizen counts. */
  r.get(
    '/api/units',
    { schema: { tags: ['organisation'], summary: 'List organisation units', response: { 200: z.object({ units: z.array(unitSchema) }), ...errorResponses } } },
    async (request) => {
      const root = await callerMunicipality(request);
      return { units: await listUnits(await unitSubtree(db, root)) };
    },
  );

  /** Creates a unit below one the administrator manages. */
  r.post(
    '/api/units',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Create an organisation unit (admin)',
        body: z.object({
          parentId: uuid,
          kind: z.enum(['jobcentre', 'team', 'outreach_office'], { error: 'Vælg jobcenter, team eller udkørende kontor.' }),
          name: requiredText(120),
          housingArea: optionalText(120),
        }),
        response: { 201: unitSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'unit.manage');
      const body = request.body;
      if (!(await isInScope(request, body.parentId))) throw notFound('Den overordnede enhed');
      const parent = await db.selectFrom('unit').select(['kind']).where('id', '=', body.parentId).executeTakeFirstOrThrow();
      if (!allowedParent[body.kind]?.includes(parent.kind)) {
        throw badRequest('Enheden kan ikke oprettes her.', { parentId: `En enhed af typen ${body.kind} kan ikke ligge under en ${parent.kind}.` });
      }
      if (body.kind === 'outreach_office' && !body.housingArea) {
        throw badRequest('Et udkørende kontor skal have et boligområde.', { housingArea: 'Skal udfyldes for et udkørende kontor.' });
      }
      const created = await db
        .transaction()
        .execute(async (trx) => {
          const row = await trx
            .insertInto('unit')
            .values({ parent_id: body.parentId, kind: body.kind, name: body.name, housing_area: body.housingArea ?? null })
            .returning('id')
            .executeTakeFirstOrThrow();
          await recordAudit(trx, request, { action: 'unit.create', detail: { unitId: row.id, name: body.name } });
          return row;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw conflict('Der findes allerede en enhed med det navn.', { name: 'Navnet er allerede brugt under denne enhed.' });
          throw error;
        });
      const [unit] = await listUnits([created.id]);
      return reply.status(201).send(unit!);
    },
  );

  /** Renames a unit or changes its housing area. */
  r.patch(
    '/api/units/:id',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Update an organisation unit (admin)',
        params: idParams,
        body: z.object({ name: requiredText(120).optional(), housingArea: optionalText(120) }),
        response: { 200: unitSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'unit.manage');
      const { id } = request.params;
      if (!(await isInScope(request, id))) throw notFound('Enheden');
      const changes: { name?: string; housing_area?: string | null } = {};
      if (request.body.name !== undefined) changes.name = request.body.name;
      if (request.body.housingArea !== undefined) changes.housing_area = request.body.housingArea;
      if (Object.keys(changes).length > 0) {
        await db
          .transaction()
          .execute(async (trx) => {
            await trx.updateTable('unit').set(changes).where('id', '=', id).execute();
            await recordAudit(trx, request, { action: 'unit.update', detail: { unitId: id, ...changes } });
          })
          .catch((error: unknown) => {
            if (isUniqueViolation(error)) throw conflict('Der findes allerede en enhed med det navn.', { name: 'Navnet er allerede brugt under denne enhed.' });
            throw error;
          });
      }
      const [unit] = await listUnits([id]);
      if (!unit) throw notFound('Enheden');
      return unit;
    },
  );
}

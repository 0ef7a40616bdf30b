/**
 * A municipality's housing areas (boligområder): the TRIN model's target
 * group lives in them (004, "Målgruppen for indsatsen"). Every signed-in user
 * may list them; the administrator (unit.manage) defines them as whole
 * postcodes and/or address ranges.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../db/errors.ts';
import { checkRange, maxHouseNumber, type RangeProblem } from '../../domain/organisation/housing-areas.ts';
import { deleteHousingArea, getHousingArea, housingAreasOf, insertHousingArea, updateHousingArea, type HousingAreaInput } from '../../store/housing-areas.ts';
import { callerMunicipality, requirePermission } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { badRequest, conflict, notFound, stale } from '../errors.ts';
import { errorResponses, idParams, requiredText, versionNumber } from '../schemas.ts';

const addressRangeSchema = z.object({
  street: z.string(),
  postcode: z.string(),
  from: z.number().int().nullable().describe('First house number; null with `to` null = the whole street'),
  to: z.number().int().nullable().describe('Last house number (inclusive); equal to `from` for one address'),
});

export const housingAreaSchema = z.object({
  id: z.string(),
  name: z.string(),
  postcodes: z.array(z.string()).describe('Four-digit postcodes wholly inside the area'),
  addresses: z.array(addressRangeSchema),
  version: z.number().int(),
});

const problemText: Record<RangeProblem, string> = {
  format: 'Skriv gade, husnumre og postnummer.',
  postcode: 'Postnummeret skal være fire cifre.',
  street: 'Angiv et gadenavn.',
  number: `Husnumre skal være hele tal fra 1 til ${maxHouseNumber}, både fra og til, eller ingen af dem (hele gaden).`,
  order: 'Det første husnummer må ikke være større end det sidste.',
};

const definitionInput = {
  name: requiredText(120),
  postcodes: z.array(z.string().trim().regex(/^[0-9]{4}$/, { error: 'Postnummeret skal være fire cifre.' })).max(200, { error: 'Højst 200 postnumre.' }),
  addresses: z
    .array(z.object({ street: z.string({ error: 'Angiv et gadenavn.' }), postcode: z.string({ error: 'Angiv postnummeret.' }), from: z.number().nullable(), to: z.number().nullable() }))
    .max(2000, { error: 'Højst 2000 adresser.' }),
};

/** The ranges checked one by one, each problem on its own field ("addresses.3"). */
function checkedInput(body: { name: string; postcodes: string[]; addresses: z.infer<typeof addressRangeSchema>[] }): HousingAreaInput {
  const fields: Record<string, string> = {};
  const addresses = body.addresses.flatMap((range, i) => {
    const checked = checkRange(range);
    if (checked.ok) return [checked.value];
    fields[`addresses.${i}`] = problemText[checked.problem];
    return [];
  });
  if (body.postcodes.length === 0 && body.addresses.length === 0) {
    fields['postcodes'] = 'Angiv mindst ét postnummer eller én adresse.';
  }
  if (Object.keys(fields).length) throw badRequest('Boligområdet er ikke gyldigt.', fields);
  return { name: body.name, postcodes: body.postcodes, addresses };
}

const nameTaken = () => conflict('Der findes allerede et boligområde med det navn.', { name: 'Navnet er allerede brugt i kommunen.' });

export async function housingAreaRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The housing areas of the caller's municipality, by name. */
  r.get(
    '/api/housing-areas',
    { schema: { tags: ['organisation'], summary: 'List the municipality’s housing areas', response: { 200: z.object({ housingAreas: z.array(housingAreaSchema) }), ...errorResponses } } },
    async (request) => ({ housingAreas: await housingAreasOf(db, await callerMunicipality(request)) }),
  );

  /** Defines a housing area by postcodes and/or address ranges (admin). */
  r.post(
    '/api/housing-areas',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Create a housing area (admin)',
        body: z.object(definitionInput),
        response: { 201: housingAreaSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'unit.manage');
      const municipalityId = await callerMunicipality(request);
      const input = checkedInput(request.body);
      const id = await db
        .transaction()
        .execute(async (trx) => {
          const created = await insertHousingArea(trx, municipalityId, input);
          await recordAudit(trx, request, { action: 'housing_area.create', detail: { housingAreaId: created, name: input.name } });
          return created;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw nameTaken();
          throw error;
        });
      return reply.status(201).send((await getHousingArea(db, municipalityId, id))!);
    },
  );

  /** Replaces a housing area's name and definition (admin); `version` guards against overwriting a colleague's change. */
  r.put(
    '/api/housing-areas/:id',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Update a housing area (admin)',
        params: idParams,
        body: z.object({ ...definitionInput, version: versionNumber }),
        response: { 200: housingAreaSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'unit.manage');
      const municipalityId = await callerMunicipality(request);
      const { id } = request.params;
      if (!(await getHousingArea(db, municipalityId, id))) throw notFound('Boligområdet');
      const input = checkedInput(request.body);
      await db
        .transaction()
        .execute(async (trx) => {
          if (!(await updateHousingArea(trx, municipalityId, id, request.body.version, input))) throw stale();
          await recordAudit(trx, request, { action: 'housing_area.update', detail: { housingAreaId: id, name: input.name } });
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw nameTaken();
          throw error;
        });
      return (await getHousingArea(db, municipalityId, id))!;
    },
  );

  /** Removes a housing area (admin); citizens living there then fall outside the TRIN target group. */
  r.delete(
    '/api/housing-areas/:id',
    { schema: { tags: ['organisation'], summary: 'Delete a housing area (admin)', params: idParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      requirePermission(request, 'unit.manage');
      const municipalityId = await callerMunicipality(request);
      const { id } = request.params;
      await db.transaction().execute(async (trx) => {
        if (!(await deleteHousingArea(trx, municipalityId, id))) throw notFound('Boligområdet');
        await recordAudit(trx, request, { action: 'housing_area.delete', detail: { housingAreaId: id } });
      });
      return reply.status(204).send(null);
    },
  );
}

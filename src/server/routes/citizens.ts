/**
 * Citizens: register, list, read and update, within the caller's units.
 * Every read and write is audited with the citizen's pseudonym. The CPR
 * number only ever travels in request and response bodies.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { isUniqueViolation } from '../../db/errors.ts';
import { containsCprLike, formatCpr, maskCpr, parseCpr } from '../../domain/identity/cpr.ts';
import { newPseudonym } from '../../domain/identity/pseudonym.ts';
import { citizenKey, getCitizen, listCitizens } from '../../store/citizens.ts';
import { activeCitizenIdByCpr, citizenIdByCpr, readCpr, storeCpr } from '../../store/identity.ts';
import { today } from '../../store/facts.ts';
import { transferOf } from '../../store/citizen-transfers.ts';
import { transferSchema } from './citizen-transfer.ts';
import { callerMunicipality, canSeeCitizen, citizenAccess, isInScope, requirePermission } from '../access.ts';
import { accessibleCitizen as accessibleCitizenIn } from './courses/access.ts';
import { recordAudit } from '../audit.ts';
import { cprLookupHash } from '../../domain/identity/cpr-lookup-hash.ts';
import { ApiError, badRequest, conflict, notFound, stale } from '../errors.ts';
import { errorResponses, idParams, optionalText, paging, requiredText, uuid, versionNumber } from '../schemas.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

const currentBenefitSchema = z.object({ benefitType: z.string(), readiness: z.string().nullable(), fromDate: z.string() }).nullable();

const citizenSummarySchema = z.object({
  id: z.string(),
  pseudonym: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  age: z.number().int(),
  sex: z.enum(['female', 'male']),
  unitId: z.string(),
  unitName: z.string(),
  responsibleStaffId: z.string().nullable(),
  responsibleStaffName: z.string().nullable(),
  currentBenefit: currentBenefitSchema,
});

const citizenSchema = citizenSummarySchema.extend({
  cprMasked: z.string().describe('Birth-date part of the CPR number only: DDMMYY-****'),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  addressLine: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  version: z.number().int().describe('Send back on PATCH; a stale version is refused with 409'),
  benefitSpells: z.array(
    z.object({
      id: z.string(),
      benefitType: z.string(),
      readiness: z.string().nullable(),
      fromDate: z.string(),
      toDate: z.string().nullable(),
      source: z.enum(['case', 'register']),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
  transfer: transferSchema.nullable().describe('Set when the citizen has moved to another municipality: the record is closed'),
});

/** A CPR number whose birth date, by the century rule, lies between 120 years ago and today. */
const cprInput = z.string({ error: 'Skal udfyldes.' }).superRefine((value, ctx) => {
  const result = parseCpr(value, today());
  if (!result.ok) ctx.addIssue({ code: 'custom', message: result.reason });
});

const phone = optionalText(20).pipe(
  z.string().regex(/^\+?[0-9 ]{8,16}$/, { error: 'Telefonnummeret skal være 8 cifre (evt. med landekode).' }).nullable().optional(),
);
const email = optionalText(200).pipe(z.email({ error: 'Ugyldig e-mailadresse.' }).nullable().optional());
const postcode = optionalText(4).pipe(z.string().regex(/^[0-9]{4}$/, { error: 'Postnummeret skal være 4 cifre.' }).nullable().optional());

const contactFields = {
  phone,
  email,
  addressLine: optionalText(200),
  postcode,
  city: optionalText(100),
};

/** Thrown inside the registration transaction; answered after it has rolled back, so the refusal's audit row stays. */
class AlreadyRegistered extends Error {
  constructor(readonly citizenId: string) {
    super('already registered');
  }
}

export async function citizenRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** Loads a citizen the caller may see (need to know), or answers 404 (not revealing that it exists elsewhere). */
  const accessibleCitizen = (request: FastifyRequest, id: string) => accessibleCitizenIn(request, db, id);

  /**
   * The answer to registering a CPR number the municipality already has
   * (docs/architecture.md, "CPR numbers across teams and municipalities"):
   * the caller who may see that citizen is told so (and can look it up); anyone
   * else in the municipality learns only that the citizen is registered
   * under another unit and whom to ask, never who, where or since when.
   * Either way the attempt is audited with the existing citizen's pseudonym.
   */
  async function refuseDuplicate(request: FastifyRequest, citizenId: string): Promise<ApiError> {
    const key = await citizenKey(db, citizenId);
    const visible = key ? await canSeeCitizen(request, citizenId) : false;
    await recordAudit(db, request, {
      action: 'citizen.create_refused',
      citizenPseudonyms: key ? [key.pseudonym] : [],
      detail: { reason: 'already_registered', inCallerScope: visible },
    });
    if (visible) {
      return conflict('Borgeren er allerede registreret.', { cpr: 'Der findes allerede en borger med dette CPR-nummer. Find borgeren med opslag på CPR-nummeret.' });
    }
    return conflict('Borgeren er allerede registreret i kommunen under en anden enhed.', {
      cpr: 'Borgeren er allerede registreret i kommunen, men ikke i dine enheder. Bed en leder om at flytte borgeren til din enhed.',
    });
  }

  async function detail(id: string) {
    const citizen = await getCitizen(db, id);
    if (!citizen) throw notFound('Borgeren');
    const cpr = await readCpr(db, id);
    return { ...citizen, cprMasked: cpr ? maskCpr(cpr) : '', transfer: await transferOf(db, id) };
  }

  /** Checks the unit and responsible staff member of a citizen against the caller's scope. */
  async function checkPlacement(request: FastifyRequest, trx: Kysely<Database>, unitId: string, responsibleStaffId: string | null | undefined) {
    const unit = await trx.selectFrom('unit').select(['id', 'kind']).where('id', '=', unitId).executeTakeFirst();
    if (!unit || !(await isInScope(request, unitId))) throw badRequest('Ukendt enhed.', { unitId: 'Enheden findes ikke, eller du har ikke adgang til den.' });
    if (unit.kind === 'municipality') throw badRequest('Vælg en enhed under kommunen.', { unitId: 'En borger skal tilknyttes et jobcenter, et team eller et udkørende kontor.' });
    if (responsibleStaffId) {
      const staff = await trx.selectFrom('staff').select(['unit_id', 'active']).where('id', '=', responsibleStaffId).executeTakeFirst();
      if (!staff || !staff.active || staff.unit_id !== unitId) {
        throw badRequest('Ugyldig ansvarlig medarbejder.', { responsibleStaffId: 'Den ansvarlige medarbejder skal være aktiv og høre til borgerens enhed.' });
      }
    }
  }

  /** A page of citizens in the caller's units; `mine=true` limits to the caller's own caseload. */
  r.get(
    '/api/citizens',
    {
      schema: {
        tags: ['citizens'],
        summary: 'List citizens in the caller’s units',
        querystring: z.object({
          q: z
            .string()
            .trim()
            .max(100)
            .refine((q) => !containsCprLike(q), {
              error: 'Søg ikke på CPR-nummer i adressen; brug opslag på CPR-nummer (POST /api/citizens/lookup).',
            })
            .optional()
            .describe('Words matched against names, or an exact pseudonym. CPR numbers are refused here: use POST /api/citizens/lookup'),
          unitId: uuid.optional(),
          responsibleStaffId: uuid.optional(),
          mine: z.enum(['true', 'false']).optional(),
          ...paging,
        }),
        response: { 200: z.object({ total: z.number().int(), items: z.array(citizenSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'citizen.read');
      const query = request.query;
      const result = await listCitizens(db, {
        access: await citizenAccess(request),
        q: query.q || undefined,
        unitId: query.unitId,
        responsibleStaffId: query.mine === 'true' ? user.id : query.responsibleStaffId,
        limit: query.limit,
        offset: query.offset,
      });
      await recordAudit(db, request, { action: 'citizen.list', citizenPseudonyms: result.items.map((c) => c.pseudonym) });
      return result;
    },
  );

  /** Registers a citizen; birth date and sex are derived from the CPR number. */
  r.post(
    '/api/citizens',
    {
      schema: {
        tags: ['citizens'],
        summary: 'Register a citizen',
        body: z.object({
          cpr: cprInput,
          firstName: requiredText(100),
          lastName: requiredText(100),
          ...contactFields,
          unitId: uuid,
          responsibleStaffId: uuid.nullable().optional(),
        }),
        response: { 201: citizenSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'citizen.write');
      const body = request.body;
      const cpr = parseCpr(body.cpr, today());
      if (!cpr.ok) throw badRequest('Ugyldigt CPR-nummer.', { cpr: cpr.reason });
      // Uniqueness is per municipality: a registration elsewhere is not looked at at all.
      const municipalityId = await callerMunicipality(request);
      const id = await db
        .transaction()
        .execute(async (trx) => {
          await checkPlacement(request, trx, body.unitId, body.responsibleStaffId);
          const existing = await activeCitizenIdByCpr(trx, municipalityId, cpr.value.digits);
          if (existing) throw new AlreadyRegistered(existing);
          const pseudonym = newPseudonym();
          const row = await trx
            .insertInto('citizen')
            .values({
              pseudonym,
              first_name: body.firstName,
              last_name: body.lastName,
              birth_date: cpr.value.birthDate,
              sex: cpr.value.sex,
              phone: body.phone ?? null,
              email: body.email ?? null,
              address_line: body.addressLine ?? null,
              postcode: body.postcode ?? null,
              city: body.city ?? null,
              unit_id: body.unitId,
              responsible_staff_id: body.responsibleStaffId ?? null,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await storeCpr(trx, row.id, municipalityId, cpr.value.digits);
          await recordAudit(trx, request, { action: 'citizen.create', citizenPseudonyms: [pseudonym] });
          return row.id;
        })
        .catch(async (error: unknown) => {
          // A concurrent registration of the same number loses on the unique index.
          const existing = error instanceof AlreadyRegistered ? error.citizenId : isUniqueViolation(error) ? await activeCitizenIdByCpr(db, municipalityId, cpr.value.digits) : undefined;
          if (existing) throw await refuseDuplicate(request, existing);
          throw error;
        });
      return reply.status(201).send(await detail(id));
    },
  );

  /** Finds a citizen by CPR number (sent in the body, never in the URL). */
  r.post(
    '/api/citizens/lookup',
    {
      schema: {
        tags: ['citizens'],
        summary: 'Find a citizen by CPR number',
        body: z.object({ cpr: cprInput }),
        response: { 200: z.object({ id: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const cpr = parseCpr(request.body.cpr);
      const id = cpr.ok ? await citizenIdByCpr(db, await callerMunicipality(request), cpr.value.digits) : undefined;
      const key = id ? await citizenKey(db, id) : undefined;
      if (!key || !(await canSeeCitizen(request, key.id))) {
        // Not found, or outside the caller's need to know (the same answer):
        // audited with a keyed hash of the number, and the citizen when one exists.
        await recordAudit(db, request, {
          action: 'citizen.lookup_by_cpr',
          citizenPseudonyms: key ? [key.pseudonym] : [],
          detail: { found: false, refused: Boolean(key), cprHash: cpr.ok ? cprLookupHash(app.ctx.installationSecret, cpr.value.digits) : null },
        });
        throw notFound('Borgeren');
      }
      await recordAudit(db, request, { action: 'citizen.lookup_by_cpr', citizenPseudonyms: [key.pseudonym] });
      return { id: key.id };
    },
  );

  /** One citizen with contact details, masked CPR and benefit history. */
  r.get(
    '/api/citizens/:id',
    { schema: { tags: ['citizens'], summary: 'Read a citizen', params: idParams, response: { 200: citizenSchema, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const key = await accessibleCitizen(request, request.params.id);
      const result = await detail(key.id);
      await recordAudit(db, request, { action: 'citizen.read', citizenPseudonyms: [key.pseudonym] });
      return result;
    },
  );

  /** Updates a citizen; `version` must match the stored one (optimistic concurrency). */
  r.patch(
    '/api/citizens/:id',
    {
      schema: {
        tags: ['citizens'],
        summary: 'Update a citizen',
        params: idParams,
        body: z.object({
          version: versionNumber,
          firstName: requiredText(100).optional(),
          lastName: requiredText(100).optional(),
          ...contactFields,
          unitId: uuid.optional(),
          responsibleStaffId: uuid.nullable().optional(),
        }),
        response: { 200: citizenSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.write');
      const key = await accessibleCitizen(request, request.params.id);
      const body = request.body;
      const columns = {
        first_name: body.firstName,
        last_name: body.lastName,
        phone: body.phone,
        email: body.email,
        address_line: body.addressLine,
        postcode: body.postcode,
        city: body.city,
        unit_id: body.unitId,
        responsible_staff_id: body.responsibleStaffId,
      };
      const changes = Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
      await db.transaction().execute(async (trx) => {
        if (await transferOf(trx, key.id)) throw conflict('Borgeren er fraflyttet kommunen.', { _: 'Oplysningerne om en fraflyttet borger kan ikke ændres.' });
        const current = await trx.selectFrom('citizen').select(['unit_id', 'responsible_staff_id']).where('id', '=', key.id).executeTakeFirstOrThrow();
        const unitId = body.unitId ?? current.unit_id;
        const responsible = body.responsibleStaffId !== undefined ? body.responsibleStaffId : body.unitId ? null : current.responsible_staff_id;
        if (body.unitId !== undefined || body.responsibleStaffId !== undefined) {
          await checkPlacement(request, trx, unitId, responsible);
          changes.responsible_staff_id = responsible;
        }
        const updated = await trx
          .updateTable('citizen')
          .set({ ...changes, version: sql`version + 1`, updated_at: new Date() })
          .where('id', '=', key.id)
          .where('version', '=', body.version)
          .returning('id')
          .executeTakeFirst();
        if (!updated) throw stale();
        await recordAudit(trx, request, { action: 'citizen.update', citizenPseudonyms: [key.pseudonym], detail: { fields: Object.keys(changes) } });
      });
      return detail(key.id);
    },
  );

  /** Shows the full CPR number; recorded in the audit log as its own action. */
  r.post(
    '/api/citizens/:id/cpr/reveal',
    {
      schema: {
        tags: ['citizens'],
        summary: 'Reveal a citizen’s full CPR number (audited)',
        params: idParams,
        response: { 200: z.object({ cpr: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.cpr.reveal');
      const key = await accessibleCitizen(request, request.params.id);
      const cpr = await readCpr(db, key.id);
      if (!cpr) throw notFound('CPR-nummeret');
      await recordAudit(db, request, { action: 'citizen.cpr.reveal', citizenPseudonyms: [key.pseudonym] });
      return { cpr: formatCpr(cpr) };
    },
  );

}

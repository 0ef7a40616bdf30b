/** Staff accounts: listing for everyone in scope; creation and changes by administrators. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { hashPassword, passwordProblem } from '../../platform/password.ts';
import { isInScope, requirePermission, scopeUnitIds } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { destroyStaffSessions } from '../auth/sessions.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { errorResponses, idParams, optionalText, requiredText, roleSchema, uuid } from '../schemas.ts';

const staffSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  roles: z.array(roleSchema),
  active: z.boolean(),
});

const rolesInput = z
  .array(roleSchema, { error: 'Vælg mindst én rolle.' })
  .min(1, { error: 'Vælg mindst én rolle.' })
  .transform((list) => [...new Set(list)]);

const password = z.string({ error: 'Skal udfyldes.' }).superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** The field rule above cannot see the username; checked once it is known. */
function refuseUsernameInPassword(value: string, username: string): void {
  const problem = passwordProblem(value, username);
  if (problem) throw badRequest('Adgangskoden kan ikke bruges.', { password: problem });
}

async function loadStaff(db: Kysely<Database>, filter: { ids?: string[]; unitIds?: string[]; role?: string; active?: boolean }) {
  let query = db
    .selectFrom('staff')
    .innerJoin('unit', 'unit.id', 'staff.unit_id')
    .select(['staff.id', 'staff.username', 'staff.display_name', 'staff.email', 'staff.unit_id', 'unit.name as unit_name', 'staff.roles', 'staff.active'])
    .orderBy('staff.display_name');
  if (filter.ids) query = query.where('staff.id', 'in', filter.ids);
  if (filter.unitIds) query = query.where('staff.unit_id', 'in', filter.unitIds);
  if (filter.role) query = query.where((eb) => eb(eb.val(filter.role), '=', eb.fn.any('staff.roles')));
  if (filter.active !== undefined) query = query.where('staff.active', '=', filter.active);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    unitId: row.unit_id,
    unitName: row.unit_name,
    roles: row.roles as z.infer<typeof roleSchema>[],
    active: row.active,
  }));
}

export async function staffRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  async function staffInScope(request: Parameters<typeof isInScope>[0], id: string) {
    const [staff] = await loadStaff(db, { ids: [id] });
    if (!staff || !(await isInScope(request, staff.unitId))) throw notFound('Medarbejderen');
    return staff;
  }

  /** Staff in the caller's units, optionally filtered by unit, role and status. */
  r.get(
    '/api/staff',
    {
      schema: {
        tags: ['organisation'],
        summary: 'List staff in the caller’s units',
        querystring: z.object({
          unitId: uuid.optional(),
          role: roleSchema.optional(),
          active: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: z.object({ staff: z.array(staffSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'staff.read');
      const scope = await scopeUnitIds(request);
      const { unitId, role, active } = request.query;
      const unitIds = unitId ? scope.filter((id) => id === unitId) : scope;
      return {
        staff: await loadStaff(db, { unitIds, role, active: active === undefined ? undefined : active === 'true' }),
      };
    },
  );

  /** Creates a staff account with an initial password. */
  r.post(
    '/api/staff',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Create a staff account (admin)',
        body: z.object({
          username: z
            .string({ error: 'Skal udfyldes.' })
            .trim()
            .toLowerCase()
            .regex(/^[a-z0-9._-]{2,64}$/, { error: 'Brugernavnet skal være 2-64 tegn: små bogstaver a-z, tal, punktum, bindestreg eller understreg.' }),
          displayName: requiredText(120),
          email: optionalText(200).pipe(z.email({ error: 'Ugyldig e-mailadresse.' }).nullable().optional()),
          unitId: uuid,
          roles: rolesInput,
          password,
        }),
        response: { 201: staffSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'staff.manage');
      const body = request.body;
      if (!(await isInScope(request, body.unitId))) throw badRequest('Ukendt enhed.', { unitId: 'Enheden findes ikke, eller du administrerer den ikke.' });
      refuseUsernameInPassword(body.password, body.username);
      const passwordHash = await hashPassword(body.password);
      const id = await db
        .transaction()
        .execute(async (trx) => {
          const row = await trx
            .insertInto('staff')
            .values({
              username: body.username,
              display_name: body.displayName,
              email: body.email ?? null,
              unit_id: body.unitId,
              roles: body.roles,
              password_hash: passwordHash,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await recordAudit(trx, request, { action: 'staff.create', detail: { staffId: row.id, username: body.username, roles: body.roles } });
          return row.id;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw conflict('Brugernavnet er optaget.', { username: 'Brugernavnet er allerede i brug.' });
          throw error;
        });
      return reply.status(201).send((await loadStaff(db, { ids: [id] }))[0]!);
    },
  );

  /** Changes name, e-mail, unit, roles or active status; deactivation ends the account's sessions. */
  r.patch(
    '/api/staff/:id',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Update or (de)activate a staff account (admin)',
        params: idParams,
        body: z.object({
          displayName: requiredText(120).optional(),
          email: optionalText(200).pipe(z.email({ error: 'Ugyldig e-mailadresse.' }).nullable().optional()),
          unitId: uuid.optional(),
          roles: rolesInput.optional(),
          active: z.boolean().optional(),
        }),
        response: { 200: staffSchema, ...errorResponses },
      },
    },
    async (request) => {
      const admin = requirePermission(request, 'staff.manage');
      const staff = await staffInScope(request, request.params.id);
      const body = request.body;
      if (body.unitId && !(await isInScope(request, body.unitId))) throw badRequest('Ukendt enhed.', { unitId: 'Enheden findes ikke, eller du administrerer den ikke.' });
      if (staff.id === admin.id && (body.active === false || (body.roles && !body.roles.includes('admin')))) {
        throw badRequest('Du kan ikke fjerne din egen administratoradgang.', { active: 'Du kan ikke deaktivere dig selv.' });
      }
      const changes: Partial<{ display_name: string; email: string | null; unit_id: string; roles: string[]; active: boolean }> = {};
      if (body.displayName !== undefined) changes.display_name = body.displayName;
      if (body.email !== undefined) changes.email = body.email;
      if (body.unitId !== undefined) changes.unit_id = body.unitId;
      if (body.roles !== undefined) changes.roles = body.roles;
      if (body.active !== undefined) changes.active = body.active;
      if (Object.keys(changes).length > 0) {
        await db.transaction().execute(async (trx) => {
          await trx.updateTable('staff').set({ ...changes, updated_at: new Date() }).where('id', '=', staff.id).execute();
          if (body.active === false) await destroyStaffSessions(trx, staff.id);
          await recordAudit(trx, request, { action: body.active === false ? 'staff.deactivate' : 'staff.update', detail: { staffId: staff.id, changes: Object.keys(changes) } });
        });
      }
      return (await loadStaff(db, { ids: [staff.id] }))[0]!;
    },
  );

  /** Sets a new password for a staff member and ends their sessions. */
  r.post(
    '/api/staff/:id/password',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Reset a staff member’s password (admin)',
        params: idParams,
        body: z.object({ password }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'staff.manage');
      const staff = await staffInScope(request, request.params.id);
      refuseUsernameInPassword(request.body.password, staff.username);
      const passwordHash = await hashPassword(request.body.password);
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('staff').set({ password_hash: passwordHash, updated_at: new Date() }).where('id', '=', staff.id).execute();
        await destroyStaffSessions(trx, staff.id);
        await recordAudit(trx, request, { action: 'staff.password_reset', detail: { staffId: staff.id } });
      });
      return reply.status(204).send(null);
    },
  );
}

/**
 * Authorisation helpers: role permissions (domain/organisation/roles.ts) and
 * the unit tree. A staff member sees data in their own unit and the units
 * below it: a job broker their team, a manager their whole job centre.
 */
import { sql, type Kysely } from 'kysely';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/schema.ts';
import { can, type Permission } from '../domain/organisation/roles.ts';
import type { SessionUser } from './auth/sessions.ts';
import { ApiError, forbidden } from './errors.ts';

export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new ApiError(401, 'unauthenticated', 'Du er ikke logget ind.');
  return request.user;
}

/** The current user, after checking that one of their roles grants the permission. */
export function requirePermission(request: FastifyRequest, permission: Permission): SessionUser {
  const user = currentUser(request);
  if (!can(user.roles, permission)) throw forbidden();
  return user;
}

/** Ids of a unit and all units below it. */
export async function unitSubtree(db: Kysely<Database>, unitId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE tree AS (
      SELECT id FROM unit WHERE id = ${unitId}
      UNION ALL
      SELECT u.id FROM unit u JOIN tree t ON u.parent_id = t.id
    )
    SELECT id FROM tree`.execute(db);
  return result.rows.map((row) => row.id);
}

/** The root (municipality) of the tree a unit belongs to. */
export async function municipalityOf(db: Kysely<Database>, unitId: string): Promise<string> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE up AS (
      SELECT id, parent_id FROM unit WHERE id = ${unitId}
      UNION ALL
      SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id
    )
    SELECT id FROM up WHERE parent_id IS NULL`.execute(db);
  const root = result.rows[0];
  if (!root) throw new Error('unit has no municipality');
  return root.id;
}

/** Units the current user may see data in, computed once per request. */
export function scopeUnitIds(request: FastifyRequest): Promise<string[]> {
  const user = currentUser(request);
  request.scopeUnitIds ??= unitSubtree(request.server.ctx.db, user.unitId);
  return request.scopeUnitIds;
}

export async function isInScope(request: FastifyRequest, unitId: string): Promise<boolean> {
  return (await scopeUnitIds(request)).includes(unitId);
}

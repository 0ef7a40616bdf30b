/**
 * Authorisation helpers: role permissions (domain/organisation/roles.ts) and
 * the unit tree. A staff member sees data in their own unit and the units
 * below it: a job broker their team, a manager their whole job centre.
 */
import type { Kysely } from 'kysely';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/schema.ts';
import { municipalityOf, unitTree } from '../store/units.ts';
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
  return (await unitTree(db, unitId)).map((u) => u.id);
}

/** Units the current user may see data in, computed once per request. */
export function scopeUnitIds(request: FastifyRequest): Promise<string[]> {
  const user = currentUser(request);
  request.scopeUnitIds ??= unitSubtree(request.server.ctx.db, user.unitId);
  return request.scopeUnitIds;
}

/**
 * The user's municipality (the root of their unit), computed once per
 * request. The first call queries through the app's handle: make it before
 * opening a transaction.
 */
export function callerMunicipality(request: FastifyRequest): Promise<string> {
  const user = currentUser(request);
  request.municipalityId ??= municipalityOf(request.server.ctx.db, user.unitId);
  return request.municipalityId;
}

export async function isInScope(request: FastifyRequest, unitId: string): Promise<boolean> {
  return (await scopeUnitIds(request)).includes(unitId);
}

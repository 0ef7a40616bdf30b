/**
 * Authorisation helpers: role permissions (domain/organisation/roles.ts) and
 * the unit tree. Staff data, units and settings are seen in the staff
 * member's own unit and the units below it. Citizens are seen by need to
 * know: citizenScope() in the roles module decides, and every route reads a
 * citizen through citizenAccess/canSeeCitizen/visibleCitizens here (a job
 * broker their team's citizens, a manager the job centre's, a mentor only
 * those of their courses, an administrator none).
 */
import type { Kysely } from 'kysely';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/schema.ts';
import { municipalityOf, unitTree } from '../store/units.ts';
import { can, citizenScope, type Permission } from '../domain/organisation/roles.ts';
import { visibleCitizenIds, type CitizenAccess } from '../store/citizen-scope.ts';
import { today } from '../store/facts.ts';
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

/** The user's need-to-know scope over citizens (citizenScope in the roles module), computed once per request. */
export function citizenAccess(request: FastifyRequest): Promise<CitizenAccess> {
  const user = currentUser(request);
  request.citizenAccess ??= scopeUnitIds(request).then((unitIds) => ({ staffId: user.id, scope: citizenScope(user.roles), unitIds, day: today() }));
  return request.citizenAccess;
}

/** Of these citizens, the ones the user may read. */
export async function visibleCitizens(request: FastifyRequest, citizenIds: readonly string[]): Promise<Set<string>> {
  return visibleCitizenIds(request.server.ctx.db, await citizenAccess(request), citizenIds);
}

/** True when the user may read the citizen (false for an unknown id). */
export async function canSeeCitizen(request: FastifyRequest, citizenId: string): Promise<boolean> {
  return (await visibleCitizens(request, [citizenId])).has(citizenId);
}

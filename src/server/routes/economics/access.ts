/**
 * Which units' cost models and scenarios a caller may open and write, as
 * the monitoring report scopes units (routes/monitoring/access.ts): an
 * analytiker every unit, a leder their own unit and the units below it.
 * A record in a unit outside the scope is 404, as for citizens. No citizen
 * data is behind these records, only the count of citizens a year.
 */
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../../auth/sessions.ts';
import { badRequest, notFound } from '../../errors.ts';
import { unitAccess } from '../monitoring/access.ts';

export interface EconomicsScope {
  /** Every unit is open. */
  all: boolean;
  unitIds: ReadonlySet<string>;
}

/** The caller's economics scope. */
export async function economicsScope(request: FastifyRequest, user: SessionUser): Promise<EconomicsScope> {
  const access = await unitAccess(request, user);
  return { all: access.all, unitIds: access.unitIds };
}

/** True when the unit exists and is in the scope. */
export async function mayUseUnit(request: FastifyRequest, scope: EconomicsScope, unitId: string): Promise<boolean> {
  if (!scope.all) return scope.unitIds.has(unitId);
  const row = await request.server.ctx.db.selectFrom('unit').select('id').where('id', '=', unitId).executeTakeFirst();
  return row !== undefined;
}

/** Throws 400 on `unitId` unless the caller may write in the unit. */
export async function requireWritableUnit(request: FastifyRequest, scope: EconomicsScope, unitId: string): Promise<void> {
  if (!(await mayUseUnit(request, scope, unitId))) throw badRequest('Enheden findes ikke eller ligger uden for dine enheder.', { unitId: 'unknown_value' });
}

/** Throws 404 (`what`) unless the record's unit is in the scope. */
export function requireReadableUnit(scope: EconomicsScope, unitId: string, what: string): void {
  if (!scope.all && !scope.unitIds.has(unitId)) throw notFound(what);
}

/** The units to list: the scope, narrowed to one unit's subtree member when asked (404 outside it). */
export function listedUnits(scope: EconomicsScope, unitId: string | undefined): readonly string[] | 'all' {
  if (unitId !== undefined) {
    requireReadableUnit(scope, unitId, 'Enheden');
    return [unitId];
  }
  return scope.all ? 'all' : [...scope.unitIds];
}

/**
 * The units a caller may evaluate (the treated from case data of a unit and
 * the units below it), as the monitoring's unitAccess decides: an analyst
 * every unit of the installation (the result is an aggregate), a leder their
 * own unit and the units below it. A unit outside that is 404, as in the
 * monitoring.
 */
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../../auth/sessions.ts';
import { notFound } from '../../errors.ts';
import { unitAccess } from '../monitoring/access.ts';

export interface EvaluationUnit {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
}

/** The units the caller may evaluate, the municipality first, then by name. */
export async function evaluationUnits(request: FastifyRequest, user: SessionUser): Promise<EvaluationUnit[]> {
  const access = await unitAccess(request, user);
  const { db } = request.server.ctx;
  let query = db.selectFrom('unit').select(['id', 'name', 'kind', 'parent_id']);
  if (!access.all) {
    if (access.unitIds.size === 0) return [];
    query = query.where('id', 'in', [...access.unitIds]);
  }
  const rows = await query.orderBy('name').orderBy('id').execute();
  const order = (kind: string) => ['municipality', 'jobcentre', 'team', 'outreach_office'].indexOf(kind);
  return rows
    .sort((a, b) => order(a.kind) - order(b.kind))
    .map((u) => ({ id: u.id, name: u.name, kind: u.kind, parentId: u.parent_id }));
}

/** Throws 404 unless the caller may evaluate the unit. */
export async function requireEvaluationUnit(request: FastifyRequest, user: SessionUser, unitId: string): Promise<void> {
  const access = await unitAccess(request, user);
  if (access.all) {
    const exists = await request.server.ctx.db.selectFrom('unit').select('id').where('id', '=', unitId).executeTakeFirst();
    if (exists) return;
  } else if (access.unitIds.has(unitId)) return;
  throw notFound('Enheden');
}

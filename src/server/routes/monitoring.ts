/**
 * The monthly status report (issue 11 §3; contract in
 * routes/monitoring/schemas.ts): the units a caller may open, the report,
 * the persons behind a figure (audited), the downloads, targets set by a
 * leder, the clusters of comparable municipalities and the recompute of
 * stored figures. Access: routes/monitoring/access.ts (a unit outside the
 * caller's reach is 404).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { measuresFor } from '../../domain/monitoring/measures.ts';
import { registry } from '../../domain/models/registry.ts';
import { can } from '../../domain/organisation/roles.ts';
import { ClusterInputError, listClusters, saveClusters, seedClustersFromRegister } from '../../store/monitoring/clusters.ts';
import { figurePersons } from '../../store/monitoring/persons.ts';
import { recomputeFigures } from '../../store/monitoring/recompute.ts';
import { buildReport, ReportError } from '../../store/monitoring/report.ts';
import { deleteTarget, loadTargets, saveTarget } from '../../store/monitoring/targets.ts';
import { COUNTRY, loadUnitDirectory, municipalityKey, staffKey, type UnitDirectory } from '../../store/monitoring/units.ts';
import { requirePermission, visibleCitizens } from '../access.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { recordAudit } from '../audit.ts';
import { ApiError, badRequest, notFound } from '../errors.ts';
import { errorResponses } from '../schemas.ts';
import { mayListPersons, mayOpen, requireUnit, unitAccess, type UnitAccess } from './monitoring/access.ts';
import { exportFileName, renderExport } from './monitoring/export.ts';
import {
  clusters as clustersSchema,
  clustersInput,
  exportQuery,
  figurePersons as figurePersonsSchema,
  personsQuery,
  recomputeInput,
  recomputeResult,
  report as reportSchema,
  reportQuery,
  reportUnits,
  target as targetSchema,
  targetKey,
  targets as targetsSchema,
  targetsQuery,
  type Report,
  type ReportUnits,
} from './monitoring/schemas.ts';

const tags = ['monitoring'];

/** A ReportError as the API's error. */
function reportFailure(error: unknown): never {
  if (error instanceof ReportError) {
    if (error.code === 'unknown_unit') throw notFound('Enheden');
    throw badRequest(error.message, { [error.code === 'unknown_model' ? 'model' : 'measure']: error.message });
  }
  throw error;
}

export async function monitoringRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.db;
  const staffUnit = async (id: string) => (await db().selectFrom('staff').select('unit_id').where('id', '=', id).executeTakeFirst())?.unit_id ?? null;

  /** The caller (with monitoring.read), the unit directory and their access, after checking the unit key. */
  async function openUnit(request: FastifyRequest, unit: string) {
    const user = requirePermission(request, 'monitoring.read');
    const directory = await loadUnitDirectory(db());
    const access = await unitAccess(request, user);
    await requireUnit(access, directory, unit, staffUnit);
    return { user, directory, access };
  }

  async function report(request: FastifyRequest, query: { model: string; unit: string; month: string }): Promise<Report> {
    const { directory } = await openUnit(request, query.unit);
    try {
      return await buildReport(db(), directory, { ...query, closeAfterDays: app.ctx.monitoringCloseDays });
    } catch (error) {
      reportFailure(error);
    }
  }

  /** The units the caller may open, with their parents, for the unit picker. */
  r.get(
    '/api/monitoring/units',
    {
      schema: {
        tags,
        summary: 'Units the caller may open a status report for (leder, analytiker, jobformidler)',
        querystring: z.object({ model: z.string().min(1).optional() }),
        response: { 200: reportUnits, ...errorResponses },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'monitoring.read');
      const directory = await loadUnitDirectory(db());
      const access = await unitAccess(request, user);
      const units = await listUnits(access, directory, user);
      const latest = await sql<{ month: string | null }>`
        SELECT max(month) AS month FROM monitoring_figure WHERE superseded_at IS NULL ${request.query.model ? sql`AND model_id = ${request.query.model}` : sql``}`.execute(db());
      const month = latest.rows[0]?.month ?? null;
      return { units, defaultUnit: defaultUnit(user, directory, access), latestMonth: month ? month.slice(0, 7) : null };
    },
  );

  async function listUnits(access: UnitAccess, directory: UnitDirectory, user: SessionUser): Promise<ReportUnits['units']> {
    const out: ReportUnits['units'] = [];
    if (access.aggregates) out.push({ key: COUNTRY, kind: 'country', name: 'Hele landet', parent: null });
    const caseUnits = [...directory.units.values()].filter((u) => access.all || access.unitIds.has(u.id));
    const listed = new Set<string>();
    if (access.aggregates) {
      const names = [...directory.municipalities.entries()].sort((a, b) => a[1].localeCompare(b[1], 'da'));
      for (const [code, name] of names) {
        out.push({ key: municipalityKey(code), kind: 'municipality', name, parent: COUNTRY });
        listed.add(municipalityKey(code));
      }
    }
    const caseKeys = new Set(caseUnits.map((u) => directory.keyOf(u.id)));
    for (const u of caseUnits) {
      const key = directory.keyOf(u.id);
      if (listed.has(key)) continue;
      listed.add(key);
      const kind = u.kind === 'municipality' ? 'municipality' : u.kind === 'jobcentre' ? 'jobcentre' : 'team';
      const parent = u.parentId ? directory.keyOf(u.parentId) : access.aggregates ? COUNTRY : null;
      out.push({ key, kind, name: u.name, parent: parent && (caseKeys.has(parent) || listed.has(parent) || parent === COUNTRY) ? parent : null });
    }
    // Staff: the job brokers of the units open to the caller (a job broker: only themself).
    const staffRows = access.all || access.aggregates
      ? await db()
          .selectFrom('staff')
          .select(['id', 'display_name', 'unit_id'])
          .where('active', '=', true)
          .where(sql<boolean>`'jobformidler' = ANY(roles)`)
          .orderBy('display_name')
          .execute()
      : [{ id: user.id, display_name: user.displayName, unit_id: user.unitId }];
    for (const s of staffRows) {
      if (!access.all && s.id !== user.id && !access.unitIds.has(s.unit_id)) continue;
      const parent = directory.keyOf(s.unit_id);
      out.push({ key: staffKey(s.id), kind: 'staff', name: s.display_name, parent: listed.has(parent) ? parent : null });
    }
    return out;
  }

  function defaultUnit(user: SessionUser, directory: UnitDirectory, access: UnitAccess): string {
    if (user.roles.includes('leder')) return directory.keyOf(user.unitId);
    if (!access.aggregates) return staffKey(user.id);
    const code = directory.municipalityCodeOf(user.unitId);
    return code ? municipalityKey(code) : COUNTRY;
  }

  /** The status report for a model, unit and month. */
  r.get(
    '/api/monitoring/report',
    {
      schema: {
        tags,
        summary: 'Monthly status report: series, comparisons, scoreboard, targets, corrections',
        querystring: reportQuery,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => report(request, request.query),
  );

  /** The persons behind one figure: pseudonyms, names where the caller may see the citizen. Audited. */
  r.get(
    '/api/monitoring/persons',
    {
      schema: {
        tags,
        summary: 'The persons behind one figure (audited; names only for citizens in the caller’s need to know)',
        querystring: personsQuery,
        response: { 200: figurePersonsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { model, unit, month, measure } = request.query;
      const { directory, user, access } = await openUnit(request, unit);
      if (!mayListPersons(access, directory, unit)) {
        throw new ApiError(403, 'forbidden', 'Tal for landet og andre kommuner vises kun samlet; personerne bag dem ses ikke.');
      }
      let result;
      try {
        result = await figurePersons(db(), directory, { model, unit, month, measure, closeAfterDays: app.ctx.monitoringCloseDays });
      } catch (error) {
        reportFailure(error);
      }
      const citizenIds = [...new Set(result.persons.map((p) => p.citizenId).filter((id): id is string => id !== null))];
      const visible = can(user.roles, 'citizen.read') && citizenIds.length ? await visibleCitizens(request, citizenIds) : new Set<string>();
      const names = visible.size
        ? new Map(
            (await db().selectFrom('citizen').select(['id', 'first_name', 'last_name']).where('id', 'in', [...visible]).execute()).map((c) => [
              c.id,
              `${c.first_name} ${c.last_name}`,
            ]),
          )
        : new Map<string, string>();
      await recordAudit(db(), request, {
        action: 'monitoring.persons',
        citizenPseudonyms: result.persons.map((p) => p.pseudonym),
        detail: { model, unit, month, measure, persons: result.persons.length, named: names.size },
      });
      return {
        measure,
        month,
        numerator: result.numerator,
        denominator: result.denominator,
        persons: result.persons.map((p) => ({
          pseudonym: p.pseudonym,
          citizen: p.citizenId && names.has(p.citizenId) ? { id: p.citizenId, name: names.get(p.citizenId)! } : null,
          numerator: p.numerator,
          denominator: p.denominator,
        })),
      };
    },
  );

  /** The report as a download: XLSX, PDF, CSV (Danish Excel) or JSON. No persons. */
  r.get(
    '/api/monitoring/export',
    {
      schema: {
        tags,
        summary: 'Status report download (xlsx, pdf, csv, json; attachment)',
        querystring: exportQuery,
        response: { 200: z.any().describe('The file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const data = await report(request, query);
      const file = await renderExport(data, format);
      return reply.type(file.contentType).header('Content-Disposition', `attachment; filename="${exportFileName(data, format)}"`).send(file.body);
    },
  );

  /** Targets of the units the caller may open. */
  r.get(
    '/api/monitoring/targets',
    {
      schema: { tags, summary: 'Targets and sub-goals of units (leder sets them)', querystring: targetsQuery, response: { 200: targetsSchema, ...errorResponses } },
    },
    async (request) => {
      const user = requirePermission(request, 'monitoring.read');
      const directory = await loadUnitDirectory(db());
      const access = await unitAccess(request, user);
      if (request.query.unit) await requireUnit(access, directory, request.query.unit, staffUnit);
      const all = await loadTargets(db(), { model: request.query.model, unit: request.query.unit });
      const open: typeof all = [];
      for (const t of all) if (await mayOpen(access, directory, t.unit, staffUnit)) open.push(t);
      return { targets: open };
    },
  );

  /** The leder's own units, their municipality and their staff: where a target may be set. */
  async function requireOwnUnit(request: FastifyRequest, model: string, measure: string, unit: string): Promise<SessionUser> {
    const user = requirePermission(request, 'monitoring.targets');
    const directory = await loadUnitDirectory(db());
    const access = await unitAccess(request, user);
    const own: UnitAccess = { ...access, all: false, aggregates: false };
    const [type, id] = unit.split(':') as [string, string];
    const ownStaff = type === 'staff' && (await staffUnit(id).then((u) => u !== null && access.unitIds.has(u)));
    if (!ownStaff && !(type !== 'staff' && (await mayOpen(own, directory, unit, staffUnit)))) throw notFound('Enheden');
    if (!registry.get(model)) throw badRequest('Ukendt model.', { model: 'Ukendt model.' });
    if (!measuresFor(model).some((m) => m.id === measure)) throw badRequest('Modellen har ikke dette mål.', { measure: 'Modellen har ikke dette mål.' });
    return user;
  }

  r.put(
    '/api/monitoring/targets',
    {
      schema: { tags, summary: "Set a unit's target for a measure (leder, own units and staff)", body: targetSchema, response: { 200: targetsSchema, ...errorResponses } },
    },
    async (request) => {
      const t = request.body;
      const user = await requireOwnUnit(request, t.model, t.measure, t.unit);
      await db()
        .transaction()
        .execute(async (trx) => {
          await saveTarget(trx, t, user.id);
          await recordAudit(trx, request, { action: 'monitoring.target.set', detail: { ...t } });
        });
      return { targets: await loadTargets(db(), { model: t.model, unit: t.unit }) };
    },
  );

  r.delete(
    '/api/monitoring/targets',
    {
      schema: { tags, summary: "Remove a unit's target (the model definition's applies again)", querystring: targetKey, response: { 204: z.null(), ...errorResponses } },
    },
    async (request, reply) => {
      const key = request.query;
      await requireOwnUnit(request, key.model, key.measure, key.unit);
      const removed = await db()
        .transaction()
        .execute(async (trx) => {
          const done = await deleteTarget(trx, key);
          if (done) await recordAudit(trx, request, { action: 'monitoring.target.delete', detail: { ...key } });
          return done;
        });
      if (!removed) throw notFound('Målet');
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/monitoring/clusters',
    { schema: { tags, summary: 'Clusters of comparable municipalities (admin, analytiker)', response: { 200: clustersSchema, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'monitoring.manage');
      return listClusters(db());
    },
  );

  r.put(
    '/api/monitoring/clusters',
    {
      schema: { tags, summary: 'Replace the clusters (admin, analytiker); basis becomes manual', body: clustersInput, response: { 200: clustersSchema, ...errorResponses } },
    },
    async (request) => {
      requirePermission(request, 'monitoring.manage');
      try {
        await saveClusters(db(), request.body);
      } catch (error) {
        if (error instanceof ClusterInputError) throw badRequest(error.message, { [error.field]: error.message });
        throw error;
      }
      await recordAudit(db(), request, { action: 'monitoring.clusters.set', detail: { clusters: request.body.clusters.length } });
      return listClusters(db());
    },
  );

  r.post(
    '/api/monitoring/clusters/seed',
    {
      schema: { tags, summary: 'Seed the clusters again from the register (admin, analytiker)', body: z.object({}).optional(), response: { 200: clustersSchema, ...errorResponses } },
    },
    async (request) => {
      requirePermission(request, 'monitoring.manage');
      if (!(await seedClustersFromRegister(db()))) throw new ApiError(409, 'conflict', 'Registret har ingen personer med ydelsesuger at danne klynger ud fra.');
      await recordAudit(db(), request, { action: 'monitoring.clusters.seed' });
      return listClusters(db());
    },
  );

  r.post(
    '/api/monitoring/recompute',
    {
      schema: {
        tags,
        summary: 'Recompute and store the closed months’ figures (admin, analytiker); corrections become new versions',
        body: recomputeInput.optional(),
        response: { 200: recomputeResult, ...errorResponses },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'monitoring.manage');
      const models = request.body?.models;
      for (const model of models ?? []) if (!registry.get(model)) throw badRequest(`Ukendt model "${model}".`, { models: `Ukendt model "${model}".` });
      const summary = await recomputeFigures(db(), {
        actor: { staffId: user.id, label: user.username },
        models,
        closeAfterDays: app.ctx.monitoringCloseDays,
      });
      await recordAudit(db(), request, { action: 'monitoring.recompute', detail: { ...summary, months: summary.months } });
      return summary;
    },
  );
}

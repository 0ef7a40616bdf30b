/**
 * The fidelity reports (issue 12 §3; schemas in fidelity/schemas.ts, figures
 * in store/fidelity/report.ts, docs/fidelity-reports.md): the element ×
 * round table per breakdown, the heatmap of one round, the trend, fidelity
 * against outcome, and the XLSX/PDF download.
 *
 * Access: fidelity.read (leder, analytiker). The caller sees the rounds of
 * their municipality whose units all lie in their scope (their unit and the
 * units below it); other rounds are unknown to them (404). Small cells are
 * suppressed at app.ctx.fidelityMinCellSize, and a unit filter that would
 * show a suppressed unit's figures is refused (403). No answer carries a
 * staff id or a single response.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { today } from '../../../store/facts.ts';
import {
  buildFidelityReport,
  buildHeatmap,
  buildOutcome,
  buildTrend,
  FidelityReportError,
  type FidelityReportRequest,
  type ReportScope,
} from '../../../store/fidelity/report.ts';
import { callerMunicipality, requirePermission, scopeUnitIds } from '../../access.ts';
import { ApiError, badRequest } from '../../errors.ts';
import { errorResponses } from '../../schemas.ts';
import { fidelityContentType, fidelityFileName, renderFidelityPdf, renderFidelityXlsx } from './export.ts';
import { exportQuery, fidelityReport, heatmap, heatmapQuery, outcomeQuery, outcomeScatter, reportQuery, trend, trendQuery } from './schemas.ts';

const tags = ['fidelity'];

/** A FidelityReportError as the API's error: unknown things 404, hidden figures 403, the rest 400. */
function failure(error: unknown): never {
  if (error instanceof FidelityReportError) {
    switch (error.code) {
      case 'unknown_round':
      case 'unknown_unit':
      case 'no_instrument':
        throw new ApiError(404, 'not_found', error.message);
      case 'unit_suppressed':
      case 'unit_inside_round_unit':
      case 'role_within_unit':
        throw new ApiError(403, 'forbidden', error.message, { [error.field]: error.message });
      default:
        throw badRequest(error.message, { [error.field]: error.message });
    }
  }
  throw error;
}

/** '<id>,<id>' -> ids; each must be a uuid. */
function roundIds(value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const ids = value.split(',').map((s) => s.trim());
  const bad = ids.find((id) => !z.string().uuid().safeParse(id).success);
  if (bad !== undefined) throw badRequest(`"${bad}" er ikke et runde-id.`, { rounds: 'Skal være runde-id’er adskilt af komma.' });
  return ids;
}

export async function fidelityReportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.db;

  /** The caller's reach: fidelity.read, their municipality and the units of their scope. */
  async function scopeOf(request: FastifyRequest): Promise<ReportScope> {
    const user = requirePermission(request, 'fidelity.read');
    return {
      municipalityId: await callerMunicipality(request),
      unitIds: new Set(await scopeUnitIds(request)),
      homeUnitId: user.unitId,
      minCellSize: app.ctx.fidelityMinCellSize,
      today: today(),
    };
  }

  async function report(request: FastifyRequest, query: { model: string; rounds?: string; by: FidelityReportRequest['by']; unit?: string }) {
    const scope = await scopeOf(request);
    try {
      return await buildFidelityReport(db(), scope, { model: query.model, rounds: roundIds(query.rounds), by: query.by, unit: query.unit });
    } catch (error) {
      failure(error);
    }
  }

  /** The element × round table (003 Tables 1-3) for the total, by role or by unit, with behaviour beside it. */
  r.get(
    '/api/fidelity/report',
    {
      schema: {
        tags,
        summary: 'Fidelity per core element and round, with changes and colours (leder, analytiker; small cells suppressed)',
        querystring: reportQuery,
        response: { 200: fidelityReport, ...errorResponses },
      },
    },
    async (request) => report(request, request.query),
  );

  /** Units × sections of one round: survey share (null where suppressed) and behavioural percent. */
  r.get(
    '/api/fidelity/heatmap',
    {
      schema: { tags, summary: 'Heatmap of units × core elements for one round', querystring: heatmapQuery, response: { 200: heatmap, ...errorResponses } },
    },
    async (request) => {
      const scope = await scopeOf(request);
      try {
        return await buildHeatmap(db(), scope, request.query);
      } catch (error) {
        failure(error);
      }
    },
  );

  /** Survey share per section over the rounds and behavioural percent per core element month by month. */
  r.get(
    '/api/fidelity/trend',
    {
      schema: { tags, summary: 'Fidelity over rounds (survey) and months (behaviour)', querystring: trendQuery, response: { 200: trend, ...errorResponses } },
    },
    async (request) => {
      const scope = await scopeOf(request);
      try {
        return await buildTrend(db(), scope, request.query);
      } catch (error) {
        failure(error);
      }
    },
  );

  /** Fidelity against a monitoring measure per unit of a round, with Pearson's r (the form of 000 Figure 7). */
  r.get(
    '/api/fidelity/outcome',
    {
      schema: { tags, summary: 'Fidelity against outcome per unit, with the correlation', querystring: outcomeQuery, response: { 200: outcomeScatter, ...errorResponses } },
    },
    async (request) => {
      const scope = await scopeOf(request);
      try {
        return await buildOutcome(db(), scope, request.query);
      } catch (error) {
        failure(error);
      }
    },
  );

  /** The report as XLSX (a sheet per breakdown and the definitions) or PDF (the chosen breakdown's table). */
  r.get(
    '/api/fidelity/export',
    {
      schema: {
        tags,
        summary: 'Fidelity report download (xlsx: total, roles, units and definitions; pdf: the chosen breakdown)',
        querystring: exportQuery,
        response: { 200: z.any().describe('The file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      let body: Buffer;
      if (format === 'xlsx') {
        const reports = [];
        // With a unit filter the role sheet is left out (see role_within_unit), unless the unit covers every round unit.
        for (const by of ['total', 'role', 'unit'] as const) {
          try {
            reports.push(await report(request, { ...query, by }));
          } catch (error) {
            if (by === 'role' && error instanceof ApiError && error.fields?.by) continue;
            throw error;
          }
        }
        body = await renderFidelityXlsx(reports);
      } else {
        body = await renderFidelityPdf(await report(request, query));
      }
      return reply
        .type(fidelityContentType[format])
        .header('Content-Disposition', `attachment; filename="${fidelityFileName(query.model, today(), format)}"`)
        .send(body);
    },
  );
}

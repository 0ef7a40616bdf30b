/**
 * Saved analyses (issue 13): a finished run of the caller saved under a
 * name, listed for the staff of the creator's municipality, opened, deleted
 * (by its creator or a leder) and downloaded as the reproducible report
 * (JSON, HTML or PDF). Writes and reads are audited; the analyses are
 * aggregates, so no row names a citizen.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteAnalysis, findAnalysis, insertAnalysis, listAnalyses, type StoredAnalysis } from '../../../store/evaluation/analyses.ts';
import { callerMunicipality, requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { conflict, forbidden, notFound } from '../../errors.ts';
import { errorResponses, idParams } from '../../schemas.ts';
import type { EvaluationRuns } from '../../evaluation/jobs.ts';
import { renderReportHtml, renderReportPdf, reportContentType, reportFileName } from './report.ts';
import { saveAnalysis, savedAnalysis, savedAnalysisSummary, type SavedAnalysis } from './schemas.ts';

const tags = ['evaluation'];
const reportQuery = z.object({ format: z.enum(['html', 'pdf', 'json'], { error: 'Formatet skal være html, pdf eller json.' }).default('html') });

/** The saved analysis as the API shows it (without the creator's id). */
function body(analysis: StoredAnalysis): SavedAnalysis {
  const { createdById: _createdById, ...rest } = analysis;
  return rest;
}

export async function evaluationAnalysisRoutes(app: FastifyInstance, runs: EvaluationRuns): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The analysis of the caller's municipality, or 404. */
  async function analysisOf(request: FastifyRequest, id: string): Promise<StoredAnalysis> {
    const found = await findAnalysis(db, id, await callerMunicipality(request));
    if (!found) throw notFound('Analysen');
    return found;
  }

  r.post(
    '/api/evaluation/analyses',
    { schema: { tags, summary: 'Save a finished evaluation run as a named analysis', body: saveAnalysis, response: { 201: savedAnalysis, ...errorResponses } } },
    async (request, reply) => {
      const user = requirePermission(request, 'evaluation.run');
      const run = runs.get(request.body.runId, user.id);
      if (!run) throw notFound('Kørslen');
      if (run.status !== 'done' || !run.cohort || !run.result || !run.reproducibility) {
        throw conflict('Kun en færdig kørsel kan gemmes.', { runId: `Kørslen er ${run.status}.` });
      }
      const municipalityId = await callerMunicipality(request);
      const { cohort, result, reproducibility } = run;
      const id = await db.transaction().execute(async (trx) => {
        const newId = await insertAnalysis(trx, { name: request.body.name, municipalityId, createdBy: user.id, request: run.request, cohort, result, reproducibility });
        await recordAudit(trx, request, {
          action: 'evaluation.analysis.save',
          detail: { analysisId: newId, runId: run.id, modelId: run.request.cohort.modelId, specSha256: reproducibility.specSha256 },
        });
        return newId;
      });
      return reply.status(201).send(body(await analysisOf(request, id)));
    },
  );

  r.get(
    '/api/evaluation/analyses',
    { schema: { tags, summary: "The saved analyses of the caller's municipality, newest first", response: { 200: z.object({ analyses: z.array(savedAnalysisSummary) }), ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'evaluation.run');
      return { analyses: await listAnalyses(db, await callerMunicipality(request)) };
    },
  );

  r.get(
    '/api/evaluation/analyses/:id',
    { schema: { tags, summary: 'A saved analysis: request, cohort summary, result and reproducibility', params: idParams, response: { 200: savedAnalysis, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'evaluation.run');
      const analysis = await analysisOf(request, request.params.id);
      await recordAudit(db, request, { action: 'evaluation.analysis.read', detail: { analysisId: analysis.id } });
      return body(analysis);
    },
  );

  r.delete(
    '/api/evaluation/analyses/:id',
    { schema: { tags, summary: 'Delete a saved analysis (its creator or a leder)', params: idParams, response: { 204: z.null().describe('Deleted'), ...errorResponses } } },
    async (request, reply) => {
      const user = requirePermission(request, 'evaluation.run');
      const analysis = await analysisOf(request, request.params.id);
      if (analysis.createdById !== user.id && !user.roles.includes('leder')) throw forbidden();
      await db.transaction().execute(async (trx) => {
        await deleteAnalysis(trx, analysis.id);
        await recordAudit(trx, request, { action: 'evaluation.analysis.delete', detail: { analysisId: analysis.id, name: analysis.name, specSha256: analysis.reproducibility.specSha256 } });
      });
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/evaluation/analyses/:id/report',
    {
      schema: {
        tags,
        summary: 'The reproducible report of a saved analysis (html: self-contained page; pdf; json: the saved analysis)',
        params: idParams,
        querystring: reportQuery,
        response: { 200: z.any().describe('The file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'evaluation.run');
      const analysis = body(await analysisOf(request, request.params.id));
      const format = request.query.format;
      const treated = analysis.request.cohort.treated;
      const unitName =
        treated.kind === 'case_data' ? ((await db.selectFrom('unit').select('name').where('id', '=', treated.unitId).executeTakeFirst())?.name ?? null) : null;
      let file: string | Buffer;
      if (format === 'json') file = `${JSON.stringify(analysis, null, 2)}\n`;
      else if (format === 'html') file = renderReportHtml(analysis, { unitName });
      else file = await renderReportPdf(analysis, { unitName });
      await recordAudit(db, request, { action: 'evaluation.analysis.report', detail: { analysisId: analysis.id, format } });
      return reply.type(reportContentType[format]).header('Content-Disposition', `attachment; filename="${reportFileName(analysis, format)}"`).send(file);
    },
  );
}

/**
 * Evaluation runs (issue 13): POST validates the request, resolves the
 * treated (a CSV's problems are a 400 with the line) and audits the read of
 * case data, then queues the run (server/evaluation/jobs.ts); the register
 * is loaded when a slot is free and the analysis computes in a worker
 * thread. GET polls the caller's own run; DELETE cancels it.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { defaultTargetGroupRule } from '../../../domain/evaluation/analysis.ts';
import type { TreatedSource } from '../../../domain/evaluation/analysis-spec.ts';
import type { TargetGroupRule } from '../../../domain/evaluation/cohort.ts';
import { survivalOutcomes } from '../../../domain/evaluation/analysis-spec.ts';
import { redactCprLike } from '../../../domain/identity/cpr.ts';
import { registry } from '../../../domain/models/registry.ts';
import { loadCohortData, resolveTreated } from '../../../store/evaluation/cohort-data.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest, notFound } from '../../errors.ts';
import { errorResponses } from '../../schemas.ts';
import type { EvaluationRuns } from '../../evaluation/jobs.ts';
import { analysisErrorOf } from '../../evaluation/protocol.ts';
import { specSha256, storableRequest, treatedSha256 } from '../../evaluation/reproducibility.ts';
import { requireEvaluationUnit } from './access.ts';
import { run, runRequest, type RunRequest } from './schemas.ts';

const tags = ['evaluation'];
const runParams = z.object({ id: z.string().min(1).max(100) });

/** A treated CSV may be 20 MB of text; JSON escaping adds a little. */
const runBodyLimit = 24 * 1024 * 1024;

/** Method and outcome must fit: a survival outcome for cox, a window outcome for the others. */
function checkOutcome(request: RunRequest): void {
  const survival = (survivalOutcomes as readonly string[]).includes(request.analysis.outcome);
  if (request.analysis.method === 'cox' && !survival) {
    throw badRequest('Cox-modellen kræver et forløbsmål (tid til timer eller tid til praktik).', { 'analysis.outcome': 'Vælg tid til timer eller tid til praktik for cox.' });
  }
  if (request.analysis.method !== 'cox' && survival) {
    throw badRequest('Et forløbsmål kan kun bruges med cox.', { 'analysis.outcome': 'Vælg et effektmål med vindue, eller metoden cox.' });
  }
}

/** The request field an AnalysisError of the treated's resolution concerns ('treated.csv' -> 'cohort.treated.csv', 'from' -> 'cohort.treated.from'). */
function requestField(field: string | null, source: TreatedSource): string {
  if (field === null) return source.kind === 'file' ? 'cohort.treated.csv' : 'cohort.treated';
  if (field === 'modelId' || field.startsWith('treated')) return `cohort.${field}`;
  return `cohort.treated.${field}`;
}

export async function evaluationRunRoutes(app: FastifyInstance, runs: EvaluationRuns): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  r.post(
    '/api/evaluation/runs',
    {
      bodyLimit: runBodyLimit,
      schema: {
        tags,
        summary: 'Start an evaluation run (computed in a worker thread; poll GET /api/evaluation/runs/{id})',
        body: runRequest,
        response: { 202: run, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'evaluation.run');
      const body = request.body;
      const model = registry.get(body.cohort.modelId);
      if (!model) throw badRequest('Ukendt model.', { 'cohort.modelId': `Ukendt model "${body.cohort.modelId}".` });
      checkOutcome(body);
      const source = body.cohort.treated;
      if (source.kind === 'case_data') {
        await requireEvaluationUnit(request, user, source.unitId);
        if (source.from > source.to) throw badRequest('Perioden slutter før den begynder.', { 'cohort.treated.to': 'Slutdatoen ligger før startdatoen.' });
      }
      let resolved: Awaited<ReturnType<typeof resolveTreated>>;
      try {
        resolved = await resolveTreated(db, model.id, source);
      } catch (error) {
        const known = analysisErrorOf(error);
        if (!known) throw error;
        throw badRequest(source.kind === 'file' ? 'Filen med deltagere kan ikke bruges.' : 'Deltagerne kan ikke findes.', { [requestField(known.field, source)]: known.message });
      }
      const { treated, fileSha256, notInRegister } = resolved;
      const stored = storableRequest(body);
      const hashes = { specSha256: specSha256(body), treatedSha256: treatedSha256(treated), fileSha256 };
      let rule: TargetGroupRule;
      try {
        rule = body.cohort.rule ?? defaultTargetGroupRule(model);
      } catch (error) {
        const known = analysisErrorOf(error);
        if (!known) throw error;
        throw badRequest('Modellen har ingen standardmålgruppe; angiv målgruppen.', { 'cohort.rule': known.message });
      }
      const id = randomUUID();
      // The read of case data (or of a file's persons) for an aggregate result: one row, no person list.
      await recordAudit(db, request, {
        action: 'evaluation.run',
        detail: {
          runId: id,
          modelId: model.id,
          treatedFrom: source.kind,
          ...(source.kind === 'case_data' ? { unitId: source.unitId, from: source.from, to: source.to, by: source.by } : { fileName: redactCprLike(source.fileName), fileSha256 }),
          treated: treated.length,
          treatedNotInRegister: notInRegister,
          method: body.analysis.method,
          outcome: body.analysis.outcome,
          specSha256: hashes.specSha256,
          treatedSha256: hashes.treatedSha256,
        },
      });
      const started = runs.start({
        id,
        ownerId: user.id,
        request: stored,
        hashes,
        load: async () => {
          const data = await loadCohortData(db, model.id);
          return {
            input: { persons: data.persons, clusters: data.clusters, treated, rule, seed: body.cohort.seed, spec: body.analysis },
            registerImports: data.registerImports,
            dataPeriod: data.dataPeriod,
          };
        },
      });
      return reply.status(202).send(started);
    },
  );

  r.get(
    '/api/evaluation/runs/:id',
    { schema: { tags, summary: 'An evaluation run of the caller: status, progress and, when done, the result', params: runParams, response: { 200: run, ...errorResponses } } },
    async (request) => {
      const user = requirePermission(request, 'evaluation.run');
      const found = runs.get(request.params.id, user.id);
      if (!found) throw notFound('Kørslen');
      return found;
    },
  );

  r.delete(
    '/api/evaluation/runs/:id',
    { schema: { tags, summary: 'Cancel an evaluation run (its worker is stopped)', params: runParams, response: { 200: run, ...errorResponses } } },
    async (request) => {
      const user = requirePermission(request, 'evaluation.run');
      const cancelled = await runs.cancel(request.params.id, user.id);
      if (!cancelled) throw notFound('Kørslen');
      return cancelled;
    },
  );
}

/**
 * The evaluation API (issue 13, schemas in routes/evaluation/schemas.ts),
 * for leder and analytiker (permission evaluation.run): the form's options
 * (evaluation/options.ts), runs computed in worker threads
 * (evaluation/runs.ts, server/evaluation/jobs.ts) and saved analyses with
 * their reproducible report (evaluation/analyses.ts), and the continuous
 * evaluation series of the status report (evaluation/continuous.ts).
 */
import type { FastifyInstance } from 'fastify';
import { redactCprLike } from '../../domain/identity/cpr.ts';
import { EvaluationRuns } from '../evaluation/jobs.ts';
import { evaluationAnalysisRoutes } from './evaluation/analyses.ts';
import { continuousRoutes } from './evaluation/continuous.ts';
import { evaluationOptionRoutes } from './evaluation/options.ts';
import { evaluationRunRoutes } from './evaluation/runs.ts';

export async function evaluationRoutes(app: FastifyInstance): Promise<void> {
  const runs = new EvaluationRuns({
    // The analysis sees pseudonyms only; anything CPR-like is redacted all the same.
    onError: (runId, detail) => app.log.error({ runId, code: detail.code, message: redactCprLike(detail.message).slice(0, 300) }, 'evaluation run failed'),
  });
  // Workers still computing when the server stops are terminated.
  app.addHook('onClose', async () => {
    await runs.close();
  });
  await evaluationOptionRoutes(app);
  await evaluationRunRoutes(app, runs);
  await evaluationAnalysisRoutes(app, runs);
  await continuousRoutes(app);
}

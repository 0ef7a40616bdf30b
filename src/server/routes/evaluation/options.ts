/**
 * GET /api/evaluation/options: what the evaluation form offers: the models
 * with their default target-group rule and main outcome, the units the
 * caller may evaluate, the methods, outcomes, windows and covariates, and
 * the period the register covers (from the imports in force, a cheap query).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { covariateNames, defaultCovariates, defaultTargetGroupRule, mainOutcome } from '../../../domain/evaluation/analysis.ts';
import { evaluationMethods, outcomeWindows, survivalOutcomes, windowOutcomes } from '../../../domain/evaluation/analysis-spec.ts';
import { registry } from '../../../domain/models/registry.ts';
import { requirePermission } from '../../access.ts';
import { errorResponses } from '../../schemas.ts';
import { evaluationUnits } from './access.ts';
import { evaluationOptions, type EvaluationOptions } from './schemas.ts';

const tags = ['evaluation'];

/** The weeks and months the register's imports in force cover. */
export async function registerPeriod(db: Kysely<Database>): Promise<EvaluationOptions['dataPeriod']> {
  const rows = await db
    .selectFrom('register_import')
    .select(['kind', (e) => e.fn.min('period_from').as('from'), (e) => e.fn.max('period_to').as('to')])
    .where('rolled_back_at', 'is', null)
    .where('kind', 'in', ['benefit_weeks', 'hours_monthly'])
    .groupBy('kind')
    .execute();
  const of = (kind: string) => rows.find((r) => r.kind === kind);
  const day = (value: unknown) => (value === null || value === undefined ? null : String(value).slice(0, 10));
  const month = (value: unknown) => day(value)?.slice(0, 7) ?? null;
  const benefit = of('benefit_weeks');
  const hours = of('hours_monthly');
  return { benefitFrom: day(benefit?.from), benefitTo: day(benefit?.to), hoursFrom: month(hours?.from), hoursTo: month(hours?.to) };
}

export async function evaluationOptionRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/evaluation/options',
    { schema: { tags, summary: 'Models, units, methods, outcomes and covariates for an evaluation, and the register period', response: { 200: evaluationOptions, ...errorResponses } } },
    async (request) => {
      const user = requirePermission(request, 'evaluation.run');
      // A model without a benefit-type rule has no default target group (the runner throws): it is left out of the form.
      const models = registry.latest().flatMap((model) => {
        let rule: ReturnType<typeof defaultTargetGroupRule>;
        try {
          rule = defaultTargetGroupRule(model);
        } catch {
          return [];
        }
        const main = mainOutcome(model);
        return [{ id: model.id, version: model.version, name: { da: model.name.da, en: model.name.en }, defaultRule: { ...rule, states: [...rule.states] }, mainOutcome: main.outcome, mainWindow: main.window }];
      });
      return {
        models,
        units: await evaluationUnits(request, user),
        methods: [...evaluationMethods],
        outcomes: { window: [...windowOutcomes], survival: [...survivalOutcomes] },
        windows: Object.keys(outcomeWindows) as (keyof typeof outcomeWindows)[],
        covariates: [...covariateNames],
        defaultCovariates: [...defaultCovariates],
        dataPeriod: await registerPeriod(app.ctx.db),
      };
    },
  );
}

/**
 * Unit price sets, scenarios and 002's archetypes over HTTP (issue 14 §2;
 * contract in ./schemas.ts): the price set versions, list/read/create/delete
 * of the scenarios in the caller's units (read with the domain's
 * evaluateScenario, or scenarioFromEffect when a change comes from an effect
 * estimate: a saved evaluation analysis or figures entered), a compute
 * without saving, the archetypes A-D against the published figures, and the
 * XLSX download.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ScenarioInput } from '../../../domain/economics/index.ts';
import { createPriceSet, getPriceSet, listPriceSets, type PriceSetSpec } from '../../../store/economics/price-sets.ts';
import {
  createScenario,
  deleteScenario,
  evaluateScenarioSpec,
  getScenario,
  listScenarios,
  type ScenarioCaller,
  type ScenarioSpec,
  type StoredScenario,
} from '../../../store/economics/scenarios.ts';
import { callerMunicipality, requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { conflict, notFound } from '../../errors.ts';
import { errorResponses } from '../../schemas.ts';
import { economicsScope, listedUnits, requireReadableUnit, requireWritableUnit, type EconomicsScope } from './access.ts';
import { archetypeTable } from './catalogue.ts';
import { apiError } from './errors.ts';
import { renderScenarioXlsx, scenarioFileName, xlsxContentType } from './export.ts';
import {
  archetypesResponse,
  idParams,
  newScenarioBody,
  newPriceSetBody,
  priceSetEntry,
  priceSetParams,
  priceSetsResponse,
  scenarioComputeBody,
  scenarioComputeResponse,
  scenarioDetail,
  scenariosQuery,
  scenariosResponse,
  scenarioSummary,
  type ScenarioEvidence,
} from './schemas.ts';

const tags = ['economics'];
const what = 'Scenariet';

type Envelope = { unitPrices: { id: string; version: string }; costModelId: string | null; evidence: ScenarioEvidence | null; input: Record<string, unknown> };

const specOf = (body: Envelope): Omit<ScenarioSpec, 'unitId' | 'name'> => ({
  unitPrices: body.unitPrices,
  costModelId: body.costModelId,
  evidence: body.evidence,
  // With a cost model the investment is filled in from it; the domain checks the rest.
  input: (body.costModelId !== null && body.input.investmentPerCitizen === undefined ? { ...body.input, investmentPerCitizen: { municipality: 0, state: 0 } } : body.input) as unknown as ScenarioInput,
});

function summary(s: StoredScenario) {
  const { input: _input, ...rest } = s;
  return rest;
}

export async function economicsScenarioRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.db;

  const readable = async (scope: EconomicsScope, id: string) => {
    const scenario = await getScenario(db(), id);
    if (!scenario) throw notFound(what);
    requireReadableUnit(scope, scenario.unitId, what);
    return scenario;
  };
  // Built before any transaction: it queries through the app's handle (one connection on PGlite).
  const caller = async (request: FastifyRequest, scope: EconomicsScope): Promise<ScenarioCaller> => ({
    // A stored cost model's unit exists, so the scope alone decides.
    mayUseCostModel: (unitId: string) => scope.all || scope.unitIds.has(unitId),
    municipalityId: await callerMunicipality(request),
  });

  r.get(
    '/api/economics/unit-prices',
    { schema: { tags, summary: 'Unit price set versions (built-in first)', response: { 200: priceSetsResponse, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'economics.read');
      return { priceSets: await listPriceSets(db()) };
    },
  );

  r.get(
    '/api/economics/unit-prices/:id/:version',
    { schema: { tags, summary: 'One unit price set version', params: priceSetParams, response: { 200: priceSetEntry, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'economics.read');
      const set = await getPriceSet(db(), request.params.id, request.params.version);
      if (!set) throw notFound('Enhedspriserne');
      return set;
    },
  );

  r.post(
    '/api/economics/unit-prices',
    {
      schema: {
        tags,
        summary: 'Enter a unit price set version (400 with the problems; 409 when the id and version exist)',
        body: newPriceSetBody,
        response: { 201: priceSetEntry, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'economics.manage');
      const spec = request.body as unknown as PriceSetSpec;
      const status = await db()
        .transaction()
        .execute(async (trx) => {
          const created = await createPriceSet(trx, { ...spec, source: spec.source ?? null }, user.id);
          if (created === 'created') await recordAudit(trx, request, { action: 'economics.unit_prices.create', detail: { id: spec.id, version: spec.version, priceYear: spec.priceYear, status: spec.status } });
          return created;
        })
        .catch(apiError);
      if (status === 'exists') throw conflict('Den version af enhedspriserne findes allerede; giv den nye et nyt versionsnummer.', { version: 'duplicate_id' });
      return reply.status(201).send((await getPriceSet(db(), spec.id, spec.version))!);
    },
  );

  r.get(
    '/api/economics/archetypes',
    { schema: { tags, summary: "002's archetypes A-D with the calibrated unit prices, computed and as published", response: { 200: archetypesResponse, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'economics.read');
      return archetypeTable();
    },
  );

  r.get(
    '/api/economics/scenarios',
    { schema: { tags, summary: "Scenarios in the caller's units", querystring: scenariosQuery, response: { 200: scenariosResponse, ...errorResponses } } },
    async (request) => {
      const user = requirePermission(request, 'economics.read');
      const scope = await economicsScope(request, user);
      return { scenarios: (await listScenarios(db(), listedUnits(scope, request.query.unitId))).map(summary) };
    },
  );

  r.get(
    '/api/economics/scenarios/:id',
    { schema: { tags, summary: 'A scenario with its evaluated result (and interval when it rests on an effect estimate)', params: idParams, response: { 200: scenarioDetail, ...errorResponses } } },
    async (request) => {
      const user = requirePermission(request, 'economics.read');
      const scope = await economicsScope(request, user);
      const scenario = await readable(scope, request.params.id);
      const evaluation = await evaluateScenarioSpec(db(), scenario, await caller(request, scope));
      return { ...summary(scenario), input: scenario.input, evaluatedInput: evaluation.input as unknown as Record<string, unknown>, analysis: evaluation.analysis, result: evaluation.result };
    },
  );

  r.post(
    '/api/economics/scenarios',
    { schema: { tags, summary: 'Save a scenario (400 with the problems: fields map path → code)', body: newScenarioBody, response: { 201: scenarioSummary, ...errorResponses } } },
    async (request, reply) => {
      const user = requirePermission(request, 'economics.manage');
      const scope = await economicsScope(request, user);
      await requireWritableUnit(request, scope, request.body.unitId);
      const spec: ScenarioSpec = { unitId: request.body.unitId, name: request.body.name, ...specOf(request.body) };
      const who = await caller(request, scope);
      const id = await db()
        .transaction()
        .execute(async (trx) => {
          const created = await createScenario(trx, spec, user.id, who);
          await recordAudit(trx, request, {
            action: 'economics.scenario.create',
            detail: { scenario: created, unit: spec.unitId, name: spec.name, unitPrices: `${spec.unitPrices.id}@${spec.unitPrices.version}`, costModel: spec.costModelId, evidence: spec.evidence?.source ?? null },
          });
          return created;
        })
        .catch(apiError);
      return reply.status(201).send(summary((await getScenario(db(), id))!));
    },
  );

  r.delete(
    '/api/economics/scenarios/:id',
    { schema: { tags, summary: 'Delete a scenario', params: idParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const user = requirePermission(request, 'economics.manage');
      const scenario = await readable(await economicsScope(request, user), request.params.id);
      await db()
        .transaction()
        .execute(async (trx) => {
          if (!(await deleteScenario(trx, scenario.id))) throw notFound(what);
          await recordAudit(trx, request, { action: 'economics.scenario.delete', detail: { scenario: scenario.id, unit: scenario.unitId, name: scenario.name } });
        });
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/economics/scenarios/compute',
    { schema: { tags, summary: 'Evaluate a scenario without saving it (ok: false with the problems)', body: scenarioComputeBody, response: { 200: scenarioComputeResponse, ...errorResponses } } },
    async (request) => {
      const user = requirePermission(request, 'economics.read');
      const scope = await economicsScope(request, user);
      const evaluation = await evaluateScenarioSpec(db(), specOf(request.body), await caller(request, scope));
      return { evaluatedInput: evaluation.input as unknown as Record<string, unknown>, analysis: evaluation.analysis, result: evaluation.result };
    },
  );

  r.get(
    '/api/economics/scenarios/:id/export.xlsx',
    { schema: { tags, summary: 'A scenario as an XLSX workbook (inputs, results, consequences, year by year, interval)', params: idParams, response: { 200: z.any().describe('The file'), ...errorResponses } } },
    async (request, reply) => {
      const user = requirePermission(request, 'economics.read');
      const scope = await economicsScope(request, user);
      const scenario = await readable(scope, request.params.id);
      const evaluation = await evaluateScenarioSpec(db(), scenario, await caller(request, scope));
      const body = await renderScenarioXlsx(scenario, evaluation);
      return reply.type(xlsxContentType).header('Content-Disposition', `attachment; filename="${scenarioFileName(scenario)}"`).send(body);
    },
  );
}

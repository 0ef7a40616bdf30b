/**
 * Cost models over HTTP (issue 14 §1; contract in ./schemas.ts): the item
 * catalogue of a model, list/read/create/replace/delete of the cost models
 * in the caller's units, a compute without saving (the form's live preview)
 * and the XLSX download. Reading needs economics.read, writing
 * economics.manage (leder, analytiker); writes are audited with who changed
 * which cost model (no citizen data is involved: the case data gives only a
 * count of citizens a year).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registry } from '../../../domain/models/registry.ts';
import {
  createCostModel,
  deleteCostModel,
  evaluateCostModel,
  getCostModel,
  listCostModels,
  scenariosUsingCostModel,
  updateCostModel,
  type CostModelBody,
  type CostModelSpec,
  type StoredCostModel,
} from '../../../store/economics/cost-models.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { errorResponses } from '../../schemas.ts';
import { economicsScope, listedUnits, requireReadableUnit, requireWritableUnit, type EconomicsScope } from './access.ts';
import { costCatalogue } from './catalogue.ts';
import { apiError } from './errors.ts';
import { costModelFileName, renderCostModelXlsx, xlsxContentType } from './export.ts';
import {
  catalogue,
  catalogueQuery,
  costComputeBody,
  costComputeResponse,
  costModelDetail,
  costModelsQuery,
  costModelsResponse,
  costModelSummary,
  idParams,
  newCostModelBody,
  sensitivityQuery,
} from './schemas.ts';

const tags = ['economics'];
const what = 'Omkostningsberegningen';

type Envelope = { unitId: string; modelId: string; name?: string | undefined; periodFrom: string; periodTo: string; citizensPerYear: number | null; input: Record<string, unknown> };

/** Checks the fields beside the input (model known, period in order) and builds the store's spec. */
function specOf(body: Envelope): CostModelSpec {
  if (!registry.get(body.modelId)) throw badRequest('Modellen findes ikke.', { modelId: 'unknown_value' });
  if (body.periodTo < body.periodFrom) throw badRequest('Perioden slutter før den begynder.', { periodTo: 'out_of_range' });
  return {
    unitId: body.unitId,
    modelId: body.modelId,
    name: body.name ?? '',
    periodFrom: body.periodFrom,
    periodTo: body.periodTo,
    citizensPerYear: body.citizensPerYear,
    input: body.input as unknown as CostModelBody,
  };
}

function summary(m: StoredCostModel) {
  const { input: _input, ...rest } = m;
  return rest;
}

const parseSensitivity = (text: string | undefined) => (text === undefined ? undefined : text.split(',').map((s) => Number(s.trim())));

export async function economicsCostRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.db;

  const readable = async (request: FastifyRequest, scope: EconomicsScope, id: string) => {
    const model = await getCostModel(db(), id);
    if (!model) throw notFound(what);
    requireReadableUnit(scope, model.unitId, what);
    return model;
  };

  r.get(
    '/api/economics/catalogue',
    { schema: { tags, summary: "A model's cost item templates, roles, categories and defaults (002 Tabel 7-3)", querystring: catalogueQuery, response: { 200: catalogue, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'economics.read');
      if (!registry.get(request.query.modelId)) throw badRequest('Modellen findes ikke.', { modelId: 'unknown_value' });
      return costCatalogue(request.query.modelId);
    },
  );

  r.get(
    '/api/economics/cost-models',
    { schema: { tags, summary: "Cost models in the caller's units", querystring: costModelsQuery, response: { 200: costModelsResponse, ...errorResponses } } },
    async (request) => {
      const user = requirePermission(request, 'economics.read');
      const scope = await economicsScope(request, user);
      const models = await listCostModels(db(), listedUnits(scope, request.query.unitId), request.query.modelId);
      return { costModels: models.map(summary) };
    },
  );

  r.get(
    '/api/economics/cost-models/:id',
    { schema: { tags, summary: 'A cost model with its computed cost and sensitivity', params: idParams, querystring: sensitivityQuery, response: { 200: costModelDetail, ...errorResponses } } },
    async (request) => {
      const user = requirePermission(request, 'economics.read');
      const model = await readable(request, await economicsScope(request, user), request.params.id);
      const evaluation = await evaluateCostModel(db(), model, parseSensitivity(request.query.sensitivity));
      return { ...summary(model), input: model.input, citizens: evaluation.citizens, computedInput: evaluation.input, result: evaluation.result };
    },
  );

  r.post(
    '/api/economics/cost-models',
    { schema: { tags, summary: 'Save a cost model (400 with the problems: fields map path → code)', body: newCostModelBody, response: { 201: costModelSummary, ...errorResponses } } },
    async (request, reply) => {
      const user = requirePermission(request, 'economics.manage');
      const scope = await economicsScope(request, user);
      await requireWritableUnit(request, scope, request.body.unitId);
      const spec = specOf(request.body);
      const id = await db()
        .transaction()
        .execute(async (trx) => {
          const created = await createCostModel(trx, spec, user.id);
          await recordAudit(trx, request, { action: 'economics.cost_model.create', detail: { costModel: created, unit: spec.unitId, model: spec.modelId, name: spec.name } });
          return created;
        })
        .catch(apiError);
      return reply.status(201).send(summary((await getCostModel(db(), id))!));
    },
  );

  r.put(
    '/api/economics/cost-models/:id',
    { schema: { tags, summary: "Replace a cost model's whole input", params: idParams, body: newCostModelBody, response: { 200: costModelSummary, ...errorResponses } } },
    async (request) => {
      const user = requirePermission(request, 'economics.manage');
      const scope = await economicsScope(request, user);
      await readable(request, scope, request.params.id);
      await requireWritableUnit(request, scope, request.body.unitId);
      const spec = specOf(request.body);
      await db()
        .transaction()
        .execute(async (trx) => {
          if (!(await updateCostModel(trx, request.params.id, spec, user.id))) throw notFound(what);
          await recordAudit(trx, request, { action: 'economics.cost_model.update', detail: { costModel: request.params.id, unit: spec.unitId, model: spec.modelId, name: spec.name } });
        })
        .catch(apiError);
      return summary((await getCostModel(db(), request.params.id))!);
    },
  );

  r.delete(
    '/api/economics/cost-models/:id',
    { schema: { tags, summary: 'Delete a cost model (409 while a saved scenario takes its investment from it)', params: idParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const user = requirePermission(request, 'economics.manage');
      const model = await readable(request, await economicsScope(request, user), request.params.id);
      await db()
        .transaction()
        .execute(async (trx) => {
          const users = await scenariosUsingCostModel(trx, model.id);
          if (users.length > 0) throw conflict(`Omkostningsberegningen bruges af scenarierne ${users.join(', ')}; slet dem først.`, { id: 'in_use' });
          if (!(await deleteCostModel(trx, model.id))) throw notFound(what);
          await recordAudit(trx, request, { action: 'economics.cost_model.delete', detail: { costModel: model.id, unit: model.unitId, name: model.name } });
        });
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/economics/cost/compute',
    { schema: { tags, summary: 'Compute a cost model without saving it (ok: false with the problems)', body: costComputeBody, response: { 200: costComputeResponse, ...errorResponses } } },
    async (request) => {
      const user = requirePermission(request, 'economics.read');
      const scope = await economicsScope(request, user);
      requireReadableUnit(scope, request.body.unitId, 'Enheden');
      const spec = specOf(request.body);
      const evaluation = await evaluateCostModel(db(), spec, request.body.sensitivity);
      return { citizens: evaluation.citizens, computedInput: evaluation.input as unknown as Record<string, unknown>, result: evaluation.result };
    },
  );

  r.get(
    '/api/economics/cost-models/:id/export.xlsx',
    { schema: { tags, summary: 'A cost model as an XLSX workbook (inputs, results, breakdowns, sensitivity)', params: idParams, querystring: sensitivityQuery, response: { 200: z.any().describe('The file'), ...errorResponses } } },
    async (request, reply) => {
      const user = requirePermission(request, 'economics.read');
      const model = await readable(request, await economicsScope(request, user), request.params.id);
      const evaluation = await evaluateCostModel(db(), model, parseSensitivity(request.query.sensitivity));
      const body = await renderCostModelXlsx(model, evaluation);
      return reply.type(xlsxContentType).header('Content-Disposition', `attachment; filename="${costModelFileName(model)}"`).send(body);
    },
  );
}

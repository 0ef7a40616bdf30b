/**
 * The intervention models (read-only definitions from the registry) and the
 * municipality's overrides of their rule parameters.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { courseRoles } from '../../domain/rules/facts.ts';
import { registry } from '../../domain/models/registry.ts';
import { ModelDefinitionSchema, type ModelDefinition } from '../../domain/models/schema.ts';
import { effectiveParameters, findRule, validateOverride } from '../../domain/rules/parameters.ts';
import { formatSource, SourceRefSchema } from '../../domain/rules/source.ts';
import { parameterBasisLabels, ruleTypeInfo, type ParameterSpec } from '../../domain/rules/vocabulary.ts';
import { can } from '../../domain/organisation/roles.ts';
import { inForce, overrideHistory, recordOverride, toRuleOverride } from '../../store/rule-overrides.ts';
import { callerMunicipality, currentUser, requirePermission } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { badRequest, notFound } from '../errors.ts';
import { errorResponses, personRef } from '../schemas.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

const name = z.object({ da: z.string(), en: z.string() });

const modelSummary = z.object({
  id: z.string(),
  version: z.string(),
  versions: z.array(z.string()),
  shortName: z.string(),
  name,
  description: z.string(),
  source: SourceRefSchema,
  coreElementCount: z.number().int(),
  ruleCount: z.number().int(),
  staffRoles: z.array(z.enum(courseRoles)).describe('Course roles of the model, lead role first (the default at enrolment)'),
});

const overrideEntry = z.object({ value: z.number().int(), reason: z.string().nullable(), setBy: personRef, setAt: z.string() });

const ruleEntry = z.object({
  ruleId: z.string(),
  coreElementId: z.string(),
  coreElementTitle: name,
  type: z.string(),
  typeLabel: z.string(),
  title: name,
  description: z.string(),
  source: SourceRefSchema,
  sourceText: z.string(),
  appliesTo: z.object({ groups: z.array(z.string()).optional(), phases: z.array(z.string()).optional() }).optional(),
  parameters: z.array(
    z.object({
      name: z.string(),
      unit: z.string(),
      value: z.number().int(),
      default: z.number().int(),
      min: z.number().int(),
      max: z.number().int(),
      basis: z.string(),
      basisLabel: z.string(),
      source: SourceRefSchema,
      sourceText: z.string(),
      override: overrideEntry.nullable(),
    }),
  ),
});

const historyEntry = z.object({
  id: z.number().int(),
  ruleId: z.string(),
  parameter: z.string(),
  value: z.number().int().nullable(),
  reason: z.string().nullable(),
  setBy: personRef,
  setAt: z.string(),
});

const modelParams = z.object({ id: z.string().max(64) });

function requireModel(id: string, version?: string): ModelDefinition {
  const definition = registry.get(id, version);
  if (!definition) {
    throw registry.get(id) ? badRequest('Ukendt version.', { version: `Modellen har versionerne ${registry.versions(id).join(', ')}.` }) : notFound('Modellen');
  }
  return definition;
}

/** The rules of a definition with the parameter values in force for a municipality. */
async function rulesInForce(db: Kysely<Database>, definition: ModelDefinition, municipalityId: string) {
  const history = await overrideHistory(db, [municipalityId], definition.id);
  const current = inForce(history);
  const effective = effectiveParameters(definition, current.map(toRuleOverride));
  const rowFor = (ruleId: string, parameter: string) => current.find((r) => r.ruleId === ruleId && r.parameter === parameter);
  return definition.coreElements.flatMap((element) =>
    element.rules.map((rule) => ({
      ruleId: rule.id,
      coreElementId: element.id,
      coreElementTitle: element.title,
      type: rule.type,
      typeLabel: ruleTypeInfo[rule.type].label,
      title: rule.title,
      description: rule.description,
      source: rule.source,
      sourceText: formatSource(rule.source),
      ...(rule.appliesTo ? { appliesTo: rule.appliesTo } : {}),
      parameters: (Object.entries(rule.params) as [string, ParameterSpec][]).map(([param, spec]) => {
        const inEffect = effective.values.get(rule.id)?.[param];
        const row = inEffect?.override ? rowFor(rule.id, param) : undefined;
        return {
          name: param,
          unit: spec.unit,
          value: inEffect?.value ?? spec.value,
          default: spec.value,
          min: spec.min,
          max: spec.max,
          basis: spec.basis,
          basisLabel: parameterBasisLabels[spec.basis],
          source: spec.source,
          sourceText: formatSource(spec.source),
          override: row ? { value: row.value!, reason: row.reason, setBy: row.setBy, setAt: row.setAt } : null,
        };
      }),
    })),
  );
}

export async function modelRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The latest version of every model. */
  r.get(
    '/api/models',
    { schema: { tags: ['models'], summary: 'List the intervention models', response: { 200: z.object({ models: z.array(modelSummary) }), ...errorResponses } } },
    async () => ({
      models: registry.latest().map((m) => ({
        id: m.id,
        version: m.version,
        versions: registry.versions(m.id),
        shortName: m.shortName,
        name: m.name,
        description: m.description,
        source: m.source,
        coreElementCount: m.coreElements.length,
        ruleCount: m.coreElements.reduce((n, e) => n + e.rules.length, 0),
        staffRoles: m.staffRoles,
      })),
    }),
  );

  /** One model definition (latest, or `?version=`), with the list of versions. */
  r.get(
    '/api/models/:id',
    {
      schema: {
        tags: ['models'],
        summary: 'Read a model definition',
        params: modelParams,
        querystring: z.object({ version: z.string().max(20).optional() }),
        response: { 200: z.object({ definition: ModelDefinitionSchema, versions: z.array(z.string()) }), ...errorResponses },
      },
    },
    async (request) => {
      const definition = requireModel(request.params.id, request.query.version);
      return { definition, versions: registry.versions(definition.id) };
    },
  );

  /** The model's checkable rules with the parameter values in force in the caller's municipality. */
  r.get(
    '/api/models/:id/rules',
    {
      schema: {
        tags: ['models'],
        summary: 'Rules with effective parameters for the caller’s municipality',
        params: modelParams,
        querystring: z.object({ version: z.string().max(20).optional() }),
        response: {
          200: z.object({
            modelId: z.string(),
            version: z.string(),
            municipality: personRef,
            canOverride: z.boolean(),
            rules: z.array(ruleEntry),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const definition = requireModel(request.params.id, request.query.version);
      const municipalityId = await callerMunicipality(request);
      const municipality = await db.selectFrom('unit').select(['id', 'name']).where('id', '=', municipalityId).executeTakeFirstOrThrow();
      return {
        modelId: definition.id,
        version: definition.version,
        municipality,
        canOverride: can(user.roles, 'rules.override'),
        rules: await rulesInForce(db, definition, municipalityId),
      };
    },
  );

  /** Sets (or with `value: null` resets) a rule parameter for the caller's municipality. */
  r.put(
    '/api/models/:id/rules/:ruleId/parameters/:parameter',
    {
      schema: {
        tags: ['models'],
        summary: 'Override a rule parameter for the municipality (leder, admin)',
        params: z.object({ id: z.string().max(64), ruleId: z.string().max(100), parameter: z.string().max(64) }),
        body: z.object({
          value: z.number({ error: 'Angiv et helt tal, eller null for standardværdien.' }).int({ error: 'Skal være et helt tal.' }).nullable(),
          reason: z.string({ error: 'Skriv en begrundelse.' }).trim().min(3, { error: 'Skriv en begrundelse (mindst 3 tegn).' }).max(500),
        }),
        response: { 200: ruleEntry, ...errorResponses },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'rules.override');
      const definition = requireModel(request.params.id);
      const { ruleId, parameter } = request.params;
      const found = findRule(definition, ruleId);
      if (!found) throw notFound('Reglen');
      if (!(parameter in found.rule.params)) throw notFound('Parameteren');
      const municipalityId = await callerMunicipality(request);
      const { value, reason } = request.body;
      if (value !== null) {
        const check = validateOverride(definition, {
          modelId: definition.id,
          unitId: municipalityId,
          ruleId,
          parameter,
          value,
          by: user.id,
          at: new Date().toISOString(),
        });
        if (!check.ok) throw badRequest('Værdien kan ikke bruges.', { [check.field]: check.reason });
      }
      await db.transaction().execute(async (trx) => {
        await recordOverride(trx, { unitId: municipalityId, modelId: definition.id, modelVersion: null, ruleId, parameter, value, reason, setBy: user.id });
        await recordAudit(trx, request, { action: 'rules.override', detail: { modelId: definition.id, ruleId, parameter, value } });
      });
      const rules = await rulesInForce(db, definition, municipalityId);
      return rules.find((rule) => rule.ruleId === ruleId)!;
    },
  );

  /** Every change to the model's parameters in the caller's municipality, newest first. */
  r.get(
    '/api/models/:id/overrides',
    {
      schema: {
        tags: ['models'],
        summary: 'History of parameter overrides in the caller’s municipality',
        params: modelParams,
        response: { 200: z.object({ history: z.array(historyEntry) }), ...errorResponses },
      },
    },
    async (request) => {
      const definition = requireModel(request.params.id);
      const municipalityId = await callerMunicipality(request);
      const history = await overrideHistory(db, [municipalityId], definition.id);
      return {
        history: history.map((h) => ({ id: h.id, ruleId: h.ruleId, parameter: h.parameter, value: h.value, reason: h.reason, setBy: h.setBy, setAt: h.setAt })),
      };
    },
  );
}

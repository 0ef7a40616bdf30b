/**
 * The economics API (issue 14, src/server/routes/economics): the cost item
 * catalogue, cost models (list, read, save, delete, live compute, XLSX),
 * unit price sets, scenarios (list, read, save, delete, live compute, XLSX)
 * and 002's archetypes. The body types are inferred from the server's Zod
 * schemas (type-only import, so no Zod ends up in the bundle).
 */
import { query, request } from './client.ts';
import type {
  ArchetypesResponse,
  Catalogue,
  CitizensBasis,
  CostComputeResponse,
  CostModelBody,
  CostModelDetail,
  CostModelSummary,
  CostOutcome,
  CostResult,
  EvidenceResult,
  PriceSetEntry,
  Problem,
  ScenarioComputeResponse,
  ScenarioDetail,
  ScenarioEvidence,
  ScenarioInput,
  ScenarioOutcome,
  ScenarioResult,
  ScenarioSummary,
  SensitivityRow,
} from '../../../src/server/routes/economics/schemas.ts';

export type {
  ArchetypesResponse,
  Catalogue,
  CitizensBasis,
  CostComputeResponse,
  CostModelBody,
  CostModelDetail,
  CostModelSummary,
  CostOutcome,
  CostResult,
  EvidenceResult,
  PriceSetEntry,
  Problem,
  ScenarioComputeResponse,
  ScenarioDetail,
  ScenarioEvidence,
  ScenarioInput,
  ScenarioOutcome,
  ScenarioResult,
  ScenarioSummary,
  SensitivityRow,
};

export type Archetype = ArchetypesResponse['archetypes'][number];
export type ConsequenceId = ScenarioInput['changes'][number]['consequence'];
export type CostPhase = CostResult['byItem'][number]['phase'];

/** A cost model as the form sends it (name may be empty for a compute). */
export interface CostModelRequest {
  unitId: string;
  modelId: string;
  name: string;
  periodFrom: string;
  periodTo: string;
  citizensPerYear: number | null;
  input: Record<string, unknown>;
}

/** A scenario as the form sends it. */
export interface ScenarioRequest {
  unitId: string;
  name: string;
  unitPrices: { id: string; version: string };
  costModelId: string | null;
  evidence: ScenarioEvidence | null;
  input: Record<string, unknown>;
}

const base = '/api/economics';
const id = encodeURIComponent;

export const economicsApi = {
  catalogue: (modelId: string, signal?: AbortSignal) => request<Catalogue>('GET', `${base}/catalogue${query({ modelId })}`, undefined, signal ? { signal } : {}),
  costModels: () => request<{ costModels: CostModelSummary[] }>('GET', `${base}/cost-models`),
  costModel: (costModelId: string) => request<CostModelDetail>('GET', `${base}/cost-models/${id(costModelId)}`),
  createCostModel: (body: CostModelRequest) => request<CostModelSummary>('POST', `${base}/cost-models`, body),
  updateCostModel: (costModelId: string, body: CostModelRequest) => request<CostModelSummary>('PUT', `${base}/cost-models/${id(costModelId)}`, body),
  removeCostModel: (costModelId: string) => request<void>('DELETE', `${base}/cost-models/${id(costModelId)}`),
  computeCost: (body: Omit<CostModelRequest, 'name'> & { name?: string }, signal?: AbortSignal) =>
    request<CostComputeResponse>('POST', `${base}/cost/compute`, body, signal ? { signal } : {}),
  priceSets: () => request<{ priceSets: PriceSetEntry[] }>('GET', `${base}/unit-prices`),
  archetypes: () => request<ArchetypesResponse>('GET', `${base}/archetypes`),
  scenarios: () => request<{ scenarios: ScenarioSummary[] }>('GET', `${base}/scenarios`),
  scenario: (scenarioId: string) => request<ScenarioDetail>('GET', `${base}/scenarios/${id(scenarioId)}`),
  createScenario: (body: ScenarioRequest) => request<ScenarioSummary>('POST', `${base}/scenarios`, body),
  removeScenario: (scenarioId: string) => request<void>('DELETE', `${base}/scenarios/${id(scenarioId)}`),
  computeScenario: (body: Omit<ScenarioRequest, 'unitId' | 'name'> & { unitId?: string; name?: string }, signal?: AbortSignal) =>
    request<ScenarioComputeResponse>('POST', `${base}/scenarios/compute`, body, signal ? { signal } : {}),
};

/** Where a cost model's workbook is downloaded. */
export function costModelXlsxHref(costModelId: string): string {
  return `${base}/cost-models/${id(costModelId)}/export.xlsx`;
}

/** Where a scenario's workbook is downloaded. */
export function scenarioXlsxHref(scenarioId: string): string {
  return `${base}/scenarios/${id(scenarioId)}/export.xlsx`;
}

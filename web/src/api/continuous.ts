/**
 * Continuous evaluation on the status report (issue 13,
 * src/server/routes/evaluation/continuous.ts): the model's effect in a unit
 * re-estimated for each of the last 12 closed months. Types inferred from
 * the server's Zod schemas (type-only import).
 */
import { query, request } from './client.ts';
import type { ContinuousSeries } from '../../../src/server/routes/evaluation/schemas.ts';

export type { ContinuousSeries };
export type ContinuousPoint = ContinuousSeries['points'][number];

export const continuousApi = {
  /** By the status report's unit key ('municipality:<code>' or 'unit:<id>'); 404 when the unit has no case data. */
  series: (modelId: string, unit: string) => request<ContinuousSeries>('GET', `/api/evaluation/continuous${query({ modelId, unit })}`),
};

/**
 * The monitoring API (issue 11, src/server/routes/monitoring): the units a
 * caller may report on, the monthly status report, the persons behind one
 * figure (audited on the server), exports and the leder's targets. The body
 * types are inferred from the server's Zod schemas (type-only import, so no
 * Zod ends up in the bundle) instead of being copied.
 */
import { query, request } from './client.ts';
import type { FigurePersons, Report, ReportMeasure, ReportUnits, Target } from '../../../src/server/routes/monitoring/schemas.ts';

export type { FigurePersons, Report, ReportMeasure, ReportUnits, Target };

export type ReportUnit = ReportUnits['units'][number];
export type FigurePerson = FigurePersons['persons'][number];
export type MeasureUnit = ReportMeasure['unit'];
export type ExportFormat = 'xlsx' | 'pdf' | 'csv';
/** A stored target with who set it and when (GET /api/monitoring/targets). */
export type StoredTarget = Target & { setBy: string; setAt: string };

export interface ReportParams {
  model: string;
  unit: string;
  month: string;
}

export const monitoringApi = {
  units: (model: string) => request<ReportUnits>('GET', `/api/monitoring/units${query({ model })}`),
  report: (params: ReportParams) => request<Report>('GET', `/api/monitoring/report${query({ ...params })}`),
  persons: (params: ReportParams & { measure: string }) =>
    request<FigurePersons>('GET', `/api/monitoring/persons${query({ ...params })}`),
  targets: (model: string) => request<{ targets: StoredTarget[] }>('GET', `/api/monitoring/targets${query({ model })}`),
  /** Sets (or replaces) one target or sub-goal for a team or staff member. */
  setTarget: (target: Target) => request<unknown>('PUT', '/api/monitoring/targets', target),
  /** Removes a unit's target; the model definition's target applies again. */
  removeTarget: (key: Pick<Target, 'model' | 'measure' | 'unit'>) =>
    request<void>('DELETE', `/api/monitoring/targets${query({ model: key.model, measure: key.measure, unit: key.unit })}`),
};

/** The address of a report download; an ordinary link (the browser keeps the session cookie). */
export function exportHref(params: ReportParams, format: ExportFormat): string {
  return `/api/monitoring/export${query({ ...params, format })}`;
}

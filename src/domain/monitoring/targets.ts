/**
 * The model's own KPI or success criterion behind a measure: its name and
 * wording for the report, and its target line where the target is in the
 * measure's unit (FSM's result target: at least 40 %). A criterion stated
 * per citizen (30 hours a week, 30 hours a month) is the threshold inside a
 * share measure, not a target for the share, so it gives no target line.
 */
import { getModel } from '../models/registry.ts';
import type { Measure } from '../models/schema.ts';
import type { MeasureDefinition } from './measures.ts';

export interface ModelMeasure {
  /** The model definition's KPI or success criterion. */
  measure: Measure;
  kind: 'kpi' | 'success_criterion';
  /** The target line, when it is in the measure's unit. */
  target: NonNullable<Measure['target']> | null;
}

/** The model's KPI or success criterion a measure computes for that model, or null when it names none. */
export function modelMeasureOf(definition: MeasureDefinition, modelId: string): ModelMeasure | null {
  const id = definition.modelMeasureId[modelId];
  if (!id) return null;
  const model = getModel(modelId);
  const criterion = model.successCriteria?.find((c) => c.id === id);
  const kpi = model.kpis?.find((k) => k.id === id);
  const measure = criterion ?? kpi;
  if (!measure) throw new RangeError(`modelMeasureId: ${definition.id} names '${id}', which model '${modelId}' does not define`);
  const sameUnit = measure.unit === definition.unit;
  return { measure, kind: criterion ? 'success_criterion' : 'kpi', target: sameUnit ? (measure.target ?? null) : null };
}

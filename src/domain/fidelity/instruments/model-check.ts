/**
 * Checks an instrument against the model it names: the model must exist and
 * every section's core element must be one of the model's. The schema
 * (validateInstrument) cannot see the models, so `jobspor fidelity check`
 * runs this after it.
 */
import type { DefinitionIssue, ModelDefinition } from '../../models/schema.ts';
import type { Instrument } from '../instrument.ts';

export function modelIssues(inst: Instrument, models: readonly Pick<ModelDefinition, 'id' | 'coreElements'>[]): DefinitionIssue[] {
  if (inst.modelId === undefined) return [];
  const model = models.find((m) => m.id === inst.modelId);
  if (!model) return [{ path: 'modelId', message: `unknown model '${inst.modelId}' (models: ${models.map((m) => m.id).join(', ')})` }];
  const elements = model.coreElements.map((e) => e.id);
  return inst.sections.flatMap((s, i): DefinitionIssue[] =>
    s.coreElement !== undefined && !elements.includes(s.coreElement)
      ? [{ path: `sections[${i}].coreElement`, message: `'${s.coreElement}' is not a core element of ${model.id} (${elements.join(', ')})` }]
      : [],
  );
}

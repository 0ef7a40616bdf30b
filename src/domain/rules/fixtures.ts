/**
 * Builders for tests and the benchmark: courses with empty lists, rule sets
 * for the built-in models, a minimal valid model around any rules, and a
 * seeded random generator for property tests.
 */
import { mulberry32 } from '../random.ts';
import type { z } from 'zod';
import { agreementScale, ref, type ModelDefinitionInput } from '../models/definitions/helpers.ts';
import { getModel } from '../models/registry.ts';
import { validateDefinition, type ModelDefinition } from '../models/schema.ts';
import { compileRuleSet, type RuleSet } from './engine.ts';
import { courseRoles, type CourseFacts } from './facts.ts';
import type { RuleOverride } from './parameters.ts';
import type { RuleResult } from './result.ts';
import type { ParameterSpec, RuleSchema } from './vocabulary.ts';

export type RuleInput = z.input<typeof RuleSchema>;

export function makeCourse(fields: Partial<CourseFacts> & Pick<CourseFacts, 'modelId' | 'enrolmentDate'>): CourseFacts {
  return {
    courseId: 'course-1',
    citizenId: 'citizen-1',
    modelVersion: '1.0.0',
    units: [{ unitId: 'unit-a', from: fields.enrolmentDate }],
    phaseHistory: [],
    staff: [],
    cvVersions: [],
    jobGoals: [],
    planVersions: [],
    contacts: [],
    placements: [],
    followUps: [],
    workAgreements: [],
    measurements: [],
    ...fields,
  };
}

export function ruleSetFor(modelId: string, overrides: readonly RuleOverride[] = []): RuleSet {
  return compileRuleSet(getModel(modelId), overrides);
}

/** The result for one rule; throws when the rule is not among the results. */
export function resultFor(results: readonly RuleResult[], ruleId: string): RuleResult {
  const found = results.find((r) => r.ruleId === ruleId);
  if (!found) throw new Error(`no result for rule ${ruleId} (have: ${results.map((r) => r.ruleId).join(', ')})`);
  return found;
}

/** A parameter spec with wide bounds, for test models. */
export function testParam(value: number, unit: ParameterSpec['unit'] = 'days', min = 0, max = 10_000): ParameterSpec {
  return { value, min, max, unit, basis: 'product_default', source: ref('000', '1') };
}

/** The smallest valid model (id 'test-model', groups '1' and '2', phases 'a' -> 'b') holding the given rules. */
export function testModelInput(rules: RuleInput[], patch: Partial<ModelDefinitionInput> = {}): ModelDefinitionInput {
  return {
    id: 'test-model',
    version: '1.0.0',
    name: { da: 'Testmodel', en: 'Test model' },
    shortName: 'TEST',
    source: ref('000', '1'),
    description: 'Model til test.',
    targetGroup: {
      description: 'Alle på kontanthjælp.',
      rules: [{ id: 'benefit', type: 'benefit_type', types: ['kontanthjaelp'], explanation: 'Kontanthjælp.', source: ref('000', '1') }],
    },
    visitation: {
      method: 'assessment',
      description: 'To grupper.',
      source: ref('000', '1'),
      groups: [
        { id: '1', name: { da: 'Et', en: 'One' }, description: 'Gruppe 1.', participates: true },
        { id: '2', name: { da: 'To', en: 'Two' }, description: 'Gruppe 2.', participates: false },
      ],
    },
    initialPhase: 'a',
    staffRoles: [...courseRoles],
    phases: [
      { id: 'a', name: { da: 'A', en: 'A' }, description: 'Fase a.', source: ref('000', '1'), entry: [], exit: [] },
      { id: 'b', name: { da: 'B', en: 'B' }, description: 'Fase b.', source: ref('000', '1'), entry: [], exit: [] },
    ],
    transitions: [{ from: 'a', to: 'b', description: 'Videre.', when: [] }],
    coreElements: [
      { id: 'CE', kind: 'core_element', title: { da: 'Element', en: 'Element' }, description: 'Element.', source: ref('000', '1'), rules, fidelity: [] },
    ],
    fidelityScale: agreementScale(ref('000', '1')),
    successCriteria: [],
    kpis: [],
    ...patch,
  };
}

export function testModel(rules: RuleInput[], patch: Partial<ModelDefinitionInput> = {}): ModelDefinition {
  const result = validateDefinition(testModelInput(rules, patch));
  if (!result.ok) throw new Error(`test model is invalid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.definition;
}

/** A rule set for a test model with the given rules. */
export function testRuleSet(rules: RuleInput[], overrides: readonly RuleOverride[] = []): RuleSet {
  return compileRuleSet(testModel(rules), overrides);
}


/** Integer in [lo, hi] from a PRNG. */
export function randomInt(random: () => number, lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** Deterministic PRNG (mulberry32) returning floats in [0, 1). */
export const prng = mulberry32;

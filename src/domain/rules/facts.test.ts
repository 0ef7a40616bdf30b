import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CitizenFactsSchema, CourseFactsSchema } from './facts.ts';
import { makeCourse } from './fixtures.ts';

describe('CourseFactsSchema', () => {
  const valid = makeCourse({
    modelId: 'trin-model',
    enrolmentDate: '2024-02-29',
    staff: [{ staffId: 's', role: 'job_broker', from: '2024-02-29', to: '2024-03-31' }],
    placements: [{ id: 'p', type: 'hybrid', from: '2024-03-01' }],
  });

  it('accepts well-formed facts', () => {
    assert.equal(CourseFactsSchema.safeParse(valid).success, true);
  });

  it('rejects an impossible date, an unknown role and a period that ends before it starts, with paths', () => {
    const bad = {
      ...valid,
      enrolmentDate: '2023-02-29',
      staff: [{ staffId: 's', role: 'boss', from: '2024-03-01' }],
      placements: [{ id: 'p', type: 'hybrid', from: '2024-03-01', to: '2024-02-01' }],
    };
    const result = CourseFactsSchema.safeParse(bad);
    assert.equal(result.success, false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    assert.deepEqual(paths.sort(), ['enrolmentDate', 'placements.0.to', 'staff.0.role']);
  });
});

describe('CitizenFactsSchema', () => {
  it('checks benefit types and readiness categories', () => {
    const ok = { benefitSpells: [{ type: 'kontanthjaelp', readiness: 'aktivitetsparat', from: '2020-01-01' }], programmes: [] };
    assert.equal(CitizenFactsSchema.safeParse(ok).success, true);
    const bad = { ...ok, benefitSpells: [{ type: 'pension', from: '2020-01-01' }] };
    assert.equal(CitizenFactsSchema.safeParse(bad).success, false);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEligibility } from '../models/eligibility.ts';
import { getModel } from '../models/registry.ts';
import type { CitizenFacts } from '../rules/facts.ts';
import { withCourseResidence } from './eligibility-context.ts';

const citizen: CitizenFacts = {
  birthDate: '1980-01-01',
  benefitSpells: [{ type: 'kontanthjaelp', readiness: 'aktivitetsparat', from: '2019-03-01' }],
  residence: [],
  programmes: [],
};

describe('course residence for the target-group check', () => {
  it('uses the course’s housing area, matched to the qualifying spelling', () => {
    const facts = withCourseResidence(citizen, ' solbakken ', '2026-01-01', ['Solbakken']);
    assert.deepEqual(facts.residence, [{ areaId: 'Solbakken', from: '2026-01-01' }]);
    const result = checkEligibility(getModel('trin-model'), facts, '2026-01-01', { qualifyingAreaIds: ['Solbakken'] });
    assert.equal(result.status, 'eligible');
  });

  it('keeps a residence registered on the citizen', () => {
    const registered = { ...citizen, residence: [{ areaId: 'Nørrebro', from: '2020-01-01' }] };
    assert.equal(withCourseResidence(registered, 'Solbakken', '2026-01-01'), registered);
  });

  it('leaves the facts alone without an area', () => {
    assert.equal(withCourseResidence(citizen, null, '2026-01-01'), citizen);
    assert.equal(withCourseResidence(citizen, '  ', '2026-01-01'), citizen);
  });
});

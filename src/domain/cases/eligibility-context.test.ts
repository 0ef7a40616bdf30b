import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEligibility } from '../models/eligibility.ts';
import { getModel } from '../models/registry.ts';
import type { HousingArea } from '../organisation/housing-areas.ts';
import type { CitizenFacts } from '../rules/facts.ts';
import { eligibilityContext } from './eligibility-context.ts';

const citizen: CitizenFacts = {
  birthDate: '1980-01-01',
  benefitSpells: [{ type: 'kontanthjaelp', readiness: 'aktivitetsparat', from: '2019-03-01' }],
  programmes: [],
};
const solbakken: HousingArea = { id: 'a1', name: 'Solbakken', postcodes: [], addresses: [{ street: 'Solbakken', postcode: '4300', from: 1, to: 48 }] };
const trin = getModel('trin-model');
const areaRule = (context: ReturnType<typeof eligibilityContext>) => checkEligibility(trin, citizen, '2026-01-01', context).rules.find((r) => r.ruleId === 'area')!;

describe('housing area for the TRIN target-group check', () => {
  it('decides from the registered address: a citizen with an address in the area is eligible', () => {
    const context = eligibilityContext({ addressLine: 'Solbakken 12, 2. th', postcode: '4300' }, [solbakken]);
    assert.deepEqual(context.housing, { status: 'inside', area: 'Solbakken', by: 'address' });
    assert.equal(checkEligibility(trin, citizen, '2026-01-01', context).status, 'eligible');
  });

  it('says the address is outside every area rather than "not registered" for a citizen with an address elsewhere', () => {
    const rule = areaRule(eligibilityContext({ addressLine: 'Storegade 3', postcode: '4300' }, [solbakken], 'Solbakken'));
    assert.equal(rule.outcome, 'failed');
    assert.equal(rule.reasonCode, 'area.outside');
  });

  it('uses an area stated on the course only when no address is registered, and only if it is a defined area', () => {
    const stated = areaRule(eligibilityContext({ addressLine: null, postcode: null }, [solbakken], ' solbakken '));
    assert.equal(stated.outcome, 'passed');
    assert.equal(stated.reasonCode, 'area.stated');
    assert.equal(stated.area, 'Solbakken');
    const unknownName = areaRule(eligibilityContext({ addressLine: null, postcode: null }, [solbakken], 'Andet sted'));
    assert.equal(unknownName.outcome, 'unknown');
    assert.equal(unknownName.reasonCode, 'area.no_address');
  });

  it('tells "no housing areas defined" apart from "no address registered"', () => {
    assert.equal(areaRule(eligibilityContext({ addressLine: 'Solbakken 12', postcode: '4300' }, [])).reasonCode, 'area.no_areas');
    assert.equal(areaRule(eligibilityContext({ addressLine: null, postcode: null }, [solbakken])).reasonCode, 'area.no_address');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CitizenFacts } from '../rules/facts.ts';
import { checkEligibility } from './eligibility.ts';
import { getModel } from './registry.ts';

const citizen = (fields: Partial<CitizenFacts> = {}): CitizenFacts => ({ benefitSpells: [], programmes: [], ...fields });
const outcome = (result: ReturnType<typeof checkEligibility>, ruleId: string) => result.rules.find((r) => r.ruleId === ruleId)!;

describe('Flere skal med target group: activity-ready cash benefit for more than five years', () => {
  const fsm = getModel('flere-skal-med');
  const spell = (from: string, to?: string) => ({ type: 'kontanthjaelp' as const, readiness: 'aktivitetsparat' as const, from, ...(to ? { to } : {}) });

  it('fails on the day exactly five years have passed and passes the day after', () => {
    const c = citizen({ benefitSpells: [spell('2019-03-15')] });
    const onDay = checkEligibility(fsm, c, '2024-03-15');
    assert.equal(onDay.status, 'not_eligible');
    assert.match(outcome(onDay, 'five-years').reason, /først opfyldt 16\. marts 2024/);
    assert.equal(checkEligibility(fsm, c, '2024-03-16').status, 'eligible');
  });

  it('handles a run starting on 29 February', () => {
    const c = citizen({ benefitSpells: [spell('2020-02-29')] });
    assert.equal(outcome(checkEligibility(fsm, c, '2025-02-28'), 'five-years').outcome, 'failed');
    assert.equal(outcome(checkEligibility(fsm, c, '2025-03-01'), 'five-years').outcome, 'passed');
  });

  it('joins spells that follow each other without a gap, and breaks the run at a one-day gap', () => {
    const joined = citizen({ benefitSpells: [spell('2018-01-01', '2020-01-31'), spell('2020-02-01')] });
    assert.equal(checkEligibility(fsm, joined, '2023-06-01').status, 'eligible');
    const gap = citizen({ benefitSpells: [spell('2018-01-01', '2020-01-31'), spell('2020-02-02')] });
    const r = checkEligibility(fsm, gap, '2023-06-01');
    assert.equal(r.status, 'not_eligible');
    assert.match(outcome(r, 'five-years').reason, /uafbrudt siden 2\. februar 2020/);
  });

  it('reports every rule with its explanation, passed or failed', () => {
    const c = citizen({ benefitSpells: [{ type: 'kontanthjaelp', readiness: 'jobparat', from: '2015-01-01' }] });
    const r = checkEligibility(fsm, c, '2024-01-01');
    assert.deepEqual(r.rules.map((x) => [x.ruleId, x.outcome]), [['benefit', 'passed'], ['readiness', 'failed'], ['five-years', 'passed']]);
    assert.equal(outcome(r, 'readiness').reason, 'Borgeren er jobparat, ikke aktivitetsparat.');
    assert.equal(outcome(r, 'readiness').explanation, 'Borgeren er visiteret som aktivitetsparat.');
  });

  it('is undetermined, not eligible, when only the readiness category is unknown', () => {
    const c = citizen({ benefitSpells: [{ type: 'kontanthjaelp', from: '2015-01-01' }] });
    assert.equal(checkEligibility(fsm, c, '2024-01-01').status, 'undetermined');
  });

  it('fails a citizen on another benefit', () => {
    const c = citizen({ benefitSpells: [{ type: 'sygedagpenge', from: '2015-01-01' }] });
    assert.match(outcome(checkEligibility(fsm, c, '2024-01-01'), 'benefit').reason, /sygedagpenge, ikke kontanthjælp/);
  });
});

describe('social-support target group: 30 or older, at least a year on cash benefit', () => {
  const sst = getModel('social-stoette');
  const spells = [{ type: 'kontanthjaelp' as const, readiness: 'aktivitetsparat' as const, from: '2023-05-10' }];

  it('checks age on the birthday and a year on benefit from the same calendar day', () => {
    const c = citizen({ birthDate: '1994-05-10', benefitSpells: spells });
    assert.equal(checkEligibility(sst, c, '2024-05-09').status, 'not_eligible');
    const r = checkEligibility(sst, c, '2024-05-10');
    assert.equal(r.status, 'eligible', JSON.stringify(r.rules));
  });

  it('is undetermined without a birth date', () => {
    assert.equal(checkEligibility(sst, citizen({ benefitSpells: spells }), '2024-06-01').status, 'undetermined');
  });
});

describe('TRIN target group: lives in a housing area, not in the integration programme', () => {
  const trin = getModel('trin-model');
  const c = citizen({ benefitSpells: [{ type: 'integrationsydelse', readiness: 'aktivitetsparat', from: '2023-01-01' }] });
  const inside = { housing: { status: 'inside', area: 'Solbakken', by: 'address' } } as const;

  it('passes a citizen whose address is in an area, naming the area', () => {
    const r = checkEligibility(trin, c, '2024-06-01', inside);
    assert.equal(r.status, 'eligible');
    assert.equal(outcome(r, 'area').reasonCode, 'area.inside');
    assert.equal(outcome(r, 'area').area, 'Solbakken');
  });

  it('fails a citizen whose address lies outside every area', () => {
    const r = checkEligibility(trin, c, '2024-06-01', { housing: { status: 'outside', postcode: '4000' } });
    assert.equal(r.status, 'not_eligible');
    assert.equal(outcome(r, 'area').reasonCode, 'area.outside');
  });

  it('is undetermined, with distinct reasons, when no address is registered or no area is defined', () => {
    const noAddress = checkEligibility(trin, c, '2024-06-01', { housing: { status: 'no_address' } });
    assert.equal(noAddress.status, 'undetermined');
    assert.equal(outcome(noAddress, 'area').reasonCode, 'area.no_address');
    assert.match(outcome(noAddress, 'area').reason, /ingen adresse registreret/);
    const noAreas = checkEligibility(trin, c, '2024-06-01');
    assert.equal(noAreas.status, 'undetermined');
    assert.equal(outcome(noAreas, 'area').reasonCode, 'area.no_areas');
    assert.match(outcome(noAreas, 'area').reason, /ikke defineret nogen boligområder/);
  });

  it('fails a citizen in the integration programme', () => {
    const inProgramme = { ...c, programmes: [{ programme: 'integrationsprogram' as const, from: '2023-01-01' }] };
    const r = checkEligibility(trin, inProgramme, '2024-06-01', inside);
    assert.equal(outcome(r, 'not-integration-programme').outcome, 'failed');
  });
});

describe('STV target group: activity-ready cash benefit (all of) or resource programme (any of)', () => {
  const stv = getModel('stv');

  it('passes a citizen in a resource programme and an activity-ready cash-benefit recipient', () => {
    const rf = citizen({ programmes: [{ programme: 'ressourceforloeb', from: '2024-01-01' }] });
    assert.equal(checkEligibility(stv, rf, '2024-03-01').status, 'eligible');
    const ak = citizen({ benefitSpells: [{ type: 'kontanthjaelp', readiness: 'aktivitetsparat', from: '2024-01-01' }] });
    assert.equal(checkEligibility(stv, ak, '2024-03-01').status, 'eligible');
  });

  it('fails a job-ready cash-benefit recipient outside a resource programme, saying why', () => {
    const jobReady = citizen({ benefitSpells: [{ type: 'kontanthjaelp', readiness: 'jobparat', from: '2024-01-01' }] });
    const r = checkEligibility(stv, jobReady, '2024-03-01');
    assert.equal(r.status, 'not_eligible');
    assert.match(r.rules[0]!.reason, /Ingen af mulighederne er opfyldt: Borgeren er jobparat, ikke aktivitetsparat\. Borgeren er ikke i ressourceforløb\./);
  });
});

/**
 * Which placements each model's company rules cover (issue 9 item 4): the
 * follow-up at the company and the work agreement apply to every placement
 * the core element speaks of, so retention in ordinary hours and ordinary
 * jobs is monitored where the model asks for it (000 KE4/KE6, 004 TRIN 2/3,
 * 001 3C), and only there.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate } from '../rules/engine.ts';
import type { PlacementType } from '../rules/facts.ts';
import { makeCourse, resultFor, ruleSetFor } from '../rules/fixtures.ts';

function statusFor(modelId: string, ruleId: string, type: PlacementType, extra: { group?: string } = {}) {
  const course = makeCourse({
    modelId,
    enrolmentDate: '2024-01-01',
    ...extra,
    placements: [{ id: 'p1', type, from: '2024-02-01' }],
  });
  return resultFor(evaluate(ruleSetFor(modelId), course, '2024-03-15'), ruleId);
}

describe('company rules cover the placements of their core element', () => {
  for (const type of ['ordinary_hours', 'job'] as const) {
    it(`FSM KE6 follow-up and KE4 agreement monitor a running placement of type ${type}`, () => {
      const followUp = statusFor('flere-skal-med', 'ke6.follow-up', type, { group: '1' });
      assert.equal(followUp.status, 'overdue', followUp.explanation);
      assert.equal(followUp.dueDate, '2024-02-29');
      const agreement = statusFor('flere-skal-med', 'ke4.agreement', type, { group: '1' });
      assert.equal(agreement.status, 'overdue', agreement.explanation);
    });

    it(`TRIN 3 follow-up and TRIN 2 agreement monitor a running placement of type ${type}`, () => {
      assert.equal(statusFor('trin-model', 'trin3.follow-up', type).status, 'overdue');
      assert.equal(statusFor('trin-model', 'trin2.agreement', type).status, 'overdue');
    });

    it(`STV 3C follow-up monitors a running placement of type ${type}`, () => {
      assert.equal(statusFor('stv', '3c.follow-up', type).status, 'overdue');
    });
  }

  it('the unsubsidised work placements are added to, not instead of, the company-oriented ones', () => {
    for (const type of ['virksomhedspraktik', 'loentilskud', 'hybrid'] as const) {
      assert.equal(statusFor('flere-skal-med', 'ke6.follow-up', type, { group: '1' }).status, 'overdue');
      assert.equal(statusFor('trin-model', 'trin3.follow-up', type).status, 'overdue');
    }
  });

  it('education, fleksjob and snusepraktik stay outside the follow-up cadence', () => {
    for (const type of ['education', 'fleksjob', 'snusepraktik'] as const) {
      assert.equal(statusFor('flere-skal-med', 'ke6.follow-up', type, { group: '1' }).status, 'not_applicable');
      assert.equal(statusFor('trin-model', 'trin3.follow-up', type).status, 'not_applicable');
    }
  });

  it('Social støtte KE6 agreement stays with the placement (virksomhedspraktik) of 002 §4.3.3, not an ordinary job', () => {
    assert.equal(statusFor('social-stoette', 'ke6.agreement', 'job').status, 'not_applicable');
  });
});

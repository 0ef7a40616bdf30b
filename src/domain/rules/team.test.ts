import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registry } from '../models/registry.ts';
import { createRuleSetResolver } from './engine.ts';
import { makeCourse } from './fixtures.ts';
import { checkTeamSize } from './team.ts';

// TRIN: a team of 3-5 staff is a good size (004 "Etablering og rammer").
const resolve = createRuleSetResolver((id, version) => registry.get(id, version));
const trin = (i: number, staffId: string, unitId = 'unit-a') =>
  makeCourse({
    courseId: `c${i}`,
    citizenId: `p${i}`,
    modelId: 'trin-model',
    enrolmentDate: '2024-01-01',
    units: [{ unitId, from: '2024-01-01' }],
    staff: [{ staffId, role: 'job_broker', from: '2024-01-01' }],
  });

describe('checkTeamSize', () => {
  it('counts the distinct staff on running TRIN courses in the unit against 3-5', () => {
    const two = checkTeamSize('unit-a', [trin(1, 'a'), trin(2, 'b'), trin(3, 'b'), trin(4, 'c', 'unit-b')], resolve, '2024-02-01');
    assert.deepEqual(two.map((c) => [c.ruleId, c.count, c.min, c.max, c.status]), [['r3.team-size', 2, 3, 5, 'below']]);
    const four = checkTeamSize('unit-a', ['a', 'b', 'c', 'd'].map((s, i) => trin(i, s)), resolve, '2024-02-01');
    assert.equal(four[0]!.status, 'within');
    const six = checkTeamSize('unit-a', ['a', 'b', 'c', 'd', 'e', 'f'].map((s, i) => trin(i, s)), resolve, '2024-02-01');
    assert.equal(six[0]!.status, 'above');
    assert.match(six[0]!.explanation, /anbefalet er et team på 3-5/);
  });

  it('gives no check for a model without a team rule', () => {
    const fsm = makeCourse({ modelId: 'flere-skal-med', enrolmentDate: '2024-01-01', staff: [{ staffId: 'a', role: 'job_broker', from: '2024-01-01' }] });
    assert.deepEqual(checkTeamSize('unit-a', [fsm], resolve, '2024-02-01'), []);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { measureById } from './measures.ts';
import { modelMeasureOf } from './targets.ts';

describe('modelMeasureOf', () => {
  it('gives FSM result target its 40 % target line (000 §3.1)', () => {
    const m = modelMeasureOf(measureById('result-target'), 'flere-skal-med')!;
    assert.equal(m.kind, 'success_criterion');
    assert.deepEqual(m.target, { comparison: 'at_least', value: 40 });
  });

  it('gives no target line where the criterion is a per-citizen threshold in another unit', () => {
    const m = modelMeasureOf(measureById('ordinary-hours.30-per-week'), 'flere-skal-med')!;
    assert.equal(m.measure.id, 'fsm.hours-aim');
    assert.equal(m.target, null);
    assert.equal(modelMeasureOf(measureById('end-goal.30-hours-or-self-supporting'), 'trin-model')!.target, null);
  });

  it('finds KPIs without targets, and nothing for a model the measure does not name', () => {
    const m = modelMeasureOf(measureById('ordinary-hours.touched'), 'flere-skal-med')!;
    assert.deepEqual([m.kind, m.measure.id, m.target], ['kpi', 'fsm.ordinary-hours', null]);
    assert.equal(modelMeasureOf(measureById('ordinary-hours.sum'), 'flere-skal-med'), null);
  });
});

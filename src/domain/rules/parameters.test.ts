import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getModel } from '../models/registry.ts';
import { effectiveParameters, validateOverride, type RuleOverride } from './parameters.ts';

const fsm = getModel('flere-skal-med');
const override = (fields: Partial<RuleOverride> = {}): RuleOverride => ({
  modelId: 'flere-skal-med',
  unitId: 'unit-a',
  ruleId: 'ke2.contact',
  parameter: 'days',
  value: 28,
  by: 'staff-7',
  at: '2025-01-10T09:00:00Z',
  ...fields,
});

describe('validateOverride', () => {
  it('accepts a value within the bounds, including both bounds', () => {
    assert.deepEqual(validateOverride(fsm, override()), { ok: true });
    assert.deepEqual(validateOverride(fsm, override({ value: 7 })), { ok: true });
    assert.deepEqual(validateOverride(fsm, override({ value: 90 })), { ok: true });
  });

  it('rejects a value outside the bounds and says which bounds', () => {
    const below = validateOverride(fsm, override({ value: 6 }));
    assert.deepEqual(below, { ok: false, field: 'value', reason: 'Værdien 6 ligger uden for de tilladte grænser 7-90.' });
    assert.equal(validateOverride(fsm, override({ value: 91 })).ok, false);
  });

  it('rejects a fractional value, an unknown rule, an unknown parameter, another model or version', () => {
    const fail = (o: RuleOverride) => {
      const r = validateOverride(fsm, o);
      assert.equal(r.ok, false);
      return r.ok ? undefined : r.field;
    };
    assert.equal(fail(override({ value: 28.5 })), 'value');
    assert.equal(fail(override({ ruleId: 'ke9.nothing' })), 'ruleId');
    assert.equal(fail(override({ parameter: 'weeks' })), 'parameter');
    assert.equal(fail(override({ modelId: 'stv' })), 'modelId');
    assert.equal(fail(override({ modelVersion: '9.9.9' })), 'modelVersion');
  });

  it('requires who and when', () => {
    assert.equal(validateOverride(fsm, override({ by: '' })).ok, false);
    assert.equal(validateOverride(fsm, override({ at: 'yesterday' })).ok, false);
  });

  it('keeps the CTI caseload at or below 10: the bound cannot be overridden upwards', () => {
    const sst = getModel('social-stoette');
    const r = validateOverride(sst, { ...override(), modelId: 'social-stoette', ruleId: 'ke5.caseload', parameter: 'max', value: 12 });
    assert.equal(r.ok, false);
  });
});

describe('effectiveParameters', () => {
  it('uses the defaults when there are no overrides', () => {
    const { values } = effectiveParameters(fsm, []);
    const contact = values.get('ke2.contact')!.days!;
    assert.deepEqual([contact.value, contact.default, contact.min, contact.max, contact.override], [42, 42, 7, 90, undefined]);
  });

  it('lets the newest valid override win, whatever the order of the list', () => {
    const older = override({ value: 21, at: '2025-01-01T00:00:00Z', by: 'a' });
    const newer = override({ value: 35, at: '2025-02-01T00:00:00Z', by: 'b' });
    for (const list of [[older, newer], [newer, older]]) {
      const p = effectiveParameters(fsm, list).values.get('ke2.contact')!.days!;
      assert.equal(p.value, 35);
      assert.equal(p.override?.by, 'b');
    }
  });

  it('skips an invalid override and reports it, keeping the older valid one', () => {
    const valid = override({ value: 21, at: '2025-01-01T00:00:00Z' });
    const outOfBounds = override({ value: 500, at: '2025-03-01T00:00:00Z' });
    const { values, rejected } = effectiveParameters(fsm, [valid, outOfBounds]);
    assert.equal(values.get('ke2.contact')!.days!.value, 21);
    assert.equal(rejected.length, 1);
    assert.equal(rejected[0]!.override, outOfBounds);
  });

  it('ignores overrides for other models and for other versions', () => {
    const { values, rejected } = effectiveParameters(fsm, [
      override({ modelId: 'stv', ruleId: '3c.follow-up' }),
      override({ modelVersion: '2.0.0' }),
    ]);
    assert.equal(values.get('ke2.contact')!.days!.value, 42);
    assert.equal(rejected.length, 0);
  });

  it('applies an override without a version to the version at hand', () => {
    assert.equal(effectiveParameters(fsm, [override({ value: 14 })]).values.get('ke2.contact')!.days!.value, 14);
    assert.equal(effectiveParameters(fsm, [override({ value: 14, modelVersion: '1.0.0' })]).values.get('ke2.contact')!.days!.value, 14);
  });
});

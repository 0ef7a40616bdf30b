import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ctiMeasurementMonths } from './cti-schedule.ts';
import { getModel, modelIds, registry } from './registry.ts';
import { validateDefinition } from './schema.ts';

describe('the five built-in definitions', () => {
  it('are exactly the five model ids, each in version 1.0.0', () => {
    assert.deepEqual(registry.latest().map((m) => m.id), [...modelIds]);
    for (const m of registry.latest()) assert.equal(m.version, '1.0.0');
  });

  for (const id of modelIds) {
    it(`${id} validates against the schema`, () => {
      const result = validateDefinition(getModel(id));
      assert.deepEqual(result.ok ? [] : result.issues, []);
    });
  }

  it('have both names, a source and a description for every model, element and rule', () => {
    for (const m of registry.all()) {
      assert.ok(m.name.da && m.name.en && m.description && m.source.seed);
      for (const e of m.coreElements) {
        assert.ok(e.title.da && e.title.en && e.description, `${m.id} ${e.id}`);
        for (const r of e.rules) assert.ok(r.title.da && r.title.en && r.description && r.source.section, `${m.id} ${r.id}`);
      }
    }
  });

  it('cite the seed report that belongs to each model', () => {
    const seedOf: Record<string, string> = { 'flere-skal-med': '000', stv: '001', 'social-stoette': '002', 'bedre-ressourceforloeb': '003', 'trin-model': '004' };
    for (const m of registry.all()) {
      assert.equal(m.source.seed, seedOf[m.id]);
      for (const e of m.coreElements) assert.equal(e.source.seed, seedOf[m.id], `${m.id} ${e.id}`);
    }
  });

  it('keep the ids of the core elements as the sources write them', () => {
    const ids = (id: string) => getModel(id).coreElements.filter((e) => e.kind === 'core_element').map((e) => e.id);
    assert.deepEqual(ids('flere-skal-med'), ['KE1', 'KE2', 'KE3', 'KE4', 'KE5', 'KE6']);
    assert.deepEqual(ids('stv'), ['1A', '1B', '1C', '2A', '2B', '3A', '3B', '3C']);
    assert.deepEqual(ids('social-stoette'), ['KE1', 'KE2', 'KE3', 'KE4', 'KE5', 'KE6']);
    assert.deepEqual(ids('bedre-ressourceforloeb'), ['1A', '2A', '2B', '2C', '2D', '3A', '3B']);
    assert.deepEqual(ids('trin-model'), ['TRIN1', 'TRIN2', 'TRIN3']);
  });

  it('carry the key numbers of the seeds', () => {
    const param = (model: string, rule: string, name: string) => {
      for (const e of getModel(model).coreElements) {
        const r = e.rules.find((x) => x.id === rule);
        if (r) return (r.params as Record<string, { value: number; unit: string; basis: string }>)[name]!;
      }
      throw new Error(`${model} has no rule ${rule}`);
    };
    const fsm = getModel('flere-skal-med');
    assert.deepEqual(fsm.visitation!.groups.map((g) => [g.id, g.reportedShare?.percent]), [['1', 55], ['2', 34], ['3', 11], ['6', undefined]]);
    assert.deepEqual(fsm.successCriteria.find((s) => s.id === 'fsm.result-target')!.target, { comparison: 'at_least', value: 40 });
    assert.deepEqual([fsm.successCriteria.find((s) => s.id === 'fsm.hours-aim')!.unit], ['hours_per_week']);
    assert.deepEqual(getModel('trin-model').successCriteria[0]!.unit, 'hours_per_month');
    assert.deepEqual(
      ['flere-skal-med', 'trin-model', 'stv', 'social-stoette', 'bedre-ressourceforloeb'].map((id) => {
        const goal = getModel(id).hoursGoal;
        return goal ? [id, goal.hours, goal.period, goal.source.seed] : [id, null];
      }),
      [['flere-skal-med', 30, 'week', '000'], ['trin-model', 30, 'month', '004'], ['stv', null], ['social-stoette', null], ['bedre-ressourceforloeb', null]],
      'the hours goal: FSM 30 a week (000 §1), TRIN 30 a month (004), none in the other reports',
    );
    assert.equal(param('social-stoette', 'ke5.caseload', 'max').value, 10);
    assert.deepEqual(
      (getModel('social-stoette').coreElements.flatMap((e) => e.rules).find((r) => r.id === 'ke5.measurements') as { schedules: unknown }).schedules,
      [
        { courseMonths: 6, months: [...ctiMeasurementMonths[6]] },
        { courseMonths: 9, months: [...ctiMeasurementMonths[9]] },
      ],
    );
    assert.deepEqual(ctiMeasurementMonths, { 6: [0, 1, 2, 4, 6], 9: [0, 1, 3, 6, 9] });
    assert.deepEqual([param('bedre-ressourceforloeb', '2c.preparation', 'limit').value, param('bedre-ressourceforloeb', '2c.preparation', 'limit').unit], [12, 'weeks']);
    assert.equal(param('bedre-ressourceforloeb', '2c.recommendation', 'limit').value, 1);
    assert.equal(param('bedre-ressourceforloeb', '2c.first-meeting', 'limit').value, 14);
    assert.equal(param('bedre-ressourceforloeb', 'org.caseload-s', 'max').value, 45);
    assert.equal(param('stv', '1a.caseload-s-rf', 'max').value, 35);
    assert.equal(param('stv', '1a.caseload-vk', 'max').value, 35);
    assert.equal(param('trin-model', 'r3.caseload', 'max').value, 49);
    assert.equal(param('flere-skal-med', 'rammer.caseload', 'max').value, 47);
  });

  it('say so in the source note when a default is only observed practice or a product default', () => {
    for (const m of registry.all()) {
      for (const r of m.coreElements.flatMap((e) => e.rules)) {
        for (const [name, p] of Object.entries(r.params) as [string, { basis: string; source: { note?: string } }][]) {
          if (p.basis !== 'requirement') assert.ok(p.source.note, `${m.id} ${r.id}.${name} needs a note explaining its ${p.basis} default`);
        }
      }
    }
  });

  it('look models up by id and version, and name the known ids for an unknown one', () => {
    assert.equal(getModel('stv').id, 'stv');
    assert.equal(getModel('stv', '1.0.0').version, '1.0.0');
    assert.throws(() => getModel('nope'), /Unknown model 'nope' \(known: flere-skal-med, stv, social-stoette, bedre-ressourceforloeb, trin-model\)/);
    assert.throws(() => getModel('stv', '2.0.0'), /Unknown version 2\.0\.0/);
  });
});

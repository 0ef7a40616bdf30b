import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDay } from '../rules/days.ts';
import { ctiMeasurementPlan, ctiMeasurementSchedule, ctiPhaseOn, ctiPhases } from './cti-schedule.ts';

describe('CTI phases: three of equal length', () => {
  it('splits a 6-month course into three 2-month phases', () => {
    assert.deepEqual(ctiPhases('2024-01-15', 6), [
      { phase: 1, from: '2024-01-15', to: '2024-03-14' },
      { phase: 2, from: '2024-03-15', to: '2024-05-14' },
      { phase: 3, from: '2024-05-15', to: '2024-07-14' },
    ]);
  });

  it('splits a 9-month course into three 3-month phases', () => {
    assert.deepEqual(ctiPhases('2024-01-15', 9), [
      { phase: 1, from: '2024-01-15', to: '2024-04-14' },
      { phase: 2, from: '2024-04-15', to: '2024-07-14' },
      { phase: 3, from: '2024-07-15', to: '2024-10-14' },
    ]);
  });

  it('clamps month ends across February in leap and other years', () => {
    assert.deepEqual(ctiPhases('2023-08-31', 6).map((p) => [p.from, p.to]), [
      ['2023-08-31', '2023-10-30'],
      ['2023-10-31', '2023-12-30'],
      ['2023-12-31', '2024-02-28'],
    ]);
    assert.equal(ctiPhases('2022-08-31', 6)[2]!.to, '2023-02-27');
  });

  it('gives phase 0 before the start and 4 after the planned end', () => {
    const start = toDay('2024-01-15');
    assert.equal(ctiPhaseOn(start, 6, start - 1), 0);
    assert.equal(ctiPhaseOn(start, 6, start), 1);
    assert.equal(ctiPhaseOn(start, 6, toDay('2024-03-15')), 2);
    assert.equal(ctiPhaseOn(start, 6, toDay('2024-07-14')), 3);
    assert.equal(ctiPhaseOn(start, 6, toDay('2024-07-15')), 4);
  });
});

describe('CTI measurement schedule', () => {
  it('measures at months 0/1/2/4/6 for a 6-month course, on the phase boundaries', () => {
    const schedule = ctiMeasurementSchedule('2024-01-15', 6);
    assert.deepEqual(schedule.map((s) => [s.point, s.month, s.date]), [
      [0, 0, '2024-01-15'],
      [1, 1, '2024-02-15'],
      [2, 2, '2024-03-15'],
      [3, 4, '2024-05-15'],
      [4, 6, '2024-07-15'],
    ]);
    const phases = ctiPhases('2024-01-15', 6);
    assert.deepEqual([schedule[2]!.date, schedule[3]!.date], [phases[1]!.from, phases[2]!.from]);
  });

  it('measures at months 0/1/3/6/9 for a 9-month course, on the phase boundaries', () => {
    const schedule = ctiMeasurementSchedule('2024-01-31', 9);
    assert.deepEqual(schedule.map((s) => s.date), ['2024-01-31', '2024-02-29', '2024-04-30', '2024-07-31', '2024-10-31']);
    const phases = ctiPhases('2024-01-31', 9);
    assert.deepEqual([schedule[2]!.date, schedule[3]!.date], [phases[1]!.from, phases[2]!.from]);
  });
});

describe('ctiMeasurementPlan (time zero: the baseline at the course start, 002 §7.1.3)', () => {
  const months6 = [0, 1, 2, 4, 6];
  it('takes the baseline at the start in the project and the later points from the CTI start', () => {
    const plan = ctiMeasurementPlan({ courseStart: '2023-11-01', ctiStart: '2024-01-15', months: months6 });
    assert.deepEqual(plan.map((p) => [p.point, p.date, p.final]), [
      [0, '2023-11-01', false],
      [1, '2024-02-15', false],
      [2, '2024-03-15', false],
      [3, '2024-05-15', false],
      [4, '2024-07-15', true],
    ]);
  });

  it('keeps the fifth point of a course that ends on the last day of phase 3, at its month', () => {
    const end = ctiPhases('2024-01-15', 6)[2]!.to;
    assert.equal(end, '2024-07-14');
    const plan = ctiMeasurementPlan({ courseStart: '2024-01-15', ctiStart: '2024-01-15', months: months6, lastDay: end });
    assert.equal(plan.length, 5);
    assert.deepEqual(plan[4], { point: 4, month: 6, date: '2024-07-15', final: true });
  });

  it('drops middle points after an early end and moves the closing point to the last day', () => {
    const plan = ctiMeasurementPlan({ courseStart: '2024-01-15', ctiStart: '2024-01-15', months: [0, 1, 3, 6, 9], lastDay: '2024-05-01' });
    assert.deepEqual(plan.map((p) => [p.point, p.date]), [
      [0, '2024-01-15'],
      [1, '2024-02-15'],
      [2, '2024-04-15'],
      [4, '2024-05-01'],
    ]);
  });
});

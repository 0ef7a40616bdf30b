import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getModel } from '../models/registry.ts';
import { checkSupportCourse, measurementMonths, supportCourseFigures, type SupportCourse } from './support-course.ts';

const base: SupportCourse = {
  legalBasis: 'SEL § 85',
  plannedMonths: 6,
  startDate: '2026-01-15',
  contactBuildingEnd: null,
  closingMeetingDate: null,
  closingMeetingNetwork: null,
  endDate: null,
};
const model = getModel('social-stoette');

describe('CTI support course', () => {
  it('computes three phases and the 0/1/2/4/6-month schedule for 6 months', () => {
    const figures = supportCourseFigures(base, '2026-04-01', measurementMonths(model, 6), '2026-01-15');
    assert.deepEqual(figures.phases.map((p) => [p.phase, p.from, p.to]), [
      [1, '2026-01-15', '2026-03-14'],
      [2, '2026-03-15', '2026-05-14'],
      [3, '2026-05-15', '2026-07-14'],
    ]);
    assert.equal(figures.currentPhase, 2);
    assert.deepEqual(figures.measurementSchedule.map((m) => [m.point, m.month, m.dueDate]), [
      [0, 0, '2026-01-15'],
      [1, 1, '2026-02-15'],
      [2, 2, '2026-03-15'],
      [3, 4, '2026-05-15'],
      [4, 6, '2026-07-15'],
    ]);
  });

  it('computes the 0/1/3/6/9-month schedule for 9 months', () => {
    const figures = supportCourseFigures({ ...base, plannedMonths: 9 }, '2026-01-01', measurementMonths(model, 9), '2026-01-15');
    assert.equal(figures.currentPhase, 0);
    assert.deepEqual(figures.measurementSchedule.map((m) => m.dueDate), ['2026-01-15', '2026-02-15', '2026-04-15', '2026-07-15', '2026-10-15']);
    assert.equal(figures.phases[2]!.to, '2026-10-14');
  });

  it('dates the baseline at the course start and keeps the closing point after an early end', () => {
    const figures = supportCourseFigures({ ...base, endDate: '2026-04-30' }, '2026-05-01', measurementMonths(model, 6), '2025-11-03');
    assert.deepEqual(figures.measurementSchedule.map((m) => [m.point, m.dueDate]), [
      [0, '2025-11-03'],
      [1, '2026-02-15'],
      [2, '2026-03-15'],
      [4, '2026-04-30'],
    ]);
  });

  it('is past its last phase after an early end', () => {
    assert.equal(supportCourseFigures({ ...base, endDate: '2026-02-01' }, '2026-02-02', [0], '2026-01-15').currentPhase, 4);
    assert.equal(supportCourseFigures(base, '2026-07-15', [0], '2026-01-15').currentPhase, 4);
  });

  it('checks the order of its dates', () => {
    assert.deepEqual(checkSupportCourse({ ...base, contactBuildingEnd: '2026-02-01', closingMeetingDate: '2026-07-10', endDate: '2026-07-14' }), {});
    const fields = checkSupportCourse({ ...base, contactBuildingEnd: '2026-03-15', closingMeetingDate: '2026-01-14', endDate: '2026-01-01' });
    assert.deepEqual(Object.keys(fields).sort(), ['closingMeetingDate', 'contactBuildingEnd', 'endDate']);
    assert.match(fields.contactBuildingEnd!, /udgangen af fase 1 \(14\. marts 2026\)/);
  });
});

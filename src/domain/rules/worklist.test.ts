import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registry } from '../models/registry.ts';
import { createRuleSetResolver } from './engine.ts';
import type { CourseFacts } from './facts.ts';
import { makeCourse } from './fixtures.ts';
import { buildWorklist } from './worklist.ts';

const resolve = createRuleSetResolver((id, version) => registry.get(id, version));
const asOf = '2024-06-03';

function fsmCourse(courseId: string, citizenId: string, fields: Partial<CourseFacts> = {}): CourseFacts {
  return makeCourse({
    courseId,
    citizenId,
    modelId: 'flere-skal-med',
    enrolmentDate: '2024-05-01',
    group: '1',
    staff: [{ staffId: 'broker-1', role: 'job_broker', from: '2024-05-01' }],
    cvVersions: [{ date: '2024-05-02' }],
    planVersions: [{ date: '2024-05-02' }],
    jobGoals: [{ date: '2024-05-02', concrete: true }],
    contacts: [{ date: '2024-05-30', kind: 'meeting', attendeeRoles: ['citizen', 'job_broker'] }],
    ...fields,
  });
}

describe('buildWorklist', () => {
  const courses = [
    // nothing due
    fsmCourse('c-ok', 'anna'),
    // CV missing: deadline 31 May, 3 days overdue
    fsmCourse('c-cv', 'bo', { cvVersions: [] }),
    // plan missing: deadline 5 June, due in 2 days; job goal 12 days overdue (enrolled earlier)
    fsmCourse('c-two', 'carl', { enrolmentDate: '2024-04-22', planVersions: [], jobGoals: [], cvVersions: [{ date: '2024-04-23' }] }),
    // another broker's citizen
    fsmCourse('c-other', 'dina', { cvVersions: [], staff: [{ staffId: 'broker-2', role: 'job_broker', from: '2024-05-01' }] }),
    // citizen who moved to another broker: no longer on broker-1's worklist
    fsmCourse('c-moved', 'emil', {
      cvVersions: [],
      staff: [
        { staffId: 'broker-1', role: 'job_broker', from: '2024-05-01', to: '2024-05-31' },
        { staffId: 'broker-2', role: 'job_broker', from: '2024-06-01' },
      ],
    }),
    // ended course
    fsmCourse('c-ended', 'frida', { cvVersions: [], endDate: '2024-06-01' }),
  ];

  it('lists only due and overdue items of running courses where the staff member holds a role today', () => {
    const list = buildWorklist('broker-1', courses, resolve, asOf);
    assert.deepEqual(list.citizens.map((c) => c.citizenId), ['carl', 'bo']);
    for (const c of list.citizens) for (const item of c.items) assert.ok(item.status === 'due' || item.status === 'overdue');
    // equally urgent (same rule, same deadline): ordered by citizen id
    assert.deepEqual(buildWorklist('broker-2', courses, resolve, asOf).citizens.map((c) => c.citizenId), ['dina', 'emil']);
  });

  it('sorts overdue before due and the longest overdue first, within and across citizens', () => {
    const list = buildWorklist('broker-1', courses, resolve, asOf);
    const carl = list.citizens[0]!;
    assert.deepEqual(
      carl.items.map((i) => [i.ruleId, i.status, i.dueDate, i.daysOverdue ?? -i.daysUntilDue!]),
      [
        ['ke1.job-goal', 'overdue', '2024-05-22', 12],
        ['ke1.plan', 'overdue', '2024-05-22', 12],
      ],
    );
    const bo = list.citizens[1]!;
    assert.deepEqual(bo.items.map((i) => [i.ruleId, i.status, i.daysOverdue]), [['ke1.cv', 'overdue', 3]]);
    assert.equal(bo.items[0]!.courseId, 'c-cv');
  });

  it('puts a due item after every overdue one and reports days until the deadline', () => {
    const dueSoon = fsmCourse('c-due', 'gorm', { enrolmentDate: '2024-05-10', cvVersions: [] });
    const list = buildWorklist('broker-1', [dueSoon, ...courses], resolve, asOf);
    const last = list.citizens.at(-1)!;
    assert.equal(last.citizenId, 'gorm');
    assert.deepEqual([last.items[0]!.status, last.items[0]!.dueDate, last.items[0]!.daysUntilDue], ['due', '2024-06-09', 6]);
  });

  it('groups several courses of one citizen together', () => {
    const second = makeCourse({
      courseId: 'c-stv',
      citizenId: 'bo',
      modelId: 'stv',
      enrolmentDate: '2024-05-01',
      group: 'AK',
      staff: [{ staffId: 'broker-1', role: 'caseworker', from: '2024-05-01' }],
    });
    const list = buildWorklist('broker-1', [...courses, second], resolve, asOf);
    const bo = list.citizens.find((c) => c.citizenId === 'bo')!;
    assert.deepEqual(new Set(bo.items.map((i) => i.courseId)), new Set(['c-cv', 'c-stv']));
  });

  it('reports courses whose model version is unknown instead of dropping them silently', () => {
    const list = buildWorklist('broker-1', [fsmCourse('c-x', 'hans', { modelVersion: '9.0.0' })], resolve, asOf);
    assert.deepEqual(list.skipped.map((s) => s.courseId), ['c-x']);
  });
});

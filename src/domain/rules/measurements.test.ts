import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ctiMeasurementSchedule } from '../models/cti-schedule.ts';
import { evaluate } from './engine.ts';
import type { CourseFacts } from './facts.ts';
import { makeCourse, resultFor, ruleSetFor } from './fixtures.ts';

// The progression measurements of the social-support model (002 §7.1.3) through the real definition.
const rules = ruleSetFor('social-stoette');
const instruments = ['WHO-5', 'GSE', 'BIP'];
const course = (plannedMonths: number, start = '2024-01-31'): CourseFacts =>
  makeCourse({ modelId: 'social-stoette', enrolmentDate: '2023-12-01', supportCourse: { start, plannedMonths } });
const taken = (c: CourseFacts, points: number[]): CourseFacts => {
  const schedule = ctiMeasurementSchedule(c.supportCourse!.start, c.supportCourse!.plannedMonths as 6 | 9);
  return { ...c, measurements: points.flatMap((point) => instruments.map((instrument) => ({ instrument, point, date: schedule[point]!.date }))) };
};
const at = (c: CourseFacts, asOf: string) => resultFor(evaluate(rules, c, asOf), 'ke5.measurements');

describe('measurement_schedule', () => {
  it('wants the baseline at the start in the project (the course start), within a 14-day tolerance, before the CTI course starts', () => {
    const r = at(makeCourse({ modelId: 'social-stoette', enrolmentDate: '2023-12-01' }), '2023-12-01');
    assert.deepEqual([r.status, r.dueDate], ['due', '2023-12-15']);
    assert.match(r.explanation, /^1\. måling \(start\)/);
    assert.equal(at(course(6), '2023-12-16').status, 'overdue');
    const baselineOnly = { ...course(6), measurements: instruments.map((instrument) => ({ instrument, point: 0, date: '2023-12-05' })) };
    const before = at(baselineOnly, '2024-01-10');
    assert.equal(before.status, 'satisfied');
    assert.match(before.explanation, /følger CTI-forløbet, når det starter/);
  });

  it('dates the baseline at the CTI start when the CTI course started first', () => {
    const r = at(makeCourse({ modelId: 'social-stoette', enrolmentDate: '2024-02-10', supportCourse: { start: '2024-01-31', plannedMonths: 6 } }), '2024-02-10');
    assert.equal(r.dueDate, '2024-02-14');
  });

  it('follows months 0/1/2/4/6 for a 6-month course (from 31 January 2024: 29 Feb, 31 Mar, 31 May, 31 Jul)', () => {
    const c = taken(course(6), [0]);
    assert.deepEqual([at(c, '2024-02-10').status, at(c, '2024-02-10').dueDate], ['satisfied', '2024-03-14']);
    assert.equal(at(c, '2024-02-22').status, 'due'); // a week before 29 February
    const two = taken(course(6), [0, 1]);
    assert.equal(at(two, '2024-03-20').dueDate, '2024-04-14'); // month 2: 31 March + 14
    const three = taken(course(6), [0, 1, 2]);
    assert.equal(at(three, '2024-04-20').dueDate, '2024-06-14'); // month 4: 31 May + 14
    const four = taken(course(6), [0, 1, 2, 3]);
    assert.equal(at(four, '2024-06-20').dueDate, '2024-08-14'); // month 6: 31 July + 14
    assert.equal(at(taken(course(6), [0, 1, 2, 3, 4]), '2024-09-01').status, 'satisfied');
  });

  it('follows months 0/1/3/6/9 for a 9-month course', () => {
    const c = course(9, '2024-03-15');
    assert.equal(at(taken(c, [0, 1]), '2024-05-01').dueDate, '2024-06-29'); // month 3: 15 June + 14
    assert.equal(at(taken(c, [0, 1, 2]), '2024-07-01').dueDate, '2024-09-29'); // month 6: 15 Sep + 14
    assert.equal(at(taken(c, [0, 1, 2, 3]), '2024-10-01').dueDate, '2024-12-29'); // month 9: 15 Dec + 14
  });

  it('needs every instrument at a point before the point counts as taken', () => {
    const c = taken(course(6), [0]);
    const withoutBip = { ...c, measurements: c.measurements.filter((m) => m.instrument !== 'BIP') };
    assert.equal(at(withoutBip, '2024-02-15').status, 'overdue');
  });

  it('drops a middle point after an early end but keeps the closing measurement, due from the last day', () => {
    const running = taken(course(6), [0, 1, 2]);
    assert.equal(at(running, '2024-05-30').status, 'due'); // month 4 falls on 31 May
    const ending = at({ ...running, endDate: '2024-05-30' }, '2024-05-30');
    assert.deepEqual([ending.status, ending.dueDate], ['due', '2024-06-13']);
    assert.match(ending.explanation, /^5\. måling \(efter 6 måneder\) .* planlagt til 30\. maj 2024/);
    const early = taken(course(6), [0, 1, 2]);
    const closed = { ...early, endDate: '2024-05-30', measurements: [...early.measurements, ...instruments.map((instrument) => ({ instrument, point: 4, date: '2024-05-30' }))] };
    assert.equal(at(closed, '2024-05-30').explanation, 'Alle 4 målinger i forløbet er taget, også den afsluttende; 1 mellemliggende målinger faldt efter forløbets afslutning.');
  });

  it('keeps the fifth measurement of a 6-month course that ends on the last day of phase 3 (issue 9: not "4 of 5")', () => {
    // Started 15 January 2024 for 6 months: phase 3 ends 14 July, month 6 is 15 July.
    const c = makeCourse({ modelId: 'social-stoette', enrolmentDate: '2024-01-15', supportCourse: { start: '2024-01-15', plannedMonths: 6, end: '2024-07-14' } });
    const four = at(taken(c, [0, 1, 2, 3]), '2024-07-14');
    assert.deepEqual([four.status, four.dueDate], ['due', '2024-07-29']); // month 6: 15 July + 14
    assert.match(four.explanation, /^5\. måling/);
    assert.equal(at(taken(c, [0, 1, 2, 3, 4]), '2024-07-20').explanation, 'Alle 5 planlagte målinger er taget.');
  });

  it('is not applicable for a course length the model has no schedule for', () => {
    assert.equal(at(course(12), '2024-03-01').status, 'not_applicable');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromDay, toDay } from './days.ts';
import { evaluate } from './engine.ts';
import type { CourseFacts } from './facts.ts';
import { ref } from '../models/definitions/helpers.ts';
import { makeCourse, prng, randomInt, resultFor, ruleSetFor, testParam, testRuleSet } from './fixtures.ts';

// The three time rules of Bedre Ressourceforløb (003 §4.4) through the real definition.
const rules = ruleSetFor('bedre-ressourceforloeb');
const course = makeCourse({ modelId: 'bedre-ressourceforloeb', enrolmentDate: '2024-01-08', rehabilitation: { preparationStart: '2024-01-08' } });
const at = (c: CourseFacts, asOf: string, ruleId: string) => resultFor(evaluate(rules, c, asOf), ruleId);
const plus = (iso: string, days: number) => fromDay(toDay(iso) + days);

describe('milestone_within: preparation for the rehabilitation team at most 12 weeks', () => {
  it('is due until exactly 12 weeks (84 days) after the preparation started, overdue the day after', () => {
    const deadline = plus('2024-01-08', 84);
    assert.deepEqual([at(course, deadline, '2c.preparation').status, at(course, deadline, '2c.preparation').dueDate], ['due', deadline]);
    assert.equal(at(course, plus(deadline, 1), '2c.preparation').status, 'overdue');
    assert.match(at(course, deadline, '2c.preparation').explanation, /senest 12 uger efter start på forberedelsen/);
  });

  it('is satisfied by a team meeting on day 84, and late on day 85', () => {
    const onTime = { ...course, rehabilitation: { preparationStart: '2024-01-08', teamMeeting: plus('2024-01-08', 84) } };
    assert.deepEqual([at(onTime, '2024-06-01', '2c.preparation').status, at(onTime, '2024-06-01', '2c.preparation').late], ['satisfied', undefined]);
    const late = { ...course, rehabilitation: { preparationStart: '2024-01-08', teamMeeting: plus('2024-01-08', 85) } };
    assert.deepEqual([at(late, '2024-06-01', '2c.preparation').status, at(late, '2024-06-01', '2c.preparation').late], ['satisfied', true]);
  });

  it('is not applicable when the preparation start is not recorded', () => {
    assert.equal(at({ ...course, rehabilitation: {} }, '2024-03-01', '2c.preparation').status, 'not_applicable');
  });
});

describe('milestone_within: recommendation handed to the citizen within 1 day', () => {
  const met = (handed: string) => ({ ...course, rehabilitation: { preparationStart: '2024-01-08', teamMeeting: '2024-03-04', recommendationHandedOver: handed } });

  it('accepts the same day and the next day, and marks two days as late', () => {
    assert.equal(at(met('2024-03-04'), '2024-03-10', '2c.recommendation').late, undefined);
    assert.equal(at(met('2024-03-05'), '2024-03-10', '2c.recommendation').late, undefined);
    assert.equal(at(met('2024-03-06'), '2024-03-10', '2c.recommendation').late, true);
  });

  it('is due on the meeting day and the next day, overdue the day after that', () => {
    const waiting = { ...course, rehabilitation: { preparationStart: '2024-01-08', teamMeeting: '2024-03-04' } };
    assert.equal(at(waiting, '2024-03-05', '2c.recommendation').status, 'due');
    assert.equal(at(waiting, '2024-03-06', '2c.recommendation').status, 'overdue');
  });

  it('is not applicable before the team meeting has happened', () => {
    const future = { ...course, rehabilitation: { preparationStart: '2024-01-08', teamMeeting: '2024-03-04' } };
    assert.equal(at(future, '2024-03-03', '2c.recommendation').status, 'not_applicable');
  });
});

describe('milestone_within: first meeting with the caseworker within 14 days of the team meeting', () => {
  it('uses day 14 as the last day in time, across the end of February in a leap year', () => {
    const waiting = { ...course, rehabilitation: { preparationStart: '2024-01-08', teamMeeting: '2024-02-20' } };
    assert.deepEqual([at(waiting, '2024-03-05', '2c.first-meeting').status, at(waiting, '2024-03-05', '2c.first-meeting').dueDate], ['due', '2024-03-05']);
    assert.equal(at(waiting, '2024-03-06', '2c.first-meeting').status, 'overdue');
    const held = { ...course, rehabilitation: { ...waiting.rehabilitation, firstCaseworkerMeeting: '2024-03-05' } };
    assert.deepEqual([at(held, '2024-03-06', '2c.first-meeting').status, at(held, '2024-03-06', '2c.first-meeting').late], ['satisfied', undefined]);
  });
});

describe('milestone_within (property)', () => {
  it('is due/overdue by from + limit while the second event is missing, satisfied (late iff after the limit) once it happened', () => {
    const random = prng(5);
    for (let i = 0; i < 400; i++) {
      const weeks = random() < 0.5;
      const limit = randomInt(random, 0, 30);
      const limitDays = weeks ? limit * 7 : limit;
      const ruleSet = testRuleSet([
        {
          id: 'm',
          type: 'milestone_within',
          title: { da: 'M', en: 'M' },
          description: 'Test.',
          source: ref('003', '4.4'),
          from: 'rehab_team_meeting',
          to: 'rehab_first_caseworker_meeting',
          params: { limit: testParam(limit, weeks ? 'weeks' : 'days') },
        },
      ]);
      const meeting = toDay('2021-01-01') + randomInt(random, 0, 1200);
      const first = random() < 0.5 ? undefined : meeting + randomInt(random, 0, 250);
      const asOf = meeting + randomInt(random, 0, 300);
      const c = makeCourse({
        modelId: 'test-model',
        enrolmentDate: fromDay(meeting - 30),
        rehabilitation: { teamMeeting: fromDay(meeting), ...(first === undefined ? {} : { firstCaseworkerMeeting: fromDay(first) }) },
      });
      const r = resultFor(evaluate(ruleSet, c, fromDay(asOf)), 'm');
      if (first !== undefined && first <= asOf) {
        assert.equal(r.status, 'satisfied');
        assert.equal(r.late === true, first > meeting + limitDays);
      } else {
        assert.equal(r.status, asOf > meeting + limitDays ? 'overdue' : 'due');
        assert.equal(r.dueDate, fromDay(meeting + limitDays));
      }
    }
  });
});

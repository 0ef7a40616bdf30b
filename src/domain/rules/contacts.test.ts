import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ref } from '../models/definitions/helpers.ts';
import { fromDay, toDay } from './days.ts';
import { evaluate } from './engine.ts';
import type { AttendeeRole, ContactKind } from './facts.ts';
import { makeCourse, prng, randomInt, resultFor, testParam, testRuleSet } from './fixtures.ts';

const base = { title: { da: 'T', en: 'T' }, description: 'Test.', source: ref('000', '1') };
const contactRule = (days: number) =>
  testRuleSet([{ ...base, id: 'contact', type: 'last_contact_within_days', kinds: ['meeting', 'home_visit'], params: { days: testParam(days) } }]);
const contact = (date: string, kind: ContactKind = 'meeting', attendeeRoles: AttendeeRole[] = ['citizen', 'job_broker']) => ({ date, kind, attendeeRoles });

describe('last_contact_within_days', () => {
  const rules = contactRule(42);
  const course = makeCourse({ modelId: 'test-model', enrolmentDate: '2024-01-01', contacts: [contact('2024-02-01')] });

  it('is satisfied while the next contact is more than a week away', () => {
    const r = resultFor(evaluate(rules, course, '2024-02-20'), 'contact');
    assert.deepEqual([r.status, r.dueDate], ['satisfied', '2024-03-14']);
  });

  it('is due inside the last week and on the day exactly N days after the last contact', () => {
    assert.equal(resultFor(evaluate(rules, course, '2024-03-07'), 'contact').status, 'due');
    const onDay = resultFor(evaluate(rules, course, '2024-03-14'), 'contact');
    assert.deepEqual([onDay.status, onDay.dueDate], ['due', '2024-03-14']);
    assert.match(onDay.explanation, /42 dage siden/);
  });

  it('is overdue the day after', () => {
    const r = resultFor(evaluate(rules, course, '2024-03-15'), 'contact');
    assert.equal(r.status, 'overdue');
    assert.match(r.explanation, /1 dag for sent/);
  });

  it('counts from enrolment when there has been no contact', () => {
    const r = resultFor(evaluate(rules, { ...course, contacts: [] }, '2024-02-13'), 'contact');
    assert.deepEqual([r.status, r.dueDate], ['overdue', '2024-02-12']);
    assert.match(r.explanation, /Ingen kontakt/);
  });

  it('is not met before the first contact: due until the first deadline, never satisfied', () => {
    const r = resultFor(evaluate(rules, { ...course, contacts: [contact('2024-01-10', 'sms')] }, '2024-01-15'), 'contact');
    assert.deepEqual([r.status, r.dueDate], ['due', '2024-02-12']);
    assert.match(r.explanation, /Ingen kontakt/);
  });

  it('ignores no-shows, kinds the rule does not count, and contacts after the evaluation day', () => {
    const noise = { ...course, contacts: [contact('2024-02-01'), contact('2024-03-01', 'no_show'), contact('2024-03-02', 'phone'), contact('2024-04-01')] };
    assert.equal(resultFor(evaluate(rules, noise, '2024-03-15'), 'contact').status, 'overdue');
    assert.equal(resultFor(evaluate(rules, noise, '2024-04-02'), 'contact').status, 'satisfied');
  });

  it('honours the due-soon window given to the engine', () => {
    assert.equal(resultFor(evaluate(rules, course, '2024-02-20', { dueSoonDays: 30 }), 'contact').status, 'due');
    assert.equal(resultFor(evaluate(rules, course, '2024-03-13', { dueSoonDays: 0 }), 'contact').status, 'satisfied');
  });

  it('property: overdue exactly when more than N days have passed since the latest counted contact', () => {
    const random = prng(3);
    for (let i = 0; i < 500; i++) {
      const n = randomInt(random, 1, 120);
      const enrolment = toDay('2019-06-01') + randomInt(random, 0, 1500);
      const days = Array.from({ length: randomInt(random, 0, 6) }, () => enrolment + randomInt(random, 0, 400));
      const asOf = enrolment + randomInt(random, 0, 500);
      const counted = days.filter((d) => d <= asOf);
      const last = counted.length ? Math.max(...counted) : enrolment;
      const course = makeCourse({ modelId: 'test-model', enrolmentDate: fromDay(enrolment), contacts: days.map((d) => contact(fromDay(d))) });
      const r = resultFor(evaluate(contactRule(n), course, fromDay(asOf)), 'contact');
      assert.equal(r.dueDate, fromDay(last + n));
      const expected = asOf - last > n ? 'overdue' : !counted.length || last + n - asOf <= 7 ? 'due' : 'satisfied';
      assert.equal(r.status, expected, `n=${n} last=${fromDay(last)} asOf=${fromDay(asOf)}`);
    }
  });
});

describe('start_meeting_attendance', () => {
  const roles: AttendeeRole[] = ['citizen', 'cti_worker', 'company_consultant', 'caseworker', 'social_caseworker'];
  const rules = testRuleSet([{ ...base, id: 'start', type: 'start_meeting_attendance', roles, params: { days: testParam(14) } }]);
  const course = makeCourse({ modelId: 'test-model', enrolmentDate: '2024-05-01' });

  it('is due until N days after enrolment and overdue after, when no start meeting is held', () => {
    assert.deepEqual(status(evaluate(rules, course, '2024-05-15')), ['due', '2024-05-15']);
    assert.deepEqual(status(evaluate(rules, course, '2024-05-16')), ['overdue', '2024-05-15']);
  });

  it('names the roles missing from the start meeting and stays open until a complete meeting', () => {
    const partial = { ...course, contacts: [contact('2024-05-03', 'start_meeting', ['citizen', 'cti_worker', 'company_consultant', 'caseworker'])] };
    const r = resultFor(evaluate(rules, partial, '2024-05-20'), 'start');
    assert.equal(r.status, 'overdue');
    assert.match(r.explanation, /manglede sagsbehandler \(socialforvaltning\)/);
    const completed = { ...partial, contacts: [...partial.contacts, contact('2024-05-10', 'start_meeting', roles)] };
    assert.equal(status(evaluate(rules, completed, '2024-05-20'))[0], 'satisfied');
  });

  it('does not count an ordinary meeting with everyone present as the start meeting', () => {
    const ordinary = { ...course, contacts: [contact('2024-05-03', 'meeting', roles)] };
    assert.equal(status(evaluate(rules, ordinary, '2024-05-20'))[0], 'overdue');
  });

  function status(results: ReturnType<typeof evaluate>): [string, string | undefined] {
    const r = resultFor(results, 'start');
    return [r.status, r.dueDate];
  }
});

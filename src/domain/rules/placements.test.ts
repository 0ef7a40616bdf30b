import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ref } from '../models/definitions/helpers.ts';
import { fromDay, toDay } from './days.ts';
import { evaluate } from './engine.ts';
import type { CourseFacts } from './facts.ts';
import { makeCourse, prng, randomInt, resultFor, testParam, testRuleSet } from './fixtures.ts';

const base = { title: { da: 'T', en: 'T' }, description: 'Test.', source: ref('000', '1') };

describe('follow_up_interval', () => {
  const rules = testRuleSet([
    { ...base, id: 'fu', type: 'follow_up_interval', placementTypes: ['virksomhedspraktik', 'loentilskud'], params: { days: testParam(28) } },
  ]);
  const course = makeCourse({
    modelId: 'test-model',
    enrolmentDate: '2024-01-01',
    placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2024-02-01' }],
  });
  const at = (c: CourseFacts, asOf: string) => resultFor(evaluate(rules, c, asOf), 'fu');

  it('is not applicable without a running placement', () => {
    assert.equal(at(course, '2024-01-20').status, 'not_applicable');
    assert.equal(at({ ...course, placements: [{ id: 'p1', type: 'job', from: '2024-02-01' }] }, '2024-02-20').status, 'not_applicable');
  });

  it('wants the first follow-up N days after the start, counting the start day itself as day 0', () => {
    const onDay = at(course, '2024-02-29');
    assert.deepEqual([onDay.status, onDay.dueDate], ['due', '2024-02-29']);
    assert.equal(at(course, '2024-03-01').status, 'overdue');
  });

  it('counts from the latest follow-up', () => {
    const followed = { ...course, followUps: [{ placementId: 'p1', date: '2024-02-20' }] };
    const r = at(followed, '2024-03-01');
    assert.deepEqual([r.status, r.dueDate], ['satisfied', '2024-03-19']);
    assert.equal(at(followed, '2024-03-20').status, 'overdue');
  });

  it('stops applying when the placement ends (a course that ends)', () => {
    const ended = { ...course, placements: [{ id: 'p1', type: 'virksomhedspraktik' as const, from: '2024-02-01', to: '2024-03-10' }] };
    assert.equal(at(ended, '2024-03-10').status, 'overdue');
    assert.equal(at(ended, '2024-03-11').status, 'not_applicable');
  });

  it('reports the most urgent of several running placements', () => {
    const two = {
      ...course,
      placements: [...course.placements, { id: 'p2', type: 'loentilskud' as const, from: '2024-03-01' }],
      followUps: [{ placementId: 'p1', date: '2024-03-05' }],
    };
    const r = at(two, '2024-03-20');
    assert.equal(r.dueDate, '2024-03-29');
    assert.match(r.explanation, /løntilskud fra 1\. marts 2024/);
  });

  it('property: overdue exactly when more than N days passed since the start or latest follow-up', () => {
    const random = prng(4);
    for (let i = 0; i < 300; i++) {
      const n = randomInt(random, 1, 60);
      const start = toDay('2022-01-01') + randomInt(random, 0, 700);
      const followUps = Array.from({ length: randomInt(random, 0, 4) }, () => start + randomInt(random, 0, 150));
      const asOf = start + randomInt(random, 0, 200);
      const seen = followUps.filter((d) => d <= asOf);
      const last = seen.length ? Math.max(...seen) : start;
      const c = makeCourse({
        modelId: 'test-model',
        enrolmentDate: fromDay(start - 10),
        placements: [{ id: 'p', type: 'virksomhedspraktik', from: fromDay(start) }],
        followUps: followUps.map((d) => ({ placementId: 'p', date: fromDay(d) })),
      });
      const ruleSet = testRuleSet([{ ...base, id: 'fu', type: 'follow_up_interval', placementTypes: ['virksomhedspraktik'], params: { days: testParam(n) } }]);
      const r = resultFor(evaluate(ruleSet, c, fromDay(asOf)), 'fu');
      assert.equal(r.dueDate, fromDay(last + n));
      assert.equal(r.status === 'overdue', asOf - last > n);
    }
  });
});

describe('work_agreement_ordinary_hours', () => {
  const rules = testRuleSet([
    { ...base, id: 'wa', type: 'work_agreement_ordinary_hours', placementTypes: ['virksomhedspraktik'], params: { daysAfterStart: testParam(0) } },
  ]);
  const course = makeCourse({
    modelId: 'test-model',
    enrolmentDate: '2024-01-01',
    placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2024-02-01' }],
  });
  const at = (c: CourseFacts, asOf: string) => resultFor(evaluate(rules, c, asOf), 'wa');
  const agreement = (date: string, ordinaryHoursClause: boolean, declarationOfIntent: boolean) => ({
    id: `a-${date}`,
    placementId: 'p1',
    date,
    ordinaryHoursClause,
    declarationOfIntent,
  });

  it('is due before a coming placement starts and overdue once it has started without an agreement', () => {
    assert.deepEqual([at(course, '2024-01-20').status, at(course, '2024-01-20').dueDate], ['due', '2024-02-01']);
    assert.equal(at(course, '2024-02-01').status, 'due');
    assert.equal(at(course, '2024-02-02').status, 'overdue');
    assert.match(at(course, '2024-02-02').explanation, /mangler en arbejdsaftale/);
  });

  it('is satisfied by an ordinary-hours clause or by a declaration of intent', () => {
    assert.equal(at({ ...course, workAgreements: [agreement('2024-01-25', true, false)] }, '2024-02-10').status, 'satisfied');
    assert.equal(at({ ...course, workAgreements: [agreement('2024-01-25', false, true)] }, '2024-02-10').status, 'satisfied');
  });

  it('says when the agreement lacks both, and keeps the requirement open', () => {
    const r = at({ ...course, workAgreements: [agreement('2024-01-25', false, false)] }, '2024-02-10');
    assert.equal(r.status, 'overdue');
    assert.match(r.explanation, /hverken en aftale om ordinære timer eller en hensigtserklæring/);
  });

  it('reopens the task when a later version drops the clause, and says so', () => {
    const r = at({ ...course, workAgreements: [agreement('2024-01-25', false, true), agreement('2024-02-05', false, false)] }, '2024-02-10');
    assert.equal(r.status, 'overdue');
    assert.match(r.explanation, /En tidligere version havde det/);
    const restored = at(
      { ...course, workAgreements: [agreement('2024-01-25', true, false), agreement('2024-02-05', false, false), agreement('2024-02-08', true, false)] },
      '2024-02-10',
    );
    assert.deepEqual([restored.status, restored.late], ['satisfied', true]);
  });

  it('marks an agreement made after the start as late', () => {
    const r = at({ ...course, workAgreements: [agreement('2024-02-05', true, false)] }, '2024-02-10');
    assert.deepEqual([r.status, r.late], ['satisfied', true]);
  });

  it('is not applicable when every placement has ended or is of another type', () => {
    const ended = { ...course, placements: [{ id: 'p1', type: 'virksomhedspraktik' as const, from: '2024-02-01', to: '2024-02-20' }] };
    assert.equal(at(ended, '2024-03-01').status, 'not_applicable');
    assert.equal(at({ ...course, placements: [{ id: 'p1', type: 'ordinary_hours', from: '2024-02-01' }] }, '2024-03-01').status, 'not_applicable');
  });
});

describe('work_agreement_ordinary_hours (property)', () => {
  it('is satisfied iff the version in force on the evaluation day covers ordinary hours; otherwise due/overdue by start + N', () => {
    const random = prng(6);
    for (let i = 0; i < 400; i++) {
      const grace = randomInt(random, 0, 14);
      const start = toDay('2022-01-01') + randomInt(random, 0, 700);
      const asOf = start + randomInt(random, -20, 60);
      const agreements = Array.from({ length: randomInt(random, 0, 3) }, (_, k) => ({
        id: `a${k}`,
        placementId: 'p',
        date: fromDay(start + randomInt(random, -20, 40)),
        ordinaryHoursClause: random() < 0.3,
        declarationOfIntent: random() < 0.3,
      })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)); // versions in the order they were made
      const c = makeCourse({
        modelId: 'test-model',
        enrolmentDate: fromDay(start - 60),
        placements: [{ id: 'p', type: 'virksomhedspraktik', from: fromDay(start) }],
        workAgreements: agreements,
      });
      const ruleSet = testRuleSet([
        { ...base, id: 'wa', type: 'work_agreement_ordinary_hours', placementTypes: ['virksomhedspraktik'], params: { daysAfterStart: testParam(grace) } },
      ]);
      const r = resultFor(evaluate(ruleSet, c, fromDay(asOf)), 'wa');
      const made = agreements.filter((a) => toDay(a.date) <= asOf);
      const covers = (a: (typeof agreements)[number]) => a.ordinaryHoursClause || a.declarationOfIntent;
      const inForce = made[made.length - 1];
      if (inForce && covers(inForce)) {
        let since = made.length - 1;
        while (since > 0 && covers(made[since - 1]!)) since--;
        assert.equal(r.status, 'satisfied');
        assert.equal(r.late === true, toDay(made[since]!.date) > start + grace);
      } else {
        assert.equal(r.status, asOf > start + grace ? 'overdue' : 'due');
        assert.equal(r.dueDate, fromDay(start + grace));
      }
    }
  });
});

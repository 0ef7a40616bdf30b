import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contactFigure } from './contact-figure.ts';
import { toDay } from './days.ts';
import { evaluate } from './engine.ts';
import type { ContactKind } from './facts.ts';
import { makeCourse, resultFor, ruleSetFor } from './fixtures.ts';
import type { RuleOverride } from './parameters.ts';
import { prepareCourse } from './prepared.ts';

const asOf = '2024-06-01';
const daysBefore = (n: number) => new Date(Date.UTC(2024, 5, 1) - n * 86_400_000).toISOString().slice(0, 10);
const contact = (n: number, kind: ContactKind) => ({ date: daysBefore(n), kind, attendeeRoles: ['citizen' as const, 'job_broker' as const] });
const fsm = (group: string, contacts: ReturnType<typeof contact>[]) => makeCourse({ modelId: 'flere-skal-med', enrolmentDate: '2024-01-01', group, contacts });
const thirtyDays: RuleOverride = { modelId: 'flere-skal-med', unitId: 'unit-a', ruleId: 'ke2.contact', parameter: 'days', value: 30, by: 'leader', at: '2024-01-01T00:00:00Z' };

describe('contactFigure', () => {
  it('counts the contacts the model’s rule counts, so the caseload says what the rule says (an SMS is no conversation)', () => {
    const course = fsm('1', [contact(75, 'meeting'), contact(69, 'sms')]);
    const figure = contactFigure(ruleSetFor('flere-skal-med'), prepareCourse(course), toDay(asOf), 7);
    assert.deepEqual([figure.daysSince, figure.lastDate, figure.counts], [75, daysBefore(75), 'rule_kinds']);
    assert.deepEqual(figure.rule, { ruleId: 'ke2.contact', maxDays: 42, status: 'overdue' });
    assert.match(resultFor(evaluate(ruleSetFor('flere-skal-med'), course, asOf), 'ke2.contact').explanation, /75 dage siden/);
  });

  it('judges the figure by the maximum in force for the course’s unit', () => {
    const course = prepareCourse(fsm('1', [contact(32, 'meeting')]));
    assert.equal(contactFigure(ruleSetFor('flere-skal-med'), course, toDay(asOf), 7).rule?.status, 'satisfied');
    const lowered = contactFigure(ruleSetFor('flere-skal-med', [thirtyDays]), course, toDay(asOf), 7);
    assert.deepEqual(lowered.rule, { ruleId: 'ke2.contact', maxDays: 30, status: 'overdue' });
  });

  it('has no limit where the rule does not apply, and counts any contact in a model without a contact rule', () => {
    const group2 = contactFigure(ruleSetFor('flere-skal-med'), prepareCourse(fsm('2', [contact(75, 'meeting'), contact(69, 'sms')])), toDay(asOf), 7);
    assert.deepEqual([group2.daysSince, group2.rule], [75, undefined]);
    const stv = makeCourse({ modelId: 'stv', enrolmentDate: '2024-01-01', group: 'AK', contacts: [contact(75, 'meeting'), contact(69, 'sms'), contact(60, 'no_show')] });
    const figure = contactFigure(ruleSetFor('stv'), prepareCourse(stv), toDay(asOf), 7);
    assert.deepEqual([figure.daysSince, figure.counts, figure.rule], [69, 'any', undefined]);
  });

  it('has no figure before the first contact, and the rule is not met then', () => {
    const figure = contactFigure(ruleSetFor('flere-skal-med'), prepareCourse(fsm('1', [])), toDay('2024-01-20'), 7);
    assert.deepEqual([figure.lastDate, figure.daysSince, figure.rule?.status], [null, null, 'due']);
  });
});

/**
 * One fixture course per model, walked through every phase: at each step the
 * facts so far are added, the move is checked against the model, the phase
 * change is recorded, and chosen rules are evaluated on the day.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileRuleSet, evaluate } from '../rules/engine.ts';
import type { CourseFacts } from '../rules/facts.ts';
import { makeCourse, resultFor } from '../rules/fixtures.ts';
import type { RuleStatus } from '../rules/result.ts';
import { checkTransition } from './phases.ts';
import { getModel } from './registry.ts';

interface Step {
  on: string;
  /** Facts that have become known by this day: lists are appended to. */
  add?: Partial<CourseFacts>;
  /** Facts that have changed by this day: fields are replaced (e.g. a placement that ended). */
  set?: Partial<CourseFacts>;
  /** Phase to move to on this day. */
  to?: string;
  /** Expected statuses of rules on this day ('satisfied late' when met after the deadline). */
  expect?: Record<string, RuleStatus | `${RuleStatus} late`>;
}

function walk(modelId: string, initial: CourseFacts, steps: Step[]): CourseFacts {
  const model = getModel(modelId);
  const rules = compileRuleSet(model);
  let course = initial;
  for (const step of steps) {
    const merged: Record<string, unknown> = { ...course };
    for (const [key, value] of Object.entries(step.add ?? {})) merged[key] = [...((merged[key] as unknown[]) ?? []), ...(value as unknown[])];
    course = { ...(merged as CourseFacts), ...step.set };
    if (step.to) {
      const check = checkTransition(model, course, step.to, step.on);
      assert.deepEqual(check.refusals, [], `${modelId}: move to ${step.to} on ${step.on}`);
      course = { ...course, phaseHistory: [...course.phaseHistory, { phaseId: step.to, from: step.on }] };
    }
    const results = evaluate(rules, course, step.on);
    for (const [ruleId, expected] of Object.entries(step.expect ?? {})) {
      const r = resultFor(results, ruleId);
      assert.equal(`${r.status}${r.late ? ' late' : ''}`, expected, `${modelId} ${ruleId} on ${step.on}: ${r.explanation}`);
    }
  }
  const visited = new Set(course.phaseHistory.map((p) => p.phaseId));
  assert.deepEqual(
    model.phases.map((p) => p.id).filter((id) => !visited.has(id)),
    [],
    `${modelId}: every phase is visited`,
  );
  return course;
}

const meeting = (date: string) => ({ date, kind: 'meeting' as const, attendeeRoles: ['citizen' as const, 'job_broker' as const] });

describe('end-to-end fixture courses', () => {
  it('Flere skal med: visitation, plan/CV/job goal, match, placement and back to match', () => {
    walk('flere-skal-med', makeCourse({ modelId: 'flere-skal-med', enrolmentDate: '2024-01-08', group: '1' }), [
      { on: '2024-01-08', to: 'visitation', add: { staff: [{ staffId: 'jf-1', role: 'job_broker', from: '2024-01-08' }] }, expect: { 'ke1.cv': 'due', 'ke2.job-broker': 'satisfied' } },
      { on: '2024-01-15', to: 'afklaring', add: { contacts: [meeting('2024-01-15')] } },
      {
        on: '2024-02-05',
        to: 'jobmatch',
        add: {
          planVersions: [{ date: '2024-01-20' }],
          cvVersions: [{ date: '2024-01-25' }],
          jobGoals: [{ date: '2024-02-01', tier: 'A', concrete: true, ownWish: true }],
          contacts: [meeting('2024-02-05')],
        },
        expect: { 'ke1.plan': 'satisfied', 'ke1.cv': 'satisfied', 'ke1.job-goal': 'satisfied', 'ke2.contact': 'satisfied', 'ke4.agreement': 'not_applicable' },
      },
      {
        on: '2024-02-26',
        add: {
          placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2024-03-01' }],
          workAgreements: [{ id: 'a1', placementId: 'p1', date: '2024-02-26', ordinaryHoursClause: false, declarationOfIntent: true }],
        },
        expect: { 'ke4.agreement': 'satisfied', 'ke6.follow-up': 'not_applicable' },
      },
      { on: '2024-03-01', to: 'virksomhedsforloeb', add: { contacts: [meeting('2024-03-01')] }, expect: { 'ke6.follow-up': 'satisfied' } },
      { on: '2024-04-02', expect: { 'ke6.follow-up': 'overdue', 'ke2.contact': 'satisfied' } },
      { on: '2024-04-03', add: { followUps: [{ placementId: 'p1', date: '2024-04-03' }], contacts: [meeting('2024-04-03')] }, expect: { 'ke6.follow-up': 'satisfied' } },
      {
        // the placement broke off on 10 May
        on: '2024-05-13',
        to: 'jobmatch',
        set: { placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2024-03-01', to: '2024-05-10', endReason: 'afbrudt' }] },
        add: { contacts: [meeting('2024-05-13')] },
        expect: { 'ke6.follow-up': 'not_applicable', 'ke4.agreement': 'not_applicable', 'ke2.contact': 'satisfied' },
      },
    ]);
  });

  it('STV: job goal and match, placement, stopped placement and a new match', () => {
    walk('stv', makeCourse({ modelId: 'stv', enrolmentDate: '2024-01-08', group: 'AK' }), [
      { on: '2024-01-08', to: 'jobmaal-og-match', expect: { '3a.cv': 'due', '3a.job-goal': 'due' } },
      {
        on: '2024-02-01',
        add: { cvVersions: [{ date: '2024-01-20' }], jobGoals: [{ date: '2024-01-25', concrete: false }] },
        expect: { '3a.cv': 'satisfied', '3a.job-goal': 'satisfied' },
      },
      {
        on: '2024-02-15',
        to: 'virksomhedsforloeb',
        add: {
          placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2024-02-15' }],
          workAgreements: [{ id: 'a1', placementId: 'p1', date: '2024-02-12', ordinaryHoursClause: false, declarationOfIntent: true }],
        },
        expect: { '3b.agreement': 'satisfied', '3c.follow-up': 'satisfied' },
      },
      { on: '2024-03-14', expect: { '3c.follow-up': 'due' } },
      { on: '2024-03-15', add: { followUps: [{ placementId: 'p1', date: '2024-03-07' }] }, expect: { '3c.follow-up': 'satisfied' } },
      {
        // the company would not pay for the tasks solved, so the placement stopped on 30 April
        on: '2024-05-02',
        to: 'jobmaal-og-match',
        set: { placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2024-02-15', to: '2024-04-30', endReason: 'ingen udsigt til løn' }] },
        expect: { '3c.follow-up': 'not_applicable', '3b.agreement': 'not_applicable' },
      },
    ]);
  });

  it('Social støtte: start meeting and plan, match, CTI phases 1-3, and the end of the course', () => {
    const roles = ['citizen', 'cti_worker', 'company_consultant', 'caseworker', 'social_caseworker'] as const;
    const done = walk('social-stoette', makeCourse({ modelId: 'social-stoette', enrolmentDate: '2024-01-08', group: 'indsats' }), [
      { on: '2024-01-08', to: 'opstart', expect: { 'ke1.start-meeting': 'due', 'ke2.plan': 'due' } },
      {
        on: '2024-01-15',
        to: 'virksomhedsmatch',
        // The baseline is taken at the start meeting, before the CTI course (002 §7.1.3).
        add: { contacts: [{ date: '2024-01-10', kind: 'start_meeting', attendeeRoles: [...roles] }], planVersions: [{ date: '2024-01-12' }], ...measurementsAt(0, '2024-01-10') },
        expect: { 'ke1.start-meeting': 'satisfied', 'ke2.plan': 'satisfied', 'ke2.job-goal': 'due', 'ke5.measurements': 'satisfied' },
      },
      {
        on: '2024-03-01',
        to: 'cti-1',
        add: {
          jobGoals: [{ date: '2024-01-20', concrete: true }],
          placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2024-03-04' }],
          workAgreements: [{ id: 'a1', placementId: 'p1', date: '2024-03-01', ordinaryHoursClause: true, declarationOfIntent: false }],
          staff: [{ staffId: 'cti-1', role: 'cti_worker', from: '2024-02-15' }],
        },
        set: { supportCourse: { start: '2024-03-01', plannedMonths: 6 } },
        expect: { 'ke2.job-goal': 'satisfied', 'ke4.placement-start': 'due', 'ke5.measurements': 'satisfied', 'ke6.agreement': 'satisfied' },
      },
      {
        on: '2024-03-10',
        expect: { 'ke4.placement-start': 'satisfied', 'ke5.measurements': 'satisfied' },
      },
      { on: '2024-05-01', to: 'cti-2', add: measurementsAt(1, '2024-04-02'), expect: { 'ke5.measurements': 'due' } },
      { on: '2024-05-16', expect: { 'ke5.measurements': 'overdue' } },
      { on: '2024-07-01', to: 'cti-3', add: measurementsAt(2, '2024-05-10'), set: { endDate: '2024-08-31' }, expect: { 'ke5.measurements': 'due' } },
    ]);
    const after = evaluate(compileRuleSet(getModel('social-stoette')), done, '2024-09-01');
    assert.ok(after.every((r) => r.status === 'not_applicable'), 'nothing is due once the course has ended');
  });

  it('Bedre Ressourceforløb: preparation, team meeting, recommendation, resource programme', () => {
    walk(
      'bedre-ressourceforloeb',
      makeCourse({ modelId: 'bedre-ressourceforloeb', enrolmentDate: '2024-01-08', rehabilitation: { preparationStart: '2024-01-08' } }),
      [
        { on: '2024-01-08', to: 'forberedelse', expect: { '2c.preparation': 'due', '2b.cv': 'due', '2a.consultant': 'due', '2c.recommendation': 'not_applicable' } },
        {
          on: '2024-03-25',
          to: 'rehabiliteringsteam',
          add: {
            staff: [{ staffId: 'vk-1', role: 'company_consultant', from: '2024-01-20' }],
            cvVersions: [{ date: '2024-02-10' }],
          },
          set: { rehabilitation: { preparationStart: '2024-01-08', teamMeeting: '2024-03-25' } },
          expect: { '2c.preparation': 'satisfied', '2b.cv': 'satisfied', '2a.consultant': 'satisfied', '2c.recommendation': 'due', '2b.plan': 'due' },
        },
        {
          on: '2024-03-26',
          to: 'indstilling',
          set: { rehabilitation: { preparationStart: '2024-01-08', teamMeeting: '2024-03-25', recommendationHandedOver: '2024-03-26' } },
          expect: { '2c.recommendation': 'satisfied', '2c.first-meeting': 'due' },
        },
        {
          on: '2024-04-05',
          to: 'ressourceforloeb',
          set: { rehabilitation: { preparationStart: '2024-01-08', teamMeeting: '2024-03-25', recommendationHandedOver: '2024-03-26', firstCaseworkerMeeting: '2024-04-05' } },
          add: { planVersions: [{ date: '2024-04-05' }] },
          expect: { '2c.first-meeting': 'satisfied', '2b.plan': 'satisfied' },
        },
      ],
    );
  });

  it('TRIN model: TRIN 1 -> 2 -> 3, a broken-off placement back to TRIN 2, and on to TRIN 3 again', () => {
    const course = walk('trin-model', makeCourse({ modelId: 'trin-model', enrolmentDate: '2024-01-08' }), [
      { on: '2024-01-08', to: 'TRIN1', add: { staff: [{ staffId: 'jf-9', role: 'job_broker', from: '2024-01-08' }] }, expect: { 'trin1.plan': 'due' } },
      {
        on: '2024-02-05',
        to: 'TRIN2',
        add: { planVersions: [{ date: '2024-01-20' }], jobGoals: [{ date: '2024-02-01', concrete: false }] },
        expect: { 'trin1.plan': 'satisfied', 'trin1.job-broker': 'satisfied' },
      },
      {
        on: '2024-03-04',
        to: 'TRIN3',
        add: {
          placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2024-03-04', to: '2024-04-15', endReason: 'afbrudt af virksomheden' }],
          workAgreements: [{ id: 'a1', placementId: 'p1', date: '2024-03-01', ordinaryHoursClause: true, declarationOfIntent: false }],
        },
        expect: { 'trin2.agreement': 'satisfied', 'trin3.follow-up': 'satisfied' },
      },
      { on: '2024-04-16', to: 'TRIN2', expect: { 'trin3.follow-up': 'not_applicable' } },
      {
        on: '2024-05-01',
        to: 'TRIN3',
        add: { placements: [{ id: 'p2', type: 'hybrid', from: '2024-05-01' }] },
        expect: { 'trin2.agreement': 'due' },
      },
      { on: '2024-05-02', expect: { 'trin2.agreement': 'overdue' } },
    ]);
    assert.deepEqual(course.phaseHistory.map((p) => p.phaseId), ['TRIN1', 'TRIN2', 'TRIN3', 'TRIN2', 'TRIN3']);
  });
});

function measurementsAt(point: number, date: string): Partial<CourseFacts> {
  return { measurements: ['WHO-5', 'GSE', 'BIP'].map((instrument) => ({ instrument, point, date })) };
}

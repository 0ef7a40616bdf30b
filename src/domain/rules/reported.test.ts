import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate } from './engine.ts';
import type { CourseFacts } from './facts.ts';
import { makeCourse, resultFor, ruleSetFor } from './fixtures.ts';

// Rules the reports state that the first vocabulary missed (issue 9, item 11) and BRF's CV before the team (003 §4.4).
const at = (modelId: string, c: CourseFacts, asOf: string, ruleId: string) => resultFor(evaluate(ruleSetFor(modelId), c, asOf), ruleId);

describe('cv_before_milestone: BRF CV before the rehabilitation team meeting (003 §4.4)', () => {
  const brf = (fields: Partial<CourseFacts> = {}) => makeCourse({ modelId: 'bedre-ressourceforloeb', enrolmentDate: '2024-01-01', ...fields });
  it('is due by the team meeting, not by 84 days after the preparation start', () => {
    const c = brf({ rehabilitation: { preparationStart: '2024-01-01', teamMeeting: '2024-05-15' } });
    // 84 days after the preparation start have passed, but the meeting has not: still in time.
    const r = at('bedre-ressourceforloeb', c, '2024-04-20', '2b.cv');
    assert.deepEqual([r.status, r.dueDate], ['due', '2024-05-15']);
    assert.equal(at('bedre-ressourceforloeb', c, '2024-05-16', '2b.cv').status, 'overdue');
  });
  it('is met by a CV made on the day of the meeting, and late when made after it', () => {
    const meeting = { preparationStart: '2024-01-01', teamMeeting: '2024-02-01' };
    assert.equal(at('bedre-ressourceforloeb', brf({ rehabilitation: meeting, cvVersions: [{ date: '2024-02-01' }] }), '2024-03-01', '2b.cv').late, undefined);
    assert.equal(at('bedre-ressourceforloeb', brf({ rehabilitation: meeting, cvVersions: [{ date: '2024-02-10' }] }), '2024-03-01', '2b.cv').late, true);
  });
  it('is due without a date while no meeting date is recorded', () => {
    const r = at('bedre-ressourceforloeb', brf(), '2024-09-01', '2b.cv');
    assert.deepEqual([r.status, r.dueDate], ['due', undefined]);
  });
  it('does not apply to a citizen enrolled while already in a ressourceforløb: the meeting lies before the course (003 §1.1)', () => {
    const r = at('bedre-ressourceforloeb', brf({ phaseHistory: [{ phaseId: 'ressourceforloeb', from: '2024-01-01' }] }), '2024-09-01', '2b.cv');
    assert.equal(r.status, 'not_applicable');
  });
});

describe('meeting_attendance: the company consultant at the BRF team meeting (003 §1.2, 2A)', () => {
  const brf = (roles: CourseFacts['contacts'][number]['attendeeRoles']) =>
    makeCourse({
      modelId: 'bedre-ressourceforloeb',
      enrolmentDate: '2024-01-01',
      rehabilitation: { preparationStart: '2024-01-01', teamMeeting: '2024-03-01' },
      contacts: [{ date: '2024-03-01', kind: 'rehabilitation_team', attendeeRoles: roles }],
    });
  it('is met when the consultant attended, open when not, and not applicable before the meeting', () => {
    assert.equal(at('bedre-ressourceforloeb', brf(['citizen', 'caseworker', 'company_consultant']), '2024-03-05', '2a.consultant-at-meeting').status, 'satisfied');
    const missing = at('bedre-ressourceforloeb', brf(['citizen', 'caseworker']), '2024-03-05', '2a.consultant-at-meeting');
    assert.equal(missing.status, 'overdue');
    assert.match(missing.explanation, /Virksomhedskonsulent deltog ikke/);
    assert.equal(at('bedre-ressourceforloeb', brf([]), '2024-02-20', '2a.consultant-at-meeting').status, 'not_applicable');
  });
});

describe('contact_before_placement: CTI contact building about two weeks before the placement (002 §4.3.3)', () => {
  const sst = (contacts: CourseFacts['contacts']) =>
    makeCourse({
      modelId: 'social-stoette',
      enrolmentDate: '2024-01-01',
      group: 'indsats',
      placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2024-04-01' }],
      contacts,
    });
  const cti = (date: string) => ({ date, kind: 'meeting' as const, attendeeRoles: ['citizen' as const, 'cti_worker' as const] });
  it('is not asked for long before the window and due inside it', () => {
    assert.equal(at('social-stoette', sst([]), '2024-02-01', 'ke5.contact-building').status, 'not_applicable');
    const r = at('social-stoette', sst([]), '2024-03-20', 'ke5.contact-building');
    assert.deepEqual([r.status, r.dueDate], ['due', '2024-04-01']);
    assert.equal(at('social-stoette', sst([]), '2024-04-02', 'ke5.contact-building').status, 'overdue');
  });
  it('counts a CTI contact within the 14 days before the start, not the start meeting months before', () => {
    assert.equal(at('social-stoette', sst([cti('2024-01-02')]), '2024-04-02', 'ke5.contact-building').status, 'overdue');
    const ok = at('social-stoette', sst([cti('2024-03-20')]), '2024-04-02', 'ke5.contact-building');
    assert.deepEqual([ok.status, ok.late], ['satisfied', undefined]);
    assert.equal(at('social-stoette', sst([cti('2024-04-05')]), '2024-04-10', 'ke5.contact-building').late, true);
  });
});

describe('support_closing_meeting: the CTI course ends with a network meeting (002 §4.3.3)', () => {
  const sst = (supportCourse: CourseFacts['supportCourse']) =>
    makeCourse({ modelId: 'social-stoette', enrolmentDate: '2024-01-01', group: 'indsats', ...(supportCourse ? { supportCourse } : {}) });
  it('is asked for from phase 3 and due by the last day of the course', () => {
    const course = sst({ start: '2024-01-15', plannedMonths: 6 });
    assert.equal(at('social-stoette', course, '2024-04-01', 'ke5.closing-meeting').status, 'not_applicable');
    const r = at('social-stoette', course, '2024-05-20', 'ke5.closing-meeting');
    assert.deepEqual([r.status, r.dueDate], ['due', '2024-07-14']);
    assert.equal(at('social-stoette', course, '2024-07-15', 'ke5.closing-meeting').status, 'overdue');
  });
  it('is met by a recorded closing meeting and follows an early end', () => {
    assert.equal(at('social-stoette', sst({ start: '2024-01-15', plannedMonths: 6, closingMeeting: '2024-07-10' }), '2024-07-12', 'ke5.closing-meeting').status, 'satisfied');
    const early = at('social-stoette', sst({ start: '2024-01-15', plannedMonths: 6, end: '2024-03-01' }), '2024-02-28', 'ke5.closing-meeting');
    assert.deepEqual([early.status, early.dueDate], ['due', '2024-03-01']);
  });
});

describe('staff_continuity: the same personal job broker throughout (000 §4.2, 004)', () => {
  const broker = (staff: CourseFacts['staff'], modelId = 'flere-skal-med') =>
    makeCourse({ modelId, enrolmentDate: '2024-01-01', group: '1', staff });
  it('is met while the citizen keeps one broker, also across a gap, and a warning after a change', () => {
    assert.equal(at('flere-skal-med', broker([{ staffId: 'a', role: 'job_broker', from: '2024-01-01' }]), '2024-05-01', 'ke2.same-broker').status, 'satisfied');
    const gap = broker([
      { staffId: 'a', role: 'job_broker', from: '2024-01-01', to: '2024-02-01' },
      { staffId: 'a', role: 'job_broker', from: '2024-03-01' },
    ]);
    assert.equal(at('flere-skal-med', gap, '2024-05-01', 'ke2.same-broker').status, 'satisfied');
    const changed = broker([
      { staffId: 'a', role: 'job_broker', from: '2024-01-01', to: '2024-02-01' },
      { staffId: 'b', role: 'job_broker', from: '2024-02-02' },
    ]);
    const r = at('flere-skal-med', changed, '2024-05-01', 'ke2.same-broker');
    assert.equal(r.status, 'warning');
    assert.match(r.explanation, /skiftet personlig jobformidler én gang/);
    assert.equal(at('trin-model', { ...changed, modelId: 'trin-model' }, '2024-05-01', 'trin1.same-broker').status, 'warning');
  });
});

describe('work_agreement_ordinary_hours with the ordinaryHoursClause flag (001 case 3)', () => {
  const stv = makeCourse({
    modelId: 'stv',
    enrolmentDate: '2024-01-01',
    group: 'AK',
    placements: [{ id: 'p1', type: 'virksomhedspraktik', from: '2024-02-01' }],
    workAgreements: [{ id: 'w1', placementId: 'p1', date: '2024-01-25', ordinaryHoursClause: false, declarationOfIntent: false }],
  });
  it("accepts STV's agreement on working time, progression and follow-up without an ordinary-hours clause by default", () => {
    assert.equal(at('stv', stv, '2024-02-10', '3b.agreement').status, 'satisfied');
    assert.equal(at('stv', { ...stv, workAgreements: [] }, '2024-02-10', '3b.agreement').status, 'overdue');
  });
  it('requires the clause when a municipality switches the flag on', () => {
    const rules = ruleSetFor('stv', [
      { modelId: 'stv', unitId: 'unit-a', ruleId: '3b.agreement', parameter: 'ordinaryHoursClause', value: 1, by: 'admin', at: '2024-01-01T00:00:00Z' },
    ]);
    assert.equal(resultFor(evaluate(rules, stv, '2024-02-10'), '3b.agreement').status, 'overdue');
  });
  it('keeps the clause required in FSM, where the flag is absent', () => {
    const fsm = { ...stv, modelId: 'flere-skal-med', group: '1' };
    assert.equal(at('flere-skal-med', fsm, '2024-02-10', 'ke4.agreement').status, 'overdue');
  });
});

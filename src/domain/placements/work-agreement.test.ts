import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  agreementChecklist,
  checkAgreementDates,
  clauseFlags,
  missingAgreementContent,
  StoredWorkAgreementContentSchema,
  WorkAgreementContentSchema,
  type WorkAgreementContent,
} from './work-agreement.ts';

/** A complete agreement as a form would send it. */
const sampleAgreementInput = () => ({
  tasks: 'Varemodtagelse og opfyldning på lageret',
  hoursPerWeek: 15,
  weekdayHours: { mon: 5, wed: 5, fri: 5 },
  subGoals: [
    { text: 'Møde stabilt tre dage om ugen', targetDate: '2024-04-01' },
    { text: 'Kunne køre palleløfter selv', targetDate: null },
  ],
  ordinaryHours: { kind: 'declaration_of_intent', hoursPerWeek: 10, from: null, text: 'Virksomheden vil ansætte i 10 lønnede timer, når borgeren kan klare varemodtagelsen selv.' },
  accommodations: 'Ingen tunge løft over 15 kg',
  companyContact: { name: 'Lise Lager', phone: '12345678', email: 'lise@example.dk' },
  followUpPlan: { cadenceDays: 28, firstDate: '2024-03-15' },
  mentor: { name: 'Mona Mentor', kind: 'company' },
  aids: null,
  placementType: 'virksomhedspraktik',
  plannedFrom: '2024-03-04',
  plannedTo: '2024-05-31',
});

const parse = (input: unknown) => WorkAgreementContentSchema.safeParse(input);
/** Issues as 'path: message', so a failing test shows what was wrong. */
const issues = (input: unknown) => {
  const result = parse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};
const valid = (overrides: Record<string, unknown> = {}): WorkAgreementContent => WorkAgreementContentSchema.parse({ ...sampleAgreementInput(), ...overrides });

describe('work agreement content', () => {
  it('accepts a complete agreement and normalises omitted optional fields to null', () => {
    const { aids: _aids, mentor: _mentor, weekdayHours: _w, ...rest } = sampleAgreementInput();
    const result = parse({ ...rest, hoursPerWeek: 15, companyContact: { name: ' Lise ' }, accommodations: '' });
    assert.ok(result.success, JSON.stringify(result.error?.issues));
    assert.equal(result.data.aids, null);
    assert.equal(result.data.mentor, null);
    assert.equal(result.data.weekdayHours, null);
    assert.equal(result.data.accommodations, null);
    assert.deepEqual(result.data.companyContact, { name: 'Lise', phone: null, email: null });
  });

  it('refuses missing required content with Danish messages by field', () => {
    const input = { ...sampleAgreementInput(), tasks: '  ', subGoals: [], companyContact: { name: '' }, placementType: 'praktik' };
    const found = issues(input);
    assert.equal(found.tasks, 'Skal udfyldes.');
    assert.equal(found.subGoals, 'Angiv mindst ét delmål for progression.');
    assert.equal(found['companyContact.name'], 'Skal udfyldes.');
    assert.match(found.placementType!, /Skal være en af: virksomhedspraktik/);
    const { followUpPlan: _f, ...withoutPlan } = sampleAgreementInput();
    assert.equal(issues(withoutPlan).followUpPlan, 'Skal udfyldes.');
  });

  it('keeps hours within 0.5-80 a week with one decimal and the follow-up cadence within 7-90 days', () => {
    assert.match(issues({ ...sampleAgreementInput(), hoursPerWeek: 0.4, weekdayHours: null }).hoursPerWeek!, /Mindst 0,5/);
    assert.match(issues({ ...sampleAgreementInput(), hoursPerWeek: 81, weekdayHours: null }).hoursPerWeek!, /Højst 80/);
    assert.match(issues({ ...sampleAgreementInput(), hoursPerWeek: 7.25, weekdayHours: null }).hoursPerWeek!, /én decimal/);
    assert.ok(parse({ ...sampleAgreementInput(), hoursPerWeek: 7.5, weekdayHours: null }).success);
    assert.match(issues({ ...sampleAgreementInput(), followUpPlan: { cadenceDays: 6, firstDate: '2024-03-15' } })['followUpPlan.cadenceDays']!, /Mindst 7/);
    assert.match(issues({ ...sampleAgreementInput(), followUpPlan: { cadenceDays: 91, firstDate: '2024-03-15' } })['followUpPlan.cadenceDays']!, /Højst 90/);
    assert.match(issues({ ...sampleAgreementInput(), followUpPlan: { cadenceDays: 14.5, firstDate: '2024-03-15' } })['followUpPlan.cadenceDays']!, /helt antal/);
    assert.match(issues({ ...sampleAgreementInput(), followUpPlan: { cadenceDays: 28, firstDate: '2024-02-30' } })['followUpPlan.firstDate']!, /dato/);
  });

  it('requires the weekday hours to add up to the hours per week, exactly in tenths', () => {
    assert.match(issues({ ...sampleAgreementInput(), weekdayHours: { mon: 5, tue: 5 } }).weekdayHours!, /giver 10 i alt, men timer om ugen er 15/);
    // 0.1 + 0.2 is not 0.3 in floating point; the sum is compared in tenths.
    assert.ok(parse({ ...sampleAgreementInput(), hoursPerWeek: 0.6, weekdayHours: { mon: 0.1, tue: 0.2, wed: 0.3 }, ordinaryHours: { kind: 'none' } }).success);
    assert.match(issues({ ...sampleAgreementInput(), weekdayHours: { mon: 25, tue: -1 } })['weekdayHours.mon']!, /Højst 24/);
  });

  it("needs paid hours above 0 and within the week for 'now'", () => {
    const now = (hoursPerWeek: number | null) => ({ ...sampleAgreementInput(), ordinaryHours: { kind: 'now', hoursPerWeek, from: '2024-03-04', text: null } });
    assert.match(issues(now(null))['ordinaryHours.hoursPerWeek']!, /Angiv hvor mange ordinære/);
    assert.match(issues(now(0))['ordinaryHours.hoursPerWeek']!, /Angiv hvor mange ordinære/);
    assert.match(issues(now(16))['ordinaryHours.hoursPerWeek']!, /kan ikke være flere end timerne i alt om ugen \(15\)/);
    assert.ok(parse(now(15)).success);
  });

  it('needs the words of a declaration of intent, and no hours or date when nothing is agreed', () => {
    const intent = { ...sampleAgreementInput(), ordinaryHours: { kind: 'declaration_of_intent', hoursPerWeek: null, from: null, text: ' ' } };
    assert.match(issues(intent)['ordinaryHours.text']!, /Skriv hensigtserklæringen/);
    // The intent may reach beyond today's week (30 paid hours later, 15 hours now).
    assert.ok(parse({ ...intent, ordinaryHours: { kind: 'declaration_of_intent', hoursPerWeek: 30, text: 'Fuld tid på sigt' } }).success);
    const none = issues({ ...sampleAgreementInput(), ordinaryHours: { kind: 'none', hoursPerWeek: 5, from: '2024-03-04', text: null } });
    assert.match(none['ordinaryHours.hoursPerWeek']!, /Uden aftale om ordinære timer/);
    assert.match(none['ordinaryHours.from']!, /Uden aftale om ordinære timer/);
  });

  it('refuses a planned period that ends before it starts, and a bad e-mail address', () => {
    assert.match(issues({ ...sampleAgreementInput(), plannedTo: '2024-03-01' }).plannedTo!, /før startdatoen/);
    assert.match(issues({ ...sampleAgreementInput(), companyContact: { name: 'Lise', email: 'lise' } })['companyContact.email']!, /e-mailadresse/);
  });

  it('reads stored content without the limits of a save', () => {
    const stored = { ...valid(), hoursPerWeek: 120, subGoals: [] };
    assert.ok(StoredWorkAgreementContentSchema.safeParse(stored).success);
  });
});

describe('clause flags', () => {
  it('marks ordinary hours agreed now and declarations of intent', () => {
    assert.deepEqual(clauseFlags(valid({ ordinaryHours: { kind: 'now', hoursPerWeek: 5 } })), { ordinaryHoursClause: true, declarationOfIntent: false });
    assert.deepEqual(clauseFlags(valid()), { ordinaryHoursClause: false, declarationOfIntent: true });
    assert.deepEqual(clauseFlags(valid({ ordinaryHours: { kind: 'none' } })), { ordinaryHoursClause: false, declarationOfIntent: false });
  });

  it('does not count an empty clause from stored data', () => {
    assert.deepEqual(clauseFlags({ ordinaryHours: { kind: 'now', hoursPerWeek: 0, text: null } }), { ordinaryHoursClause: false, declarationOfIntent: false });
    assert.deepEqual(clauseFlags({ ordinaryHours: { kind: 'declaration_of_intent', hoursPerWeek: null, text: '' } }), { ordinaryHoursClause: false, declarationOfIntent: false });
  });
});

describe('dates against the day the agreement is made', () => {
  const context = { today: '2024-03-10', enrolmentDate: '2024-01-08' };
  const terms = (overrides: Record<string, unknown> = {}) => ({ madeOn: '2024-03-01', content: valid(), ...overrides });

  it('accepts dates on and after the day it is made', () => {
    assert.deepEqual(checkAgreementDates(terms({ citizenAgreedOn: '2024-03-01', companyAgreedOn: '2024-03-04', jobcentreAgreedOn: null }), context), {});
  });

  it('refuses a day in the future, before enrolment or before the previous version', () => {
    assert.match(checkAgreementDates(terms({ madeOn: '2024-03-11' }), context).madeOn!, /fremtiden/);
    assert.match(checkAgreementDates(terms({ madeOn: '2024-01-07' }), context).madeOn!, /forløbets start \(2024-01-08\)/);
    assert.match(checkAgreementDates(terms(), { ...context, previous: { madeOn: '2024-03-02', content: valid() } }).madeOn!, /forrige version \(2024-03-02\)/);
  });

  it('refuses a first follow-up, sub-goal target or agreement by a party before the day it is made', () => {
    const content = valid({ followUpPlan: { cadenceDays: 28, firstDate: '2024-02-20' }, subGoals: [{ text: 'x', targetDate: '2024-02-01' }] });
    const errors = checkAgreementDates(terms({ content, companyAgreedOn: '2024-02-28', jobcentreAgreedOn: '2024-03-12' }), context);
    assert.match(errors['content.followUpPlan.firstDate']!, /første opfølgning/);
    assert.match(errors['content.subGoals.0.targetDate']!, /Måldatoen/);
    assert.match(errors.companyAgreedOn!, /Virksomhed kan ikke have godkendt/);
    assert.match(errors.jobcentreAgreedOn!, /fremtiden/);
    assert.equal(errors.citizenAgreedOn, undefined);
  });

  it('lets a later version keep a first follow-up and sub-goals from the version before it', () => {
    const v1 = valid({ followUpPlan: { cadenceDays: 28, firstDate: '2024-02-10' }, subGoals: [{ text: 'Møde stabilt', targetDate: '2024-02-20' }] });
    const previous = { madeOn: '2024-02-01', content: v1 };
    assert.deepEqual(checkAgreementDates(terms({ content: v1 }), { ...context, previous }), {});
    const changed = valid({ followUpPlan: { cadenceDays: 28, firstDate: '2024-02-11' }, subGoals: [{ text: 'Møde stabilt hver dag', targetDate: '2024-02-20' }] });
    const errors = checkAgreementDates(terms({ content: changed }), { ...context, previous });
    assert.deepEqual(Object.keys(errors).sort(), ['content.followUpPlan.firstDate', 'content.subGoals.0.targetDate']);
  });
});

describe('checklist of the seeds’ points (000 §4.4)', () => {
  const allAgreed = { madeOn: '2024-03-01', citizenAgreedOn: '2024-03-01', companyAgreedOn: '2024-03-01', jobcentreAgreedOn: '2024-03-01' };

  it('is complete for an agreement that covers every point before the start', () => {
    assert.deepEqual(missingAgreementContent(valid(), allAgreed), []);
    assert.equal(agreementChecklist(valid(), allAgreed).length, 9);
  });

  it('lists what a draft still lacks', () => {
    const missing = missingAgreementContent({ tasks: 'Lager', hoursPerWeek: 10, ordinaryHours: { kind: 'none' }, subGoals: [{ text: '' }] }, { madeOn: '2024-03-01' });
    assert.deepEqual(
      missing.map((m) => m.key),
      ['subGoals', 'paidHours', 'healthConsiderations', 'contactPerson', 'followUpPlan', 'madeBeforeStart', 'agreedByAll'],
    );
    assert.ok(missing.every((m) => m.label && m.hint));
    assert.deepEqual(missingAgreementContent({}).length, 9);
  });

  it('flags an agreement first made after the placement started', () => {
    const missing = missingAgreementContent(valid({ plannedFrom: '2024-02-26' }), allAgreed).map((m) => m.key);
    assert.deepEqual(missing, ['madeBeforeStart']);
  });
});

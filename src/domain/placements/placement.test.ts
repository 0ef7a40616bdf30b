import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  aftercareRefusal,
  cancelRefusal,
  checkAftercareContact,
  checkFollowUp,
  checkPlacementEnd,
  checkPlacementStart,
  endReasonLabels,
  endReasons,
  followUpRatingLabels,
  followUpRatings,
  isOrdinaryEmployment,
  isRunning,
  missingOrdinaryHoursSince,
  nextFollowUpOn,
  isPaid,
  placementTypes,
} from './placement.ts';

const today = '2026-11-25';

describe('placement types and end reasons', () => {
  it('every end reason has a Danish label', () => {
    for (const reason of endReasons) assert.ok(endReasonLabels[reason]);
    assert.equal(endReasonLabels.company_would_not_pay, 'Virksomheden ville ikke betale for timer');
  });

  it('ordinary employment is paid unsubsidised work or education, not løntilskud or unpaid placements', () => {
    assert.deepEqual(
      placementTypes.filter(isOrdinaryEmployment),
      ['ordinary_hours', 'fleksjob', 'job', 'education'],
    );
    assert.deepEqual(placementTypes.filter(isPaid), ['loentilskud', 'ordinary_hours', 'hybrid', 'fleksjob', 'job'], 'paid by the company, subsidised or not');
  });

  it('aftercare applies to ordinary employment and to a placement converted to paid hours', () => {
    assert.equal(aftercareRefusal({ type: 'job', endReason: null }), null);
    assert.equal(aftercareRefusal({ type: 'virksomhedspraktik', endReason: 'converted_to_paid' }), null);
    assert.match(aftercareRefusal({ type: 'virksomhedspraktik', endReason: null })!, /kun ved ordinær beskæftigelse.*virksomhedspraktik/);
    assert.match(aftercareRefusal({ type: 'loentilskud', endReason: 'completed' })!, /løntilskud/);
  });
});

describe('placement dates', () => {
  const course = { enrolmentDate: '2026-01-05', endDate: null };

  it('a start may be up to 90 days ahead, within the course', () => {
    assert.equal(checkPlacementStart('2026-02-23', course, today), null, 'after the enrolment date');
    assert.equal(checkPlacementStart('2027-02-23', course, today), null, 'exactly 90 days ahead');
    assert.match(checkPlacementStart('2027-02-24', course, today)!, /højst registreres 90 dage før start/);
    assert.match(checkPlacementStart('2026-01-04', course, today)!, /før forløbets start/);
    assert.match(checkPlacementStart('2026-11-01', { ...course, endDate: '2026-10-31' }, today)!, /Forløbet sluttede 31\. oktober 2026/);
  });

  it('an end date is today or earlier and not before the start', () => {
    assert.equal(checkPlacementEnd(today, { from: '2026-10-01' }, today), null);
    assert.equal(checkPlacementEnd('2026-10-01', { from: '2026-10-01' }, today), null, 'a one-day placement');
    assert.match(checkPlacementEnd('2026-11-26', { from: '2026-10-01' }, today)!, /fremtiden/);
    assert.match(checkPlacementEnd('2026-09-30', { from: '2026-10-01' }, today)!, /før forløbets start/);
  });

  it('a placement can be cancelled only before it starts and while nothing is recorded on it', () => {
    const none = { actualHoursWeeks: 0, followUps: 0, aftercareContacts: 0 };
    assert.equal(cancelRefusal({ from: '2026-11-26', to: null }, none, today), null, 'starts tomorrow');
    assert.match(cancelRefusal({ from: today, to: null }, none, today)!, /startede 25\. november 2026.*Afslut det i stedet/);
    assert.match(cancelRefusal({ from: '2026-10-01', to: '2026-11-20' }, none, today)!, /afsluttet/);
    assert.match(cancelRefusal({ from: '2026-11-26', to: null }, { ...none, actualHoursWeeks: 1 }, today)!, /registreret faktiske timer på/);
    assert.match(
      cancelRefusal({ from: '2026-11-26', to: null }, { actualHoursWeeks: 1, followUps: 2, aftercareContacts: 1 }, today)!,
      /faktiske timer, opfølgninger og efterværnskontakter/,
    );
  });

  it('a placement runs from its first to its last day', () => {
    assert.equal(isRunning({ from: '2026-11-01', to: null }, today), true);
    assert.equal(isRunning({ from: '2026-11-01', to: today }, today), true);
    assert.equal(isRunning({ from: '2026-11-01', to: '2026-11-24' }, today), false);
    assert.equal(isRunning({ from: '2026-11-26', to: null }, today), false, 'not started yet');
  });
});

describe('follow-up at the company', () => {
  it('labels the five BRF ratings in Danish', () => {
    assert.deepEqual(followUpRatings.map((r) => followUpRatingLabels[r]), ['Løser opgaverne', 'Stabilitet', 'Selvstændighed', 'Samarbejde', 'Fremtoning']);
  });

  it('is held between the placement start and today, with the next one not before it', () => {
    assert.deepEqual(checkFollowUp({ heldOn: '2026-11-20', nextFollowUpOn: '2026-12-18' }, '2026-10-01', today), {});
    assert.match(checkFollowUp({ heldOn: '2026-11-26' }, '2026-10-01', today).heldOn!, /fremtiden/);
    assert.match(checkFollowUp({ heldOn: '2026-09-30' }, '2026-10-01', today).heldOn!, /før virksomhedsforløbets start/);
    assert.match(checkFollowUp({ heldOn: '2026-11-20', nextFollowUpOn: '2026-11-19' }, '2026-10-01', today).nextFollowUpOn!, /før denne opfølgning/);
  });

  it('rates 1-5 on the five points and effectiveness 0-10', () => {
    assert.deepEqual(checkFollowUp({ heldOn: today, ratings: { tasksSolved: 1, stability: 5, independence: null }, effectiveness: 0 }, '2026-10-01', today), {});
    const errors = checkFollowUp({ heldOn: today, ratings: { tasksSolved: 0, appearance: 6, cooperation: 2.5 }, effectiveness: 11 }, '2026-10-01', today);
    assert.match(errors['ratings.tasksSolved']!, /Løser opgaverne vurderes med et helt tal fra 1 til 5/);
    assert.ok(errors['ratings.appearance']);
    assert.ok(errors['ratings.cooperation']);
    assert.match(errors.effectiveness!, /0 til 10/);
  });

  it('the next follow-up is the date set at the latest one, else the agreement’s first date', () => {
    const plan = { firstDate: '2026-10-15', cadenceDays: 28 };
    assert.equal(nextFollowUpOn({ heldOn: '2026-11-20', nextFollowUpOn: '2026-12-18' }, plan), '2026-12-18');
    assert.equal(nextFollowUpOn({ heldOn: '2026-11-20', nextFollowUpOn: null }, plan), '2026-12-18', 'no next date set: the plan’s cadence from this follow-up');
    assert.equal(nextFollowUpOn({ heldOn: '2026-11-20', nextFollowUpOn: null }, null), null, 'no date and no plan');
    assert.equal(nextFollowUpOn(undefined, plan), '2026-10-15');
    assert.equal(nextFollowUpOn(undefined, null), null);
  });
});

describe('aftercare contact', () => {
  it('is dated from the placement start to today, the next contact not before it', () => {
    assert.deepEqual(checkAftercareContact({ date: today, nextContactOn: '2026-12-25' }, '2026-10-01', today), {});
    assert.match(checkAftercareContact({ date: '2026-11-26' }, '2026-10-01', today).date!, /fremtiden/);
    assert.match(checkAftercareContact({ date: today, nextContactOn: '2026-11-01' }, '2026-10-01', today).nextContactOn!, /før denne kontakt/);
  });
});

describe('work agreement without ordinary hours', () => {
  const v = (versionNo: number, madeOn: string, clause: boolean, intent = false) => ({ versionNo, madeOn, ordinaryHoursClause: clause, declarationOfIntent: intent });

  it('dates the gap from the first version of the unbroken run without a clause or declaration', () => {
    assert.equal(missingOrdinaryHoursSince([v(2, '2026-10-10', false), v(1, '2026-10-01', false)]), '2026-10-01');
    assert.equal(missingOrdinaryHoursSince([v(1, '2026-10-01', true), v(2, '2026-10-10', false), v(3, '2026-10-20', false)]), '2026-10-10', 'a clause taken out again');
    assert.equal(missingOrdinaryHoursSince([v(1, '2026-10-01', false), v(2, '2026-10-10', false, true)]), null, 'a declaration of intent is enough');
    assert.equal(missingOrdinaryHoursSince([]), null);
  });
});

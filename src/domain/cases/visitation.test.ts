import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getModel } from '../models/registry.ts';
import { rehabTrackApplies, requiresNotification, supportCourseApplies } from './course-tracks.ts';
import { checkVisitation, exclusionReasonLabel, groupName, type VisitationDecision } from './visitation.ts';

const fsm = getModel('flere-skal-med');
const decision: VisitationDecision = { group: '1', date: '2026-02-01', notificationDate: null, exclusionReason: null };
const check = (model: typeof fsm, d: Partial<VisitationDecision>) => checkVisitation(model, { ...decision, ...d }, '2026-01-15', '2026-03-01');

describe('visitation decisions', () => {
  it('accepts a group of the model and names it', () => {
    const result = check(fsm, {});
    assert.deepEqual(result, { ok: true, groupName: 'Indsatsgruppen', opensRehabTrack: false, exclusionLabel: null });
  });

  it('refuses a group the model does not have, listing the groups', () => {
    const result = check(fsm, { group: '4' });
    assert.ok(!result.ok);
    assert.match(result.fields.group!, /'4' er ikke en gruppe i Flere skal med.*1 \(Indsatsgruppen\)/);
  });

  it('needs the notification date for Flere skal med group 3 (underretning)', () => {
    const without = check(fsm, { group: '3' });
    assert.ok(!without.ok);
    assert.match(without.fields.notificationDate!, /underretningen/);
    assert.equal(check(fsm, { group: '3', notificationDate: '2026-02-02' }).ok, true);
    assert.equal(requiresNotification('flere-skal-med', '3'), true);
    assert.equal(requiresNotification('flere-skal-med', '1'), false);
    assert.equal(requiresNotification('stv', '3'), false);
  });

  it('accepts Flere skal med group 3 without a notification when one is not relevant, with the reason (000 §1)', () => {
    const notRelevant = check(fsm, { group: '3', notificationRelevant: false, notificationNote: 'Socialforvaltningen kender borgeren og har en bostøtte i gang.' });
    assert.equal(notRelevant.ok, true);
    const noReason = check(fsm, { group: '3', notificationRelevant: false });
    assert.ok(!noReason.ok);
    assert.match(noReason.fields.notificationNote!, /hvorfor en underretning ikke er relevant/);
    const withDate = check(fsm, { group: '3', notificationRelevant: false, notificationNote: 'Kendt', notificationDate: '2026-02-02' });
    assert.ok(!withDate.ok);
    assert.match(withDate.fields.notificationDate!, /ikke er relevant/);
    const otherGroup = check(fsm, { group: '1', notificationRelevant: false, notificationNote: 'x' });
    assert.ok(!otherGroup.ok);
    assert.match(otherGroup.fields.notificationRelevant!, /spørger ikke om en underretning/);
  });

  it('opens the rehabilitation track for Flere skal med group 2', () => {
    const result = check(fsm, { group: '2' });
    assert.ok(result.ok);
    assert.equal(result.opensRehabTrack, true);
    assert.equal(rehabTrackApplies('flere-skal-med', '2'), true);
    assert.equal(rehabTrackApplies('flere-skal-med', '1'), false);
    assert.equal(rehabTrackApplies('bedre-ressourceforloeb', null), true);
    assert.equal(rehabTrackApplies('stv', 'RF'), false);
    assert.equal(supportCourseApplies('social-stoette'), true);
    assert.equal(supportCourseApplies('trin-model'), false);
  });

  it('refuses a model without visitation groups', () => {
    const result = check(getModel('trin-model'), {});
    assert.ok(!result.ok);
    assert.match(result.fields.group!, /har ingen visitation/);
  });

  it('refuses dates before the course or in the future', () => {
    const early = check(fsm, { date: '2026-01-14' });
    assert.ok(!early.ok && early.fields.date);
    const future = check(fsm, { date: '2026-03-02' });
    assert.ok(!future.ok && future.fields.date);
  });

  it('needs one of the model’s exclusion reasons when a drawn citizen is left out', () => {
    const sst = getModel('social-stoette');
    const missing = check(sst, { group: 'frasorteret' });
    assert.ok(!missing.ok && /company_activity/.test(missing.fields.exclusionReason!));
    const unknown = check(sst, { group: 'frasorteret', exclusionReason: 'vacation' });
    assert.ok(!unknown.ok && unknown.fields.exclusionReason);
    const ok = check(sst, { group: 'frasorteret', exclusionReason: 'prison' });
    assert.ok(ok.ok);
    assert.equal(ok.exclusionLabel, 'Afsoner i fængsel');
    const stray = check(sst, { group: 'indsats', exclusionReason: 'prison' });
    assert.ok(!stray.ok && stray.fields.exclusionReason);
    assert.equal(exclusionReasonLabel(sst, 'health'), 'Kan ikke deltage af helbredsmæssige grunde');
  });

  it('names groups', () => {
    assert.equal(groupName(fsm, '6'), 'Udskudt visitation');
    assert.equal(groupName(fsm, null), null);
    assert.equal(groupName(getModel('stv'), 'RF'), 'Borgere i ressourceforløb');
  });
});

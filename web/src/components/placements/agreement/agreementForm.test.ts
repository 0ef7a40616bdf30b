import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Translate } from '../../../i18n/index.tsx';
import { checkDraft, draftOf, emptyDraft, prefillDraft, termsOf } from './agreementForm.ts';
import type { AgreementDraft } from './agreementForm.ts';

/** Returns the message key, so the checks can be compared without the texts. */
const t = ((key: string) => key) as unknown as Translate;
const today = '2026-03-10';

function filled(overrides: Partial<AgreementDraft> = {}): AgreementDraft {
  return {
    ...emptyDraft(today),
    tasks: 'Varemodtagelse',
    hoursPerWeek: '12',
    subGoals: [{ text: 'Møder stabilt', targetDate: '' }],
    contactName: 'Lone Holm',
    ...overrides,
  };
}

describe('the work agreement draft', () => {
  test('a new draft starts today with one empty sub-goal, no ordinary hours and the first follow-up a week later', () => {
    const draft = emptyDraft(today);
    assert.equal(draft.madeOn, today);
    assert.equal(draft.subGoals.length, 1);
    assert.equal(draft.ordinaryKind, 'none');
    assert.equal(draft.firstFollowUp, '2026-03-17');
    assert.equal(draft.cadenceDays, '14');
  });

  test('a complete draft passes the local checks; the missing pieces are named by their API paths', () => {
    assert.deepEqual(checkDraft(t, filled(), today), {});
    const found = checkDraft(t, emptyDraft(today), today);
    assert.deepEqual(Object.keys(found).sort(), ['content.companyContact.name', 'content.hoursPerWeek', 'content.subGoals.0.text', 'content.tasks']);
  });

  test('a declaration of intent needs its text; ordinary hours now need hours within the week', () => {
    assert.equal(checkDraft(t, filled({ ordinaryKind: 'declaration_of_intent' }), today)['content.ordinaryHours.text'], 'pl.wa.err.intentText');
    assert.equal(checkDraft(t, filled({ ordinaryKind: 'now' }), today)['content.ordinaryHours.hoursPerWeek'], 'pl.wa.err.paidRequired');
    assert.equal(checkDraft(t, filled({ ordinaryKind: 'now', ordinaryHours: '14' }), today)['content.ordinaryHours.hoursPerWeek'], 'pl.wa.err.paidAboveTotal');
    assert.deepEqual(checkDraft(t, filled({ ordinaryKind: 'now', ordinaryHours: '7,5' }), today), {});
  });

  test('hours split by weekday must add up to the week', () => {
    const week = { mon: '4', tue: '4', wed: '', thu: '3,5', fri: '', sat: '', sun: '' };
    assert.equal(checkDraft(t, filled({ splitByDay: true, weekdayHours: week }), today)['content.weekdayHours'], 'pl.wa.err.daySum');
    assert.deepEqual(checkDraft(t, filled({ splitByDay: true, weekdayHours: { ...week, fri: '0,5' } }), today), {});
  });

  test('dates: not made in the future, the first follow-up not before the agreement, the end not before the start', () => {
    const found = checkDraft(t, filled({ madeOn: '2026-03-11', plannedFrom: '2026-04-01', plannedTo: '2026-03-01' }), today);
    assert.equal(found['madeOn'], 'pl.wa.err.madeOnFuture');
    assert.equal(found['content.plannedTo'], 'pl.wa.err.plannedTo');
    assert.equal(checkDraft(t, filled({ firstFollowUp: '2026-03-01' }), today)['content.followUpPlan.firstDate'], 'pl.wa.err.firstBeforeMade');
  });

  test('the terms sent carry only the fields of the chosen kind of ordinary hours, and read back into the same draft', () => {
    const draft = filled({ ordinaryKind: 'declaration_of_intent', ordinaryText: ' Fra uge 20 ', ordinaryHours: '10', splitByDay: true, weekdayHours: { mon: '6', tue: '6', wed: '', thu: '', fri: '', sat: '', sun: '' } });
    const terms = termsOf(draft);
    assert.deepEqual(terms.content.ordinaryHours, { kind: 'declaration_of_intent', hoursPerWeek: 10, from: null, text: 'Fra uge 20' });
    assert.deepEqual(terms.content.weekdayHours, { mon: 6, tue: 6 });
    assert.equal(terms.citizenAgreedOn, null);
    assert.deepEqual(termsOf({ ...draft, ordinaryKind: 'none' }).content.ordinaryHours, { kind: 'none', hoursPerWeek: null, from: null, text: null });
    const back = draftOf(terms, 'da-DK');
    assert.equal(back.ordinaryText, 'Fra uge 20');
    assert.equal(back.weekdayHours.mon, '6');
    assert.equal(back.hoursPerWeek, '12');
    assert.deepEqual(termsOf(back), terms);
  });

  test('a new agreement takes the opening’s contact person, tasks and hours, and keeps what is typed', () => {
    const company = {
      contactPersons: [
        { id: 'a', name: 'Gammel Kontakt', title: null, phone: null, email: null, note: null, active: false },
        { id: 'b', name: 'Bo Berg', title: 'Værkfører', phone: '12345678', email: 'bo@example.dk', note: null, active: true },
        { id: 'c', name: 'Cita Ceder', title: null, phone: null, email: null, note: null, active: true },
      ],
    };
    const opening = { title: 'Lagerhjælp', tasks: 'Plukke ordrer', hoursMin: 7.5, hoursMax: 15, paidFromStart: true, contactPerson: { id: 'c', name: 'Cita Ceder' } };
    const draft = prefillDraft(emptyDraft(today), company, opening, 'da-DK');
    assert.equal(draft.contactName, 'Cita Ceder');
    assert.equal(draft.tasks, 'Plukke ordrer');
    assert.equal(draft.hoursPerWeek, '7,5');
    assert.equal(draft.ordinaryKind, 'now');
    assert.equal(prefillDraft(emptyDraft(today), company, null, 'da-DK').contactName, 'Bo Berg');
    assert.equal(prefillDraft({ ...emptyDraft(today), tasks: 'Egne ord' }, company, opening, 'da-DK').tasks, 'Egne ord');
  });
});

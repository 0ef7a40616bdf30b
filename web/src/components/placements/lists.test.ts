import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AftercareContact, FollowUp, Match, MatchSuggestion, PlacementSummary } from '../../api/placements.ts';
import { format } from '../../i18n/index.tsx';
import { da } from '../../i18n/da.ts';
import type { MessageKey } from '../../i18n/da.ts';
import { csvOf } from '../csv/csv.ts';
import {
  aftercareCsvColumns,
  followUpCsvColumns,
  followUpOrder,
  hoursCsvColumns,
  hoursOrder,
  matchCsvColumns,
  placementCsvColumns,
  placementOrder,
  suggestionCsvColumns,
} from './lists.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => format(da[key], params);

/** The file's lines without the BOM, each split into its fields (no field here holds a ';'). */
function lines(text: string): string[][] {
  assert.ok(text.startsWith('\uFEFF'), 'UTF-8 byte-order mark');
  return text
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(';'));
}

function placement(id: string, overrides: Partial<PlacementSummary> = {}): PlacementSummary {
  return {
    id,
    courseId: 'k',
    citizen: { id: 'c', name: 'Åse Ørum' },
    company: { id: 'v', name: 'Bageriet ApS' },
    opening: null,
    type: 'virksomhedspraktik',
    from: '2026-09-07',
    to: null,
    endReason: null,
    endNote: null,
    running: true,
    workAgreementId: 'a',
    ordinaryHoursClause: false,
    declarationOfIntent: true,
    latestWeek: { weekStart: '2026-11-16', plannedUnpaidHours: 12, plannedPaidHours: 0, actualUnpaidHours: 11.5, actualPaidHours: 2.5, note: null },
    paidHoursTotal: 12.5,
    nextFollowUpOn: '2026-12-01',
    version: 1,
    ...overrides,
  };
}

test('placements: running first, Danish headers and labels, hours with a decimal comma', () => {
  const ended = placement('p1', {
    from: '2026-10-01',
    to: '2026-10-30',
    running: false,
    endReason: 'converted_to_paid',
    latestWeek: null,
    paidHoursTotal: 0,
    declarationOfIntent: false,
    opening: { id: 'o', title: 'Bager' },
  });
  const rows = placementOrder([ended, placement('p2')]);
  const [header, running, past] = lines(csvOf(placementCsvColumns(t, 'da-DK'), rows));
  assert.deepEqual(header, [
    'Virksomhed',
    'Opslag',
    'Type',
    'Startdato',
    'Slutdato',
    'Status',
    'Seneste uge',
    'Ulønnede timer seneste uge',
    'Lønnede timer seneste uge',
    'Lønnede timer i alt',
    'Næste opfølgning',
    'Ordinære timer',
  ]);
  assert.deepEqual(running, ['Bageriet ApS', '', 'Virksomhedspraktik', '07.09.2026', '', 'I gang', 'Uge 47 (16.11.2026)', '11,5', '2,5', '12,5', '01.12.2026', 'Hensigtserklæring']);
  assert.equal(past![0], 'Bageriet ApS');
  assert.equal(past![1], 'Bager');
  assert.equal(past![4], '30.10.2026');
  assert.equal(past![10], '', 'no next follow-up once ended');
  assert.equal(past![11], 'Mangler');
});

test('placements: one ended today shows its end reason and no next follow-up; one registered ahead is not started yet', () => {
  const today = '2026-11-23';
  const endedToday = placement('p1', { to: today, running: true, endReason: 'converted_to_paid' });
  const ahead = placement('p2', { from: '2026-12-07', running: false, latestWeek: null, nextFollowUpOn: null });
  const [, first, second] = lines(csvOf(placementCsvColumns(t, 'da-DK', today), [endedToday, ahead]));
  assert.equal(first![5], 'Overgået til lønnede timer');
  assert.equal(first![10], '', 'the end is decided: no next follow-up');
  assert.equal(second![5], 'Ikke startet endnu');
});

test('matches: the consultant, the score and a withdrawn match with its reason', () => {
  const match: Match = {
    id: 'm',
    courseId: 'k',
    company: { id: 'v', name: 'Bageriet ApS' },
    opening: null,
    consultant: { id: 's', name: 'Vera' },
    matchedOn: '2026-09-01',
    rationale: 'Jobmålet passer',
    score: { score: 71.5, components: [] },
    status: 'withdrawn',
    withdrawnOn: '2026-09-10',
    withdrawnReason: 'Borgeren flyttede',
    createdAt: '2026-09-01T09:00:00Z',
  };
  const [header, row] = lines(csvOf(matchCsvColumns(t, 'da-DK'), [match]));
  assert.equal(header!.length, row!.length);
  assert.deepEqual(row, ['Bageriet ApS', '', '01.09.2026', 'Vera', 'Jobmålet passer', '71,5', 'Trukket tilbage 10.09.2026', 'Borgeren flyttede']);
});

test('suggestions: rank, company, opening, score and distance, then each part\'s points and reason', () => {
  const suggestion: MatchSuggestion = {
    company: { id: 'v', name: 'Bageriet ApS', industry: { code: '107100', group10: 'industry', label: null }, postcode: '8000', city: 'Aarhus C' },
    opening: { id: 'o', title: 'Bagerhjælper', hoursMin: 10, hoursMax: 20, paidFromStart: false },
    score: 71.5,
    rank: 1,
    distanceKm: 3.2,
    components: [
      { key: 'job_goal', points: 30, max: 40, reason: 'Jobmålet er bager' },
      { key: 'distance', points: 17.5, max: 20, reason: '3,2 km' },
    ],
  };
  const [header, row] = lines(csvOf(suggestionCsvColumns(t, 'da-DK'), [suggestion]));
  assert.deepEqual(header!.slice(0, 9), ['Nr.', 'Virksomhed', 'Branche', 'Postnummer og by', 'Opslag', 'Timer om ugen i opslaget', 'Løn fra start', 'Score', 'Afstand (km)']);
  assert.deepEqual(header!.slice(9), [
    'Jobmål',
    'Afstand',
    'Ordinære timer',
    'Ledige pladser',
    'Begrundelse: Jobmål',
    'Begrundelse: Afstand',
    'Begrundelse: Ordinære timer',
    'Begrundelse: Ledige pladser',
  ]);
  assert.deepEqual(row!.slice(0, 2), ['1', 'Bageriet ApS']);
  assert.deepEqual(row!.slice(3), ['8000 Aarhus C', 'Bagerhjælper', '10–20', 'Nej', '71,5', '3,2', '30/40', '17,5/20', '', '', 'Jobmålet er bager', '3,2 km', '', '']);
});

test('hours: newest week first, planned and notes only where the table shows them, nothing recorded as empty', () => {
  const rows = [
    { weekStart: '2026-11-09', unpaid: 11.5, paid: 0, plannedUnpaid: 12, plannedPaid: 0 },
    { weekStart: '2026-11-16', unpaid: null, paid: null, plannedUnpaid: 10, plannedPaid: 2.5 },
  ];
  const combined = lines(csvOf(hoursCsvColumns(t, 'da-DK'), hoursOrder(rows)));
  assert.deepEqual(combined, [
    ['Uge', 'Ugens mandag', 'Ulønnede timer', 'Lønnede timer', 'Timer i alt'],
    ['47', '16.11.2026', '', '', ''],
    ['46', '09.11.2026', '11,5', '0', '11,5'],
  ]);
  const notes = { '2026-11-09': 'Syg en dag' };
  const [header, , first] = lines(csvOf(hoursCsvColumns(t, 'da-DK', { planned: true, notes }), hoursOrder(rows)));
  assert.deepEqual(header, ['Uge', 'Ugens mandag', 'Planlagt ulønnet', 'Planlagt lønnet', 'Ulønnede timer', 'Lønnede timer', 'Timer i alt', 'Note']);
  assert.deepEqual(first, ['46', '09.11.2026', '12', '0', '11,5', '0', '11,5', 'Syg en dag']);
});

test('follow-ups: newest first, one column per rating, unanswered as empty', () => {
  const base: FollowUp = {
    id: 'f1',
    heldOn: '2026-10-01',
    staff: { id: 's', name: 'Vera' },
    attendeeRoles: ['citizen', 'employer'],
    goalStillRight: true,
    goalNote: null,
    subGoalsAdjusted: 'Kan selv fylde hylder op',
    otherOffersNeeded: null,
    equalTermsTasks: 'Varemodtagelse',
    ratings: { tasksSolved: 4, stability: 3, independence: null, cooperation: 5, appearance: null },
    effectiveness: 6,
    note: null,
    nextFollowUpOn: '2026-10-29',
    createdAt: '2026-10-01T10:00:00Z',
  };
  const later: FollowUp = { ...base, id: 'f2', heldOn: '2026-10-29', goalStillRight: null, nextFollowUpOn: null, createdAt: '2026-10-29T10:00:00Z' };
  const [header, newest, oldest] = lines(csvOf(followUpCsvColumns(t, 'da-DK'), followUpOrder([base, later])));
  assert.equal(header!.length, 16);
  assert.deepEqual(header!.slice(8, 13), ['Udvikling: Løser opgaverne', 'Udvikling: Stabilitet', 'Udvikling: Selvstændighed', 'Udvikling: Samarbejde', 'Udvikling: Fremtoning']);
  assert.equal(newest![0], '29.10.2026');
  assert.equal(newest![3], '', 'not discussed');
  assert.deepEqual(oldest!.slice(0, 4), ['01.10.2026', 'Vera', 'Borgeren, Arbejdsgiver', 'Ja']);
  assert.deepEqual(oldest!.slice(8), ['4', '3', '', '5', '', '6', '', '29.10.2026']);
});

test('aftercare: the table\'s columns with Danish labels', () => {
  const contact: AftercareContact = { id: 'a', date: '2026-11-02', kind: 'company_visit', withWhom: 'both', staff: null, note: 'Går godt', nextContactOn: null };
  assert.deepEqual(lines(csvOf(aftercareCsvColumns(t, 'da-DK'), [contact])), [
    ['Dato', 'Form', 'Med hvem', 'Medarbejder', 'Note', 'Næste kontakt'],
    ['02.11.2026', 'Besøg på virksomheden', 'Begge', '', 'Går godt', ''],
  ]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlacementSummary } from '../../../api/placements.ts';
import { timelineKinds } from '../../../api/records.ts';
import { format } from '../../../i18n/index.tsx';
import { da } from '../../../i18n/da.ts';
import type { MessageKey } from '../../../i18n/da.ts';
import { en } from '../../../i18n/en.ts';
import { timelineKindLabel } from '../labels.ts';
import { followUpOverdue, latestWeekText, runningPlacements } from './placementStatus.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => format(da[key], params);

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
    workAgreementId: null,
    ordinaryHoursClause: false,
    declarationOfIntent: false,
    latestWeek: null,
    paidHoursTotal: 0,
    nextFollowUpOn: null,
    version: 1,
    ...overrides,
  };
}

test('Overblik, Virksomhed: only running placements, the newest start first', () => {
  const list = [
    placement('old', { from: '2026-03-02' }),
    placement('ended', { from: '2026-10-01', to: '2026-10-30', running: false, endReason: 'completed' }),
    placement('ahead', { from: '2027-01-04', running: false }),
    placement('new', { from: '2026-09-07' }),
  ];
  assert.deepEqual(runningPlacements(list).map((p) => p.id), ['new', 'old']);
  assert.deepEqual(runningPlacements([]), []);
});

test('Overblik, Virksomhed: a follow-up is overdue once its day has passed, only on a running placement', () => {
  assert.equal(followUpOverdue(placement('p', { nextFollowUpOn: '2026-11-30' }), '2026-12-01'), true);
  assert.equal(followUpOverdue(placement('p', { nextFollowUpOn: '2026-12-01' }), '2026-12-01'), false, 'due today is not overdue');
  assert.equal(followUpOverdue(placement('p', { nextFollowUpOn: null }), '2026-12-01'), false);
  assert.equal(followUpOverdue(placement('p', { nextFollowUpOn: '2026-11-30', running: false }), '2026-12-01'), false);
});

test('Overblik, Virksomhed: the latest week as recorded unpaid and paid hours, planned hours, or none', () => {
  const week = { weekStart: '2026-11-16', plannedUnpaidHours: 12, plannedPaidHours: 3, actualUnpaidHours: 11.5, actualPaidHours: 2.5, note: null };
  assert.equal(latestWeekText(t, 'da-DK', week), 'Uge 47 (16.11.2026): 11,5 ulønnede · 2,5 lønnede');
  assert.equal(latestWeekText(t, 'da-DK', { ...week, actualUnpaidHours: null, actualPaidHours: null }), 'Uge 47 (16.11.2026): ikke registreret (planlagt 15)');
  assert.equal(latestWeekText(t, 'da-DK', null), 'Ingen timer');
});

test('timeline: every kind has a label in Danish and English, the company kinds included', () => {
  for (const kind of timelineKinds) {
    const key = `rec.timelineKind.${kind}` as MessageKey;
    assert.ok(da[key], `da ${key}`);
    assert.ok(en[key], `en ${key}`);
  }
  for (const kind of ['match', 'work_agreement', 'placement', 'follow_up', 'aftercare'] as const) assert.ok(timelineKinds.includes(kind), kind);
  assert.equal(timelineKindLabel(t, 'placement'), 'Virksomhedsforløb');
  assert.equal(timelineKindLabel(t, 'aftercare'), 'Efterværn');
  assert.equal(timelineKindLabel(t, 'work_agreement'), 'Arbejdsaftale');
});

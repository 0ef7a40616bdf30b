import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompanyPlacement, FollowUpDue } from '../../api/companies.ts';
import { splitPlacements } from './placements.ts';
import { sortFollowUps } from './worklist.ts';

function placement(id: string, from: string, to: string | null, endReason: CompanyPlacement['endReason'] = null): CompanyPlacement {
  return { id, type: 'virksomhedspraktik', from, to, endReason, citizen: null, paidHoursTotal: 0, unpaidHoursTotal: 0, latestWeek: null };
}

test('running placements have no end reason and no end before today; past ones come latest-ended first', () => {
  const { running, past } = splitPlacements(
    [
      placement('a', '2026-10-01', null),
      placement('b', '2026-08-01', '2026-12-31'),
      placement('c', '2026-01-01', '2026-03-01', 'completed'),
      placement('d', '2026-02-01', '2026-06-30', 'converted_to_paid'),
      placement('e', '2026-09-01', '2026-11-01'),
    ],
    '2026-11-23',
  );
  assert.deepEqual(running.map((p) => p.id), ['b', 'a']);
  assert.deepEqual(past.map((p) => p.id), ['e', 'd', 'c']);
});

function followUp(placementId: string, dueOn: string, status: 'due' | 'overdue', name = 'Bo'): FollowUpDue {
  return { placementId, citizen: { id: 'c', name }, company: { id: 'co', name: 'X' }, type: 'job', dueOn, status, source: 'planned', explanation: '' };
}

test('the next follow-up comes first: by date, overdue before due on the same day', () => {
  const sorted = sortFollowUps([followUp('p1', '2026-11-30', 'due'), followUp('p2', '2026-11-10', 'overdue'), followUp('p3', '2026-11-30', 'overdue', 'Anna')]);
  assert.deepEqual(sorted.map((f) => f.placementId), ['p2', 'p3', 'p1']);
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldFollowUpItems, type FollowUpItem } from './follow-up-items.ts';

const item = (placementId: string, dueOn: string, source: 'planned' | 'rule', status: 'due' | 'overdue' = 'due'): FollowUpItem => ({
  placementId,
  dueOn,
  status,
  source,
  explanation: `${source} ${dueOn}`,
});

describe('folding follow-up items for the consultant worklist', () => {
  it('keeps one row per placement, led by the earlier deadline, with both explanations', () => {
    const folded = foldFollowUpItems([item('p1', '2026-11-30', 'planned'), item('p1', '2026-11-24', 'rule')]);
    assert.equal(folded.length, 1);
    assert.equal(folded[0]!.source, 'rule');
    assert.equal(folded[0]!.dueOn, '2026-11-24');
    assert.equal(folded[0]!.explanation, 'rule 2026-11-24 planned 2026-11-30');
  });

  it('lets the rule lead on the same day and leaves other placements alone, overdue first', () => {
    const folded = foldFollowUpItems([
      item('p1', '2026-11-24', 'planned'),
      item('p1', '2026-11-24', 'rule'),
      item('p2', '2026-11-01', 'planned', 'overdue'),
      item('p3', '2026-11-25', 'rule'),
    ]);
    assert.deepEqual(
      folded.map((f) => [f.placementId, f.source]),
      [
        ['p2', 'planned'],
        ['p1', 'rule'],
        ['p3', 'rule'],
      ],
    );
  });
});

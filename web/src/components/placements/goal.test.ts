import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { combinedGoal } from './goal.ts';

const weekly = { hours: 30, period: 'week' } as const;
const monthly = { hours: 30, period: 'month' } as const;

describe("the citizen's combined hours are measured against one model's goal", () => {
  test("the chosen course's goal when one of its placements is listed", () => {
    assert.deepEqual(combinedGoal([{ courseId: 'fsm', goal: weekly }, { courseId: 'trin', goal: monthly }], 'trin'), monthly);
  });

  test("else the newest placement's course, and none without placements or when that model has no goal", () => {
    assert.deepEqual(combinedGoal([{ courseId: 'fsm', goal: weekly }], 'trin'), weekly);
    assert.equal(combinedGoal([], 'trin'), null);
    assert.equal(combinedGoal([{ courseId: 'stv', goal: null }], 'stv'), null);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCourseEnd, checkPhaseDate, planUnitMove } from './course-lifecycle.ts';

const course = { enrolmentDate: '2026-01-15', endDate: null, endReason: null };
const today = '2026-06-01';

describe('ending a course', () => {
  it('needs both the end date and the reason', () => {
    assert.deepEqual(checkCourseEnd(course, undefined, undefined, today), { ok: true });
    const noReason = checkCourseEnd(course, '2026-05-01', undefined, today);
    assert.ok(!noReason.ok && noReason.fields.endReason);
    const noDate = checkCourseEnd(course, undefined, 'Job', today);
    assert.ok(!noDate.ok && noDate.fields.endDate);
    assert.deepEqual(checkCourseEnd(course, '2026-05-01', 'Job', today), { ok: true, change: { endDate: '2026-05-01', endReason: 'Job' } });
  });

  it('reopens an ended course with both null', () => {
    const ended = { ...course, endDate: '2026-05-01', endReason: 'Job' };
    assert.deepEqual(checkCourseEnd(ended, null, null, today), { ok: true, change: { endDate: null, endReason: null } });
    assert.deepEqual(checkCourseEnd(course, null, null, today), { ok: true });
  });

  it('leaves an ended course alone when sent its own end, and refuses another end until reopened', () => {
    const ended = { ...course, endDate: '2026-05-01', endReason: 'Job' };
    assert.deepEqual(checkCourseEnd(ended, '2026-05-01', 'Job', today), { ok: true });
    const other = checkCourseEnd(ended, '2026-05-02', 'Job', today);
    assert.ok(!other.ok && /Genåbn det først/.test(other.fields.endDate!));
  });

  it('refuses an end before the start or in the future', () => {
    const early = checkCourseEnd(course, '2026-01-14', 'Job', today);
    assert.ok(!early.ok && /før forløbets start/.test(early.fields.endDate!));
    const late = checkCourseEnd(course, '2026-06-02', 'Job', today);
    assert.ok(!late.ok && late.fields.endDate);
  });
});

describe('moving a course to another unit', () => {
  it('closes the open spell the day before and opens a new one today', () => {
    assert.deepEqual(planUnitMove({ id: 'u1', unitId: 'A', fromDate: '2026-01-15' }, 'B', today), {
      kind: 'move',
      closeSpellId: 'u1',
      closeOn: '2026-05-31',
      from: today,
    });
  });

  it('corrects the unit in place when the open spell began today', () => {
    assert.deepEqual(planUnitMove({ id: 'u1', unitId: 'A', fromDate: today }, 'B', today), { kind: 'replace', spellId: 'u1' });
  });

  it('does nothing when the unit is unchanged', () => {
    assert.deepEqual(planUnitMove({ id: 'u1', unitId: 'A', fromDate: '2026-01-15' }, 'A', today), { kind: 'none' });
  });
});

describe('phase change dates', () => {
  const c = { ...course, currentPhaseSince: '2026-03-01' };
  it('accepts a day within the course after the current phase began', () => {
    assert.equal(checkPhaseDate('2026-03-01', c, today), null);
  });
  it('refuses days before the current phase, after the end or in the future', () => {
    assert.match(checkPhaseDate('2026-02-28', c, today)!, /seneste faseskift/);
    assert.match(checkPhaseDate('2026-06-02', c, today)!, /fremtiden/);
    assert.match(checkPhaseDate('2026-05-02', { ...c, endDate: '2026-05-01' }, today)!, /sluttede/);
    assert.match(checkPhaseDate('2026-01-01', c, today)!, /før forløbets start/);
  });
});

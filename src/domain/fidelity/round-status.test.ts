import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closedOn, roundStatus } from './round-status.ts';

describe('roundStatus', () => {
  const round = { opensOn: '2026-03-01', closesOn: '2026-03-31', closedByHandOn: null };
  it('is planned before it opens, open through its closing date, closed the day after', () => {
    assert.equal(roundStatus(round, '2026-02-28'), 'planned');
    assert.equal(roundStatus(round, '2026-03-01'), 'open');
    assert.equal(roundStatus(round, '2026-03-31'), 'open');
    assert.equal(roundStatus(round, '2026-04-01'), 'closed');
    assert.equal(closedOn(round, '2026-04-01'), '2026-03-31');
    assert.equal(closedOn(round, '2026-03-31'), null);
  });
  it('closes early by hand, and a round without a date stays open until closed by hand', () => {
    assert.equal(roundStatus({ ...round, closedByHandOn: '2026-03-10' }, '2026-03-10'), 'closed');
    assert.equal(closedOn({ ...round, closedByHandOn: '2026-03-10' }, '2026-03-20'), '2026-03-10');
    const open = { opensOn: '2026-03-01', closesOn: null, closedByHandOn: null };
    assert.equal(roundStatus(open, '2030-01-01'), 'open');
  });
});

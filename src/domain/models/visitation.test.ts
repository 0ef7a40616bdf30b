import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getModel } from './registry.ts';
import { checkDrawExclusion, fsmVisitationGroup } from './visitation.ts';

describe('fsmVisitationGroup (000 §6, Bilag 1)', () => {
  it('prefers the first-period row starting closest to 31 January 2018', () => {
    const rows = [
      { group: '2', start: '2017-09-01' },
      { group: '1', start: '2018-01-10' },
    ];
    assert.equal(fsmVisitationGroup(rows)!.group, '1');
  });

  it('breaks a tie on start date by the longest time to the end, then by group order', () => {
    assert.equal(fsmVisitationGroup([{ group: '1', start: '2018-01-10', end: '2018-02-01' }, { group: '3', start: '2018-01-10', end: '2018-06-01' }])!.group, '3');
    assert.equal(fsmVisitationGroup([{ group: '3', start: '2018-01-10' }, { group: '2', start: '2018-01-10', end: '2018-06-01' }])!.group, '3');
    assert.equal(fsmVisitationGroup([{ group: '3', start: '2018-01-10', end: '2018-06-01' }, { group: '2', start: '2018-01-10', end: '2018-06-01' }])!.group, '2');
  });

  it('prefers the second-period row starting closest to 1 February 2018 (the earliest)', () => {
    assert.equal(fsmVisitationGroup([{ group: '3', start: '2018-03-20' }, { group: '2', start: '2018-02-05' }])!.group, '2');
  });

  it('replaces a postponed visitation (6) by a later group 1-3, but keeps 6 when nothing followed', () => {
    assert.equal(fsmVisitationGroup([{ group: '6', start: '2017-12-01' }, { group: '1', start: '2018-02-15' }])!.group, '1');
    assert.equal(fsmVisitationGroup([{ group: '6', start: '2017-12-01' }])!.group, '6');
  });

  it('ignores rows that end before they start and rows outside both periods', () => {
    assert.equal(fsmVisitationGroup([{ group: '1', start: '2018-01-10', end: '2018-01-01' }, { group: '2', start: '2017-10-01' }])!.group, '2');
    assert.equal(fsmVisitationGroup([{ group: '1', start: '2018-06-01' }]), undefined);
  });
});

describe('checkDrawExclusion', () => {
  const sst = getModel('social-stoette');

  it('accepts the three reasons of the social-support draw', () => {
    for (const reason of ['company_activity', 'prison', 'health']) assert.equal(checkDrawExclusion(sst, reason).ok, true, reason);
  });

  it('rejects any other reason, naming the allowed ones', () => {
    const r = checkDrawExclusion(sst, 'not_motivated');
    assert.deepEqual(r, { ok: false, reason: "'not_motivated' er ikke en tilladt frasorteringsgrund (tilladt: company_activity, prison, health)." });
  });

  it('rejects exclusions in a model without a random draw', () => {
    assert.equal(checkDrawExclusion(getModel('flere-skal-med'), 'health').ok, false);
  });
});

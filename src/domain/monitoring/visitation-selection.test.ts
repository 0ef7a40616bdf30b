import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { enrolmentsFromVisitations, selectFsmVisitation, type VisitationRow } from './visitation-selection.ts';

const row = (group: string, start: string, end: string | null = null, id = `${group}@${start}`) => ({ id, group, start, end });
const pick = (rows: (VisitationRow & { id: string })[]) => selectFsmVisitation(rows)?.id ?? null;

describe('selectFsmVisitation (000 Bilag 1)', () => {
  it('drops rows whose end date lies before their start date', () => {
    assert.equal(pick([row('1', '2017-12-01', '2017-11-30')]), null);
    assert.equal(pick([row('1', '2017-12-01', '2017-11-30'), row('2', '2017-09-01', '2018-06-01')]), '2@2017-09-01');
    // End on the start date is a one-day visitation, not a reversed one.
    assert.equal(pick([row('3', '2017-12-01', '2017-12-01')]), '3@2017-12-01');
  });

  it('window 1 prefers the start closest to 31 January 2018 (the latest)', () => {
    assert.equal(pick([row('1', '2017-08-01'), row('2', '2018-01-31'), row('3', '2017-10-15')]), '2@2018-01-31');
  });

  it('window 1, same start: the row with the longest time to its end date; an open end is longest', () => {
    assert.equal(pick([row('1', '2017-11-01', '2018-03-01'), row('2', '2017-11-01', '2018-09-01')]), '2@2017-11-01');
    assert.equal(pick([row('2', '2017-11-01', '2019-01-01', 'closed'), row('3', '2017-11-01', null, 'open')]), 'open');
  });

  it('window 1, same start and end: group 1, then 2, 3 and 6', () => {
    const s = '2017-11-01';
    const e = '2018-06-30';
    assert.equal(pick([row('6', s, e), row('3', s, e), row('2', s, e), row('1', s, e)]), '1@2017-11-01');
    assert.equal(pick([row('6', s, e), row('3', s, e), row('2', s, e)]), '2@2017-11-01');
    assert.equal(pick([row('6', s, e), row('3', s, e)]), '3@2017-11-01');
    assert.equal(pick([row('6', s, null), row('6', s, null, 'twin')]), '6@2017-11-01'); // first of identical rows
  });

  it('window 1 criteria apply in order: a later start beats a longer end and a better group', () => {
    assert.equal(pick([row('1', '2017-11-01', null), row('3', '2017-11-02', '2017-12-01')]), '3@2017-11-02');
  });

  it('window 2 prefers the start closest to 1 February 2018 (the earliest)', () => {
    assert.equal(pick([row('1', '2018-03-31'), row('3', '2018-02-01'), row('2', '2018-02-20')]), '3@2018-02-01');
  });

  it('window 2, same start: longest to the end date, then group 1, 2, 3', () => {
    assert.equal(pick([row('1', '2018-02-10', '2018-05-01'), row('2', '2018-02-10', '2018-08-01')]), '2@2018-02-10');
    const s = '2018-02-10';
    assert.equal(pick([row('3', s), row('2', s), row('1', s)]), '1@2018-02-10');
    assert.equal(pick([row('3', s), row('2', s)]), '2@2018-02-10');
  });

  it('window 2 does not include group 6', () => {
    assert.equal(pick([row('6', '2018-02-10')]), null);
    assert.equal(pick([row('6', '2018-02-01'), row('3', '2018-03-01')]), '3@2018-03-01');
  });

  it('ignores rows outside both windows and groups the windows do not include', () => {
    assert.equal(pick([row('1', '2017-07-31'), row('1', '2018-04-01'), row('4', '2017-12-01')]), null);
  });

  it('group 6 in window 1 followed by 1/2/3 in window 2: window 2 decides', () => {
    assert.equal(pick([row('6', '2017-12-01'), row('2', '2018-03-01'), row('1', '2018-02-15')]), '1@2018-02-15');
  });

  it('group 6 in window 1 with nothing in window 2 stays group 6', () => {
    assert.equal(pick([row('6', '2017-12-01'), row('1', '2017-09-01')]), '6@2017-12-01');
  });

  it('group 6 decided only after window 1 is resolved: a same-day group 1 wins window 1 first', () => {
    const s = '2017-12-01';
    assert.equal(pick([row('6', s), row('1', s), row('2', '2018-02-15')]), '1@2017-12-01');
  });

  it('reading: a citizen with group 1/2/3 in window 1 and rows in window 2 keeps the window-1 group', () => {
    assert.equal(pick([row('2', '2017-10-01'), row('1', '2018-02-15')]), '2@2017-10-01');
  });

  it('a citizen visited only in window 2 gets window 2 group', () => {
    assert.equal(pick([row('3', '2018-03-10')]), '3@2018-03-10');
  });

  it('takes the windows as parameters', () => {
    const rows = [row('1', '2019-01-05'), row('2', '2019-01-20')];
    assert.equal(pick(rows), null);
    const chosen = selectFsmVisitation(rows, {
      first: { from: '2019-01-01', to: '2019-01-31', groups: ['1', '2', '3', '6'], prefer: 'latest' },
      second: { from: '2019-02-01', to: '2019-03-31', groups: ['1', '2', '3'], prefer: 'earliest' },
    });
    assert.equal(chosen?.id, '2@2019-01-20');
  });
});

describe('enrolmentsFromVisitations', () => {
  it('selects one FSM row by Bilag 1 and keeps the other models’ valid rows', () => {
    const enrolments = enrolmentsFromVisitations([
      { model: 'flere-skal-med', group: '6', start: '2017-12-01', end: null },
      { model: 'flere-skal-med', group: '1', start: '2018-02-12', end: null },
      { model: 'stv', group: 'AK', start: '2019-01-01', end: '2019-06-30' },
      { model: 'stv', group: 'RF', start: '2019-08-01', end: '2019-07-01' },
      { model: 'trin-model', group: '', start: '2019-03-01', end: null },
    ]);
    assert.deepEqual(enrolments, [
      { model: 'flere-skal-med', group: '1', date: '2018-02-12', end: null },
      { model: 'stv', group: 'AK', date: '2019-01-01', end: '2019-06-30' },
      { model: 'trin-model', group: null, date: '2019-03-01', end: null },
    ]);
  });
});

describe('enrolmentsFromVisitations after the trial (rolling rule)', () => {
  it('gives one enrolment per start date outside the windows, tie-broken by end and group', () => {
    const enrolments = enrolmentsFromVisitations([
      { model: 'flere-skal-med', group: '6', start: '2024-03-01', end: '2024-05-31' },
      { model: 'flere-skal-med', group: '2', start: '2024-03-01', end: null },
      { model: 'flere-skal-med', group: '1', start: '2024-06-10', end: null },
      { model: 'flere-skal-med', group: '3', start: '2024-09-01', end: '2024-08-01' }, // end before start: dropped
    ]);
    assert.deepEqual(enrolments, [
      { model: 'flere-skal-med', group: '2', date: '2024-03-01', end: null },
      { model: 'flere-skal-med', group: '1', date: '2024-06-10', end: null },
    ]);
  });
});

/**
 * Wording that must read the same on every screen and be correct Danish:
 * counted phrases in the singular for one, one word for overdue, one name per
 * measurement point, dates and times as people write them.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pointLabel } from '../components/records/measurements/scales.ts';
import { formatDateTime, formatMonth } from '../labels.ts';
import { da } from './da.ts';
import type { MessageKey } from './da.ts';
import { en } from './en.ts';
import { format, hasKey, plural } from './index.tsx';
import type { Translate } from './index.tsx';

const tDa: Translate = (key, params) => format(da[key], params);
const tEn: Translate = (key, params) => format(en[key], params);

describe('counted phrases', () => {
  test('one overdue task is "1 forfalden", more are "forfaldne"', () => {
    assert.equal(plural(tDa, 'caseload.worklist.overdue', 1), '1 forfalden');
    assert.equal(plural(tDa, 'caseload.worklist.overdue', 3), '3 forfaldne');
    assert.equal(tDa('caseload.worklist.counts', { overdue: plural(tDa, 'caseload.worklist.overdue', 1), due: 0 }), '1 forfalden, 0 snart');
    assert.equal(plural(tDa, 'courses.rules.overdueCount', 1), '1 forfalden');
    assert.equal(plural(tDa, 'courses.rules.naCount', 1), '1 ikke relevant');
    assert.equal(plural(tDa, 'courses.rules.naCount', 0), '0 ikke relevante');
    assert.equal(plural(tDa, 'team.summary.overdue', 1), 'forfalden opgave');
    assert.equal(plural(tDa, 'team.summary.due', 2), 'snart forfaldne opgaver');
    assert.equal(plural(tEn, 'team.summary.overdue', 1), 'overdue task');
    assert.equal(plural(tDa, 'citizens.total', 1, { total: '1' }), '1 borger i alt');
    assert.equal(plural(tDa, 'citizens.total', 1200, { total: '1.200' }), '1.200 borgere i alt');
  });
});

describe('one word for overdue', () => {
  const statusKeys: MessageKey[] = ['caseload.status.overdue', 'companies.followUpStatus.overdue', 'courses.rules.overdue', 'pl.followUp.overdue', 'rec.ruleStatus.overdue'];

  test('every overdue status reads "Forfalden" in Danish and "Overdue" in English', () => {
    assert.deepEqual(statusKeys.map((key) => da[key]), statusKeys.map(() => 'Forfalden'));
    assert.deepEqual(statusKeys.map((key) => en[key]), statusKeys.map(() => 'Overdue'));
  });

  test('"overskredet" is left only for a caseload over its limit, which is not a deadline', () => {
    const uses = (Object.keys(da) as MessageKey[]).filter((key) => /overskred/i.test(da[key]));
    assert.deepEqual(uses, ['caseload.check.exceeded']);
  });
});

describe('measurement points', () => {
  test('are named as 002 §5 counts them, the same on the course and the measurement screens', () => {
    assert.deepEqual([0, 1, 4].map((point) => pointLabel(tDa, point)), ['1. måling (start)', '2. måling', '5. måling']);
    assert.deepEqual([0, 1].map((point) => pointLabel(tEn, point)), ['Measurement 1 (baseline)', 'Measurement 2']);
    // No second set of names for the course page's CTI schedule.
    assert.equal(hasKey('courses.support.baseline') || hasKey('courses.support.followUp'), false);
  });
});

describe('dates and times', () => {
  test('a CV month reads as a Danish date', () => {
    assert.equal(formatMonth('da-DK', '2021-03'), 'marts 2021');
    assert.equal(formatMonth('en-GB', '2021-03'), 'March 2021');
    assert.equal(formatMonth('da-DK', 'noget andet'), 'noget andet');
  });

  test('a time is shown to the minute, without seconds', () => {
    const shown = formatDateTime('da-DK', '2024-03-05T10:15:30Z');
    assert.match(shown, /05\.03\.2024/);
    assert.match(shown, /11[.:]15$/);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getModel } from '../models/registry.ts';
import { bandFor, ctiSchedule, instrumentIds, instruments, scoreAnswers } from './instruments.ts';

const all = (prefix: string, count: number, value: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i + 1}`, value]));

describe('instrument definitions', () => {
  it('have the item counts, respondents and scales of the sources', () => {
    assert.deepEqual(
      instrumentIds.map((id) => [id, instruments[id].items.length, instruments[id].scale.min, instruments[id].scale.max]),
      [
        ['WHO-5', 5, 0, 5],
        ['GSE', 10, 1, 4],
        ['BIP', 6, 1, 5],
        ['BRF-11', 11, 1, 5],
      ],
    );
    assert.deepEqual(instruments.BIP.items.filter((i) => i.respondent !== 'citizen').map((i) => [i.id, i.respondent]), [['bip6', 'cti_worker']]);
    assert.deepEqual(instruments['BRF-11'].items.filter((i) => i.respondent !== 'citizen').map((i) => i.id), ['brf9', 'brf10', 'brf11']);
    for (const id of instrumentIds) {
      const instrument = instruments[id];
      assert.equal(instrument.scale.labels.length, instrument.scale.max - instrument.scale.min + 1, `${id} labels every answer`);
      assert.ok(instrument.source.seed && instrument.source.section, `${id} has a source`);
    }
  });
});

describe('WHO-5 scoring', () => {
  it('multiplies the raw sum by 4', () => {
    const result = scoreAnswers(instruments['WHO-5'], { who1: 3, who2: 2, who3: 4, who4: 1, who5: 2 });
    assert.ok(result.ok);
    assert.equal(result.score, 48);
    assert.equal(result.complete, true);
    assert.equal(result.band?.id, '36-50');
  });

  it('spans 0 to 100', () => {
    const low = scoreAnswers(instruments['WHO-5'], all('who', 5, 0));
    const high = scoreAnswers(instruments['WHO-5'], all('who', 5, 5));
    assert.ok(low.ok && high.ok);
    assert.equal(low.score, 0);
    assert.equal(high.score, 100);
    assert.equal(low.band?.id, '0-35');
    assert.equal(high.band?.id, '>50');
  });

  it('bands: 35 is high risk, 36 and 50 are risk, 51 is no immediate risk', () => {
    const band = (score: number) => bandFor(instruments['WHO-5'], score)?.id;
    assert.equal(band(0), '0-35');
    assert.equal(band(35), '0-35');
    assert.equal(band(36), '36-50');
    assert.equal(band(50), '36-50');
    assert.equal(band(51), '>50');
    assert.equal(band(100), '>50');
    assert.equal(bandFor(instruments['WHO-5'], null), null);
  });

  it('a missing item makes the score null, never zero, and keeps the other answers', () => {
    for (const answers of [{ who1: 5, who2: 5, who3: 5, who4: 5 }, { who1: 5, who2: 5, who3: 5, who4: 5, who5: null }]) {
      const result = scoreAnswers(instruments['WHO-5'], answers);
      assert.ok(result.ok);
      assert.equal(result.score, null);
      assert.equal(result.complete, false);
      assert.equal(result.band, null);
      assert.deepEqual(result.answers, { who1: 5, who2: 5, who3: 5, who4: 5, who5: null });
    }
  });

  it('refuses answers outside 0-5, fractions, and unknown items, naming each item', () => {
    const result = scoreAnswers(instruments['WHO-5'], { who1: 6, who2: -1, who3: 2.5, who4: 1, who5: 1, who6: 3 });
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    assert.deepEqual(Object.keys(result.errors).sort(), ['who1', 'who2', 'who3', 'who6']);
    assert.match(result.errors.who1!, /0 til 5/);
    assert.match(result.errors.who6!, /Ukendt spørgsmål/);
  });
});

describe('GSE scoring', () => {
  it('is the sum of ten items, 10 to 40', () => {
    const low = scoreAnswers(instruments.GSE, all('gse', 10, 1));
    const high = scoreAnswers(instruments.GSE, all('gse', 10, 4));
    assert.ok(low.ok && high.ok);
    assert.equal(low.score, 10);
    assert.equal(high.score, 40);
    assert.equal(high.band, null, 'GSE has no bands');
  });

  it('refuses 0 and 5 (the scale is 1-4)', () => {
    const result = scoreAnswers(instruments.GSE, { ...all('gse', 10, 2), gse1: 0, gse10: 5 });
    assert.ok(!result.ok);
    assert.deepEqual(Object.keys(result.errors).sort(), ['gse1', 'gse10']);
    assert.match(result.errors.gse1!, /1 til 4/);
  });
});

describe('BIP and BRF-11 scoring', () => {
  it('BIP is the mean of six items, rounded to two decimals', () => {
    const result = scoreAnswers(instruments.BIP, { bip1: 3, bip2: 4, bip3: 2, bip4: 5, bip5: 3, bip6: 2 });
    assert.ok(result.ok);
    assert.equal(result.score, 3.17);
    const missing = scoreAnswers(instruments.BIP, { bip1: 3, bip2: 4, bip3: 2, bip4: 5, bip5: 3 });
    assert.ok(missing.ok);
    assert.equal(missing.score, null, 'the CTI worker’s item is missing');
  });

  it('BRF-11 is the mean of eleven items on 1-5', () => {
    const result = scoreAnswers(instruments['BRF-11'], { ...all('brf', 11, 4), brf11: 5 });
    assert.ok(result.ok);
    assert.equal(result.score, 4.09);
    const lowest = scoreAnswers(instruments['BRF-11'], all('brf', 11, 1));
    assert.ok(lowest.ok);
    assert.equal(lowest.score, 1);
    const out = scoreAnswers(instruments['BRF-11'], { ...all('brf', 11, 3), brf9: 6 });
    assert.ok(!out.ok);
    assert.deepEqual(Object.keys(out.errors), ['brf9']);
  });

  it('an empty form is kept as incomplete with no score', () => {
    const result = scoreAnswers(instruments['BRF-11'], {});
    assert.ok(result.ok);
    assert.equal(result.score, null);
    assert.equal(Object.keys(result.answers).length, 11);
  });
});

describe('CTI measurement schedule', () => {
  const support = { courseId: 'c1', courseStartDate: '2024-01-15', plannedMonths: 6, startDate: '2024-01-15', endDate: null, courseEndDate: null };

  it('takes the instruments and months from the model and marks recorded points done', () => {
    const schedule = ctiSchedule(support, getModel('social-stoette'), [
      { courseId: 'c1', instrument: 'WHO-5', point: 0 },
      { courseId: 'other', instrument: 'GSE', point: 0 },
    ]);
    assert.equal(schedule.length, 15, '5 points x WHO-5, GSE, BIP');
    assert.deepEqual(
      schedule.filter((p) => p.instrument === 'WHO-5').map((p) => [p.point, p.dueDate, p.done]),
      [
        [0, '2024-01-15', true],
        [1, '2024-02-15', false],
        [2, '2024-03-15', false],
        [3, '2024-05-15', false],
        [4, '2024-07-15', false],
      ],
    );
    assert.equal(schedule.find((p) => p.instrument === 'GSE' && p.point === 0)?.done, false, 'a measurement on another course does not count');
  });

  it('uses months 0/1/3/6/9 for a 9-month course', () => {
    const schedule = ctiSchedule({ ...support, plannedMonths: 9 }, getModel('social-stoette'), []);
    assert.deepEqual(schedule.filter((p) => p.instrument === 'BIP').map((p) => p.dueDate), ['2024-01-15', '2024-02-15', '2024-04-15', '2024-07-15', '2024-10-15']);
  });

  it('leaves out middle points after the CTI course ended but keeps the closing one on its last day; falls back to WHO-5, GSE and BIP without a model rule', () => {
    const schedule = ctiSchedule({ ...support, endDate: '2024-03-31' }, undefined, []);
    assert.deepEqual([...new Set(schedule.map((p) => p.instrument))], ['WHO-5', 'GSE', 'BIP']);
    assert.deepEqual([...new Set(schedule.map((p) => p.point))], [0, 1, 2, 4]);
    assert.equal(schedule.find((p) => p.point === 4)?.dueDate, '2024-03-31');
  });

  it('dates the baseline at the course start, before the CTI course (002 §7.1.3)', () => {
    const schedule = ctiSchedule({ ...support, courseStartDate: '2023-11-20' }, getModel('social-stoette'), []);
    assert.equal(schedule.find((p) => p.point === 0)?.dueDate, '2023-11-20');
    assert.equal(schedule.find((p) => p.point === 1)?.dueDate, '2024-02-15');
  });
});

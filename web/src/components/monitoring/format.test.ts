import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { da } from '../../i18n/da.ts';
import { en } from '../../i18n/en.ts';
import { format } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { changeText, formatValue, measureName, monthsUpTo, parseTargetValue, previousMonth, targetText } from './format.ts';

const tDa: Translate = (key, params) => format(da[key], params);
const tEn: Translate = (key, params) => format(en[key], params);

describe('status report numbers', () => {
  test('percent with a Danish decimal comma, counts whole, hours and fte in words', () => {
    assert.equal(formatValue(tDa, 'da-DK', 'percent', 42.456), '42,5 %');
    assert.equal(formatValue(tDa, 'da-DK', 'percent', 40), '40 %');
    assert.equal(formatValue(tEn, 'en-GB', 'percent', 42.456), '42.5%');
    assert.equal(formatValue(tDa, 'da-DK', 'count', 1234), '1.234');
    assert.equal(formatValue(tDa, 'da-DK', 'hours', 1234.25), '1.234,3 timer');
    assert.equal(formatValue(tDa, 'da-DK', 'fte', 12.34), '12,3 fuldtidspersoner');
    assert.equal(formatValue(tDa, 'da-DK', 'index', -12.5), 'indeks -12,5');
    assert.equal(formatValue(tDa, 'da-DK', 'index', null), 'ikke defineret');
  });

  test('the change since last month has an arrow, a sign and a word, not colour alone', () => {
    const share = { unit: 'percent' as const, higherIsBetter: true };
    assert.deepEqual(changeText(tDa, 'da-DK', share, 2.14), { direction: 'up', arrow: '▲', text: 'op +2,1 procentpoint (bedre)', better: true });
    assert.equal(changeText(tDa, 'da-DK', share, -3).text, 'ned −3 procentpoint (dårligere)');
    assert.equal(changeText(tDa, 'da-DK', { unit: 'count', higherIsBetter: false }, -3).text, 'ned −3 (bedre)');
    assert.equal(changeText(tDa, 'da-DK', share, 0.01).text, 'uændret');
    assert.equal(changeText(tDa, 'da-DK', share, null).text, 'kan ikke beregnes');
    assert.equal(changeText(tEn, 'en-GB', share, 2).text, 'up +2 percentage points (better)');
  });

  test('targets, measure names and months', () => {
    assert.equal(targetText(tDa, 'da-DK', 'percent', { comparison: 'at_least', value: 40, origin: 'model' }), 'mindst 40 %');
    assert.equal(measureName(tDa, { id: 'result-target', modelMeasureId: null }, { fromModel: new Map() }), 'Resultatmålet: tre måneder i træk');
    assert.equal(measureName(tDa, { id: 'x.y', modelMeasureId: 'fsm.r1' }, { fromModel: new Map([['fsm.r1', 'Resultatmål']]) }), 'Resultatmål');
    assert.equal(measureName(tDa, { id: 'x.y', modelMeasureId: null }, { fromModel: new Map() }), 'x.y');
    assert.equal(previousMonth('2018-01'), '2017-12');
    assert.deepEqual(monthsUpTo('2018-02', 3), ['2018-02', '2018-01', '2017-12']);
    assert.equal(parseTargetValue('12,5'), 12.5);
    assert.equal(parseTargetValue(' 40 % '), 40);
    assert.equal(parseTargetValue('fyrre'), null);
  });
});

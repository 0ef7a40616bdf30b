/**
 * The fidelity wording: signed changes, one decimal like 003's tables, and
 * the colour legend read from the report's rule (not a fixed ±5).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { da } from '../../i18n/da.ts';
import { en } from '../../i18n/en.ts';
import { format, plural } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { colourName, colourRuleText, formatPercent, formatPoints, waveLabel } from './format.ts';

const tDa: Translate = (key, params) => format(da[key], params);
const tEn: Translate = (key, params) => format(en[key], params);

describe('fidelity wording', () => {
  test('a change is signed and in percentage points, a share has one decimal', () => {
    assert.equal(formatPoints('da-DK', 7), '+7,0 pp');
    assert.equal(formatPoints('da-DK', -3.46), '−3,5 pp');
    assert.equal(formatPoints('da-DK', 0), '0,0 pp');
    assert.equal(formatPoints('en-GB', 5), '+5.0 pp');
    assert.equal(formatPercent('da-DK', 72.5), '72,5 %');
  });

  test("the legend states the report's colour rule", () => {
    assert.deepEqual(colourRuleText(tDa, 'da-DK', { greenAbove: 5, redBelow: -5 }), {
      green: 'grøn: mere end +5 procentpoint',
      yellow: 'gul: fra −5 til +5 procentpoint',
      red: 'rød: mere end 5 procentpoint fald',
    });
    assert.equal(colourRuleText(tDa, 'da-DK', { greenAbove: 10, redBelow: -2.5 }).red, 'rød: mere end 2,5 procentpoint fald');
    assert.equal(colourRuleText(tEn, 'en-GB', { greenAbove: 5, redBelow: -5 }).green, 'green: more than +5 percentage points');
  });

  test('colours and waves have names in both languages', () => {
    assert.deepEqual(['green', 'yellow', 'red'].map((c) => colourName(tDa, c as 'green')), ['grøn', 'gul', 'rød']);
    assert.deepEqual((['baseline', 'midway', 'end', 'named'] as const).map((w) => waveLabel(tDa, w)), ['Startmåling', 'Midtvejsmåling', 'Slutmåling', 'Navngiven']);
    assert.equal(waveLabel(tEn, 'baseline'), 'Baseline');
  });

  test('a correlation over one unit says "1 enhed"', () => {
    assert.equal(plural(tDa, 'fid.outcome.units', 1), '1 enhed');
    assert.equal(plural(tDa, 'fid.outcome.units', 4), '4 enheder');
    assert.equal(plural(tEn, 'fid.outcome.units', 1), '1 unit');
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberText, parseHours, parseWhole } from './numbers.ts';

test('hours accept a decimal comma or point and at most one decimal', () => {
  assert.equal(parseHours('7,5'), 7.5);
  assert.equal(parseHours('7.5'), 7.5);
  assert.equal(parseHours(' 30 '), 30);
  assert.equal(parseHours('7,25'), null);
  assert.equal(parseHours('-1'), null);
  assert.equal(parseHours(''), null);
});

test('whole numbers only', () => {
  assert.equal(parseWhole('12'), 12);
  assert.equal(parseWhole('1,5'), null);
  assert.equal(parseWhole('x'), null);
});

test('numbers go back into fields with the locale\'s decimal mark', () => {
  assert.equal(numberText('da-DK', 7.5), '7,5');
  assert.equal(numberText('en-GB', 7.5), '7.5');
  assert.equal(numberText('da-DK', null), '');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addRegisterHours, parseCodes } from './person-periods.ts';

test('parseCodes reads a timeline written by array_to_string', () => {
  assert.deepEqual([...parseCodes('1,0,12,14')], [1, 0, 12, 14]);
  assert.deepEqual([...parseCodes('7')], [7]);
  assert.equal(parseCodes('').length, 0);
});

test('addRegisterHours adds every employer of a month, subsidised wages apart, and skips months outside the frame', () => {
  const ordinary = new Float32Array(3);
  const subsidised = new Float32Array(3);
  const first = 2018 * 12;
  addRegisterHours(`${first}:40.00:0,${first}:12.50:0,${first + 1}:30.00:1,${first + 5}:99:0,${first - 1}:5:0`, { firstMonth: first, months: 3 }, ordinary, subsidised);
  assert.deepEqual([...ordinary], [52.5, 0, 0]);
  assert.deepEqual([...subsidised], [0, 30, 0]);
});

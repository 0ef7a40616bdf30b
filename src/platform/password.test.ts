import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passwordProblemCode } from './password.ts';

test('a new password needs at least 12 characters and no composition rules', () => {
  assert.equal(passwordProblemCode('kort-kode1'), 'too_short');
  assert.equal(passwordProblemCode('elleve tegn'), 'too_short');
  assert.equal(passwordProblemCode('hestebatteri grøn lampe'), null, 'lower-case words only are fine');
  assert.equal(passwordProblemCode('x'.repeat(201)), 'too_long');
});

test('common passwords from the shipped list are refused, also padded with digits or symbols', () => {
  assert.equal(passwordProblemCode('sportsfan123'), null);
  for (const value of ['password1234', 'PASSWORD2024!', '!!qwerty12345', 'iloveyou2024', '123456789012', 'aaaaaaaaaaaa', 'abcdefghijkl']) {
    assert.equal(passwordProblemCode(value), 'common', value);
  }
});

test('the username and the app name are refused in a password', () => {
  assert.equal(passwordProblemCode('mette.hansen-2026', 'mette.hansen'), 'context');
  assert.equal(passwordProblemCode('mit-Jobspor-login', 'bo'), 'context');
  assert.equal(passwordProblemCode('mette.hansen-2026', 'other'), null);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LoginRateLimiter } from './rate-limit.ts';

function limiter() {
  let now = 1_000_000;
  const l = new LoginRateLimiter({ windowMs: 60_000, maxPerUsername: 3, maxPerIp: 5 }, () => now);
  return { l, advance: (ms: number) => (now += ms) };
}

test('a username is limited after the allowed number of failures, and freed when the window passes', () => {
  const { l, advance } = limiter();
  for (let i = 0; i < 3; i++) {
    assert.equal(l.retryAfter('Mette', '1.1.1.1'), 0);
    l.recordFailure('mette', `1.1.1.${i}`);
    advance(1000);
  }
  assert.ok(l.retryAfter('METTE', '9.9.9.9') > 0, 'case-insensitive, any address');
  assert.equal(l.retryAfter('mette', '9.9.9.9'), 57);
  advance(57_000);
  assert.equal(l.retryAfter('mette', '9.9.9.9'), 0);
});

test('an address is limited across usernames', () => {
  const { l } = limiter();
  for (let i = 0; i < 5; i++) l.recordFailure(`user${i}`, '2.2.2.2');
  assert.ok(l.retryAfter('someone-else', '2.2.2.2') > 0);
  assert.equal(l.retryAfter('someone-else', '3.3.3.3'), 0);
});

test('a successful login clears the username but not the address', () => {
  const { l } = limiter();
  for (let i = 0; i < 3; i++) l.recordFailure('bo', '4.4.4.4');
  l.recordSuccess('bo');
  assert.equal(l.retryAfter('bo', '5.5.5.5'), 0);
  l.recordFailure('x', '4.4.4.4');
  l.recordFailure('y', '4.4.4.4');
  assert.ok(l.retryAfter('bo', '4.4.4.4') > 0, '5 failures from 4.4.4.4 in the window');
});

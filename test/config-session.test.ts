import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig, parseTrustProxy } from '../src/config.ts';

test('sessions default to 30 minutes idle and 12 hours absolute, and both are configurable', () => {
  const defaults = loadConfig({});
  assert.equal(defaults.sessionIdleMinutes, 30);
  assert.equal(defaults.sessionAbsoluteHours, 12);
  const set = loadConfig({ JOBSPOR_SESSION_IDLE_MINUTES: '15', JOBSPOR_SESSION_ABSOLUTE_HOURS: '8' });
  assert.equal(set.sessionIdleMinutes, 15);
  assert.equal(set.sessionAbsoluteHours, 8);
});

test('JOBSPOR_TRUST_PROXY is off by default, a hop count, or a list of proxy addresses and CIDRs', () => {
  assert.equal(loadConfig({}).trustProxy, false);
  for (const off of ['', 'off', '0', 'false']) assert.equal(parseTrustProxy(off), false, off);
  assert.equal(parseTrustProxy('2'), 2);
  assert.deepEqual(parseTrustProxy('10.0.0.1, 192.168.0.0/16 ,::1'), ['10.0.0.1', '192.168.0.0/16', '::1']);
  assert.deepEqual(parseTrustProxy('loopback'), ['loopback']);
  assert.throws(() => parseTrustProxy('proxy.example'), /proxy\.example/);
  assert.throws(() => loadConfig({ JOBSPOR_TRUST_PROXY: 'proxy.example' }), /JOBSPOR_TRUST_PROXY.*proxy\.example/);
});

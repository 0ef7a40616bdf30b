import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { cprPersonKey, parseRegisterPerson, personKey } from './person-key.ts';

const secret = new Uint8Array(32).fill(7);

test('a person cell is a CPR number (with or without dash) or an ext: key', () => {
  assert.deepEqual(parseRegisterPerson('010190-1234'), { kind: 'cpr', digits: '0101901234' });
  assert.deepEqual(parseRegisterPerson('0101901234'), { kind: 'cpr', digits: '0101901234' });
  assert.deepEqual(parseRegisterPerson('ext:A17'), { kind: 'ext', key: 'ext:A17' });
  assert.equal(parseRegisterPerson('320190-1234'), null);
  assert.equal(parseRegisterPerson('12345'), null);
  assert.equal(parseRegisterPerson('ext:'), null);
  assert.equal(parseRegisterPerson('ext:has space'), null);
});

test('the key of a CPR number is the HMAC under the secret, never the number', () => {
  const key = cprPersonKey(secret, '0101901234');
  assert.equal(key, createHmac('sha256', secret).update('register-person:0101901234').digest('hex'));
  assert.match(key, /^[0-9a-f]{64}$/);
  assert.ok(!key.includes('0101901234'));
  assert.notEqual(cprPersonKey(new Uint8Array(32).fill(8), '0101901234'), key);
  assert.equal(personKey(secret, { kind: 'ext', key: 'ext:A17' }), 'ext:A17');
});

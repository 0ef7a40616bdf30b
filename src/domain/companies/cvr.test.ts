import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCvr, cvrCheckDigit, isValidCvr } from './cvr.ts';

describe('CVR numbers', () => {
  it('accepts real CVR numbers that pass modulus 11', () => {
    // Danmarks Statistik and Novo Nordisk A/S, public register entries.
    assert.equal(isValidCvr('16427888'), true);
    assert.equal(isValidCvr('24256790'), true);
    assert.deepEqual(checkCvr(' DK 2425 6790 '), { ok: true, cvr: '24256790' });
  });

  it('refuses a number with a wrong check digit and says why', () => {
    const result = checkCvr('24256791');
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /modulus 11/);
  });

  it('refuses wrong length, letters and a leading zero with a reason each', () => {
    assert.deepEqual(checkCvr('1234567'), { ok: false, reason: 'Et CVR-nummer har 8 cifre (her er der 7).' });
    assert.deepEqual(checkCvr('1234567a'), { ok: false, reason: 'Et CVR-nummer består kun af cifre.' });
    assert.equal(checkCvr('01234567').ok, false);
    assert.equal(checkCvr('').ok, false);
  });

  it('computes check digits that validate', () => {
    for (const seven of ['1000000', '2425679', '3141592', '9876543']) {
      const digit = cvrCheckDigit(seven);
      if (digit === null) continue;
      assert.equal(isValidCvr(`${seven}${digit}`), true, seven);
    }
    assert.equal(cvrCheckDigit('2425679'), 0);
  });
});

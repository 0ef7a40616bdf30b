import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ageOn, birthCentury, formatCpr, maskCpr, parseCpr } from './cpr.ts';

test('century rule follows the 7th digit and the two-digit year', () => {
  const cases: [number, number, number][] = [
    // [yy, 7th digit, century]
    [99, 0, 1900], [0, 3, 1900],
    [36, 4, 2000], [37, 4, 1900],
    [57, 5, 2000], [58, 5, 1800], [0, 8, 2000], [99, 8, 1800],
    [36, 9, 2000], [37, 9, 1900],
  ];
  for (const [yy, digit, century] of cases) assert.equal(birthCentury(yy, digit), century, `yy=${yy} digit=${digit}`);
});

test('a valid CPR number yields birth date and sex', () => {
  const result = parseCpr('010190-1235');
  assert.deepEqual(result, { ok: true, value: { digits: '0101901235', birthDate: '1990-01-01', sex: 'male' } });
  const female = parseCpr('2412454002');
  assert.ok(female.ok);
  assert.equal(female.value.birthDate, '1945-12-24');
  assert.equal(female.value.sex, 'female');
});

test('the 7th digit moves the birth year into the right century', () => {
  const born2010 = parseCpr('010110-4000');
  assert.ok(born2010.ok);
  assert.equal(born2010.value.birthDate, '2010-01-01');
  const born1860 = parseCpr('010160-6000');
  assert.ok(born1860.ok);
  assert.equal(born1860.value.birthDate, '1860-01-01');
  const born1940 = parseCpr('010140-9001');
  assert.ok(born1940.ok);
  assert.equal(born1940.value.birthDate, '1940-01-01');
});

test('impossible dates are refused, leap days only in leap years', () => {
  assert.equal(parseCpr('310490-1234').ok, false); // 31 April
  assert.equal(parseCpr('000190-1234').ok, false);
  assert.equal(parseCpr('011390-1234').ok, false);
  assert.equal(parseCpr('290201-1234').ok, false); // 1901 not a leap year
  assert.equal(parseCpr('290200-4234').ok, true); // 2000 is a leap year (digit 4, yy 00)
  assert.equal(parseCpr('290200-1234').ok, false); // 1900 is not
  assert.equal(parseCpr('290296-1234').ok, true);
});

test('malformed input is refused with a reason that does not repeat the number', () => {
  for (const input of ['', '12345', '0101901234x', '010190 1234', '01-01-90-1234', 'abcdefghij']) {
    const result = parseCpr(input);
    assert.equal(result.ok, false, input);
    if (!result.ok) assert.ok(!result.reason.includes('1234'));
  }
  const badDate = parseCpr('320190-1234');
  assert.ok(!badDate.ok && !badDate.reason.includes('320190'));
});

test('format, mask and age', () => {
  assert.equal(formatCpr('0101901234'), '010190-1234');
  assert.equal(maskCpr('0101901234'), '010190-****');
  assert.equal(ageOn('1990-06-15', '2026-06-14'), 35);
  assert.equal(ageOn('1990-06-15', '2026-06-15'), 36);
  assert.equal(ageOn('2000-02-29', '2026-02-28'), 25);
  assert.equal(ageOn('2000-02-29', '2026-03-01'), 26);
});

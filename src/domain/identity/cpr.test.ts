import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ageOn, birthCentury, containsCprLike, cprDigitsOf, formatCpr, maskCpr, parseCpr, redactCprLike } from './cpr.ts';

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

test('7th digit 0-3 gives the 1900s for every year', () => {
  for (const digit of [0, 1, 2, 3]) for (const yy of [0, 36, 37, 57, 58, 99]) assert.equal(birthCentury(yy, digit), 1900, `yy=${yy} digit=${digit}`);
});

test('7th digit 4 or 9 gives the 2000s for years 00-36 and the 1900s for 37-99', () => {
  for (const digit of [4, 9]) {
    for (const yy of [0, 20, 36]) assert.equal(birthCentury(yy, digit), 2000, `yy=${yy} digit=${digit}`);
    for (const yy of [37, 80, 99]) assert.equal(birthCentury(yy, digit), 1900, `yy=${yy} digit=${digit}`);
  }
});

test('7th digit 5-8 gives the 2000s for years 00-57 and the 1800s for 58-99', () => {
  for (const digit of [5, 6, 7, 8]) {
    for (const yy of [0, 30, 57]) assert.equal(birthCentury(yy, digit), 2000, `yy=${yy} digit=${digit}`);
    for (const yy of [58, 80, 99]) assert.equal(birthCentury(yy, digit), 1800, `yy=${yy} digit=${digit}`);
  }
});

test('a birth date after today is refused', () => {
  const today = '2026-12-07';
  // 7th digit 5, year 30: born 2030.
  const future = parseCpr('010130-5001', today);
  assert.equal(future.ok, false);
  if (!future.ok) assert.match(future.reason, /fremtiden/);
  assert.equal(parseCpr('081226-4001', today).ok, false, 'tomorrow');
  assert.equal(parseCpr('071226-4001', today).ok, true, 'today');
});

test('a birth date more than 120 years before today is refused', () => {
  const today = '2026-12-07';
  // 7th digit 6, year 60: born 1860.
  const old = parseCpr('010160-6000', today);
  assert.equal(old.ok, false);
  if (!old.ok) assert.match(old.reason, /120 år/);
  assert.equal(parseCpr('061206-1001', today).ok, false, '120 years and a day');
  assert.equal(parseCpr('071206-1001', today).ok, true, 'exactly 120 years');
  // Without today the date bounds are not checked (the century rule alone).
  assert.equal(parseCpr('010160-6000').ok, true);
});

test('CPR-like numbers are recognised with dashes, spaces and dots, but not pseudonyms or longer digit runs', () => {
  for (const text of ['3006720176', '300672-0176', '300672 0176', '30 06 72 0176', '30.06.72-0176', '30-06-72-0176', '300672 - 0176', '/borgere/300672-0176', 'anna 3006720176'])
    assert.ok(containsCprLike(text), text);
  for (const text of ['P-3006720176', '30067201761', '13006720176', '300672', 'Anna Hansen', '2026-01-01', '5f0c1e2a-1234-4567-8901-234567890123'])
    assert.ok(!containsCprLike(text), text);
});

test('redaction replaces every CPR-like number and keeps the rest', () => {
  assert.equal(redactCprLike('/borgere/300672-0176'), '/borgere/[CPR]');
  assert.equal(redactCprLike('/a/30.06.72.0176/b/3006720176'), '/a/[CPR]/b/[CPR]');
  assert.equal(redactCprLike('/borgere/ny'), '/borgere/ny');
});

test('a text that is only a CPR-like number yields its ten digits', () => {
  assert.equal(cprDigitsOf(' 30 06 72-0176 '), '3006720176');
  assert.equal(cprDigitsOf('30.06.72.0176'), '3006720176');
  assert.equal(cprDigitsOf('anna 3006720176'), null);
  assert.equal(cprDigitsOf('12345'), null);
});

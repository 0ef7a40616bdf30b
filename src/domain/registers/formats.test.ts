import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectDelimiter, resolveLayout, splitCsvLine } from './formats.ts';

test('the delimiter is detected from the header line', () => {
  assert.equal(detectDelimiter('person,week,code'), ',');
  assert.equal(detectDelimiter('person;week;code'), ';');
  assert.equal(detectDelimiter('person'), ',');
});

test('quoted fields may hold the delimiter and doubled quotes', () => {
  assert.deepEqual(splitCsvLine('a;"b;c";"say ""hi""";', ';'), ['a', 'b;c', 'say "hi"', '']);
  assert.deepEqual(splitCsvLine('a,b,,c', ','), ['a', 'b', '', 'c']);
});

test('a header is matched case-insensitively and extra columns are ignored', () => {
  const result = resolveLayout('persons', ['Person', 'birth_year', 'SEX', 'municipality', 'extra']);
  assert.ok(result.ok);
  assert.deepEqual(result.layout.columns, { person: 0, birth_year: 1, sex: 2, municipality: 3, origin: -1, education: -1 });
});

test('a missing required column refuses the file and names the column', () => {
  assert.deepEqual(resolveLayout('hours_monthly', ['person', 'month', 'paid_hours']), {
    ok: false,
    reason: 'missing_columns',
    columns: ['employer_cvr', 'db07'],
  });
});

test('benefit weeks without a week column but with y_YYWW columns are the wide layout', () => {
  const result = resolveLayout('benefit_weeks', ['person', 'y_1807', 'y_1808']);
  assert.ok(result.ok && result.layout.wide);
  assert.deepEqual(
    result.layout.weeks.map((w) => [w.index, w.week]),
    [
      [1, '2018-02-12'],
      [2, '2018-02-19'],
    ],
  );
  assert.deepEqual(resolveLayout('benefit_weeks', ['person', 'y_1853']), { ok: false, reason: 'bad_week_columns', columns: ['y_1853'] });
});

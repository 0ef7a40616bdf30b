import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleValue, maxExamples, ReportBuilder } from './report.ts';

test('a problem keeps its count and only the first examples, sorted by line', () => {
  const report = new ReportBuilder();
  for (let line = 2; line < 30; line++) report.add('unknown_code', line, 'code', `X${line}`);
  report.add('bad_week', 5, 'week', '2018-W99');
  const built = report.build({ rejected: false, rejectedReason: null, periodFrom: null, periodTo: null });
  assert.deepEqual(
    built.problems.map((p) => [p.code, p.count, p.examples.length]),
    [
      ['unknown_code', 28, maxExamples],
      ['bad_week', 1, 1],
    ],
  );
  assert.deepEqual(built.problems[0]!.examples[0], { line: 2, value: 'code: X2' });
});

test('examples never show a CPR number', () => {
  assert.equal(exampleValue('person', '010190-1234'), 'person: xxxxxx-xxxx');
  assert.equal(exampleValue('person', '3201901234'), 'person: xxxxxxxxxx');
  assert.equal(exampleValue('person', 'ext:K9'), 'person: ext:K9');
  assert.equal(exampleValue('code', 'note 0101901234'), 'code: note xxxxxx-xxxx');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveLayout, type RegisterKind } from './formats.ts';
import { codeLookup, identityCodeList } from './code-list.ts';
import { ReportBuilder } from './report.ts';
import { RowValidator } from './rows.ts';
import { benefitStateCode } from './states.ts';

const context = {
  codes: codeLookup(identityCodeList),
  municipalities: new Set(['101', '998']),
  models: new Map([
    ['flere-skal-med', 'flere-skal-med'],
    ['fsm', 'flere-skal-med'],
  ]),
};

function validator(kind: RegisterKind, header: string[]) {
  const layout = resolveLayout(kind, header);
  assert.ok(layout.ok);
  const report = new ReportBuilder();
  return { v: new RowValidator(layout.layout, context, report), report };
}

const problems = (report: ReportBuilder) =>
  report.build({ rejected: false, rejectedReason: null, periodFrom: null, periodTo: null }).problems.map((p) => [p.code, p.count]);

test('benefit week rows: a valid row is kept, each problem is named', () => {
  const { v, report } = validator('benefit_weeks', ['person', 'week', 'code']);
  assert.deepEqual(v.validate(['010190-1234', '2018-W07', 'kontanthjaelp'], 2), [
    { line: 2, person: '010190-1234', week: '2018-02-12', state: benefitStateCode.kontanthjaelp },
  ]);
  assert.deepEqual(v.validate(['010190-1234', '2018-W53', 'kontanthjaelp'], 3), []);
  assert.deepEqual(v.validate(['310290-1234', 'x', '999'], 4), []);
  assert.deepEqual(v.validate(['010190-1234', '2018-W08', ''], 5), []);
  assert.equal(report.rowsRead, 4);
  assert.equal(report.rowsKept, 1);
  assert.deepEqual(problems(report), [
    ['unknown_code', 1],
    ['bad_cpr', 1],
    ['bad_week', 1],
    ['week_out_of_range', 1],
    ['missing_value', 1],
  ]);
});

test('the wide layout gives one row per filled week cell; empty cells are no row', () => {
  const { v, report } = validator('benefit_weeks', ['person', 'y_1807', 'y_1808', 'y_1809']);
  const rows = v.validate(['ext:A', 'kontanthjaelp', '', 'bogus'], 2);
  assert.deepEqual(
    rows.map((r) => ('week' in r ? r.week : '')),
    ['2018-02-12'],
  );
  assert.deepEqual(v.validate(['garbage', 'other', 'other', ''], 3), []);
  assert.equal(report.rowsRead, 4);
  assert.equal(report.rowsKept, 1);
  assert.deepEqual(problems(report), [
    ['unknown_code', 1],
    ['bad_cpr', 1],
  ]);
});

test('hours rows: range 0..744, decimal comma, subsidised flag', () => {
  const { v, report } = validator('hours_monthly', ['person', 'month', 'employer_cvr', 'db07', 'paid_hours', 'subsidised']);
  assert.deepEqual(v.validate(['ext:A', '2018-07', '12345678', '471100', '37,5', 'ja'], 2), [
    { line: 2, person: 'ext:A', month: '2018-07-01', employerCvr: '12345678', db07: '471100', paidHours: 37.5, subsidised: true },
  ]);
  v.validate(['ext:A', '2018-07', '12345678', '', '745', ''], 3);
  v.validate(['ext:A', '2018-07', '12345678', '', '-1', ''], 4);
  v.validate(['ext:A', '2018-7', '1234', '', 'ten', 'maybe'], 5);
  assert.deepEqual(problems(report), [
    ['bad_month', 1],
    ['hours_out_of_range', 2],
    ['bad_number', 2],
    ['bad_value', 1],
  ]);
});

test('person rows check sex, birth year, municipality and education', () => {
  const { v, report } = validator('persons', ['person', 'birth_year', 'sex', 'municipality', 'education']);
  assert.equal(v.validate(['ext:A', '1980', 'k', '998', '3'], 2).length, 1);
  v.validate(['ext:B', '80', 'X', '999', '11'], 3);
  assert.deepEqual(problems(report), [
    ['bad_number', 1],
    ['bad_sex', 1],
    ['bad_municipality', 1],
    ['bad_birth_year', 1],
  ]);
});

test('visitation rows accept the model id or short name; end before start is a bad date', () => {
  const { v, report } = validator('visitations', ['person', 'model', 'group', 'start_date', 'end_date']);
  assert.deepEqual(v.validate(['ext:A', 'FSM', '1', '2018-03-01', ''], 2), [
    { line: 2, person: 'ext:A', model: 'flere-skal-med', group: '1', startDate: '2018-03-01', endDate: null },
  ]);
  v.validate(['ext:A', 'nope', '1', '2018-03-01', '2018-02-01'], 3);
  assert.deepEqual(problems(report), [
    ['unknown_model', 1],
    ['bad_date', 1],
  ]);
});

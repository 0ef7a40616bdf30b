import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { da } from '../../i18n/da.ts';
import { en } from '../../i18n/en.ts';
import { format, type Translate } from '../../i18n/index.tsx';
import type { Catalogue } from '../../api/economics.ts';
import { costCatalogue } from '../../../../src/server/routes/economics/catalogue.ts';
import { computeCost } from '../../../../src/domain/economics/cost-model.ts';
import { buildCost, costFieldOfPath, exampleDraft, lineFieldId, salaryFieldId } from './costDraft.ts';
import { formatKr, parseNumber, problemText } from './format.ts';

const tDa: Translate = (key, params) => format(da[key], params);
const tEn: Translate = (key, params) => format(en[key], params);

describe('economics formatting', () => {
  test('kroner in da-DK with a real minus, rounded to a step', () => {
    assert.equal(formatKr('da-DK', 91_845.2), '91.845 kr.');
    assert.equal(formatKr('da-DK', 91_845.2, 100), '91.800 kr.');
    assert.equal(formatKr('da-DK', -26_600), '−26.600 kr.');
    assert.equal(formatKr('da-DK', -0.2), '0 kr.');
  });

  test('numbers typed the Danish way', () => {
    assert.equal(parseNumber('50,4'), 50.4);
    assert.equal(parseNumber('50.4'), 50.4);
    assert.equal(parseNumber('1.418'), 1418);
    assert.equal(parseNumber('1.539.000'), 1_539_000);
    assert.equal(parseNumber('1.418,5'), 1418.5);
    assert.equal(parseNumber(' 20 '), 20);
    assert.equal(parseNumber('−3'), -3);
    assert.ok(Number.isNaN(parseNumber('')));
    assert.ok(Number.isNaN(parseNumber('12 kr')));
    assert.ok(Number.isNaN(parseNumber('1,2,3')));
  });

  test('every problem code has a sentence in both languages, and an unknown code says its code', () => {
    for (const code of ['required', 'not_positive', 'salary_missing', 'unit_price_missing', 'ci_order', 'in_use']) {
      assert.doesNotMatch(problemText(tDa, code), /\(/, code);
      assert.doesNotMatch(problemText(tEn, code), /\(/, code);
    }
    assert.equal(problemText(tDa, 'too_small'), 'Ugyldig værdi (too_small).');
  });
});

describe('the cost form', () => {
  const catalogue = costCatalogue('social-stoette') as Catalogue;

  test('002’s example builds the domain’s input back: 91,845 kr. per citizen at 50.4 citizens a year', () => {
    const built = buildCost(exampleDraft('da-DK', catalogue, 'unit-1', '002'));
    assert.deepEqual(built.errors, {});
    assert.equal(built.body.citizensPerYear, 50.4);
    assert.equal(built.body.periodFrom, '2018-01-01');
    const input = { ...(built.body.input as object), citizensPerYear: 50.4, modelId: 'social-stoette' };
    const result = computeCost(input as Parameters<typeof computeCost>[0]);
    assert.ok(result.ok);
    assert.equal(Math.round(result.value.total.perCitizen), 91_845);
  });

  test('fields that are not numbers are named, and problem paths point at the controls', () => {
    const draft = exampleDraft('da-DK', catalogue, 'unit-1', '002');
    draft.items[0]!.lines[0] = { kind: 'staff_time', roleId: 'project_manager', hours: 'ti' };
    draft.salaries['cti_worker'] = 'x';
    const built = buildCost(draft);
    assert.equal(built.errors[lineFieldId(0, 0, 'value')], 'not_a_number');
    assert.equal(built.errors[salaryFieldId('cti_worker')], 'not_a_number');
    // Items without lines are not sent, so a sent index maps back to the form's item.
    const empty = exampleDraft('da-DK', catalogue, 'unit-1', '002');
    empty.items[0]!.lines = [];
    const sent = buildCost(empty);
    assert.equal(costFieldOfPath('input.items[0].lines[1].amount', sent), lineFieldId(1, 1, 'value'));
    assert.equal(costFieldOfPath('items[0].lines[0].roleId', sent), lineFieldId(1, 0, 'role'));
    assert.equal(costFieldOfPath(`input.roles[${sent.roleIds.indexOf('cti_worker')}].annualSalary`, sent), salaryFieldId('cti_worker'));
    assert.equal(costFieldOfPath('citizensPerYear', sent), 'econ-cost-citizens');
    assert.equal(costFieldOfPath('input.operatingPeriod.years', sent), 'econ-cost-years');
    assert.equal(costFieldOfPath('input', sent), '');
  });
});

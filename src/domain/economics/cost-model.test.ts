import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CostModelInput } from './cost-items.ts';
import { computeCost, hourlyCost } from './cost-model.ts';
import { validateCostModel } from './cost-validation.ts';
import { costSensitivity } from './sensitivity.ts';

/** A small municipality: a caseworker and a mentor, one establishment and two operation items. */
function fjordby(overrides: Partial<CostModelInput> = {}): CostModelInput {
  return {
    modelId: 'social-stoette',
    priceYear: 2024,
    operatingPeriod: { years: 2, firstQuarter: '2024-Q1' },
    citizensPerYear: 20,
    roles: [
      { id: 'caseworker', annualSalary: 567_200 },
      { id: 'mentor', annualSalary: 496_300 },
    ],
    items: [
      {
        id: 'training',
        phase: 'establishment',
        lines: [
          { kind: 'staff_time', roleId: 'caseworker', hours: 100, quarter: '2023-Q4' },
          { kind: 'other', category: 'external_fees', amount: 30_000 },
        ],
      },
      {
        id: 'cti_support',
        phase: 'operation',
        lines: [
          { kind: 'staff_time', roleId: 'mentor', hours: 300, quarter: '2024-Q1' },
          { kind: 'staff_time', roleId: 'mentor', hours: 340, quarter: '2024-Q2' },
        ],
      },
      { id: 'transport', phase: 'operation', lines: [{ kind: 'other', category: 'transport', amount: 8_000, quarter: '2025-Q4' }] },
    ],
    ...overrides,
  };
}

const close = (a: number, b: number, what = '') => assert.ok(Math.abs(a - b) < 1e-6, `${what} ${a} vs ${b}`);

describe('cost model', () => {
  it('prices hours at salary / 1,418 × 1.2 by default', () => {
    const r = computeCost(fjordby());
    assert.ok(r.ok);
    const caseworker = (567_200 / 1418) * 1.2;
    const mentor = (496_300 / 1418) * 1.2;
    close(r.value.hourlyCost.find((h) => h.roleId === 'caseworker')!.hourlyCost, caseworker);
    close(hourlyCost(496_300, 1418, 0.2), mentor);
    assert.equal(r.value.productiveHoursPerYear, 1418);
    assert.equal(r.value.overheadRate, 0.2);

    const est = 100 * caseworker + 30_000;
    const op = 640 * mentor + 8_000;
    close(r.value.establishment.total, est, 'establishment');
    close(r.value.operation.total, op, 'operation');
    // Establishment spread as a 4 % annuity due over the two years by default (002 footnote 17).
    close(r.value.establishment.perYear, (est * 0.04) / (1 - 1.04 ** -2) / 1.04, 'establishment per year');
    close(r.value.operation.perYear, op / 2, 'operation per year');
    close(r.value.total.perYear, r.value.establishment.perYear + op / 2, 'total per year');
    close(r.value.total.perCitizen, r.value.total.perYear / 20, 'per citizen');
    close(r.value.total.total, est + op, 'total');
  });

  it('breaks the cost down by item, role and category, each summing to the phase totals', () => {
    const r = computeCost(fjordby({ establishmentDiscountRate: 0 }));
    assert.ok(r.ok);
    const v = r.value;
    for (const phase of ['establishment', 'operation'] as const) {
      const total = phase === 'establishment' ? v.establishment.total : v.operation.total;
      close(v.byItem.filter((i) => i.phase === phase).reduce((s, i) => s + i.total, 0), total, `items ${phase}`);
      close(v.byRole.filter((i) => i.phase === phase).reduce((s, i) => s + i.total, 0), total, `roles ${phase}`);
      close(v.byCategory.filter((i) => i.phase === phase).reduce((s, i) => s + i.total, 0), total, `categories ${phase}`);
    }
    const mentor = v.byRole.find((x) => x.roleId === 'mentor' && x.phase === 'operation')!;
    assert.equal(mentor.hours, 640);
    assert.equal(v.byRole.find((x) => x.roleId === null && x.phase === 'operation')!.total, 8_000);
    assert.equal(v.byCategory.find((x) => x.category === 'external_fees')!.total, 30_000);
    assert.deepEqual(
      v.byQuarter.map((q) => [q.quarter, q.phase, q.hours]),
      [['2023-Q4', 'establishment', 100], ['2024-Q1', 'operation', 300], ['2024-Q2', 'operation', 340], ['2025-Q4', 'operation', 0], [null, 'establishment', 0]],
    );
    close(v.byQuarter.reduce((s, q) => s + q.total, 0), v.total.total, 'quarters');
    const item = v.byItem.find((i) => i.itemId === 'training')!;
    close(item.perYear, item.total / 2);
    close(item.perCitizen, item.total / 2 / 20);
  });

  it('expresses amounts and salaries of other years in the result year\'s prices', () => {
    const base = computeCost(fjordby());
    const indexed = computeCost(
      fjordby({
        inputPriceYear: 2022,
        priceIndex: [
          { year: 2022, value: 100 },
          { year: 2024, value: 110 },
        ],
      }),
    );
    assert.ok(base.ok && indexed.ok);
    close(indexed.value.total.total, base.value.total.total * 1.1);
    // A line's own price year wins over the input's.
    const own = fjordby();
    own.items[2]!.lines[0] = { kind: 'other', category: 'transport', amount: 8_000, priceYear: 2022 };
    const r = computeCost({ ...own, priceIndex: [{ year: 2022, value: 100 }, { year: 2024, value: 125 }] });
    assert.ok(r.ok);
    assert.equal(r.value.byItem.find((i) => i.itemId === 'transport')!.total, 10_000);
  });

  it('gives per citizen figures for other numbers of citizens (sensitivity), inversely proportional', () => {
    const r = computeCost(fjordby());
    assert.ok(r.ok);
    const rows = costSensitivity(r.value, [10, 20, 40]);
    assert.ok(rows.ok);
    close(rows.value[1]!.totalPerCitizen, r.value.total.perCitizen);
    close(rows.value[0]!.totalPerCitizen, 2 * r.value.total.perCitizen);
    close(rows.value[2]!.operationPerCitizen, r.value.operation.perCitizen / 2);
    const bad = costSensitivity(r.value, [10, 0, -1]);
    assert.ok(!bad.ok);
    assert.deepEqual(bad.problems.map((p) => [p.path, p.code]), [['citizensPerYear[1]', 'not_positive'], ['citizensPerYear[2]', 'not_positive']]);
  });

  it('reports every bad field with its path and code', () => {
    const input = fjordby({
      priceYear: 2024.5,
      citizensPerYear: 0,
      overheadRate: -0.1,
      operatingPeriod: { years: 2, firstQuarter: '2024-Q1' },
      roles: [{ id: 'caseworker', annualSalary: -1 }, { id: 'caseworker' }, { id: 'mentor' }],
    });
    input.items.push({
      id: 'cti_support',
      phase: 'operation',
      lines: [
        { kind: 'staff_time', roleId: 'ghost', hours: -3, quarter: '2026-Q1' },
        { kind: 'other', category: 'snacks' as never, amount: Number.NaN, quarter: '2024-Q5' },
      ],
    });
    const codes = validateCostModel(input).map((p) => `${p.path} ${p.code}`);
    assert.deepEqual(codes.sort(), [
      'citizensPerYear not_positive',
      'items[0].lines[0].roleId salary_missing',
      'items[1].lines[0].roleId salary_missing',
      'items[1].lines[1].roleId salary_missing',
      'items[3].id duplicate_id',
      'items[3].lines[0].hours negative',
      'items[3].lines[0].quarter outside_operating_period',
      'items[3].lines[0].roleId unknown_role',
      'items[3].lines[1].amount not_a_number',
      'items[3].lines[1].category unknown_value',
      'items[3].lines[1].quarter bad_quarter',
      'overheadRate out_of_range',
      'priceYear not_integer',
      'roles[0].annualSalary not_positive',
      'roles[1].id duplicate_id',
    ]);
    const r = computeCost(input);
    assert.ok(!r.ok);
    assert.equal(r.problems.length, codes.length);
  });

  it('asks for the price index when a price year differs from the result year', () => {
    const input = fjordby({ roles: [{ id: 'caseworker', annualSalary: 567_200, priceYear: 2021 }, { id: 'mentor', annualSalary: 496_300 }] });
    assert.deepEqual(validateCostModel(input), [{ path: 'roles[0].priceYear', code: 'price_index_missing', values: { year: 2021 } }]);
    const withIndex = { ...input, priceIndex: [{ year: 2021, value: 100 }] };
    assert.deepEqual(validateCostModel(withIndex), [{ path: 'roles[0].priceYear', code: 'price_index_missing', values: { year: 2024 } }]);
  });
});

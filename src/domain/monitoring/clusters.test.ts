import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { longTermBenefitShares, seedClusters } from './clusters.ts';
import { person } from './fixtures.ts';
import { monthIndex } from './months.ts';

const shares = (values: [string, number][]) => values.map(([municipality, pct]) => ({ municipality, numerator: pct, denominator: 100 }));

describe('seedClusters', () => {
  const data = shares([['101', 10], ['147', 12], ['151', 30], ['153', 31], ['155', 11], ['157', 50], ['159', 0]]);

  it('quantiles: equal-sized groups ordered by share, lowest first', () => {
    const c = seedClusters(data, { k: 3 });
    assert.deepEqual(c.map((x) => x.municipalities), [['159', '101', '155'], ['147', '151'], ['153', '157']]);
    assert.deepEqual(c.map((x) => [x.id, x.minShare, x.maxShare]), [['cluster-1', 0, 11], ['cluster-2', 12, 30], ['cluster-3', 31, 50]]);
  });

  it('natural breaks follow the gaps in the data', () => {
    const c = seedClusters(data, { k: 3, method: 'natural-breaks' });
    assert.deepEqual(c.map((x) => x.municipalities), [['159', '101', '155', '147'], ['151', '153'], ['157']]);
  });

  it('is deterministic under input order, drops empty denominators, and never makes more clusters than municipalities', () => {
    const reversed = seedClusters([...data].reverse(), { k: 3 });
    assert.deepEqual(reversed, seedClusters(data, { k: 3 }));
    assert.equal(seedClusters([{ municipality: '101', numerator: 0, denominator: 0 }]).length, 0);
    assert.equal(seedClusters(shares([['101', 1], ['147', 2]]), { k: 5 }).length, 2);
    assert.throws(() => seedClusters(data, { k: 0 }), /k: must be a whole number/);
  });
});

describe('longTermBenefitShares', () => {
  it('counts persons on public benefit at least 80 % of their covered weeks in the last 12 months', () => {
    const month = monthIndex('2018-12');
    const onBenefit = person({ municipality: '101', from: '2018-01', states: 'K K K K K K K K K K K J' });
    const mostlyJob = person({ municipality: '101', from: '2018-01', states: 'J J J J J J J J J K K K' });
    const uncovered = person({ municipality: '147', from: '2018-01', states: '- - -' });
    assert.deepEqual(longTermBenefitShares([onBenefit, mostlyJob, uncovered], month), [{ municipality: '101', numerator: 1, denominator: 2 }]);
  });
});

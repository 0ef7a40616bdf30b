/**
 * `jobspor economics cost|scenario|archetypes` on files (no database): the
 * 002 example's 91,800 per citizen and its sensitivity, a cost input file
 * with hours and salaries, problems as path: code with exit 1, bad options
 * with exit 2, archetype D with the built-in prices and a price set file,
 * and the archetype table.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archetypeScenario, computeCost, roundToStep, socialSupport002UnitPrices, type CostModelInput } from '../src/domain/economics/index.ts';
import { runMain } from './helpers/cli.ts';

let dir = '';
const saved = { ...process.env };
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-economics-'));
  process.env.JOBSPOR_DATA_DIR = join(dir, 'data');
  delete process.env.DATABASE_URL;
});
after(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

/** 1,418 hours of a 500,000 kr. role at 20 % overhead: 600,000 kr.; plus 20,000 kr. of transport. */
const hoursInput: CostModelInput = {
  modelId: 'social-stoette',
  priceYear: 2024,
  operatingPeriod: { years: 2 },
  establishmentDiscountRate: 0,
  citizensPerYear: 10,
  roles: [{ id: 'consultant', annualSalary: 500_000 }],
  items: [
    { id: 'startup', phase: 'establishment', lines: [{ kind: 'other', category: 'transport', amount: 20_000 }] },
    { id: 'company_oriented_activity', phase: 'operation', lines: [{ kind: 'staff_time', roleId: 'consultant', hours: 1418 }] },
  ],
};

it("prints the 002 example's cost: 91,800 per citizen at 50.4, 121,800 at 38, 68,100 at 68", async () => {
  const { code, text } = await runMain('economics', 'cost', '--example', 'social-support-002', '--json');
  assert.equal(code, 0, text);
  const json = JSON.parse(text);
  assert.equal(json.ok, true);
  assert.equal(roundToStep(json.cost.total.perCitizen, 100), 91_800);
  assert.deepEqual(json.sensitivity.map((s: { totalPerCitizen: number }) => roundToStep(s.totalPerCitizen, 100)), [121_800, 91_800, 68_100]);
  const readable = await runMain('economics', 'cost', '--example', 'social-support-002');
  assert.match(readable.text, /91\.845 kr\. per citizen/);
});

it('computes a cost input file with hours and salaries, as the domain does', async () => {
  const { code, text } = await runMain('economics', 'cost', '--input', file('cost.json', hoursInput), '--sensitivity', '5,10,20', '--json');
  assert.equal(code, 0, text);
  const json = JSON.parse(text);
  const expected = computeCost(hoursInput);
  assert.ok(expected.ok);
  assert.deepEqual(json.cost, expected.value);
  const near = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-6, `${actual} is not ${expected}`);
  near(json.cost.operation.total, 600_000);
  json.sensitivity.forEach((s: { totalPerCitizen: number }, i: number) => near(s.totalPerCitizen, [62_000, 31_000, 15_500][i]!));
});

it('exits 1 with each problem as path: code for a bad input file', async () => {
  const bad = structuredClone(hoursInput) as unknown as Record<string, unknown> & { items: { lines: Record<string, unknown>[] }[] };
  bad.items[1]!.lines[0]!.roleId = 'ghost';
  bad.citizensPerYear = 0;
  const path = file('bad.json', bad);
  const { code, text } = await runMain('economics', 'cost', '--input', path);
  assert.equal(code, 1);
  assert.match(text, /citizensPerYear: not_positive/);
  assert.match(text, /items\[1\]\.lines\[0\]\.roleId: unknown_role \{"roleId":"ghost"\}/);
  const json = await runMain('economics', 'cost', '--input', path, '--json');
  assert.equal(json.code, 1);
  assert.deepEqual(JSON.parse(json.text).problems.map((p: { path: string }) => p.path), ['citizensPerYear', 'items[1].lines[0].roleId']);
  const notJson = await runMain('economics', 'cost', '--input', file('not.json', '{ nope'));
  assert.equal(notJson.code, 1);
  assert.match(notJson.text, /is not JSON/);
  const missing = await runMain('economics', 'cost', '--input', join(dir, 'absent.json'));
  assert.equal(missing.code, 1);
  assert.match(missing.text, /no such file/);
});

it('exits 2 for options that do not fit', async () => {
  assert.equal((await runMain('economics', 'cost')).code, 2);
  assert.equal((await runMain('economics', 'cost', '--example', 'nope')).code, 2);
  assert.equal((await runMain('economics', 'cost', '--example', 'social-support-002', '--input', 'x.json')).code, 2);
  assert.equal((await runMain('economics', 'cost', '--example', 'social-support-002', '--sensitivity', '0,10')).code, 2);
  assert.equal((await runMain('economics', 'scenario')).code, 2);
  assert.equal((await runMain('economics', 'scenario', '--input', 'x.json', '--prices-builtin', '003')).code, 2);
  assert.equal((await runMain('economics', 'cost', '--unknown')).code, 2);
});

it("evaluates archetype D at the built-in prices and at a price set file", async () => {
  const input = file('d.json', archetypeScenario('D'));
  const { code, text } = await runMain('economics', 'scenario', '--input', input, '--json');
  assert.equal(code, 0, text);
  const net = JSON.parse(text).perCitizen.net;
  assert.deepEqual([net.municipality, net.state, net.total].map((x: number) => roundToStep(x, 100)), [59_700, 78_400, 138_100]);
  assert.equal((await runMain('economics', 'scenario', '--input', input, '--prices-builtin', '002', '--json')).text, text);
  // Doubled prices double the returns: D's net total becomes 2 × (138,100 + 91,800) − 91,800.
  const doubled = { ...socialSupport002UnitPrices, id: 'doubled', prices: socialSupport002UnitPrices.prices.map((p) => ({ ...p, municipality: 2 * p.municipality, state: 2 * p.state })) };
  const withFile = await runMain('economics', 'scenario', '--input', input, '--prices', file('prices.json', doubled), '--json');
  assert.equal(withFile.code, 0, withFile.text);
  assert.equal(roundToStep(JSON.parse(withFile.text).perCitizen.net.total, 100), 2 * (138_100 + 91_800) - 91_800);
  const badPrices = await runMain('economics', 'scenario', '--input', input, '--prices', file('bad-prices.json', { id: 'x' }));
  assert.equal(badPrices.code, 1);
  assert.match(badPrices.text, /version: required/);
  const flexJob = await runMain('economics', 'scenario', '--input', file('flex.json', { ...archetypeScenario('D'), changes: [{ consequence: 'flex_job_week', quantityPerYear: 1 }] }));
  assert.equal(flexJob.code, 1);
  assert.match(flexJob.text, /changes\[0\]\.consequence: unit_price_missing/);
});

it("prints 002's archetypes computed beside the published figures", async () => {
  const { code, text } = await runMain('economics', 'archetypes', '--json');
  assert.equal(code, 0);
  const json = JSON.parse(text);
  assert.deepEqual(json.archetypes.map((a: { id: string }) => a.id), ['A', 'B', 'C', 'D']);
  for (const a of json.archetypes.filter((x: { id: string }) => x.id !== 'C')) assert.deepEqual(a.computedRounded, a.published, a.id);
  const table = await runMain('economics', 'archetypes');
  assert.match(table.text, /D +12 +8 +59700 \/ 78400 \/ 138100 +59700 \/ 78400 \/ 138100/);
});

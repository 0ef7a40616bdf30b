/**
 * `jobspor evaluate match` on MatchIt's public lalonde data (src/domain/evaluation/fixtures/lalonde.csv,
 * see the README there), against the R reference numbers of scripts/reference/{glm,att}-lalonde.R.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMain } from './helpers/cli.ts';

const fixtures = new URL('../src/domain/evaluation/fixtures/', import.meta.url);
const lalonde = fileURLToPath(new URL('lalonde.csv', fixtures));
const glm = JSON.parse(readFileSync(new URL('glm-lalonde.json', fixtures), 'utf8')) as {
  unweighted: { coefficients: Record<string, number>; standardErrors: Record<string, number> };
};
const att = JSON.parse(readFileSync(new URL('att-lalonde.json', fixtures), 'utf8')) as {
  matched: { fit1: { cl: { coef: number[]; se: number[]; p: number[]; ci_low: number[]; ci_high: number[] } } };
};
const matchit = JSON.parse(readFileSync(new URL('matchit-lalonde.json', fixtures), 'utf8')) as {
  specs: Record<string, { matchMatrix: { rownames: string[]; rows: (string | null)[][] } }>;
};

let dir = '';
const saved = { ...process.env };
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-evaluate-'));
  process.env.JOBSPOR_DATA_DIR = join(dir, 'data');
  delete process.env.DATABASE_URL;
});
after(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

const spec = ['--data', lalonde, '--treatment', 'treat', '--covariates', 'age,educ,race,married,nodegree,re74,re75', '--outcome', 're78'];

function close(actual: unknown, expected: number, what: string, rel = 1e-6): void {
  assert.equal(typeof actual, 'number', what);
  assert.ok(Math.abs((actual as number) - expected) <= rel * Math.abs(expected), `${what}: ${String(actual)} vs ${expected}`);
}

async function json(...argv: string[]): Promise<Record<string, any>> {
  const result = await runMain('evaluate', 'match', ...argv, '--json');
  assert.equal(result.code, 0, result.text);
  return JSON.parse(result.text) as Record<string, any>;
}

describe('jobspor evaluate match --emulate-matchit 4.5.1 reproduces R (MatchIt 4.5.1, sandwich) on lalonde', () => {
  it('prints glm coefficients and SEs, sample sizes and the ATT with vcovCL SE, CI and p to 1e-6', async () => {
    const out = await json(...spec, '--emulate-matchit', '4.5.1');
    assert.deepEqual(Object.keys(out.glm.coefficients), Object.keys(glm.unweighted.coefficients));
    for (const [name, value] of Object.entries(glm.unweighted.coefficients)) close(out.glm.coefficients[name], value, `coef ${name}`);
    for (const [name, value] of Object.entries(glm.unweighted.standardErrors)) close(out.glm.se[name], value, `se ${name}`);
    assert.deepEqual([out.n_treated, out.n_control, out.n_matched_treated, out.n_matched_control], [185, 429, 185, 185]);
    const cl = att.matched.fit1.cl;
    close(out.att, 770.3901678378411, 'att');
    close(out.se, 701.5750622005226, 'se');
    close(out.att, cl.coef[1]!, 'att (fixture)');
    close(out.se, cl.se[1]!, 'se (fixture)');
    close(out.ci_low, cl.ci_low[1]!, 'ci_low');
    close(out.ci_high, cl.ci_high[1]!, 'ci_high');
    close(out.p, cl.p[1]!, 'p');
    assert.equal(out.matched, undefined, 'pairs only with --pairs');
  });

  it('prints balance before and after with snake_case keys per variable', async () => {
    const out = await json(...spec, '--emulate-matchit', '4.5.1');
    assert.deepEqual(
      out.balance.before.map((r: { variable: string }) => r.variable),
      ['distance', 'age', 'educ', 'raceblack', 'racehispan', 'racewhite', 'married', 'nodegree', 're74', 're75'],
    );
    assert.deepEqual(Object.keys(out.balance.before[0]), ['variable', 'means_treated', 'means_control', 'std_mean_diff', 'var_ratio', 'ecdf_mean', 'ecdf_max']);
    assert.deepEqual(Object.keys(out.balance.after[0]), [...Object.keys(out.balance.before[0]), 'std_pair_dist']);
    close(out.balance.before[0].std_mean_diff, 1.79408604967622, 'distance smd before (summary(m))');
  });

  it('with --pairs lists the matched set of MatchIt 4.5.1 by id', async () => {
    const out = await json(...spec, '--emulate-matchit', '4.5.1', '--pairs');
    const expected = matchit.specs.default!.matchMatrix;
    assert.equal(out.matched.key, 'id');
    assert.deepEqual(
      out.matched.pairs.map((p: { treated: string }) => p.treated),
      expected.rownames,
    );
    assert.deepEqual(
      out.matched.pairs.map((p: { controls: string[] }) => p.controls),
      expected.rows,
    );
  });
});

describe('jobspor evaluate match without emulation', () => {
  it('matches as MatchIt intends: 6 of the 185 pairs differ from 4.5.1, and so does the ATT', async () => {
    const out = await json(...spec, '--pairs');
    const expected = matchit.specs.default!.matchMatrix.rows;
    const differing = out.matched.pairs.filter((p: { controls: string[] }, r: number) => p.controls[0] !== expected[r]![0]);
    assert.equal(differing.length, 6);
    close(out.att, 894.367480270276, 'att', 1e-9);
    assert.equal(out.spec.emulate_matchit, null);
  });

  it('passes the options on: ratio, replace (HC3), caliper, exact, logit distance, order', async () => {
    const out = await json(...spec, '--ratio', '2', '--replace', '--caliper', '0.2', '--exact', 'married', '--distance', 'logit', '--m-order', 'smallest');
    assert.deepEqual(
      { ratio: out.spec.ratio, replace: out.spec.replace, caliper: out.spec.caliper, exact: out.spec.exact, distance: out.spec.distance, m_order: out.spec.m_order },
      { ratio: 2, replace: true, caliper: 0.2, exact: ['married'], distance: 'logit', m_order: 'data' },
    );
    assert.match(out.vcov, /HC3/);
    assert.ok(out.n_matched_treated <= 185 && out.n_matched_treated > 0);
    assert.ok(out.ci_low < out.att && out.att < out.ci_high);
  });

  it('prints a readable report without --json', async () => {
    const result = await runMain('evaluate', 'match', ...spec, '--emulate-matchit', '4.5.1');
    assert.equal(result.code, 0, result.text);
    assert.match(result.text, /Propensity model \(logistic regression\):/);
    assert.match(result.text, /Balance after matching:/);
    assert.match(result.text, /Effect on the treated \(ATT\) on re78: 770\.3902\n {2}SE 701\.5751 \(cluster-robust by matched set\), 95% CI \[-609\.2090, 2149\.9893\]/);
    assert.equal(existsSync(join(dir, 'data')), false, 'evaluate opened the database');
  });

  it('names units by row number in --pairs when the file has no id column', async () => {
    const lines = readFileSync(lalonde, 'utf8').trim().split('\n').map((l) => l.slice(l.indexOf(',') + 1));
    const file = join(dir, 'noid.csv');
    writeFileSync(file, lines.join('\n'));
    const out = await json(...spec.map((a) => (a === lalonde ? file : a)), '--pairs');
    assert.equal(out.matched.key, 'row');
    assert.equal(out.matched.pairs[0].treated, 1);
  });
});

describe('jobspor evaluate match refuses bad input', () => {
  const fails = async (argv: string[], code: number, message: RegExp) => {
    const result = await runMain('evaluate', 'match', ...argv);
    assert.equal(result.code, code, result.text);
    assert.match(result.text, message);
  };
  const withOption = (name: string, value: string) => spec.map((a, i) => (spec[i - 1] === name ? value : a));

  it('exit 1 for a missing file or column, a non-binary treatment, a non-numeric outcome', async () => {
    await fails(withOption('--data', join(dir, 'nope.csv')), 1, /^Error: cannot read .*nope\.csv: no such file/);
    await fails(withOption('--covariates', 'age,nope'), 1, /covariate column "nope" is not in the data/);
    await fails(withOption('--outcome', 'nope'), 1, /outcome column "nope" is not in the data/);
    await fails(withOption('--treatment', 'nope'), 1, /treatment column "nope" is not in the data/);
    const educTreatment = ['--data', lalonde, '--treatment', 'educ', '--covariates', 'age', '--outcome', 're78', '--json'];
    await fails(educTreatment, 1, /treatment "educ" must be 0 or 1; data row 1 has 11/);
    await fails(withOption('--outcome', 'id'), 1, /outcome "id" must be numeric; data row 1 has "NSW1"/);
    await fails([...spec, '--exact', 'nope'], 1, /exact column "nope" is not in the data/);
  });

  it('exit 2 with the usage for a missing option or an invalid option value', async () => {
    await fails(spec.slice(0, -2), 2, /^Missing --outcome COL for "jobspor evaluate match"\.\n\nUsage: jobspor evaluate match /);
    await fails([...spec, '--ratio', '0'], 2, /^--ratio must be a positive whole number, not "0"\.\n\nUsage: jobspor evaluate match /);
    await fails([...spec, '--caliper', '-1'], 2, /--caliper must be a positive number/);
    await fails([...spec, '--distance', 'mahalanobis'], 2, /--distance must be ps or logit/);
    await fails([...spec, '--m-order', 'random'], 2, /--m-order must be largest, smallest or data/);
    await fails([...spec, '--emulate-matchit', '4.5.2'], 2, /--emulate-matchit knows only 4\.5\.1/);
  });
});

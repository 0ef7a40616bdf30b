/**
 * The job manager with a stand-in worker (test/helpers/evaluation-echo-worker.mjs)
 * and loads the test resolves by hand: the queue of at most `maxRunning`,
 * cancelling while loading, queued or computing, owners, progress, and how
 * a result, a refusal, a broken worker and a failed load end a run.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { EvaluationRuns, type LoadedRun, type RunPlan } from './jobs.ts';
import type { Run } from '../routes/evaluation/schemas.ts';

const workerUrl = new URL('../../../test/helpers/evaluation-echo-worker.mjs', import.meta.url);
const request: Run['request'] = { cohort: { modelId: 'flere-skal-med', treated: { kind: 'file', fileName: 'f.csv', csv: 'sha256:x' } }, analysis: { method: 'nearest', outcome: 'any_hours', window: '1-12' } };
const hashes = { specSha256: 's', treatedSha256: 't', fileSha256: null };
const cohort = {
  nTreated: 1,
  nControl: 2,
  excluded: { not_in_register: 0, not_in_target_group: 0, missing_birth_year: 0, never_qualifies: 0, exposed: 0 },
  nullOutcomes: {},
  truncatedLookback: 0,
  rule: { states: ['kontanthjaelp'], atLeast: 4, ofLast: 8 },
  seed: 1,
  timeZeroFrom: null,
  timeZeroTo: null,
};
const estimate = { estimate: 0.1, se: 0.1, ciLow: -0.1, ciHigh: 0.3, p: 0.3 };
const result = {
  method: 'nearest', outcome: 'any_hours', window: '1-12', estimand: 'att', level: 0.95, effect: estimate, bootstrap: null, naive: null, meanTreated: null, meanControl: null,
  nTreated: 1, nControl: 2, nMatchedTreated: 1, nMatchedControl: 1, covariates: [], droppedCovariates: [], balance: null, sampleSizes: null, survival: null, eventStudy: null, warnings: [],
};

/** A load the test resolves with the stand-in worker's script. */
function deferredLoad() {
  let resolve!: (spec: Record<string, unknown>) => void;
  let reject!: (error: Error) => void;
  let called = false;
  const promise = new Promise<Record<string, unknown>>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const load = async (): Promise<LoadedRun> => {
    called = true;
    const spec = await promise;
    return { input: { persons: [], treated: [], rule: cohort.rule as never, spec: spec as never }, registerImports: [], dataPeriod: { benefitFrom: null, benefitTo: null, hoursFrom: null, hoursTo: null } };
  };
  return { load, resolve, reject, called: () => called };
}

const plan = (ownerId: string, load: RunPlan['load']): RunPlan => ({ ownerId, request, hashes, load });

async function ended(runs: EvaluationRuns, id: string, owner = 'a'): Promise<Run> {
  for (;;) {
    const run = runs.get(id, owner)!;
    if (run.status !== 'queued' && run.status !== 'running') return run;
    await sleep(20);
  }
}

test('at most two run at once; the third waits queued and starts when a slot frees', async () => {
  const runs = new EvaluationRuns({ workerUrl });
  const loads = [deferredLoad(), deferredLoad(), deferredLoad()];
  const started = loads.map((l) => runs.start(plan('a', l.load)));
  assert.deepEqual(started.map((r) => r.status), ['running', 'running', 'queued']);
  assert.equal(loads[2]!.called(), false, 'the queued run has not loaded');
  assert.equal(runs.get(started[0]!.id, 'b'), undefined, "someone else's run is not found");
  assert.equal(await runs.cancel(started[0]!.id, 'b'), undefined);
  const cancelled = await runs.cancel(started[0]!.id, 'a');
  assert.equal(cancelled!.status, 'cancelled');
  assert.ok(cancelled!.finishedAt);
  assert.equal(runs.get(started[2]!.id, 'a')!.status, 'running');
  assert.equal(loads[2]!.called(), true);
  // The cancelled run's load ends later: nothing starts for it.
  loads[0]!.resolve({ messages: [{ type: 'done', cohort, result }] });
  loads[1]!.resolve({ messages: [{ type: 'progress', stage: 'matching', fraction: 0.5 }, { type: 'progress', stage: 'propensity', fraction: Number.NaN }, { type: 'done', cohort, result }] });
  const done = await ended(runs, started[1]!.id);
  assert.equal(done.status, 'done');
  assert.equal(done.progress, 1);
  assert.deepEqual(done.result, result);
  assert.equal(done.reproducibility!.specSha256, 's');
  assert.equal(done.reproducibility!.software.node, process.version);
  assert.equal(runs.get(started[0]!.id, 'a')!.status, 'cancelled');
  loads[2]!.resolve({ messages: [{ type: 'failed', code: 'no_controls', field: 'rule', message: 'no controls' }] });
  const refused = await ended(runs, started[2]!.id);
  assert.equal(refused.status, 'failed');
  assert.deepEqual(refused.error, { code: 'no_controls', field: 'rule', message: 'no controls' });
  assert.deepEqual(runs.pending(), []);
});

test('cancelling a computing run terminates its worker; a broken worker, a failed load and an unserialisable result fail the run', async () => {
  const errors: string[] = [];
  const runs = new EvaluationRuns({ workerUrl, maxRunning: 4, onError: (_id, d) => errors.push(d.code) });
  const hanging = deferredLoad();
  const computing = runs.start(plan('a', hanging.load));
  hanging.resolve({ messages: [{ type: 'progress', stage: 'cohort', fraction: 0.5 }], then: 'hang' });
  while (runs.get(computing.id, 'a')!.stage !== 'cohort') await sleep(20);
  assert.ok(runs.get(computing.id, 'a')!.progress > 0);
  assert.equal((await runs.cancel(computing.id, 'a'))!.status, 'cancelled');
  // Cancelling an ended run changes nothing.
  assert.equal((await runs.cancel(computing.id, 'a'))!.status, 'cancelled');

  const broken = deferredLoad();
  const b = runs.start(plan('a', broken.load));
  broken.resolve({ then: 'throw' });
  assert.deepEqual((await ended(runs, b.id)).error, { code: 'internal', field: null, message: 'Analysen fejlede uventet.' });

  const failing = deferredLoad();
  const f = runs.start(plan('a', failing.load));
  failing.reject(Object.assign(new Error('no benefit extract'), { name: 'AnalysisError', code: 'no_benefit_extract', field: 'register' }));
  assert.deepEqual((await ended(runs, f.id)).error, { code: 'no_benefit_extract', field: 'register', message: 'no benefit extract' });

  const odd = deferredLoad();
  const o = runs.start(plan('a', odd.load));
  odd.resolve({ messages: [{ type: 'done', cohort, result: { ...result, effect: { ...estimate, se: Number.POSITIVE_INFINITY } } }] });
  const invalid = await ended(runs, o.id);
  assert.equal(invalid.error!.code, 'invalid_result');
  assert.match(invalid.error!.message, /effect\.se/);
  assert.deepEqual(errors.sort(), ['invalid_result', 'worker_error']);
  await runs.close();
});

/**
 * An evaluation worker thread: receives one WorkerInput, runs the analysis
 * (domain runEvaluation, synchronous and CPU-bound) and posts progress and the
 * result back, so the server's event loop stays free meanwhile. Started by
 * jobs.ts through worker-entry.mjs (which registers tsx first).
 */
import { parentPort } from 'node:worker_threads';
import { runEvaluation } from '../../domain/evaluation/analysis.ts';
import { analysisErrorOf, type WorkerInput, type WorkerMessage } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread only');

const post = (message: WorkerMessage) => port.postMessage(message);

port.once('message', (input: WorkerInput) => {
  let lastKey = '';
  try {
    const { cohort, result } = runEvaluation(
      { persons: input.persons, clusters: input.clusters, treated: input.treated, rule: input.rule, seed: input.seed },
      input.spec,
      (stage, fraction) => {
        // Thin the messages out: a stage reports at most every whole percent.
        const key = `${stage}:${Math.floor(fraction * 100)}`;
        if (key === lastKey) return;
        lastKey = key;
        post({ type: 'progress', stage, fraction });
      },
    );
    post({ type: 'done', cohort, result });
  } catch (error) {
    const known = analysisErrorOf(error);
    if (known) post({ type: 'failed', ...known });
    else post({ type: 'failed', code: 'internal', field: null, message: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 500) : 'unknown error' });
  }
  port.close();
});

/**
 * Evaluation runs of one server process, kept in memory for their owner to
 * poll (GET /api/evaluation/runs/:id). A run waits in a queue until one of
 * the `maxRunning` slots is free (2 by default: the analyses are CPU-bound
 * and hold the model's register in memory), then loads its data on the main
 * thread (async SQL) and computes in a worker thread (worker.ts), so the
 * server keeps answering meanwhile. Cancelling terminates the worker. A run
 * is forgotten an hour after it ends; a restart loses them all (a result
 * worth keeping is saved as an analysis).
 */
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { analysisStages, type AnalysisStage } from '../../domain/evaluation/analysis-spec.ts';
import type { Reproducibility, Run, RunRequest } from '../routes/evaluation/schemas.ts';
import { analysisErrorOf, type WorkerInput, type WorkerMessage } from './protocol.ts';
import { softwareVersions } from './reproducibility.ts';
import { checkAnswer } from './result-check.ts';

/** What a run loads once it has a slot: the worker's input and the data's provenance. */
export interface LoadedRun {
  input: WorkerInput;
  registerImports: Reproducibility['registerImports'];
  dataPeriod: Reproducibility['dataPeriod'];
}

/** How to start one run. */
export interface RunPlan {
  /** The run's id (default a new UUID); the route audits it before the run starts. */
  id?: string;
  ownerId: string;
  /** The request as shown and stored (a CSV replaced by its hash). */
  request: RunRequest;
  /** The hashes known before the run: the spec, the treated and the file. */
  hashes: Pick<Reproducibility, 'specSha256' | 'treatedSha256' | 'fileSha256'>;
  /** Loads the data (called when a slot is free); a thrown error fails the run. */
  load: () => Promise<LoadedRun>;
}

export interface RunManagerOptions {
  /** Runs computing at once (default 2); more wait as 'queued'. */
  maxRunning?: number;
  /** How long an ended run is kept (default an hour). */
  keepMs?: number;
  /** The worker's entry module (default worker-entry.mjs beside this file). */
  workerUrl?: URL;
  /** Where unexpected failures are reported (no person data reaches it). */
  onError?: (runId: string, detail: { code: string; message: string }) => void;
}

interface Entry {
  run: Run;
  plan: RunPlan;
  worker: Worker | null;
  endedAt: number | null;
}

/** Where the stages sit in the overall progress: each stage is an equal share. */
const lastStage = analysisStages.length - 1;
function overall(stage: AnalysisStage, fraction: number): number {
  const index = Math.max(0, analysisStages.indexOf(stage));
  // A stage of no items may report 0/0: NaN counts as the stage's start.
  const within = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return Math.min(1, (index + within) / lastStage);
}

export class EvaluationRuns {
  readonly #runs = new Map<string, Entry>();
  readonly #queue: string[] = [];
  #active = 0;
  readonly #maxRunning: number;
  readonly #keepMs: number;
  readonly #workerUrl: URL;
  readonly #onError: NonNullable<RunManagerOptions['onError']>;

  constructor(options: RunManagerOptions = {}) {
    this.#maxRunning = options.maxRunning ?? 2;
    this.#keepMs = options.keepMs ?? 60 * 60 * 1000;
    this.#workerUrl = options.workerUrl ?? new URL('./worker-entry.mjs', import.meta.url);
    this.#onError = options.onError ?? (() => {});
  }

  /** Queues a run and starts it when a slot is free; returns the run (queued or running). */
  start(plan: RunPlan): Run {
    this.#sweep();
    const run: Run = {
      id: plan.id ?? randomUUID(),
      status: 'queued',
      stage: 'load',
      progress: 0,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      request: plan.request,
      error: null,
      cohort: null,
      result: null,
      reproducibility: null,
    };
    this.#runs.set(run.id, { run, plan, worker: null, endedAt: null });
    this.#queue.push(run.id);
    this.#next();
    return run;
  }

  /** The owner's run, or undefined (someone else's runs are not found). */
  get(id: string, ownerId: string): Run | undefined {
    const entry = this.#runs.get(id);
    return entry && entry.plan.ownerId === ownerId ? entry.run : undefined;
  }

  /** Cancels a queued or running run (its worker is terminated); an ended run is returned as it is. */
  async cancel(id: string, ownerId: string): Promise<Run | undefined> {
    const entry = this.#runs.get(id);
    if (!entry || entry.plan.ownerId !== ownerId) return undefined;
    if (entry.endedAt !== null) return entry.run;
    const queued = this.#queue.indexOf(id);
    if (queued >= 0) this.#queue.splice(queued, 1);
    const worker = entry.worker;
    this.#end(entry, { status: 'cancelled' });
    if (worker) await worker.terminate();
    return entry.run;
  }

  /** Runs not yet ended (queued or running). */
  pending(): Run[] {
    return [...this.#runs.values()].filter((e) => e.endedAt === null).map((e) => e.run);
  }

  /** Terminates every worker and cancels what waits (the server is closing). */
  async close(): Promise<void> {
    const entries = [...this.#runs.values()].filter((e) => e.endedAt === null);
    await Promise.allSettled(entries.map((e) => this.cancel(e.run.id, e.plan.ownerId)));
  }

  #next(): void {
    while (this.#active < this.#maxRunning && this.#queue.length > 0) {
      const entry = this.#runs.get(this.#queue.shift()!);
      if (!entry || entry.endedAt !== null) continue;
      this.#active++;
      entry.run.status = 'running';
      void this.#execute(entry);
    }
  }

  async #execute(entry: Entry): Promise<void> {
    const { run, plan } = entry;
    let loaded: LoadedRun;
    try {
      loaded = await plan.load();
    } catch (error) {
      if (entry.endedAt === null) {
        // An AnalysisError (no benefit extract imported, ...) is the caller's to see; anything else is logged.
        const known = analysisErrorOf(error);
        if (!known) this.#onError(run.id, { code: 'load_failed', message: error instanceof Error ? error.message : String(error) });
        this.#end(entry, { status: 'failed', error: known ?? { code: 'load_failed', field: null, message: 'Registerdata kunne ikke indlæses.' } });
      }
      return;
    }
    if (entry.endedAt !== null) return; // cancelled while loading
    this.#progress(entry, 'load', 1);
    const worker = new Worker(this.#workerUrl);
    entry.worker = worker;
    worker.on('message', (message: WorkerMessage) => {
      if (entry.endedAt !== null) return;
      try {
        this.#receive(entry, loaded, message);
      } catch (error) {
        this.#onError(run.id, { code: 'internal', message: error instanceof Error ? error.message : String(error) });
        this.#end(entry, { status: 'failed', error: { code: 'internal', field: null, message: 'Analysen fejlede uventet.' } });
      }
    });
    worker.on('error', (error) => {
      if (entry.endedAt !== null) return;
      this.#onError(run.id, { code: 'worker_error', message: `${error.name}: ${error.message}` });
      this.#end(entry, { status: 'failed', error: { code: 'internal', field: null, message: 'Analysen fejlede uventet.' } });
    });
    worker.on('exit', (exitCode) => {
      entry.worker = null;
      if (entry.endedAt !== null) return;
      this.#onError(run.id, { code: 'worker_exit', message: `worker exited with code ${exitCode}` });
      this.#end(entry, { status: 'failed', error: { code: 'internal', field: null, message: 'Analysen stoppede uventet.' } });
    });
    worker.postMessage(loaded.input);
  }

  /** One message of the worker: progress, the result or a refusal. */
  #receive(entry: Entry, loaded: LoadedRun, message: WorkerMessage): void {
    const { run, plan } = entry;
    if (message.type === 'progress') this.#progress(entry, message.stage, message.fraction);
    else if (message.type === 'done') {
      const answer = checkAnswer(message.cohort, message.result);
      if (!answer.ok) {
        this.#onError(run.id, { code: 'invalid_result', message: answer.problem });
        this.#end(entry, { status: 'failed', error: { code: 'invalid_result', field: null, message: `Analysens resultat kan ikke vises (${answer.problem}).` } });
        return;
      }
      this.#end(entry, {
        status: 'done',
        stage: 'done',
        progress: 1,
        cohort: answer.cohort,
        result: answer.result,
        reproducibility: {
          ...plan.hashes,
          registerImports: loaded.registerImports,
          dataPeriod: loaded.dataPeriod,
          software: softwareVersions(),
          computedAt: new Date().toISOString(),
        },
      });
    } else {
      if (message.code === 'internal') this.#onError(run.id, { code: message.code, message: message.message });
      const error = message.code === 'internal' ? { code: 'internal', field: null, message: 'Analysen fejlede uventet.' } : { code: message.code, field: message.field, message: message.message };
      this.#end(entry, { status: 'failed', error });
    }
  }

  #progress(entry: Entry, stage: AnalysisStage, fraction: number): void {
    entry.run.stage = stage;
    // Stages a method skips leave the bar where it was; it never moves back.
    entry.run.progress = Math.max(entry.run.progress, Math.min(0.99, overall(stage, fraction)));
  }

  /** Ends a run once (later outcomes of a cancelled or failed run are ignored) and frees its slot. */
  #end(entry: Entry, change: Partial<Run>): void {
    if (entry.endedAt !== null) return;
    const wasRunning = entry.run.status === 'running';
    Object.assign(entry.run, change, { finishedAt: new Date().toISOString() });
    entry.endedAt = Date.now();
    entry.worker = null;
    if (wasRunning) {
      this.#active--;
      this.#next();
    }
  }

  #sweep(): void {
    const now = Date.now();
    for (const [id, entry] of this.#runs) if (entry.endedAt !== null && now - entry.endedAt > this.#keepMs) this.#runs.delete(id);
  }
}

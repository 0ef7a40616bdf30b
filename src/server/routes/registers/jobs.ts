/**
 * Background register imports started by an upload: their progress, kept in
 * memory for the web page to poll (GET /api/registers/jobs/:id). A job is
 * forgotten an hour after it ends; the import itself is recorded in the
 * database. A server restart loses running jobs (their transaction rolls back).
 */
import { randomUUID } from 'node:crypto';
import type { ImportJob } from './schemas.ts';

const keepMs = 60 * 60 * 1000;

interface Entry {
  job: ImportJob;
  /** Who started it: only they (or another admin/analyst of the installation) poll it. */
  staffId: string;
  endedAt: number | null;
}

export class ImportJobs {
  readonly #jobs = new Map<string, Entry>();

  create(staffId: string): ImportJob {
    this.#sweep();
    const job: ImportJob = { id: randomUUID(), phase: 'uploading', bytesRead: 0, bytesTotal: null, rowsRead: 0, outcome: null, error: null };
    this.#jobs.set(job.id, { job, staffId, endedAt: null });
    return job;
  }

  get(id: string): ImportJob | undefined {
    return this.#jobs.get(id)?.job;
  }

  update(id: string, change: Partial<ImportJob>): void {
    const entry = this.#jobs.get(id);
    if (!entry) return;
    Object.assign(entry.job, change);
    if (entry.job.phase === 'done' || entry.job.phase === 'failed') entry.endedAt ??= Date.now();
  }

  /** Jobs still running (the server waits for them, or reports them, on close). */
  running(): ImportJob[] {
    return [...this.#jobs.values()].filter((e) => e.endedAt === null).map((e) => e.job);
  }

  #sweep(): void {
    const now = Date.now();
    for (const [id, entry] of this.#jobs) if (entry.endedAt !== null && now - entry.endedAt > keepMs) this.#jobs.delete(id);
  }
}

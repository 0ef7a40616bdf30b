/**
 * The embedded database's data directory: owner-only permissions and an
 * exclusive lock for the lifetime of the process that opened it.
 *
 * PGlite is PostgreSQL in one process with no postmaster, so nothing stops a
 * second process from opening the same files; two writers corrupt the
 * directory. The lock file holds the owner's pid; a lock whose process is no
 * longer alive (kill -9, power loss) is taken over.
 */
import { chmodSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const lockFileName = 'jobspor.lock';

/** What the lock file records about the process holding the directory. */
export interface LockOwner {
  pid: number;
  startedAt: string;
  command: string;
}

/** Raised when another live process holds the data directory. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${owner.pid} ("${owner.command}", since ${owner.startedAt}). ` +
        'Stop that process first (a backup works while the server runs: jobspor backup <file>).',
    );
    this.name = 'DataDirInUseError';
  }
}

/** Creates the directory owner-only (0700), tightening an existing one. */
export function prepareDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
}

/**
 * Makes every file under the directory 0600 and every folder 0700. PGlite's
 * file system layer sets modes itself (0666 for most files) regardless of the
 * process umask, so this runs after PGlite has opened and again after it has
 * closed; in between, the 0700 directory keeps new files out of reach.
 */
export function restrictTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      chmodSync(path, 0o700);
      restrictTree(path);
    } else if (entry.isFile()) chmodSync(path, 0o600);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return Number.isInteger(parsed.pid) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Directories this process holds, so that it cannot open one twice either. */
const held = new Set<string>();

export interface DataDirLock {
  release(): void;
}

/**
 * Takes the exclusive lock on `dataDir`, or throws DataDirInUseError naming
 * the live process that holds it. `notice` is told when a stale lock is taken over.
 */
export function lockDataDir(dataDir: string, notice: (line: string) => void): DataDirLock {
  const path = join(dataDir, lockFileName);
  const owner: LockOwner = { pid: process.pid, startedAt: new Date().toISOString(), command: process.argv.slice(2).join(' ') || 'jobspor' };
  if (held.has(dataDir)) throw new DataDirInUseError(dataDir, owner);
  // The lock is written whole under a private name and then linked into
  // place, which fails atomically when a lock exists: a reader never sees a
  // half-written lock.
  const draft = `${path}.${process.pid}`;
  writeFileSync(draft, JSON.stringify(owner), { mode: 0o600 });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(draft, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error;
      }
      const existing = readOwner(path);
      if (existing && existing.pid !== process.pid && isAlive(existing.pid)) throw new DataDirInUseError(dataDir, existing);
      notice(`Took over the lock on ${dataDir} left by process ${existing?.pid ?? 'unknown'}, which is no longer running.`);
      rmSync(path, { force: true });
    }
  } finally {
    rmSync(draft, { force: true });
  }
  held.add(dataDir);
  const release = () => {
    if (!held.delete(dataDir)) return;
    process.off('exit', release);
    if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
  };
  process.on('exit', release);
  return { release };
}

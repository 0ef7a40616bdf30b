/** The embedded database's data directory: one process at a time, owner-only files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/connection.ts';
import { DataDirInUseError, lockFileName } from '../src/db/data-dir.ts';
import { migrate } from '../src/db/migrate.ts';
import { childEnv, runCli } from './helpers/server-process.ts';

function withTempDir(run: (dir: string) => Promise<void>) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobspor-datadir-'));
    try {
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** Modes of everything under `dir` that are not owner-only. */
function looseModes(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mode = statSync(path).mode & 0o777;
    if (entry.isDirectory()) {
      if (mode !== 0o700) out.push(`${path} ${mode.toString(8)}`);
      looseModes(path, out);
    } else if (entry.isFile() && mode !== 0o600) out.push(`${path} ${mode.toString(8)}`);
  }
  return out;
}

test(
  'a second process opening a data directory in use is refused with a message naming the holder’s pid, and the holder keeps working',
  withTempDir(async (dir) => {
    const dataDir = join(dir, 'data');
    const handle = await openDatabase({ dataDir });
    try {
      await migrate(handle.db);
      await assert.rejects(openDatabase({ dataDir }), (error: unknown) => error instanceof DataDirInUseError && error.owner.pid === process.pid);
      for (const args of [['migrate'], ['init', '--municipality', 'X Kommune', '--admin', 'chef']]) {
        const second = await runCli(args, childEnv(dataDir, undefined, { JOBSPOR_ADMIN_PASSWORD: 'second-opener-password' }));
        assert.equal(second.code, 1, second.output);
        assert.match(second.output, new RegExp(`Error: The data directory .* is in use by process ${process.pid}`));
        assert.doesNotMatch(second.output, /\n\s+at /);
      }
      const staff = await handle.db.selectFrom('staff').select('id').execute();
      assert.deepEqual(staff, [], 'the refused init wrote nothing');
    } finally {
      await handle.close();
    }
    // Once released, the directory opens again.
    const again = await openDatabase({ dataDir });
    await again.close();
  }),
);

test(
  'a lock left by a process that is no longer running is taken over, and the log says so',
  withTempDir(async (dir) => {
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(dataDir, lockFileName), JSON.stringify({ pid: gone, startedAt: '2026-01-01T00:00:00Z', command: 'serve' }));
    const notices: string[] = [];
    const handle = await openDatabase({ dataDir, notice: (line) => notices.push(line) });
    await handle.close();
    assert.equal(notices.length, 1);
    assert.match(notices[0]!, new RegExp(`Took over the lock on .* left by process ${gone}, which is no longer running`));
    assert.deepEqual(readdirSync(dataDir).filter((name) => name.startsWith(lockFileName)), [], 'the lock is removed on close');
  }),
);

test(
  'the data directory and every file PGlite writes in it are owner-only (0700 folders, 0600 files)',
  withTempDir(async (dir) => {
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const handle = await openDatabase({ dataDir });
    try {
      assert.equal(statSync(dataDir).mode & 0o777, 0o700);
      await migrate(handle.db);
    } finally {
      await handle.close();
    }
    assert.equal(statSync(dataDir).mode & 0o777, 0o700);
    assert.deepEqual(looseModes(dataDir), []);
  }),
);

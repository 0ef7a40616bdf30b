/**
 * Crash safety of the real server process: every write the server
 * acknowledged survives kill -9, on PGlite and on PostgreSQL; and on PGlite a
 * backup taken while the server runs holds every acknowledged write.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseTargets, postgresSkipped } from './helpers/databases.ts';
import { childEnv, loginOverHttp, startServer, type ServerProcess } from './helpers/server-process.ts';
import { readBackup } from '../src/db/backup.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { checkInitOptions, initInstallation } from '../src/cli/init.ts';
import { backupCommand } from '../src/cli/backup.ts';
import { loadConfig } from '../src/config.ts';

const password = 'crash-test-password-1';

/** Creates housing areas one after another on each of `streams` parallel streams; returns the names the server acknowledged. */
async function burst(url: string, cookie: string, prefix: string, count: number, streams = 4, onAcknowledged?: (n: number) => void): Promise<string[]> {
  const acknowledged: string[] = [];
  const stream = async (s: number) => {
    for (let i = s; i < count; i += streams) {
      const name = `${prefix} ${i}`;
      try {
        const response = await fetch(`${url}/api/housing-areas`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, origin: url },
          body: JSON.stringify({ name, postcodes: ['4300'], addresses: [] }),
        });
        if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
        acknowledged.push(name);
        onAcknowledged?.(acknowledged.length);
      } catch (error) {
        // Once the server is killed, requests fail: those writes were never acknowledged.
        if (error instanceof TypeError) return;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: streams }, (_, s) => stream(s)));
  return acknowledged;
}

async function housingAreaNames(url: string, cookie: string): Promise<Set<string>> {
  const response = await fetch(`${url}/api/housing-areas`, { headers: { cookie } });
  assert.equal(response.status, 200);
  return new Set(((await response.json()) as { housingAreas: { name: string }[] }).housingAreas.map((a) => a.name));
}

for (const target of databaseTargets()) {
  test(`every write the server acknowledged is present after kill -9 and a restart [${target.name}]`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobspor-crash-'));
    const database = target.name === 'postgresql' ? await target.open() : undefined;
    const env = childEnv(join(dir, 'data'), database?.url, { JOBSPOR_ADMIN_PASSWORD: password });
    let current: ServerProcess | undefined;
    try {
      // The administrator is created in this process (cheaper than another child), which then lets go of the data directory.
      const handle = database?.handle ?? (await openDatabase({ dataDir: join(dir, 'data') }));
      await migrate(handle.db);
      await initInstallation(handle.db, checkInitOptions({ municipality: 'Crash Kommune', adminUsername: 'admin', password }));
      // init asks for a new password at first login; this test is about writes, not that step.
      await handle.db.updateTable('staff').set({ password_change_required: false }).where('username', '=', 'admin').execute();
      if (!database) await handle.close();

      let server = await startServer(env);
      current = server;
      let cookie = await loginOverHttp(server.url, 'admin', password);
      const before = await burst(server.url, cookie, 'Before', 24);
      assert.equal(before.length, 24);

      if (target.name === 'pglite') {
        // The server holds the data directory; the backup comes from it and is current.
        const file = join(dir, 'running.json.gz');
        const lines: string[] = [];
        const out = (line: string) => void lines.push(line);
        assert.equal(await backupCommand.run!({ positionals: [file], flags: new Map() }, { config: loadConfig(env), out }), 0, lines.join('\n'));
        assert.match(lines.join('\n'), /taking the snapshot through it/);
        const names = new Set((await readBackup(file)).tables.housing_area!.map((row) => row.name as string));
        for (const name of before) assert.ok(names.has(name), `${name} is in the backup taken while the server ran`);
      }

      // Kill -9 in the middle of a burst, once some writes have been acknowledged.
      let killing: Promise<void> | undefined;
      const during = await burst(server.url, cookie, 'During', 200, 4, (n) => {
        if (n === 20) killing = server.kill9();
      });
      await killing;
      assert.ok(during.length >= 20);

      server = await startServer(env);
      current = server;
      if (target.name === 'pglite') assert.match(server.output, /Took over the lock .* left by process \d+/);
      cookie = await loginOverHttp(server.url, 'admin', password);
      const present = await housingAreaNames(server.url, cookie);
      const missing = [...before, ...during].filter((name) => !present.has(name));
      assert.deepEqual(missing, [], 'acknowledged writes missing after kill -9');
      await server.kill9();
      current = undefined;
    } finally {
      // A failed step must not leave the child server running (the test would never end).
      await current?.kill9().catch(() => undefined);
      await database?.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
if (postgresSkipped) test('every write the server acknowledged is present after kill -9 and a restart [postgresql]', { skip: 'TEST_DATABASE_URL is not set' }, () => {});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createBackup, readBackup, restoreBackup, writeBackup, dependencyOrder } from '../../src/db/backup.ts';
import { databaseTargets } from '../helpers/databases.ts';
import { forEachDatabase } from '../helpers/suite.ts';

const counts = async (db: Parameters<typeof createBackup>[0]) => {
  const out: Record<string, number> = {};
  for (const table of ['unit', 'staff', 'citizen', 'citizen_cpr', 'benefit_spell', 'audit_event']) {
    out[table] = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(db)).rows[0]!.n;
  }
  return out;
};

test('tables are ordered after the tables they reference', () => {
  const order = dependencyOrder([
    { name: 'citizen_cpr', dependsOn: ['citizen'], identityColumns: [] },
    { name: 'citizen', dependsOn: ['unit', 'staff'], identityColumns: [] },
    { name: 'staff', dependsOn: ['unit'], identityColumns: [] },
    { name: 'unit', dependsOn: [], selfReference: 'parent_id', identityColumns: [] },
  ]).map((t) => t.name);
  assert.deepEqual(order, ['unit', 'staff', 'citizen', 'citizen_cpr']);
});

forEachDatabase('backup and restore', (t) => {
  test('a backup restores every row into an empty database on each database kind, and identity sequences continue', async () => {
    const admin = await t().login('admin');
    await t().request(admin, { method: 'GET', url: '/api/audit' });
    const source = await counts(t().db.handle.db);
    const dir = mkdtempSync(join(tmpdir(), 'jobspor-backup-'));
    try {
      const file = join(dir, 'backup.json.gz');
      await writeBackup(t().db.handle.db, file);
      const backup = await readBackup(file);
      // The backup carries its own backup.create event; restore appends backup.restore.
      const restored = { ...source, audit_event: source.audit_event! + 2 };
      for (const target of databaseTargets()) {
        const fresh = await target.open();
        try {
          await restoreBackup(fresh.handle.db, backup);
          assert.deepEqual(await counts(fresh.handle.db), restored, `restore into ${target.name}`);
          const cpr = await fresh.handle.db.selectFrom('citizen_cpr').select('cpr').orderBy('cpr').execute();
          assert.ok(cpr.some((r) => r.cpr === '0101801234'));
          // New audit rows get ids after the restored ones.
          await fresh.handle.db.insertInto('audit_event').values({ action: 'after.restore' }).execute();
          const max = await sql<{ n: number }>`SELECT max(id)::int AS n FROM audit_event`.execute(fresh.handle.db);
          assert.equal(max.rows[0]!.n, restored.audit_event + 1);
          // A second restore without force is refused and changes nothing.
          await assert.rejects(restoreBackup(fresh.handle.db, backup), /not empty.*--force/);
          assert.equal((await counts(fresh.handle.db)).audit_event, restored.audit_event + 1);
          // With force the database is replaced by the backup.
          await restoreBackup(fresh.handle.db, backup, { force: true });
          assert.deepEqual(await counts(fresh.handle.db), restored);
        } finally {
          await fresh.dispose();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a file that is not a Jobspor backup is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobspor-backup-'));
    try {
      const { writeFileSync } = await import('node:fs');
      const { gzipSync } = await import('node:zlib');
      const file = join(dir, 'other.gz');
      writeFileSync(file, gzipSync(JSON.stringify({ hello: 'world' })));
      await assert.rejects(readBackup(file), /not a Jobspor backup/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

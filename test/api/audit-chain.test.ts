/**
 * The audit log's hash chain on each database: requests append chained rows,
 * concurrent requests do not fork the chain, tampering as the owner is found
 * at the right row, and restore refuses a backup with an edited audit log.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { verifyStoredAuditChain } from '../../src/db/audit-log.ts';
import { createBackup, restoreBackup } from '../../src/db/backup.ts';
import { databaseTargets } from '../helpers/databases.ts';
import { forEachDatabase } from '../helpers/suite.ts';

/** Changes audit rows as a table owner can: past the append-only triggers. */
async function tamper(db: Kysely<Database>, id: number, action: string) {
  await db.transaction().execute(async (trx) => {
    await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`.execute(trx);
    await sql`UPDATE audit_event SET action = ${action} WHERE id = ${id}`.execute(trx);
    await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`.execute(trx);
  });
}

forEachDatabase('audit hash chain', (t) => {
  test('every audited request appends a row chained to the one before it', async () => {
    const cookie = await t().login('jobformidler');
    const citizen = t().fixture.citizensA[0]!;
    assert.equal((await t().request(cookie, { method: 'GET', url: `/api/citizens/${citizen.id}` })).statusCode, 200);
    const rows = await t().db.handle.db.selectFrom('audit_event').select(['id', 'prev_hash', 'hash']).orderBy('id').execute();
    assert.ok(rows.length >= 2);
    for (const [i, row] of rows.entries()) {
      assert.match(row.hash ?? '', /^[0-9a-f]{64}$/);
      if (i > 0) assert.equal(row.prev_hash, rows[i - 1]!.hash);
    }
    const result = await verifyStoredAuditChain(t().db.handle.db);
    assert.equal(result.ok, true);
    assert.equal(result.state.head?.id, rows.at(-1)!.id);
  });

  test('concurrent requests append one after another without forking the chain', async () => {
    const cookie = await t().login('jobformidler');
    const before = await t().db.handle.db.selectFrom('audit_event').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t().request(cookie, { method: 'GET', url: `/api/citizens/${t().fixture.citizensA[i % t().fixture.citizensA.length]!.id}` })),
    );
    assert.ok(responses.every((r) => r.statusCode === 200));
    const after = await t().db.handle.db.selectFrom('audit_event').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    assert.equal(after.n - before.n, 20);
    const forks = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (SELECT prev_hash FROM audit_event GROUP BY prev_hash HAVING count(*) > 1) f`.execute(t().db.handle.db);
    assert.equal(forks.rows[0]!.n, 0);
    assert.equal((await verifyStoredAuditChain(t().db.handle.db)).ok, true);
  });

  test('a backup whose audit rows were edited is refused by restore, and an intact one restores with backup and restore audited', async () => {
    const db = t().db.handle.db;
    const backup = await createBackup(db);
    const audit = backup.tables.audit_event!;
    assert.equal(audit.at(-1)!.action, 'backup.create');
    const edited = structuredClone(backup);
    const victim = edited.tables.audit_event![1]!;
    victim.staff_username = 'nobody';
    const stripped = structuredClone(backup);
    for (const row of stripped.tables.audit_event!) {
      row.hash = null;
      row.prev_hash = null;
    }
    for (const target of databaseTargets()) {
      const fresh = await target.open();
      try {
        await assert.rejects(restoreBackup(fresh.handle.db, edited), new RegExp(`altered.*broken at row ${String(victim.id)}: its content`));
        await assert.rejects(restoreBackup(fresh.handle.db, stripped), /altered: its rows carry no hashes/);
        const count = await fresh.handle.db.selectFrom('audit_event').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
        assert.equal(count.n, 0, 'nothing restored');
        await restoreBackup(fresh.handle.db, backup);
        const last = await fresh.handle.db.selectFrom('audit_event').select(['action']).orderBy('id', 'desc').executeTakeFirstOrThrow();
        assert.equal(last.action, 'backup.restore');
        const result = await verifyStoredAuditChain(fresh.handle.db);
        assert.equal(result.ok, true);
        assert.equal(result.state.checked, audit.length + 1);
      } finally {
        await fresh.dispose();
      }
    }
  });

  // Last: it breaks this database's chain for good.
  test('a row changed by the table owner past the triggers is named as the first broken row', async () => {
    const db = t().db.handle.db;
    const ids = (await db.selectFrom('audit_event').select('id').orderBy('id').execute()).map((r) => r.id);
    const victim = ids[Math.floor(ids.length / 2)]!;
    await tamper(db, victim, 'nothing.to.see');
    const result = await verifyStoredAuditChain(db, 3);
    assert.deepEqual(result.ok ? null : result.broken, { id: victim, reason: 'content_changed' });
  });
});

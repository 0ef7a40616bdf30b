/**
 * On PostgreSQL the server can run as a role that does not own the tables
 * (docs/operations.md, "Database roles and the audit log"): with the grants
 * of src/db/grants.sql it works, and it cannot change, remove or truncate
 * audit rows, switch off the append-only triggers or skip triggers with
 * session_replication_role. PostgreSQL only: PGlite has a single user.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '../../src/db/schema.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { applyAppGrants } from '../../src/db/grants.ts';
import { appendAuditEvent, commandEvent, verifyStoredAuditChain } from '../../src/db/audit-log.ts';
import { databaseTargets, type TestDatabase } from '../helpers/databases.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

const baseUrl = process.env.TEST_DATABASE_URL;
const skip = baseUrl ? false : 'PostgreSQL only (TEST_DATABASE_URL is not set): PGlite has no database roles';

/** The SQLSTATE an attempt fails with (undefined when it succeeds). */
async function refusal(db: Kysely<Database>, statement: string): Promise<string | undefined> {
  try {
    await sql.raw(statement).execute(db);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('the server as a database role that does not own the tables [postgresql]', { skip }, () => {
  const role = `jobspor_app_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  let owner: TestDatabase;
  let app: DatabaseHandle;
  let testApp: TestApp | undefined;

  before(async () => {
    owner = await databaseTargets().find((t) => t.name === 'postgresql')!.open();
    await sql.raw(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`).execute(owner.handle.db);
    await applyAppGrants(owner.handle.db, role);
    const url = new URL(owner.url!);
    url.username = role;
    url.password = password;
    app = await openDatabase({ url: url.toString() });
  });

  after(async () => {
    await testApp?.app.close();
    await app?.close();
    await owner?.dispose();
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  });

  test('the app role appends audit rows but cannot update, delete or truncate them, disable the triggers or set session_replication_role', async () => {
    await appendAuditEvent(app.db, commandEvent('test.append'));
    const { id } = await app.db.selectFrom('audit_event').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(await refusal(app.db, `UPDATE audit_event SET action = 'x' WHERE id = ${id}`), '42501');
    assert.equal(await refusal(app.db, `DELETE FROM audit_event WHERE id = ${id}`), '42501');
    assert.equal(await refusal(app.db, 'TRUNCATE audit_event'), '42501');
    assert.equal(await refusal(app.db, 'ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete'), '42501');
    assert.equal(await refusal(app.db, 'ALTER TABLE audit_event DISABLE TRIGGER ALL'), '42501');
    assert.equal(await refusal(app.db, 'SET session_replication_role = replica'), '42501');
    assert.equal(await refusal(app.db, 'DROP TABLE audit_event'), '42501');
    assert.equal(await refusal(app.db, `DELETE FROM schema_migration`), '42501');
    // Refused by missing privileges, not only by the triggers (which the owner could disable).
    const privileges = await sql<Record<string, boolean>>`SELECT
      has_table_privilege('audit_event', 'UPDATE') AS update, has_table_privilege('audit_event', 'DELETE') AS delete,
      has_table_privilege('audit_event', 'TRUNCATE') AS truncate, has_table_privilege('audit_event', 'TRIGGER') AS trigger,
      has_table_privilege('audit_event', 'SELECT') AS select, has_table_privilege('audit_event', 'INSERT') AS insert`.execute(app.db);
    assert.deepEqual(privileges.rows[0], { update: false, delete: false, truncate: false, trigger: false, select: true, insert: true });
    const row = await app.db.selectFrom('audit_event').select('action').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.action, 'test.append');
  });

  test('the app works under the app role: start-up migration check, login, reading and creating citizens, all audited in an intact chain', async () => {
    assert.deepEqual(await migrate(app.db), [], 'an up-to-date database needs no owner rights');
    testApp = await startTestApp({ name: 'postgresql', handle: app, dispose: async () => {} });
    const cookie = await testApp.login('jobformidler');
    const citizen = testApp.fixture.citizensA[0]!;
    assert.equal((await testApp.request(cookie, { method: 'GET', url: `/api/citizens/${citizen.id}` })).statusCode, 200);
    const created = await testApp.request(cookie, {
      method: 'POST',
      url: '/api/citizens',
      payload: { cpr: '0303901236', firstName: 'Rolle', lastName: 'Prøve', unitId: testApp.fixture.teamA },
    });
    assert.equal(created.statusCode, 201, created.body);
    const result = await verifyStoredAuditChain(app.db);
    assert.equal(result.ok, true);
    assert.ok(result.state.checked >= 4);
  });

  test('pending migrations under the app role fail with a message naming the owner role', async () => {
    const owned = await sql<{ owner: string }>`SELECT tableowner AS owner FROM pg_tables WHERE tablename = 'audit_event'`.execute(app.db);
    assert.notEqual(owned.rows[0]!.owner, role);
    await sql`DELETE FROM schema_migration WHERE version = 9`.execute(owner.handle.db);
    try {
      await assert.rejects(migrate(app.db), /may not change the schema.*JOBSPOR_MIGRATION_DATABASE_URL/);
    } finally {
      await owner.handle.db.insertInto('schema_migration').values({ version: 9, name: 'audit_chain', checksum: (await import('../../src/db/migrate.ts')).listMigrations().find((m) => m.version === 9)!.checksum }).execute();
    }
  });
});

/**
 * `init` writes the schema and the first accounts in one transaction, so a
 * failure leaves the database as it was, on PGlite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { checkInitOptions, initInstallation } from '../src/cli/init.ts';
import { databaseTargets } from './helpers/databases.ts';

const init = () => checkInitOptions({ municipality: 'Prøve Kommune', adminUsername: 'chef', password: 'en lang nok adgangskode' });
const exists = async (db: Parameters<typeof initInstallation>[0], table: string) =>
  (await sql<{ found: string | null }>`SELECT to_regclass(${table})::text AS found`.execute(db)).rows[0]!.found !== null;

for (const target of databaseTargets()) {
  test(`a failed init leaves no schema or accounts behind (${target.name})`, async () => {
    const database = await target.open({ migrate: false });
    try {
      const { db } = database.handle;
      // A table in the way makes the first migration fail half-way through init.
      await sql`CREATE TABLE unit (id integer)`.execute(db);
      await assert.rejects(initInstallation(db, init()), /"unit" already exists/);
      assert.equal(await exists(db, 'schema_migration'), false);
      assert.equal(await exists(db, 'staff'), false);
    } finally {
      await database.dispose();
    }
  });

  test(`init migrates an empty database and creates the municipality and its administrator (${target.name})`, async () => {
    const database = await target.open({ migrate: false });
    try {
      const { db } = database.handle;
      const result = await initInstallation(db, init());
      assert.deepEqual(result, { municipality: 'Prøve Kommune', username: 'chef', generatedPassword: undefined });
      const staff = await db.selectFrom('staff').innerJoin('unit', 'unit.id', 'staff.unit_id').select(['username', 'name', 'roles']).execute();
      assert.deepEqual(staff, [{ username: 'chef', name: 'Prøve Kommune', roles: ['admin'] }]);
      await assert.rejects(initInstallation(db, { ...init(), username: 'chef2' }), /already has staff accounts/);
    } finally {
      await database.dispose();
    }
  });
}

/** `jobspor serve`: migrate, seed the demo on a fresh embedded database, start the server. */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { installationSecretFile, type Config } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { migrateAsOwner } from '../db/migrate.ts';
import { loadInstallationSecret } from '../platform/installation-secret.ts';
import { buildApp } from '../server/app.ts';
import { startBackupSocket } from '../server/backup-socket.ts';
import { demoLogins as demoAccounts } from '../seed/demo/organisation.ts';
import { demoPassword, seedDemo } from '../seed/demo/index.ts';
import { initCommandLine } from './init.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The demo accounts that exist and are active in this database, in the documented order. */
async function presentDemoLogins(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('staff')
    .innerJoin('unit', 'unit.id', 'staff.unit_id')
    .select(['staff.username', 'unit.name'])
    .where('staff.username', 'in', demoAccounts.map((a) => a.username))
    .where('staff.active', '=', true)
    .execute();
  const unitOf = new Map(rows.map((r) => [r.username, r.name]));
  return demoAccounts.filter((a) => unitOf.has(a.username)).map((a) => ({ username: a.username, role: a.role, unit: unitOf.get(a.username)! }));
}

export async function serve(config: Config, out: (line: string) => void): Promise<void> {
  const started = performance.now();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, notice: out });
  await migrateAsOwner(database.db, config.migrationDatabaseUrl);
  const hasStaff = Boolean(await database.db.selectFrom('staff').select('id').limit(1).executeTakeFirst());
  const seedNow = !hasStaff && (database.kind === 'pglite' || config.demo);
  // Before the seed: the demo register's person keys are keyed by it.
  const installationSecret = loadInstallationSecret(installationSecretFile(config));
  if (seedNow) {
    out(`Seeding the demo municipality into the ${database.kind === 'pglite' ? `embedded database at ${config.dataDir}` : 'PostgreSQL database'} ...`);
    await seedDemo(database.db, { registerSecret: installationSecret });
  }
  const demoLogins = await presentDemoLogins(database.db);
  const app = await buildApp({ database, logLevel: config.logLevel, sessionIdleMinutes: config.sessionIdleMinutes, sessionAbsoluteHours: config.sessionAbsoluteHours, trustProxy: config.trustProxy, secureCookies: config.secureCookies, publicOrigin: config.publicOrigin, installationSecret, uploadDir: join(config.dataDir, 'register-uploads'), monitoringCloseDays: config.monitoringCloseDays, fidelityMinCellSize: config.fidelityMinCellSize });
  const address = await app.listen({ port: config.port, host: config.host });
  // The embedded database is held by this process: `jobspor backup` asks it for a snapshot.
  const backupSocket = database.kind === 'pglite' ? await startBackupSocket(database.db, config.dataDir, out) : undefined;
  const url = config.publicOrigin ?? address.replace('127.0.0.1', 'localhost');
  out('');
  out(`Jobspor is running at ${url}  (database: ${database.kind}, ready in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (demoLogins.length) {
    out(`Demo logins, password "${demoPassword}":`);
    for (const login of demoLogins) out(`  ${login.username.padEnd(22)} ${login.role} · ${login.unit}`);
  } else if (!hasStaff && !seedNow) {
    out('The database has no staff accounts. Create the first administrator with:');
    out(`  ${initCommandLine(config.databaseUrl)}`);
  }
  const stop = async () => {
    await backupSocket?.close();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `jobspor serve`: migrate, seed the demo on a fresh embedded database, start the server. */
import { performance } from 'node:perf_hooks';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { buildApp } from '../server/app.ts';
import { demoPassword, seedDemo } from '../seed/demo/index.ts';

export async function serve(config: Config, out: (line: string) => void): Promise<void> {
  const started = performance.now();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrate(database.db);
  const hasStaff = Boolean(await database.db.selectFrom('staff').select('id').limit(1).executeTakeFirst());
  const seedNow = !hasStaff && (database.kind === 'pglite' || config.demo);
  let demoLogins: string[] = [];
  if (seedNow) {
    out(`Seeding the demo municipality into the ${database.kind === 'pglite' ? `embedded database at ${config.dataDir}` : 'PostgreSQL database'} ...`);
    const summary = await seedDemo(database.db);
    demoLogins = summary.logins.map((l) => `${l.username} (${l.unit})`);
  } else if (hasStaff) {
    const demo = await database.db.selectFrom('staff').select('username').where('username', 'in', ['jobformidler', 'admin']).execute();
    if (demo.length === 2) {
      demoLogins = (await database.db.selectFrom('staff').select('username').where('username', 'in', ['jobformidler', 'virksomhedskonsulent', 'mentor', 'leder', 'analytiker', 'admin']).execute()).map((s) => s.username);
    }
  }
  const app = await buildApp({ database, logLevel: config.logLevel, sessionIdleMinutes: config.sessionIdleMinutes, secureCookies: config.secureCookies });
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('127.0.0.1', 'localhost');
  out('');
  out(`Jobspor is running at ${url}  (database: ${database.kind}, ready in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (demoLogins.length) {
    out(`Demo logins, password "${demoPassword}":`);
    for (const login of demoLogins) out(`  ${login}`);
  } else if (!hasStaff) {
    out('The database has no staff accounts. Create the first administrator with:');
    out('  npx jobspor init --municipality "<name> Kommune" --admin <username>');
  }
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

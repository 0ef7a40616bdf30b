/**
 * The `jobspor` command line: migrate, seed, serve, init, backup, restore and
 * the model commands. Each command opens the configured database itself.
 */
import { parseArgs } from './args.ts';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type DatabaseHandle } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { readBackup, restoreBackup, writeBackup } from '../db/backup.ts';
import { seedDemo, demoPassword } from '../seed/demo/index.ts';
import { describeChain, verifyStoredAuditChain } from '../db/audit-log.ts';
import { applyAppGrants } from '../db/grants.ts';
import { serve } from './serve.ts';
import { initInstallation } from './init.ts';

const usage = `Usage: jobspor <command> [options]

Commands:
  serve [--demo]                 migrate, seed the demo municipality when the embedded
                                 database is empty (on PostgreSQL only with --demo or
                                 JOBSPOR_DEMO=1), and start the server on PORT (3000)
  migrate                        apply pending database migrations
  seed --demo [--seed N]         seed the demo municipality into an empty database
  init --municipality NAME --admin USERNAME
                                 create the first municipality and administrator of a
                                 real installation (password from JOBSPOR_ADMIN_PASSWORD
                                 or generated and printed once)
  backup <file>                  write a gzip JSON backup of all data
  restore <file> [--force]       restore a backup; --force replaces a non-empty database
  audit verify                   check the audit log's hash chain; names the first
                                 broken row and exits 1 when it is broken
  grant-app-role <role>          (PostgreSQL, as the owner) grant the server's role
                                 the privileges of src/db/grants.sql
  models list | show <id> | check <file>
                                 intervention model definitions

Environment: DATABASE_URL (PostgreSQL; default embedded PGlite), JOBSPOR_DATA_DIR
(PGlite directory, default ./data), JOBSPOR_MIGRATION_DATABASE_URL (the owner role
that runs migrations when DATABASE_URL's role does not own the tables), PORT, HOST,
JOBSPOR_LOG_LEVEL.`;

async function withDatabase<T>(config: Config, run: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await run(handle);
  } finally {
    await handle.close();
  }
}

/** Runs one CLI command and returns the process exit code. */
export async function main(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  try {
    switch (command) {
      case 'serve': {
        const args = parseArgs(rest);
        await serve({ ...config, demo: config.demo || args.flags.has('demo') }, out);
        return 0;
      }
      case 'migrate':
        return await withDatabase({ ...config, databaseUrl: config.migrationDatabaseUrl ?? config.databaseUrl }, async ({ db, kind }) => {
          const applied = await migrate(db);
          out(applied.length ? `Applied migrations ${applied.join(', ')} (${kind}).` : `Database is up to date (${kind}).`);
          return 0;
        });
      case 'seed': {
        const args = parseArgs(rest, ['seed']);
        if (!args.flags.has('demo')) {
          out('Only the demo data set can be seeded: jobspor seed --demo [--seed N]');
          return 2;
        }
        const seed = Number(args.flags.get('seed') ?? 1);
        if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
        return await withDatabase(config, async ({ db }) => {
          await migrate(db);
          const summary = await seedDemo(db, { seed });
          out(`Seeded the demo municipality: ${summary.units} units, ${summary.staff} staff, ${summary.citizens} citizens.`);
          out(`Demo logins (password "${demoPassword}"): ${summary.logins.map((l) => l.username).join(', ')}`);
          return 0;
        });
      }
      case 'init': {
        const args = parseArgs(rest, ['municipality', 'admin']);
        return await withDatabase(config, async ({ db }) => {
          await migrate(db);
          const result = await initInstallation(db, {
            municipality: String(args.flags.get('municipality') ?? ''),
            adminUsername: String(args.flags.get('admin') ?? ''),
            password: process.env.JOBSPOR_ADMIN_PASSWORD,
          });
          out(`Created ${result.municipality} and administrator "${result.username}".`);
          if (result.generatedPassword) out(`Initial password (shown once): ${result.generatedPassword}`);
          return 0;
        });
      }
      case 'backup': {
        const file = rest[0];
        if (!file) {
          out('Usage: jobspor backup <file>');
          return 2;
        }
        return await withDatabase(config, async ({ db }) => {
          await migrate(db);
          const backup = await writeBackup(db, file);
          const rows = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
          out(`Wrote ${rows} rows from ${Object.keys(backup.tables).length} tables to ${file}.`);
          return 0;
        });
      }
      case 'restore': {
        const args = parseArgs(rest);
        const file = args.positionals[0];
        if (!file) {
          out('Usage: jobspor restore <file> [--force]');
          return 2;
        }
        const backup = await readBackup(file);
        return await withDatabase(config, async ({ db }) => {
          const counts = await restoreBackup(db, backup, { force: args.flags.has('force') });
          out(`Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows into ${Object.keys(counts).length} tables from ${file}.`);
          return 0;
        });
      }
      case 'audit': {
        if (rest[0] !== 'verify') {
          out('Usage: jobspor audit verify');
          return 2;
        }
        return await withDatabase(config, async ({ db }) => {
          const result = await verifyStoredAuditChain(db);
          out(describeChain(result));
          return result.ok ? 0 : 1;
        });
      }
      case 'grant-app-role': {
        const role = rest[0];
        if (!role) {
          out('Usage: jobspor grant-app-role <role>');
          return 2;
        }
        const ownerUrl = config.migrationDatabaseUrl ?? config.databaseUrl;
        if (!ownerUrl) throw new Error('grant-app-role needs PostgreSQL: set JOBSPOR_MIGRATION_DATABASE_URL (or DATABASE_URL) to the owner role.');
        return await withDatabase({ ...config, databaseUrl: ownerUrl }, async ({ db }) => {
          await applyAppGrants(db, role);
          out(`Granted role "${role}" the server's privileges (src/db/grants.sql).`);
          return 0;
        });
      }
      case 'models': {
        const { modelsCommand } = await import('./models.ts');
        return modelsCommand(rest, out);
      }
      case undefined:
      case 'help':
      case '--help':
        out(usage);
        return command === undefined ? 2 : 0;
      default:
        out(`Unknown command "${command}".\n\n${usage}`);
        return 2;
    }
  } catch (error) {
    out(`Error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

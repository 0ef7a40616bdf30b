/**
 * The `jobspor` command line: migrate, seed, serve, init, backup, restore and
 * the model commands. Each command opens the configured database itself.
 */
import { parseArgs } from './args.ts';
import { loadConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { withDatabase } from './database.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { seedDemo, demoPassword } from '../seed/demo/index.ts';
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
  backup <file> [--encrypt] [--passphrase-file FILE | --key-file FILE] [--force]
                                 write a backup of all data (owner-only; works while the
                                 server runs); --encrypt seals it with AES-256-GCM
  restore <file> [--force] [--passphrase-file FILE | --key-file FILE]
                                 restore a backup with the server stopped; --force
                                 replaces a non-empty database
  models list | show <id> | check <file>
                                 intervention model definitions

Environment: DATABASE_URL (PostgreSQL; default embedded PGlite), JOBSPOR_DATA_DIR
(PGlite directory, default ./data), PORT, HOST, JOBSPOR_LOG_LEVEL,
JOBSPOR_BACKUP_PASSPHRASE (backup encryption passphrase).`;

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
        return await withDatabase(config, async ({ db, kind }) => {
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
      case 'backup':
        return await backupCommand(rest, config, out);
      case 'restore':
        return await restoreCommand(rest, config, out);
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

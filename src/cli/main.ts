/**
 * The `jobspor` command line: migrate, seed, serve, init, backup, restore and
 * the model commands. Each command is declared once in `commands` (see
 * args.ts: its arguments, options, help and body); each opens the configured
 * database itself. Exit codes: 0 success, 1 failure (including invalid
 * configuration), 2 a command line that does not fit the command.
 */
import { runCommand, type CommandSpec } from './args.ts';
import { describeSettings, installationSecretFile, loadConfig, unknownVariables, type Config } from '../config.ts';
import { loadInstallationSecret } from '../platform/installation-secret.ts';
import { migrate } from '../db/migrate.ts';
import { withDatabase } from './database.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { seedDemo, demoPassword } from '../seed/demo/index.ts';
import { describeChain, verifyStoredAuditChain } from '../db/audit-log.ts';
import { applyAppGrants } from '../db/grants.ts';
import { serve } from './serve.ts';
import { initDatabase } from './init.ts';
import { modelsCommandSpec } from './models.ts';
import { synthCommandSpec } from './synth.ts';
import { monitoringCommand, reportCommand } from './report.ts';
import { registerCommand } from './register.ts';
import { fidelityCommand } from './fidelity.ts';
import { evaluateCommand } from './evaluate.ts';
import { economicsCommand } from './economics.ts';

/** What every command body receives: validated configuration and the output. */
export interface CliContext {
  config: Config;
  out: (line: string) => void;
}

export type CliCommand = CommandSpec<CliContext>;

const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Migrate, seed the demo municipality into an empty embedded database, and start the server on PORT.',
  options: { demo: { description: 'seed the demo municipality into an empty PostgreSQL database too (as JOBSPOR_DEMO=1)' } },
  run: async (args, { config, out }) => {
    await serve({ ...config, demo: config.demo || args.flags.has('demo') }, out);
    return 0;
  },
};

const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Apply pending database migrations.',
  details: 'On PostgreSQL the migrations run as JOBSPOR_MIGRATION_DATABASE_URL when it is set (the role that owns the tables).',
  run: (_args, { config, out }) =>
    withDatabase({ ...config, databaseUrl: config.migrationDatabaseUrl ?? config.databaseUrl }, async ({ db, kind }) => {
      const applied = await migrate(db);
      out(applied.length ? `Applied migrations ${applied.join(', ')} (${kind}).` : `Database is up to date (${kind}).`);
      return 0;
    }),
};

const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'Seed the demo municipality into an empty database.',
  options: {
    demo: { required: true, description: 'the demo municipality (the only data set there is)' },
    seed: { value: 'N', description: 'random seed; the same number gives the same data (default 1)' },
  },
  run: async (args, { config, out }) => {
    const seed = Number(args.flags.get('seed') ?? 1);
    if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
    return withDatabase(config, async ({ db }) => {
      await migrate(db);
      const summary = await seedDemo(db, { seed, registerSecret: loadInstallationSecret(installationSecretFile(config)) });
      out(`Seeded the demo municipality: ${summary.units} units, ${summary.staff} staff, ${summary.citizens} citizens.`);
      out(`Demo logins (password "${demoPassword}"): ${summary.logins.map((l) => l.username).join(', ')}`);
      return 0;
    });
  },
};

const initCommand: CliCommand = {
  name: 'init',
  summary: 'Create the first municipality and administrator of a real installation.',
  options: {
    municipality: { value: 'NAME', required: true, description: 'the municipality, e.g. "Fjordby Kommune"' },
    admin: { value: 'USERNAME', required: true, description: "the administrator's username" },
  },
  details:
    'The password is JOBSPOR_ADMIN_PASSWORD, or generated and printed once. Migrations and the\n' +
    'new accounts are written in one transaction; a failed init leaves nothing behind.',
  run: async (args, { config, out }) => {
    const result = await initDatabase(
      { url: config.databaseUrl, dataDir: config.dataDir },
      { municipality: String(args.flags.get('municipality')), adminUsername: String(args.flags.get('admin')), password: config.adminPassword },
    );
    out(`Created ${result.municipality} and administrator "${result.username}" (${result.kind}).`);
    if (result.generatedPassword) out(`Initial password (shown once): ${result.generatedPassword}`);
    return 0;
  },
};

const auditCommand: CliCommand = {
  name: 'audit',
  summary: "The audit log's hash chain.",
  subcommands: [
    {
      name: 'verify',
      summary: "Check the audit log's hash chain; names the first broken row and exits 1 when it is broken.",
      run: (_args, { config, out }) =>
        withDatabase(config, async ({ db }) => {
          const result = await verifyStoredAuditChain(db);
          out(describeChain(result));
          return result.ok ? 0 : 1;
        }),
    },
  ],
};

const grantAppRoleCommand: CliCommand = {
  name: 'grant-app-role',
  summary: "(PostgreSQL, as the owner) Grant the server's role the privileges of src/db/grants.sql.",
  positionals: [{ name: 'role', description: 'the PostgreSQL role the server connects as' }],
  run: async (args, { config, out }) => {
    const role = args.positionals[0]!;
    const ownerUrl = config.migrationDatabaseUrl ?? config.databaseUrl;
    if (!ownerUrl) throw new Error('grant-app-role needs PostgreSQL: set JOBSPOR_MIGRATION_DATABASE_URL (or DATABASE_URL) to the owner role.');
    return withDatabase({ ...config, databaseUrl: ownerUrl }, async ({ db }) => {
      await applyAppGrants(db, role);
      out(`Granted role "${role}" the server's privileges (src/db/grants.sql).`);
      return 0;
    });
  },
};

/** Every command; help, usage and option checks follow from these declarations (the tests walk them all). */
const commands: CliCommand[] = [serveCommand, migrateCommand, seedCommand, initCommand, backupCommand, restoreCommand, auditCommand, grantAppRoleCommand, modelsCommandSpec, registerCommand, reportCommand, monitoringCommand, fidelityCommand, synthCommandSpec, evaluateCommand, economicsCommand];

function environmentHelp(): string {
  const rows = describeSettings().map((s) => [s.variable, s.default === undefined ? '' : `(default ${s.default})`, s.help] as const);
  const width = Math.max(...rows.map(([variable, fallback]) => `${variable} ${fallback}`.length));
  return ['Environment:', ...rows.map(([variable, fallback, help]) => `  ${`${variable} ${fallback}`.padEnd(width)}  ${help}`)].join('\n');
}

export const jobsporCommand: CliCommand = {
  name: 'jobspor',
  summary: 'Jobspor: evidence-based employment interventions for Danish job centres.',
  subcommands: commands,
  details: environmentHelp(),
};

/** Runs one CLI command and returns the process exit code. */
export async function main(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  try {
    return await runCommand(jobsporCommand, argv, out, () => {
      const config = loadConfig();
      for (const name of unknownVariables()) out(`Warning: ${name} is not a Jobspor setting and is ignored ("jobspor --help" lists them).`);
      return { config, out };
    });
  } catch (error) {
    out(`Error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

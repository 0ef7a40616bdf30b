/**
 * `jobspor backup` and `jobspor restore`. On the embedded database a backup
 * taken while the server runs comes from the server itself (backup-socket.ts),
 * since the server holds the data directory; restore needs the server stopped.
 */
import { existsSync } from 'node:fs';
import type { Config } from '../config.ts';
import type { ParsedArgs } from './args.ts';
import type { CliCommand } from './main.ts';
import { withDatabase } from './database.ts';
import { migrate } from '../db/migrate.ts';
import { createBackup, parseBackup, restoreBackup, writeBackupFile, type BackupFile } from '../db/backup.ts';
import { BackupFileError, decodeBackupBytes, isEncrypted, readFileBytes, readSecret } from '../db/backup-file.ts';
import { DataDirInUseError } from '../db/data-dir.ts';
import { requestBackupFromServer, serverOffersBackup } from '../server/backup-socket.ts';

const keyOptions = {
  'passphrase-file': { value: 'FILE', description: 'passphrase in the first line of FILE (implies --encrypt for backup)' },
  'key-file': { value: 'FILE', description: '32-byte key: 64 hex digits, base64 or raw (implies --encrypt for backup)' },
} as const;

function secretFrom(flags: ParsedArgs['flags'], config: Config) {
  const value = (name: string) => {
    const v = flags.get(name);
    if (v === true) throw new BackupFileError(`--${name} needs a file name`);
    return v;
  };
  return { passphraseFile: value('passphrase-file'), keyFile: value('key-file'), passphrase: config.backupPassphrase || undefined };
}

/** A snapshot of the configured database, from the running server when it holds the data directory. */
async function takeSnapshot(config: Config, out: (line: string) => void): Promise<BackupFile> {
  try {
    return await withDatabase(
      config,
      async ({ db }) => {
        await migrate(db);
        return createBackup(db);
      },
      out,
    );
  } catch (error) {
    if (!(error instanceof DataDirInUseError) || !serverOffersBackup(config.dataDir)) throw error;
    out(`The server (process ${error.owner.pid}) holds ${config.dataDir}; taking the snapshot through it.`);
    return requestBackupFromServer(config.dataDir);
  }
}

/** `jobspor backup <file>`: a snapshot of all data, owner-only, optionally encrypted. */
export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Write a gzip JSON backup of all data, readable by its owner only (0600); works while the server runs.',
  positionals: [{ name: 'file', description: 'the backup file to write' }],
  options: {
    encrypt: { description: 'encrypt with AES-256-GCM; the passphrase comes from --passphrase-file or JOBSPOR_BACKUP_PASSPHRASE (at least 12 characters)' },
    ...keyOptions,
    force: { description: 'replace an existing file' },
  },
  run: async (args, { config, out }) => {
    const file = args.positionals[0]!;
    const source = secretFrom(args.flags, config);
    const encrypt = args.flags.has('encrypt') || Boolean(source.passphraseFile || source.keyFile);
    const secret = encrypt ? readSecret(source) : undefined;
    if (encrypt && !secret) throw new BackupFileError('--encrypt needs --passphrase-file FILE, --key-file FILE or JOBSPOR_BACKUP_PASSPHRASE.');
    const force = args.flags.has('force');
    // Checked before the snapshot to fail fast; the final write checks again atomically.
    if (!force && existsSync(file)) throw new BackupFileError(`${file} exists already; choose another name, or use --force to replace it.`);
    const backup = await takeSnapshot(config, out);
    writeBackupFile(file, backup, { secret, force });
    const rows = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
    out(`Wrote ${rows} rows from ${Object.keys(backup.tables).length} tables to ${file}${secret ? ', encrypted' : ''}.`);
    if (!secret) out('The backup is not encrypted and holds CPR numbers: keep it as safe as the database, or use --encrypt.');
    return 0;
  },
};

/** `jobspor restore <file>`: loads a backup, with the server stopped. */
export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Restore a backup into an empty database (stop the server first).',
  positionals: [{ name: 'file', description: 'the backup file to read' }],
  options: {
    force: { description: 'replace all data of a non-empty database' },
    ...keyOptions,
  },
  details: 'An encrypted backup needs its passphrase (--passphrase-file or JOBSPOR_BACKUP_PASSPHRASE) or its --key-file.',
  run: async (args, { config, out }) => {
    const file = args.positionals[0]!;
    const bytes = readFileBytes(file);
    const secret = isEncrypted(bytes) ? readSecret(secretFrom(args.flags, config)) : undefined;
    const backup = parseBackup(decodeBackupBytes(bytes, file, secret), file);
    return withDatabase(
      config,
      async ({ db }) => {
        const counts = await restoreBackup(db, backup, { force: args.flags.has('force') });
        out(`Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows into ${Object.keys(counts).length} tables from ${file}.`);
        return 0;
      },
      out,
    );
  },
};

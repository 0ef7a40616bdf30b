/**
 * Backups of the embedded database while the server runs. The server holds
 * the data directory exclusively, so `jobspor backup` asks the serving
 * process for a snapshot over a Unix socket inside the data directory. The
 * directory is owner-only (0700) and the socket 0600: whoever can connect can
 * already read the database files, the same trust as PostgreSQL's peer
 * authentication, and nothing is exposed on the network.
 */
import { createServer, request } from 'node:http';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { createBackup, parseBackup, type BackupFile } from '../db/backup.ts';

/** Longest Unix socket path Linux and macOS accept (sun_path less the terminator). */
const maxSocketPath = 103;

export function backupSocketPath(dataDir: string): string {
  return join(dataDir, 'backup.sock');
}

export interface BackupSocket {
  close(): Promise<void>;
}

/**
 * Serves `POST /backup` with a consistent snapshot (createBackup runs in one
 * repeatable-read transaction). Returns undefined, after telling `notice`,
 * when the data directory's path is too long for a socket.
 */
export async function startBackupSocket(db: Kysely<Database>, dataDir: string, notice: (line: string) => void): Promise<BackupSocket | undefined> {
  const path = backupSocketPath(dataDir);
  if (path.length > maxSocketPath) {
    notice(`The data directory's path is too long for the backup socket (${path}); stop the server to take a backup.`);
    return undefined;
  }
  // This process holds the data directory's lock, so a socket file left here is stale.
  rmSync(path, { force: true });
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/backup') {
      res.writeHead(404).end();
      return;
    }
    createBackup(db).then(
      (backup) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(backup));
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(error instanceof Error ? error.message : String(error));
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(path, { force: true });
      }),
  };
}

/** True when a server on this data directory offers backups. */
export function serverOffersBackup(dataDir: string): boolean {
  return existsSync(backupSocketPath(dataDir));
}

/** Asks the server holding `dataDir` for a snapshot. */
export function requestBackupFromServer(dataDir: string): Promise<BackupFile> {
  const path = backupSocketPath(dataDir);
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: path, method: 'POST', path: '/backup' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 200) reject(new Error(`The running server could not take the backup: ${body}`));
        else {
          try {
            resolve(parseBackup(body, 'the server'));
          } catch (error) {
            reject(error as Error);
          }
        }
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`Could not reach the running server through ${path} (${error.code ?? error.message}).`)),
    );
    req.end();
  });
}

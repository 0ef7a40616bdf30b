/**
 * The installation's secret key: 32 random bytes in a file outside the
 * database (JOBSPOR_SECRET_FILE, by default jobspor.secret beside the data
 * directory), created owner-only (0600) on first start. It keys the hash of
 * CPR numbers that audited look-ups did not find, so the audit log can show
 * that the same number was tried again without holding the number, and a copy
 * of the database alone cannot test guesses against it.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Reads the secret, creating it when the file does not exist. */
export function loadInstallationSecret(file: string): Buffer {
  try {
    const text = readFileSync(file, 'utf8').trim();
    if (!/^[0-9a-f]{64}$/.test(text)) throw new Error(`${file} does not hold a Jobspor secret (64 hex digits).`);
    // Tighten a file copied in with looser permissions.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return Buffer.from(text, 'hex');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32);
  // 'wx': never overwrite a secret another process has just created.
  writeFileSync(file, `${secret.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

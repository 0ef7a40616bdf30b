/**
 * The bytes of a backup file: gzip JSON, optionally sealed with AES-256-GCM
 * under a key the operator provides. Backups hold every CPR number and
 * password hash, so files are written owner-only (0600), atomically, and
 * never over an existing file unless asked.
 *
 * Encrypted layout (all integers are single bytes):
 *   "JOBSPOR-ENC" | version (1) | kdf (1 = scrypt passphrase, 2 = key file) |
 *   log2 of scrypt N | salt (16) | iv (12) | ciphertext | GCM tag (16)
 * The header up to the iv is authenticated with the ciphertext.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

const magic = Buffer.from('JOBSPOR-ENC', 'ascii');
const version = 1;
const kdfPassphrase = 1;
const kdfKeyFile = 2;
/** scrypt N = 2^17, r = 8, p = 1: the OWASP recommendation for scrypt. */
const scryptLogN = 17;
const headerLength = magic.length + 3 + 16 + 12;
const tagLength = 16;

/** The operator's secret: a passphrase (stretched with scrypt) or a 32-byte key. */
export type BackupKey = { kind: 'passphrase'; passphrase: string } | { kind: 'key'; key: Buffer };

/** A backup file that cannot be read, with the reason in words for the operator. */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

function deriveKey(secret: BackupKey, salt: Buffer, logN: number): Buffer {
  if (secret.kind === 'key') return secret.key;
  const N = 2 ** logN;
  return scryptSync(secret.passphrase.normalize('NFC'), salt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 });
}

/** True when the bytes start like an encrypted Jobspor backup. */
export function isEncrypted(bytes: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}

export function encodeBackupBytes(json: string, secret?: BackupKey): Buffer {
  const plain = gzipSync(json);
  if (!secret) return plain;
  const salt = secret.kind === 'passphrase' ? randomBytes(16) : Buffer.alloc(16);
  const iv = randomBytes(12);
  const header = Buffer.concat([magic, Buffer.from([version, secret.kind === 'passphrase' ? kdfPassphrase : kdfKeyFile, scryptLogN]), salt, iv]);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(secret, salt, scryptLogN), iv);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

/** The JSON text inside a backup file's bytes; `file` names it in messages. */
export function decodeBackupBytes(bytes: Buffer, file: string, secret?: BackupKey): string {
  let plain = bytes;
  if (isEncrypted(bytes)) {
    if (bytes.length < headerLength + tagLength) throw new BackupFileError(`${file} is an encrypted Jobspor backup, but it is cut short.`);
    const header = bytes.subarray(0, headerLength);
    const [fileVersion, kdf, logN] = header.subarray(magic.length, magic.length + 3);
    if (fileVersion !== version) throw new BackupFileError(`${file} is an encrypted backup of format ${fileVersion}, which this Jobspor cannot read.`);
    const wanted = kdf === kdfPassphrase ? 'passphrase (--passphrase-file FILE or JOBSPOR_BACKUP_PASSPHRASE)' : 'key file (--key-file FILE)';
    if (!secret) throw new BackupFileError(`${file} is encrypted: give its ${wanted}.`);
    if ((kdf === kdfPassphrase) !== (secret.kind === 'passphrase')) {
      throw new BackupFileError(`${file} was encrypted with a ${wanted}, not with a ${secret.kind === 'passphrase' ? 'passphrase' : 'key file'}.`);
    }
    const salt = header.subarray(magic.length + 3, magic.length + 19);
    const iv = header.subarray(magic.length + 19, headerLength);
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(secret, salt, logN!), iv);
    decipher.setAAD(header);
    decipher.setAuthTag(bytes.subarray(bytes.length - tagLength));
    try {
      plain = Buffer.concat([decipher.update(bytes.subarray(headerLength, bytes.length - tagLength)), decipher.final()]);
    } catch {
      throw new BackupFileError(`${file} cannot be decrypted: the ${secret.kind === 'passphrase' ? 'passphrase' : 'key'} is wrong, or the file is damaged.`);
    }
  }
  try {
    return gunzipSync(plain).toString('utf8');
  } catch {
    throw new BackupFileError(`${file} is not a Jobspor backup (it is neither gzip-compressed nor encrypted by Jobspor).`);
  }
}

/**
 * Writes the file with mode 0600 through a temporary file beside it, so a
 * reader never sees half a backup. An existing file is replaced only with
 * `force`; without it the final link fails atomically if the name is taken.
 */
export function writeFileOwnerOnly(file: string, bytes: Buffer, options: { force?: boolean } = {}): void {
  const draft = `${file}.${process.pid}.partial`;
  const fd = openSync(draft, 'wx', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (options.force) renameSync(draft, file);
    else linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new BackupFileError(`${file} exists already; choose another name, or use --force to replace it.`);
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/** Reads a whole backup file, saying clearly when it is missing. */
export function readFileBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupFileError(`${file} does not exist.`);
    if (code === 'EISDIR') throw new BackupFileError(`${file} is a directory, not a backup file.`);
    throw error;
  }
}

/**
 * Reads the operator's secret from a file: a passphrase file holds one line
 * of at least 12 characters; a key file holds 32 bytes as 64 hex digits,
 * base64, or raw bytes (e.g. `openssl rand -hex 32 > backup.key`).
 */
export function readSecret(source: { passphraseFile?: string; keyFile?: string; passphrase?: string }): BackupKey | undefined {
  if (source.passphraseFile && source.keyFile) throw new BackupFileError('Give either --passphrase-file or --key-file, not both.');
  if (source.keyFile) {
    const raw = readFileBytes(source.keyFile);
    const text = raw.toString('utf8').trim();
    const key = /^[0-9a-fA-F]{64}$/.test(text)
      ? Buffer.from(text, 'hex')
      : /^[A-Za-z0-9+/]{43}=$/.test(text)
        ? Buffer.from(text, 'base64')
        : raw;
    if (key.length !== 32) throw new BackupFileError(`--key-file ${source.keyFile} must hold a 32-byte key (64 hex digits, base64, or 32 raw bytes).`);
    return { kind: 'key', key };
  }
  const passphrase = source.passphraseFile ? readFileBytes(source.passphraseFile).toString('utf8').split(/\r?\n/)[0]! : source.passphrase;
  if (passphrase === undefined) return undefined;
  const where = source.passphraseFile ? `--passphrase-file ${source.passphraseFile}` : 'JOBSPOR_BACKUP_PASSPHRASE';
  if ([...passphrase].length < 12) throw new BackupFileError(`${where}: the passphrase must be at least 12 characters.`);
  return { kind: 'passphrase', passphrase };
}

/** `jobspor backup` and `jobspor restore`: owner-only files, encryption, clear refusals. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from './helpers/cli.ts';

let dir = '';
const saved = { ...process.env };
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-cli-backup-'));
  process.env.JOBSPOR_DATA_DIR = join(dir, 'data');
  process.env.JOBSPOR_ADMIN_PASSWORD = 'backup-test-admin-password';
  delete process.env.DATABASE_URL;
  delete process.env.JOBSPOR_BACKUP_PASSPHRASE;
  const init = await run('init', '--municipality', 'Backup Kommune', '--admin', 'chef');
  assert.equal(init.code, 0, init.text);
});
after(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const { code, text } = await runMain(...argv);
  assert.doesNotMatch(text, /\n\s+at /, 'no stack trace');
  return { code, text };
}

const secretFile = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

test('a backup is written owner-only (0600) and never over an existing file without --force', async () => {
  const file = join(dir, 'plain.json.gz');
  const first = await run('backup', file);
  assert.equal(first.code, 0, first.text);
  assert.match(first.text, /not encrypted/);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  writeFileSync(file, 'keep me');
  const again = await run('backup', file);
  assert.equal(again.code, 1);
  assert.match(again.text, /exists already.*--force/);
  assert.equal(readFileSync(file, 'utf8'), 'keep me');
  const forced = await run('backup', file, '--force');
  assert.equal(forced.code, 0, forced.text);
  assert.equal(statSync(file).mode & 0o777, 0o600);
});

test('an encrypted backup hides its content and restores only with its passphrase; a missing or wrong one is refused clearly', async () => {
  const passphrase = secretFile('passphrase.txt', 'correct horse battery staple\n');
  const wrong = secretFile('wrong.txt', 'incorrect horse battery staple\n');
  const file = join(dir, 'sealed.jsbk');
  const written = await run('backup', file, '--encrypt', '--passphrase-file', passphrase);
  assert.equal(written.code, 0, written.text);
  assert.match(written.text, /encrypted/);
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 11).toString(), 'JOBSPOR-ENC');
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.throws(() => gunzipSync(bytes), 'not plain gzip');

  const missing = await run('restore', file, '--force');
  assert.equal(missing.code, 1);
  assert.match(missing.text, /is encrypted: give its passphrase/);
  const refused = await run('restore', file, '--force', '--passphrase-file', wrong);
  assert.equal(refused.code, 1);
  assert.match(refused.text, /cannot be decrypted: the passphrase is wrong/);
  const restored = await run('restore', file, '--force', '--passphrase-file', passphrase);
  assert.equal(restored.code, 0, restored.text);

  process.env.JOBSPOR_BACKUP_PASSPHRASE = 'correct horse battery staple';
  try {
    assert.equal((await run('restore', file, '--force')).code, 0, 'the passphrase may come from the environment');
  } finally {
    delete process.env.JOBSPOR_BACKUP_PASSPHRASE;
  }
});

test('a backup encrypted with a key file restores with that key and refuses a passphrase', async () => {
  const key = secretFile('backup.key', `${'ab'.repeat(32)}\n`);
  const file = join(dir, 'keyed.jsbk');
  assert.equal((await run('backup', file, '--key-file', key)).code, 0);
  const withPassphrase = await run('restore', file, '--force', '--passphrase-file', secretFile('p.txt', 'a long enough passphrase'));
  assert.equal(withPassphrase.code, 1);
  assert.match(withPassphrase.text, /encrypted with a key file/);
  const otherKey = await run('restore', file, '--force', '--key-file', secretFile('other.key', 'cd'.repeat(32)));
  assert.match(otherKey.text, /cannot be decrypted: the key is wrong/);
  assert.equal((await run('restore', file, '--force', '--key-file', key)).code, 0);
});

test('--encrypt without a passphrase or key, a short passphrase and a malformed key file are refused', async () => {
  const noKey = await run('backup', join(dir, 'nokey.jsbk'), '--encrypt');
  assert.equal(noKey.code, 1);
  assert.match(noKey.text, /--encrypt needs --passphrase-file FILE, --key-file FILE or JOBSPOR_BACKUP_PASSPHRASE/);
  const short = await run('backup', join(dir, 'short.jsbk'), '--passphrase-file', secretFile('short.txt', 'tooshort'));
  assert.match(short.text, /at least 12 characters/);
  const badKey = await run('backup', join(dir, 'badkey.jsbk'), '--key-file', secretFile('bad.key', 'abc'));
  assert.match(badKey.text, /must hold a 32-byte key/);
});

test('restore of a file that is not a backup says so, without a stack trace', async () => {
  const cases: [string, Buffer | string, RegExp][] = [
    ['notes.txt', 'just some text\n', /notes\.txt is not a Jobspor backup \(it is neither gzip-compressed nor encrypted/],
    ['other.gz', gzipSync('not json'), /other\.gz is not a Jobspor backup \(its content is not JSON\)/],
    ['other.json.gz', gzipSync(JSON.stringify({ hello: 'world' })), /other\.json\.gz is not a Jobspor backup \(format undefined\)/],
    ['cut.jsbk', Buffer.from('JOBSPOR-ENC\x01'), /cut\.jsbk is an encrypted Jobspor backup, but it is cut short/],
  ];
  for (const [name, content, message] of cases) {
    const result = await run('restore', secretFile(name, content as string), '--force');
    assert.equal(result.code, 1, name);
    assert.match(result.text, message);
  }
  const absent = await run('restore', join(dir, 'absent.json.gz'));
  assert.match(absent.text, /absent\.json\.gz does not exist/);
});

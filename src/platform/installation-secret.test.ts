import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInstallationSecret } from './installation-secret.ts';

test('the installation secret is created owner-only on first start and read back unchanged afterwards', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jobspor-secret-'));
  try {
    const file = join(dir, 'conf', 'jobspor.secret');
    const first = loadInstallationSecret(file);
    assert.equal(first.length, 32);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(loadInstallationSecret(file), first);
    assert.equal(readFileSync(file, 'utf8').trim(), first.toString('hex'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a secret file that does not hold a secret is refused, not replaced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jobspor-secret-'));
  try {
    const file = join(dir, 'jobspor.secret');
    writeFileSync(file, 'not a secret\n', { mode: 0o600 });
    assert.throws(() => loadInstallationSecret(file), /does not hold a Jobspor secret/);
    assert.equal(readFileSync(file, 'utf8'), 'not a secret\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkInitOptions, initCommandLine, undoNewDirectoryOnFailure } from './init.ts';

const dir = mkdtempSync(join(tmpdir(), 'jobspor-init-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const failing = (target: string) =>
  undoNewDirectoryOnFailure(target, async () => {
    mkdirSync(join(target, 'base'), { recursive: true });
    writeFileSync(join(target, 'PG_VERSION'), '17');
    throw new Error('init failed');
  });

describe('a failed init leaves the data directory as it found it', () => {
  it('removes a directory it created', async () => {
    const target = join(dir, 'new');
    await assert.rejects(failing(target), /init failed/);
    assert.equal(existsSync(target), false);
  });

  it('empties a directory that existed empty (such as one systemd made) but keeps it', async () => {
    const target = join(dir, 'empty');
    mkdirSync(target);
    await assert.rejects(failing(target), /init failed/);
    assert.deepEqual(readdirSync(target), []);
  });

  it('leaves a directory that held data alone', async () => {
    const target = join(dir, 'used');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'x');
    await assert.rejects(failing(target), /init failed/);
    assert.ok(readdirSync(target).includes('keep'));
  });

  it('keeps what a successful init made', async () => {
    const target = join(dir, 'ok');
    await undoNewDirectoryOnFailure(target, async () => mkdirSync(target));
    assert.ok(existsSync(target));
  });
});

describe('init options', () => {
  it('are checked before the database is touched, naming the option', () => {
    assert.throws(() => checkInitOptions({ municipality: ' ', adminUsername: 'chef' }), /^Error: --municipality is required/);
    assert.throws(() => checkInitOptions({ municipality: 'K'.repeat(121), adminUsername: 'chef' }), /--municipality must be at most 120 characters/);
    assert.throws(() => checkInitOptions({ municipality: 'Prøve Kommune', adminUsername: 'X Y' }), /--admin must be/);
    assert.throws(() => checkInitOptions({ municipality: 'Prøve Kommune', adminUsername: 'chef', password: 'kort' }), /^Error: JOBSPOR_ADMIN_PASSWORD: /);
    const generated = checkInitOptions({ municipality: ' Prøve Kommune ', adminUsername: 'Chef' });
    assert.equal(generated.municipality, 'Prøve Kommune');
    assert.equal(generated.username, 'chef');
    assert.equal(generated.password, generated.generatedPassword);
  });
});

describe('the init command line the server suggests', () => {
  it('carries DATABASE_URL on PostgreSQL, with a placeholder for the password', () => {
    assert.equal(
      initCommandLine('postgres://jobspor:hemmeligt@db.example:5432/jobspor'),
      `DATABASE_URL='postgres://jobspor:<password>@db.example:5432/jobspor' npx jobspor init --municipality "<name> Kommune" --admin <username>`,
    );
    assert.equal(
      initCommandLine('postgres://jobspor@db.example/jobspor'),
      'DATABASE_URL=postgres://jobspor@db.example/jobspor npx jobspor init --municipality "<name> Kommune" --admin <username>',
    );
  });

  it('needs no DATABASE_URL on the embedded database', () => {
    assert.equal(initCommandLine(undefined), 'npx jobspor init --municipality "<name> Kommune" --admin <username>');
  });
});

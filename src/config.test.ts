import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, describeSettings, loadConfig, redactUrlPassword, unknownVariables } from './config.ts';

function issues(env: NodeJS.ProcessEnv) {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error;
  }
  assert.fail('the configuration was accepted');
}

describe('configuration from the environment', () => {
  it('uses the documented defaults when nothing is set, and treats an empty variable as unset', () => {
    const defaults = {
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      migrationDatabaseUrl: undefined,
      dataDir: resolve('./data'),
      secretFile: undefined,
      demo: false,
      logLevel: 'info',
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      trustProxy: false,
      secureCookies: false,
      publicOrigin: undefined,
      adminPassword: undefined,
      monitoringCloseDays: 0,
      fidelityMinCellSize: 3,
      backupPassphrase: undefined,
    };
    assert.deepEqual(loadConfig({}), defaults);
    assert.deepEqual(loadConfig({ PORT: '', DATABASE_URL: '', JOBSPOR_SESSION_IDLE_MINUTES: '' }), defaults);
  });

  it('reads valid values', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://jobspor:pw@db.example:5432/jobspor',
      JOBSPOR_DATA_DIR: '/var/lib/jobspor',
      JOBSPOR_DEMO: 'true',
      JOBSPOR_LOG_LEVEL: 'warn',
      JOBSPOR_SESSION_IDLE_MINUTES: '30',
      JOBSPOR_SECURE_COOKIES: '1',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.databaseUrl, 'postgres://jobspor:pw@db.example:5432/jobspor');
    assert.equal(config.dataDir, '/var/lib/jobspor');
    assert.equal(config.demo, true);
    assert.equal(config.sessionIdleMinutes, 30);
    assert.equal(config.secureCookies, true);
    assert.equal(loadConfig({ DATABASE_URL: 'postgresql:///jobspor?host=/var/run/postgresql' }).databaseUrl, 'postgresql:///jobspor?host=/var/run/postgresql');
  });

  it('reports every invalid variable at once with its name, value and reason', () => {
    const error = issues({
      PORT: 'abc',
      HOST: 'my host',
      DATABASE_URL: 'notaurl',
      JOBSPOR_DEMO: 'yes',
      JOBSPOR_LOG_LEVEL: 'loud',
      JOBSPOR_SESSION_IDLE_MINUTES: 'abc',
      JOBSPOR_SECURE_COOKIES: 'on',
    });
    assert.deepEqual(
      error.issues.map((i) => [i.variable, i.value]),
      [
        ['PORT', 'abc'],
        ['HOST', 'my host'],
        ['DATABASE_URL', 'notaurl'],
        ['JOBSPOR_DEMO', 'yes'],
        ['JOBSPOR_LOG_LEVEL', 'loud'],
        ['JOBSPOR_SESSION_IDLE_MINUTES', 'abc'],
        ['JOBSPOR_SECURE_COOKIES', 'on'],
      ],
    );
    assert.match(error.message, /^Invalid configuration \(7 environment variables\):\n {2}PORT="abc": must be a whole number from 0 to 65535\n/);
    assert.match(error.message, /DATABASE_URL="notaurl": must be a PostgreSQL URL such as postgres:\/\//);
    assert.match(error.message, /JOBSPOR_SESSION_IDLE_MINUTES="abc": must be a whole number from 1 to 1440/);
  });

  it('refuses numbers out of range and session lengths of zero', () => {
    assert.deepEqual(issues({ PORT: '70000' }).issues.map((i) => i.variable), ['PORT']);
    assert.deepEqual(issues({ PORT: '-1' }).issues.map((i) => i.variable), ['PORT']);
    assert.deepEqual(issues({ JOBSPOR_SESSION_IDLE_MINUTES: '0' }).issues.map((i) => i.variable), ['JOBSPOR_SESSION_IDLE_MINUTES']);
    assert.deepEqual(issues({ JOBSPOR_SESSION_IDLE_MINUTES: '1.5' }).issues.map((i) => i.variable), ['JOBSPOR_SESSION_IDLE_MINUTES']);
  });

  it('never shows a database password, even in a URL it refuses', () => {
    const error = issues({ DATABASE_URL: 'mysql://jobspor:hemmeligt@db:3306/jobspor' });
    assert.equal(error.issues[0]!.value, 'mysql://jobspor:***@db:3306/jobspor');
    assert.doesNotMatch(error.message, /hemmeligt/);
    assert.doesNotMatch(issues({ DATABASE_URL: 'postgres://u:hemmeligt@h:99999/x' }).message, /hemmeligt/);
    assert.equal(redactUrlPassword('postgres://u@h/x'), 'postgres://u@h/x');
    assert.equal(redactUrlPassword('postgres://u:p@ss@h/x', '<password>'), 'postgres://u:<password>@h/x');
  });

  it('names JOBSPOR_ variables it does not know, such as misspellings', () => {
    assert.deepEqual(unknownVariables({ JOBSPOR_SESION_IDLE_MINUTES: '5', JOBSPOR_DATA_DIR: 'x', JOBSPOR_SEEDS_DIR: 'y', PATH: '/bin' }), [
      'JOBSPOR_SESION_IDLE_MINUTES',
    ]);
  });

  it('every variable is documented in the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
    for (const { variable } of describeSettings()) assert.match(section, new RegExp(`\`${variable}\``), variable);
  });
});

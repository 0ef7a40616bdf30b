/**
 * Runs a suite once per test database (PGlite, and PostgreSQL when
 * TEST_DATABASE_URL is set) with a fresh app and fixture per database.
 * Without TEST_DATABASE_URL a skipped test says so in the report.
 */
import { after, before, describe, test } from 'node:test';
import type { AppOptions } from '../../src/server/app.ts';
import { startTestApp, type TestApp } from './app.ts';
import { databaseTargets, postgresSkipped } from './databases.ts';

export function forEachDatabase(name: string, body: (app: () => TestApp) => void, options: Partial<AppOptions> = {}): void {
  for (const target of databaseTargets()) {
    describe(`${name} [${target.name}]`, () => {
      let current: TestApp | undefined;
      before(async () => {
        current = await startTestApp(await target.open(), options);
      });
      after(async () => {
        await current?.close();
      });
      body(() => {
        if (!current) throw new Error('test app not started');
        return current;
      });
    });
  }
  if (postgresSkipped) {
    test(`${name} [postgresql]`, { skip: 'TEST_DATABASE_URL is not set' }, () => {});
  }
}

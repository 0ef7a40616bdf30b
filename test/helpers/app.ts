/**
 * An app instance on a test database, driven through Fastify's inject (no
 * network). Log lines are captured so tests can check what was logged.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions } from '../../src/server/app.ts';
import type { TestDatabase } from './databases.ts';
import { buildFixture, fixturePassword, type Fixture } from './fixtures.ts';

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  fixture: Fixture;
  logs: string[];
  /** Logs in and returns the session cookie header value. */
  login(username: string, password?: string): Promise<string>;
  request(cookie: string | undefined, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startTestApp(db: TestDatabase, options: Partial<AppOptions> = {}): Promise<TestApp> {
  const fixture = await buildFixture(db.handle.db);
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = await buildApp({ database: db.handle, logLevel: 'info', logStream, serveWeb: false, ...options });
  await app.ready();
  const request = (cookie: string | undefined, opts: InjectOptions) =>
    app.inject({ ...opts, headers: { ...(opts.headers ?? {}), ...(cookie ? { cookie } : {}) } });
  return {
    app,
    db,
    fixture,
    logs,
    request,
    async login(username, password = fixturePassword) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'jobspor_session');
      if (!cookie) throw new Error('no session cookie');
      return `jobspor_session=${cookie.value}`;
    },
    async close() {
      await app.close();
      await db.dispose();
    },
  };
}

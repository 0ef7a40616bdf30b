/**
 * Browser tests drive Debian's Chromium through playwright-core (no browser
 * download), against the real server on a random local port with the demo
 * municipality on an in-memory PGlite.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { buildApp } from '../../src/server/app.ts';
import { demoPassword, seedDemo } from '../../src/seed/demo/index.ts';
import { webDist } from '../../src/server/web.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or false when they can. */
export const browserSkip: string | false = !existsSync(chromiumPath)
  ? `no Chromium at ${chromiumPath}`
  : !existsSync(`${webDist}index.html`)
    ? 'web app not built (npm run build:web)'
    : false;

export interface LoggedIn {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors, for the test to assert there were none. */
  errors: string[];
}

/**
 * Logs a demo user in through the login page in a new browser context;
 * `prepare` runs before the first navigation (tests that mock the API install
 * their routes there).
 */
export async function loginInNewContext(
  browser: Browser,
  base: string,
  username: string,
  options: { context?: BrowserContextOptions; prepare?: (page: Page) => Promise<unknown> } = {},
): Promise<LoggedIn> {
  const context = await browser.newContext(options.context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await options.prepare?.(page);
  await page.goto(`${base}/login`);
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(demoPassword);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByTestId('current-user').waitFor();
  return { context, page, errors };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface DemoServer {
  database: DatabaseHandle;
  app: FastifyInstance;
  browser: Browser;
  /** http://localhost:<port> */
  base: string;
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /**
   * Also seed the demo register (Fjordby and the other municipalities, with
   * the closed months' monitoring figures), as a first start does; the
   * number is the synthetic persons per other municipality (fewer = quicker).
   */
  registerPersonsPerMunicipality?: number;
}

/** The app with the demo municipality (seed 1), listening on a random port, and a browser. */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const database = await openDatabase({});
  await migrate(database.db);
  const installationSecret = randomBytes(32);
  await seedDemo(database.db, {
    seed: 1,
    ...(options.registerPersonsPerMunicipality !== undefined
      ? { registerSecret: installationSecret, registerPersonsPerMunicipality: options.registerPersonsPerMunicipality }
      : {}),
  });
  const app = await buildApp({ database, logLevel: 'silent', installationSecret });
  const base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('127.0.0.1', 'localhost');
  const browser = await launchBrowser();
  return {
    database,
    app,
    browser,
    base,
    async close() {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

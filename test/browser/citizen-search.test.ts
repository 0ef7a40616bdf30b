import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { demoPassword } from '../../src/seed/demo/index.ts';
import { browserSkip, startDemoServer, type DemoServer } from '../helpers/browser.ts';

/**
 * The citizen search box (issue 10 item 9): a CPR number written with spaces
 * or dots is looked up in a POST body, never sent in a URL; beside other text
 * it is refused in the browser. Also proves that the browser's own
 * state-changing requests pass the CSRF check (same origin, JSON).
 */
describe('the citizen search box in Chromium (demo municipality on PGlite)', { skip: browserSkip }, () => {
  let demo: DemoServer | undefined;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  before(async () => {
    demo = await startDemoServer();
    ({ app, browser, base } = demo);
  });
  after(async () => {
    await demo?.close();
  });

  async function login(page: Page, username: string) {
    await page.goto(`${base}/login`);
    await page.getByLabel('Brugernavn').fill(username);
    await page.getByLabel('Adgangskode').fill(demoPassword);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByTestId('current-user').waitFor();
  }

  test('a CPR number with spaces or dots opens the citizen without entering a URL; beside a name it is refused', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await login(page, 'jobformidler');
    const citizen = (await (await context.request.get(`${base}/api/citizens?limit=1&mine=true`)).json()).items[0];
    const { cpr } = await app.ctx.db.selectFrom('citizen_cpr').select('cpr').where('citizen_id', '=', citizen.id).executeTakeFirstOrThrow();
    const spaced = `${cpr.slice(0, 2)} ${cpr.slice(2, 4)} ${cpr.slice(4, 6)} ${cpr.slice(6)}`;
    const dotted = `${cpr.slice(0, 2)}.${cpr.slice(2, 4)}.${cpr.slice(4, 6)}-${cpr.slice(6)}`;

    for (const typed of [spaced, dotted]) {
      await page.goto(`${base}/borgere`);
      await page.locator('#citizen-search').fill(typed);
      await page.locator('#citizen-search').press('Enter');
      await page.waitForURL(`${base}/borgere/${citizen.id}`);
    }

    await page.goto(`${base}/borgere`);
    await page.locator('#citizen-search').fill(`${citizen.firstName} ${spaced}`);
    await page.locator('#citizen-search').press('Enter');
    await page.getByText('Søg på CPR-nummeret alene').waitFor();
    assert.equal(await page.locator('#citizen-search').inputValue(), '', 'the number is cleared from the box');

    const digits = [cpr, cpr.slice(6), encodeURIComponent(spaced), encodeURIComponent(dotted)];
    for (const url of urls) for (const part of digits) assert.ok(!url.includes(part), `a URL carried the number: ${url}`);
    await context.close();
  });
});

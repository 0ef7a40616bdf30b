/**
 * Løbende effektmåling on the status report in Chromium: the demo
 * municipality and its demo register on PGlite, the panel computed by the
 * real server for a leder's unit and read back against the API; then, with
 * the continuous endpoint answered by a fixed body (playwright page.route),
 * the figures, the gaps with their reasons, the description, a unit without
 * case data and the English wording. No timing assertions: generous waits on
 * visible elements only. Screenshots go to SCREENSHOT_DIR when it is set.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page, Route } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/seed/demo/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { continuousRoutes } from '../../src/server/routes/evaluation/continuous.ts';
import type { ContinuousSeries } from '../../src/server/routes/evaluation/schemas.ts';
import { browserSkip, launchBrowser, loginInNewContext } from '../helpers/browser.ts';

const shots = process.env['SCREENSHOT_DIR'];
const wait = { timeout: 180_000 };

function fixedSeries(modelId: string, unitId: string): ContinuousSeries {
  const months = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
  return {
    modelId,
    unitId,
    outcome: 'any_hours',
    window: '1-12',
    cohortMonths: 12,
    computedAt: '2026-12-01T06:00:00Z',
    points: months.map((month, i) =>
      i < 3
        ? { month, effect: null, nTreated: 4 + i, nControl: 0, reason: 'few_treated' as const }
        : { month, effect: { estimate: 0.05 + i * 0.01, se: 0.04, ciLow: i * 0.01 - 0.03, ciHigh: 0.13 + i * 0.01, p: 0.2 }, nTreated: 20 + i, nControl: 500 + i, reason: null },
    ),
  };
}

describe('Løbende effektmåling on the status report in Chromium (demo data on PGlite)', { skip: browserSkip }, () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  before(async () => {
    database = await openDatabase({});
    await migrate(database.db);
    const installationSecret = randomBytes(32);
    // The demo register as on a first start, with fewer persons per other municipality to keep the test quick.
    await seedDemo(database.db, { seed: 1, registerSecret: installationSecret, registerPersonsPerMunicipality: 4 });
    app = await buildApp({ database, logLevel: 'silent', installationSecret });
    // Wired by the evaluation routes in the app; registered here so the test stands on its own.
    await app.register(continuousRoutes);
    base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('127.0.0.1', 'localhost');
    browser = await launchBrowser();
    if (shots) mkdirSync(shots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  const login = (username: string, prepare?: (page: Page) => Promise<unknown>) =>
    loginInNewContext(browser, base, username, { context: { viewport: { width: 1280, height: 900 } }, prepare });

  async function openReport(page: Page): Promise<void> {
    await page.getByTestId('nav-statusrapport').click();
    await page.waitForURL('**/statusrapport');
    await page.getByTestId('report-heading').waitFor(wait);
  }

  test("a leder sees the panel for their unit, with the server's series in the table", async () => {
    const { context, page, errors } = await login('leder');
    await openReport(page);
    const panel = page.getByTestId('continuous-effect');
    await panel.getByRole('heading', { level: 2, name: 'Løbende effektmåling' }).waitFor(wait);
    await panel.getByTestId('continuous-table').waitFor(wait);
    const model = await page.getByTestId('pick-model').inputValue();
    const unit = await page.getByTestId('pick-unit').inputValue();
    const response = await context.request.get(`${base}/api/evaluation/continuous?modelId=${model}&unit=${encodeURIComponent(unit)}`);
    assert.equal(response.status(), 200, await response.text());
    const series = (await response.json()) as ContinuousSeries;
    assert.equal(series.points.length, 12);
    const rows = panel.getByTestId('continuous-row');
    assert.equal(await rows.count(), 12);
    for (const [i, p] of series.points.entries()) {
      const text = await rows.nth(i).innerText();
      if (p.effect === null) assert.match(text, /For få|Registerdata|Kunne ikke/, `${p.month}: the reason`);
      else assert.match(text, /\d,\d/, `${p.month}: the effect`);
      const count = (n: number) => new Intl.NumberFormat('da-DK').format(n).replace('.', '\\.');
      assert.match(text, new RegExp(`\\s${count(p.nTreated)}\\s+${count(p.nControl)}$`), `${p.month}: the counts`);
    }
    assert.match(await panel.innerText(), /Hvor meget ændrer deltagelse i modellen/);
    await panel.getByTestId('continuous-chart').locator('canvas').waitFor();
    if (shots) await panel.screenshot({ path: `${shots}/continuous-effect-demo.png` });
    assert.deepEqual(errors.filter((e) => !e.includes('401')), [], 'browser errors');
    await context.close();
  });

  test('(mocked API) the figures, the gaps with their reasons, the description; a unit without case data; English', async () => {
    const calls: string[] = [];
    let missing = false;
    const mock = (page: Page) =>
      page.route('**/api/evaluation/continuous**', async (route: Route) => {
        const url = new URL(route.request().url());
        calls.push(url.search);
        const json = (body: unknown, status = 200) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
        if (missing) return json({ error: { code: 'not_found', message: 'Enheden findes ikke, eller du har ikke adgang til den.' } }, 404);
        return json(fixedSeries(url.searchParams.get('modelId') ?? '', '00000000-0000-4000-8000-000000000001'));
      });
    const { context, page, errors } = await login('leder', mock);
    await openReport(page);
    const panel = page.getByTestId('continuous-effect');
    await panel.getByTestId('continuous-table').waitFor(wait);
    assert.ok(calls.length > 0 && calls.every((c) => /unit=/.test(c)), 'asked by the report unit key');
    const rows = panel.getByTestId('continuous-row');
    assert.match(await rows.nth(0).innerText(), /december 2025\s+For få deltagere\s+4\s+0/);
    // 0.16 → +16,0 procentpoint, interval 0.08..0.24.
    assert.match(await rows.nth(11).innerText(), /november 2026\s+\+16,0\s+\+8,0 – \+24,0\s+31\s+511/);
    assert.match(await panel.locator('caption').innerText(), /andelen med ordinære løntimer.*procentpoint/);
    const chart = panel.getByTestId('continuous-chart');
    assert.match((await chart.getAttribute('aria-label')) ?? '', /Seneste beregning \(november 2026\): \+16,0 procentpoint \(interval \+8,0 til \+24,0\)/);
    await chart.locator('canvas').waitFor();
    // The pointer on the last point, so a screenshot shows its tooltip (drawn on the canvas, so not read here).
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
    if (shots) await panel.screenshot({ path: `${shots}/continuous-effect.png` });

    await page.getByTestId('lang-en').click();
    await panel.getByRole('heading', { level: 2, name: 'Continuous effect measurement' }).waitFor();
    assert.match(await rows.nth(11).innerText(), /November 2026\s+\+16\.0\s+\+8\.0 – \+24\.0\s+31\s+511/);
    assert.match(await rows.nth(0).innerText(), /Too few participants/);

    // A unit with no case data: the panel says so instead of an error.
    missing = true;
    await page.getByTestId('lang-da').click();
    await page.reload();
    await panel.getByTestId('continuous-none').waitFor(wait);
    assert.match(await panel.getByTestId('continuous-none').innerText(), /har ingen forløb i sagssystemet/);
    assert.deepEqual(errors.filter((e) => !e.includes('401') && !e.includes('404')), [], 'browser errors');
    await context.close();
  });
});

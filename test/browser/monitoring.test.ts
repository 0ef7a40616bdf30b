/**
 * Statusrapport in Chromium against the real server: the demo municipality
 * on PGlite with its demo register (Fjordby and 97 other municipalities), so
 * the report has series, comparisons and a scoreboard on first start. A
 * leder opens the report for the default unit, reads a measure card and the
 * scoreboard, drills into a figure, downloads the XLSX and sets a sub-goal
 * for a team; an analytiker sees pseudonyms only. Screenshots go to
 * SCREENSHOT_DIR when it is set. No timing assertions: generous waits on
 * visible elements only.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoPassword } from '../../src/seed/demo/index.ts';
import type { Report, ReportUnits } from '../../src/server/routes/monitoring/schemas.ts';
import { browserSkip, startDemoServer, type DemoServer } from '../helpers/browser.ts';

const skip = browserSkip;
const shots = process.env['SCREENSHOT_DIR'];
const wait = { timeout: 120_000 };

describe('Statusrapport in Chromium (demo municipality and demo register on PGlite)', { skip }, () => {
  let demo: DemoServer | undefined;
  let browser: Browser;
  let base: string;

  before(async () => {
    // The demo register as on a first start, with fewer persons per other municipality to keep the test quick.
    demo = await startDemoServer({ registerPersonsPerMunicipality: 4 });
    ({ browser, base } = demo);
    if (shots) mkdirSync(shots, { recursive: true });
  });
  after(async () => {
    await demo?.close();
  });

  async function login(username: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${base}/login`);
    await page.getByLabel('Brugernavn').fill(username);
    await page.getByLabel('Adgangskode').fill(demoPassword);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByTestId('current-user').waitFor();
    return { context, page, errors };
  }

  async function openReport(page: Page): Promise<void> {
    await page.getByTestId('nav-statusrapport').click();
    await page.waitForURL('**/statusrapport');
    await page.getByRole('heading', { level: 1, name: 'Statusrapport' }).waitFor();
    await page.getByTestId('report-heading').waitFor(wait);
  }

  /** The report the page shows, read from the API with the page's own session. */
  async function shownReport(context: BrowserContext, page: Page): Promise<Report> {
    const model = await page.getByTestId('pick-model').inputValue();
    const unit = await page.getByTestId('pick-unit').inputValue();
    const month = await page.getByTestId('pick-month').inputValue();
    const response = await context.request.get(`${base}/api/monitoring/report?model=${model}&unit=${encodeURIComponent(unit)}&month=${month}`);
    assert.equal(response.status(), 200);
    return (await response.json()) as Report;
  }

  test('a leder opens the report for Fjordby, reads series, comparisons and scoreboard, drills into a figure, downloads XLSX and sets a sub-goal', async () => {
    const { context, page, errors } = await login('leder');
    await openReport(page);
    const report = await shownReport(context, page);
    assert.match(await page.getByTestId('report-heading').innerText(), new RegExp(`^${report.unit.name} · `));
    assert.ok(report.measures.length > 0, 'the model has measures');
    assert.equal(await page.locator('section.monitoring-card').count(), report.measures.length);

    // A measure with data: its card shows the latest value, the chart (with the value in its description) and the comparison.
    const measure = report.measures.find((m) => (m.series.at(-1)?.denominator ?? 0) > 0) ?? report.measures[0]!;
    const card = page.getByTestId(`measure-${measure.id}`);
    const latest = await card.getByTestId('latest-value').innerText();
    assert.notEqual(latest, '');
    const chart = card.getByTestId('measure-chart');
    await chart.locator('canvas').waitFor(wait);
    assert.ok(((await chart.getAttribute('aria-label')) ?? '').includes(`: ${latest}.`), 'the chart description says the latest value');
    assert.equal(await card.getByTestId('top10-row').count(), measure.top10.length);
    assert.ok(measure.series.length === 25, 'the series covers 25 months');
    assert.ok(measure.countrySeries.some((p) => p.value !== null), 'the country has figures');
    if (report.cluster) assert.match(await page.getByTestId('report-cluster').innerText(), new RegExp(report.cluster.name));
    assert.equal(await page.getByTestId('scoreboard').locator('tbody tr').count(), report.measures.length);
    assert.match(await page.getByTestId(`score-${measure.id}`).getByTestId('score-change').innerText(), /op|ned|uændret|kan ikke beregnes/);
    if (shots) {
      await page.screenshot({ path: `${shots}/monitoring-report-real.png`, fullPage: true });
      await page.screenshot({ path: `${shots}/monitoring-top-real.png` });
      await page.getByTestId('scoreboard').screenshot({ path: `${shots}/monitoring-scoreboard-real.png` });
      await card.screenshot({ path: `${shots}/monitoring-card-real.png` });
    }

    // The persons behind the figure.
    await card.getByTestId('open-persons').click();
    const dialog = page.getByTestId('persons-dialog');
    await dialog.getByTestId('persons-summary').waitFor(wait);
    const listed = await dialog.getByTestId('persons-table').count();
    if (listed) {
      const names = await dialog.getByTestId('person-link').count();
      const pseudonyms = await dialog.getByTestId('person-pseudonym').count();
      assert.ok(names + pseudonyms > 0, 'each person has a name link or a pseudonym');
    }
    if (shots) await page.screenshot({ path: `${shots}/monitoring-persons-real.png` });
    await dialog.getByTestId('persons-close').click();
    await dialog.waitFor({ state: 'detached' });

    // Download the report as XLSX: a real spreadsheet (a zip file).
    const [download] = await Promise.all([page.waitForEvent('download', wait), page.getByTestId('download-xlsx').click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const path = await download.path();
    assert.equal(readFileSync(path).subarray(0, 2).toString('latin1'), 'PK');

    // A sub-goal for a team: validation first, then saved and listed.
    const units = (await (await context.request.get(`${base}/api/monitoring/units?model=${report.model}`)).json()) as ReportUnits;
    const team = units.units.find((u) => u.kind === 'team');
    if (team) {
      const form = page.getByTestId('targets-form');
      await form.getByLabel('Mål', { exact: true }).fill('-5');
      await page.getByTestId('target-save').click();
      await page.getByTestId('error-summary').getByText('Målet må ikke være negativt.').waitFor();
      await form.getByLabel('Team eller medarbejder').selectOption(team.key);
      await form.getByLabel('Tal', { exact: true }).selectOption(measure.id);
      await form.getByLabel('Mål', { exact: true }).fill('40');
      await page.getByTestId('target-save').click();
      await page.getByTestId('target-saved').waitFor(wait);
      await page.getByTestId('targets-table').getByText(team.name).first().waitFor(wait);
      if (shots) await page.screenshot({ path: `${shots}/monitoring-targets-real.png`, fullPage: true });
    }

    assert.deepEqual(errors.filter((e) => !e.includes('401')), [], 'browser errors');
    await context.close();
  });

  test('an analytiker sees the persons behind a figure as pseudonyms only', async () => {
    const { context, page, errors } = await login('analytiker');
    await openReport(page);
    const report = await shownReport(context, page);
    assert.equal(await page.getByTestId('targets').count(), 0, 'no targets editor for an analytiker');
    const measure = report.measures.find((m) => (m.series.at(-1)?.denominator ?? 0) > 0) ?? report.measures[0]!;
    await page.getByTestId(`measure-${measure.id}`).getByTestId('open-persons').click();
    const dialog = page.getByTestId('persons-dialog');
    await dialog.getByTestId('persons-summary').waitFor(wait);
    assert.equal(await dialog.getByTestId('person-link').count(), 0);
    assert.deepEqual(errors.filter((e) => !e.includes('401')), [], 'browser errors');
    await context.close();
  });
});

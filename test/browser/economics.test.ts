/**
 * Økonomi in Chromium against the real server (issue 14): the demo
 * municipality on PGlite. A leder opens /oekonomi, loads 002's average
 * municipality (social support) into the cost form in their unit in
 * Fjordby, sees the field error of a staff-time line without a salary,
 * sees 91.800 kr. per citizen at 50,4 citizens a year with the breakdowns
 * and the sensitivity figure, is stopped by the error summary without a
 * name, saves the cost model and downloads its XLSX; builds a scenario with
 * archetype D's changes, sees the net result for kommune and stat (002
 * Figure 6-5: 138.100 kr.), switches the investment to the saved cost model,
 * saves the scenario and downloads its XLSX; reads the archetypes A-D. A
 * jobformidler gets the no-access page.
 *
 * Screenshots go to SCREENSHOT_DIR (as economics-*.png) when it is set. No
 * timing assertions: generous waits on visible elements only.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import type { PriceSetEntry, ScenarioComputeResponse } from '../../src/server/routes/economics/schemas.ts';
import { browserSkip, loginInNewContext, startDemoServer, type DemoServer, type LoggedIn } from '../helpers/browser.ts';

const skip = browserSkip;
const shots = process.env['SCREENSHOT_DIR'];
const wait = { timeout: 120_000 };
const viewport = { width: 1400, height: 1000 };
const costName = '002 gennemsnitskommune';
const scenarioName = `Arketype D ${Date.now().toString(36)}`;
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Browser errors other than the 401 of GET /api/me on the login page (before anyone is logged in). */
function pageErrors(errors: readonly string[], allowed: readonly string[] = []): string[] {
  return errors.filter((e) => !e.includes('status of 401') && !allowed.some((a) => e.includes(a)));
}

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: `${shots}/economics-${name}.png`, fullPage: true });
}

/** One part of the page (the full page is too tall to read at 1400 px). */
async function shotOf(locator: Locator, name: string): Promise<void> {
  if (shots) await locator.screenshot({ path: `${shots}/economics-${name}.png` });
}

describe('Økonomi in Chromium (demo municipality on PGlite)', { skip }, () => {
  let demo: DemoServer | undefined;
  let browser: Browser;
  let base: string;
  let leder: LoggedIn | undefined;

  before(async () => {
    demo = await startDemoServer();
    ({ browser, base } = demo);
    if (shots) mkdirSync(shots, { recursive: true });
  });
  after(async () => {
    await leder?.context.close();
    await demo?.close();
  });

  const login = (username: string): Promise<LoggedIn> => loginInNewContext(browser, base, username, { context: { viewport, acceptDownloads: true } });

  test('a leder enters 002’s costs for social support, sees 91.800 kr. per citizen at 50,4 citizens a year, saves them and downloads the XLSX', async () => {
    leder = await login('leder');
    const { page, context, errors } = leder;
    await page.getByTestId('nav-oekonomi').click();
    await page.waitForURL('**/oekonomi');
    await page.getByRole('heading', { level: 1, name: 'Økonomi' }).waitFor();
    const form = page.getByTestId('econ-cost-form');
    await form.waitFor(wait);
    await page.getByTestId('econ-cost-list').getByText('Der er ingen gemte omkostningsberegninger endnu.').waitFor(wait);

    // The leder's own unit (in Fjordby) is the first the form offers.
    const unitLabel = await page.getByTestId('econ-cost-unit').locator('option:checked').textContent();
    assert.match(unitLabel ?? '', /Fjordby/);

    await page.getByTestId('econ-cost-example').click();
    assert.equal(await page.getByTestId('econ-cost-model').inputValue(), 'social-stoette');
    assert.equal(await page.getByTestId('econ-cost-citizens').inputValue(), '50,4');
    assert.equal(await page.getByTestId('econ-cost-name').inputValue(), costName);
    await page.getByTestId('econ-total-per-citizen').getByText('91.800 kr.', { exact: true }).waitFor(wait);
    assert.match((await page.getByTestId('econ-cost-basis').textContent()) ?? '', /50,4 borgere pr\. år \(indtastet\), en driftsperiode på 2 år og 2020-priser/);
    assert.equal(await page.getByTestId('econ-item-table').locator('tbody tr').count(), 12, 'the twelve items of Tabel 7-4 and 7-5');
    assert.equal(await page.getByTestId('econ-role-table').locator('tbody tr').count(), 8, 'each role and the expenses without a role, per phase they appear in');
    const sensitivity = page.getByTestId('econ-sensitivity-table');
    assert.match((await sensitivity.locator('tr.econ-current-row').textContent()) ?? '', /50,4.*91\.8\d\d kr\./);
    await page.getByTestId('econ-sensitivity-chart').locator('canvas').first().waitFor(wait);
    await page.getByTestId('econ-item-chart').locator('canvas').first().waitFor(wait);
    await shot(page, 'cost');
    await shotOf(page.getByTestId('econ-cost-result'), 'cost-result');
    await page.evaluate(() => window.scrollTo(0, 0));
    if (shots) await page.screenshot({ path: `${shots}/economics-cost-form.png` });

    // Hours by a role without a salary: the problem is shown at the form, and the line can be removed again.
    const item = page.getByTestId('econ-item-administration');
    await item.getByRole('button', { name: '+ Timer' }).click();
    await item.getByLabel('Timer').fill('10');
    await form.getByText('Rollen mangler en årsløn.').first().waitFor(wait);
    assert.ok((await form.locator('[aria-invalid="true"]').count()) > 0, 'a field is marked');
    await item.getByRole('button', { name: 'Fjern linjen under Administration' }).last().click();
    await page.getByTestId('econ-total-per-citizen').getByText('91.800 kr.', { exact: true }).waitFor(wait);

    // Without a name the error summary stops the save.
    await page.getByTestId('econ-cost-name').fill('');
    await page.getByTestId('econ-cost-save').click();
    await page.getByTestId('error-summary').getByText('Giv omkostningsberegningen et navn.').waitFor();
    await page.getByTestId('econ-cost-name').fill(costName);
    await page.getByTestId('econ-cost-save').click();
    await page.getByTestId('econ-cost-saved').getByText(`Omkostningsberegningen ${costName} er gemt.`).waitFor(wait);
    const row = page.getByTestId('econ-cost-row').filter({ hasText: costName });
    await row.waitFor(wait);
    assert.match((await row.textContent()) ?? '', /2018-01-01 – 2019-12-31/);
    assert.match((await row.textContent()) ?? '', /50,4/);

    const href = await row.getByTestId('econ-cost-xlsx').getAttribute('href');
    assert.ok(href, 'the cost model has an XLSX link');
    const file = await context.request.get(`${base}${href}`);
    assert.equal(file.status(), 200);
    assert.equal(file.headers()['content-type'], xlsxType);
    assert.ok((await file.body()).subarray(0, 2).toString() === 'PK', 'an XLSX (zip) file');
    assert.deepEqual(pageErrors(errors), []);
  });

  test('the leder builds a scenario with archetype D’s changes, sees the net result, saves it and downloads the XLSX', async () => {
    assert.ok(leder, 'the cost test ran first');
    const { page, context, errors } = leder;
    await page.getByTestId('econ-tab-scenarier').click();
    const form = page.getByTestId('econ-scen-form');
    await form.waitFor(wait);
    await page.getByTestId('econ-scen-archetype').selectOption('D');
    await page.getByTestId('econ-scen-fill-archetype').click();
    assert.equal(await page.getByTestId('econ-scen-change-labour_market_week').inputValue(), '12');
    assert.equal(await page.getByTestId('econ-scen-change-home_support_day').inputValue(), '8');
    assert.equal(await page.getByTestId('econ-scen-invest').inputValue(), '91800');

    // 002 Figure 6-5, archetype D: 59.700 kr. for kommune, 78.400 kr. for stat, 138.100 kr. in all.
    const net = page.getByTestId('econ-net-per-citizen');
    await net.getByText('138.100 kr.', { exact: true }).waitFor(wait);
    assert.match((await net.textContent()) ?? '', /Kommune: 59\.700 kr\. · Stat: 78\.400 kr\./);
    const years = page.getByTestId('econ-years-table');
    assert.equal(await years.locator('tbody tr').count(), 8, 'years 0-6 and the net');
    assert.match((await years.locator('tbody tr').first().textContent()) ?? '', /År 0−91\.800 kr\./);
    assert.match((await page.getByTestId('econ-break-even').textContent()) ?? '', /År \d/);
    await page.getByTestId('econ-waterfall-chart').locator('canvas').first().waitFor(wait);
    await shot(page, 'scenario');
    await shotOf(page.getByTestId('econ-scen-form'), 'scenario-form');

    // The investment from the saved cost model: its cost per citizen (unrounded 91.845 kr.).
    await form.getByLabel('Fra en omkostningsberegning').check();
    const costOption = page.getByTestId('econ-scen-cost-model').locator('option').filter({ hasText: costName });
    await page.getByTestId('econ-scen-cost-model').selectOption((await costOption.getAttribute('value')) ?? '');
    await page.getByTestId('econ-scen-investment-from').getByText(/91\.84\d kr\./).waitFor(wait);

    await page.getByTestId('econ-scen-name').fill(scenarioName);
    await page.getByTestId('econ-scen-save').click();
    await page.getByTestId('econ-scen-saved').getByText(`Scenariet ${scenarioName} er gemt.`).waitFor(wait);
    const row = page.getByTestId('econ-scen-row').filter({ hasText: scenarioName });
    await row.waitFor(wait);
    assert.match((await row.textContent()) ?? '', /Fra en omkostningsberegning/);
    const href = await row.getByTestId('econ-scen-xlsx').getAttribute('href');
    assert.ok(href, 'the scenario has an XLSX link');
    const file = await context.request.get(`${base}${href}`);
    assert.equal(file.status(), 200);
    assert.equal(file.headers()['content-type'], xlsxType);

    // The cost model is in use: deleting it is refused with the server's reason.
    await page.getByTestId('econ-tab-omkostninger').click();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('econ-cost-row').filter({ hasText: costName }).getByTestId('econ-cost-delete').click();
    await page.getByTestId('econ-cost-list-error').getByText(/bruges af scenarierne/).waitFor(wait);
    assert.deepEqual(pageErrors(errors, ['status of 409']), []);
  });

  test('(mocked analysis) changes from a saved evaluation analysis show the net result at the effect’s interval', async () => {
    assert.ok(leder, 'the cost test ran first');
    const { page, context, errors } = leder;
    // The real server computes the interval from an entered effect; only the link to a saved analysis is mocked.
    const priceSets = (await (await context.request.get(`${base}/api/economics/unit-prices`)).json()) as { priceSets: PriceSetEntry[] };
    const calibrated = priceSets.priceSets.find((p) => p.set.status === 'calibrated')!.set;
    const analysisId = '0b7f1c2e-4d5a-4f6b-8c9d-0e1f2a3b4c5d';
    const effect = { estimate: 3, ciLow: 1, ciHigh: 5, windowMonths: 12 };
    const real = await context.request.post(`${base}/api/economics/scenarios/compute`, {
      data: {
        unitPrices: { id: calibrated.id, version: calibrated.version },
        costModelId: null,
        evidence: { source: 'entered', consequence: 'labour_market_week', ...effect },
        input: { priceYear: 2020, investmentPerCitizen: { municipality: 91_800, state: 0 }, changes: [{ consequence: 'home_support_day', quantityPerYear: 8 }], horizonYears: 6, startOffsetYears: 1, discountRate: 0, cohortSize: 1 },
      },
    });
    assert.equal(real.status(), 200);
    const computed = (await real.json()) as ScenarioComputeResponse;
    assert.ok(computed.result.ok && computed.result.evidence, 'the server computed the interval');
    const analyses = { analyses: [{ id: analysisId, name: 'Social støtte, selvforsørgelse 1-12', modelId: 'social-stoette', method: 'nearest', outcome: 'self_sufficient_weeks', window: '1-12', estimand: 'att', effect: { estimate: 3, ciLow: 1, ciHigh: 5 }, nTreated: 80, createdBy: 'Analytiker', createdAt: '2026-01-01T00:00:00Z' }] };
    await page.route('**/api/evaluation/analyses', (route) => route.fulfill({ json: analyses }));
    await page.route('**/api/economics/scenarios/compute', async (route) => {
      const body = route.request().postDataJSON() as { evidence: { source: string; analysisId?: string } | null };
      if (body.evidence?.source !== 'analysis') return route.continue();
      assert.equal(body.evidence.analysisId, analysisId);
      const analysis = { analysisId, outcome: 'self_sufficient_weeks', window: '1-12', estimand: 'att', interval: 'analytic', level: 0.95, ...effect };
      return route.fulfill({ json: { ...computed, analysis } });
    });
    try {
      await page.goto(`${base}/oekonomi?tab=scenarier`);
      const form = page.getByTestId('econ-scen-form');
      await form.waitFor(wait);
      await page.getByTestId('econ-scen-fill-archetype').click();
      await form.getByLabel('Fra evalueringen').check();
      await page.getByTestId('econ-scen-analysis').selectOption(analysisId);
      const evidence = page.getByTestId('econ-evidence');
      await evidence.waitFor(wait);
      await page.getByTestId('econ-scen-analysis-effect').getByText('Analysens effekt: 3 uger (interval 1 til 5) over 12 måneder.').waitFor();
      const total = computed.result.evidence.netPerCitizen.total;
      const row = page.getByTestId('econ-evidence-table').locator('tbody tr').filter({ hasText: 'I alt' });
      const kr = (v: number) => `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(Math.round(v)).replace('-', '−')} kr.`;
      assert.equal(await row.locator('td').nth(0).textContent(), kr(total.low));
      assert.equal(await row.locator('td').nth(1).textContent(), kr(total.estimate));
      assert.equal(await row.locator('td').nth(2).textContent(), kr(total.high));
      assert.ok(total.low < total.estimate && total.estimate < total.high, 'a wider effect gives a wider net result');
      await shotOf(page.getByTestId('econ-scen-form'), 'scenario-evidence');
      assert.deepEqual(pageErrors(errors, ['status of 409']), []);
    } finally {
      await page.unroute('**/api/evaluation/analyses');
      await page.unroute('**/api/economics/scenarios/compute');
    }
  });

  test('the archetypes A-D are shown computed beside 002’s published figures', async () => {
    assert.ok(leder, 'the cost test ran first');
    const { page, errors } = leder;
    await page.getByTestId('econ-tab-arketyper').click();
    const table = page.getByTestId('econ-arch-table');
    await table.waitFor(wait);
    assert.equal(await page.getByTestId('econ-arch-row').count(), 4);
    const d = page.getByTestId('econ-arch-row').filter({ hasText: 'Arketype D' });
    assert.equal(((await d.textContent()) ?? '').split('138.100 kr.').length - 1, 2, 'computed and published total of D');
    await page.getByText('Kalibrerede enhedspriser, ikke officielle').waitFor();
    await page.getByTestId('econ-archetype-chart').locator('canvas').first().waitFor(wait);
    await shot(page, 'archetypes');
    assert.deepEqual(pageErrors(errors, ['status of 409']), []);
  });

  test('a jobformidler is not offered Økonomi and gets the no-access page', async () => {
    const { page, context, errors } = await login('jobformidler');
    try {
      assert.equal(await page.getByTestId('nav-oekonomi').count(), 0);
      await page.goto(`${base}/oekonomi`);
      await page.getByRole('heading', { level: 1, name: 'Ingen adgang' }).waitFor(wait);
      await page.getByTestId('forbidden').waitFor();
      assert.equal((await context.request.get(`${base}/api/economics/cost-models`)).status(), 403);
      assert.deepEqual(pageErrors(errors, ['status of 403']), []);
    } finally {
      await context.close();
    }
  });
});

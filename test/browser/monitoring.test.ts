/**
 * Statusrapport in Chromium against the real server: the demo municipality
 * on PGlite with its demo register (Fjordby and 97 other municipalities), so
 * the report has series, comparisons and a scoreboard on first start. A
 * leder opens the report for the default unit, reads a measure card and the
 * scoreboard, drills into a figure, downloads the XLSX and sets a sub-goal
 * for a team; an analytiker sees pseudonyms only. Screenshots go to
 * SCREENSHOT_DIR when it is set. No timing assertions: generous waits on
 * visible elements only.
 *
 * The tests named "(mocked API)" answer /api/monitoring/* with fixed bodies
 * (playwright page.route) shaped by the schemas, for what the demo data
 * cannot show on demand: a corrected month, an open month, a third and a
 * change of each kind, target validation, the English wording.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import type { FigurePersons, Report, ReportMeasure, ReportUnits, Target } from '../../src/server/routes/monitoring/schemas.ts';
import type { ContinuousSeries } from '../../src/server/routes/evaluation/schemas.ts';
import { browserSkip, loginInNewContext, startDemoServer, type DemoServer, type LoggedIn } from '../helpers/browser.ts';

const skip = browserSkip;
const shots = process.env['SCREENSHOT_DIR'];
const wait = { timeout: 120_000 };
const teamKey = 'unit:11111111-2222-3333-4444-555555555555';

function months(last: string, count: number): string[] {
  const [y, m] = last.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

function measure(id: string, unit: ReportMeasure['unit'], base: number, extra: Partial<ReportMeasure> = {}): ReportMeasure {
  const ms = months('2018-12', 25);
  return {
    id,
    modelMeasureId: null,
    version: 1,
    kind: unit === 'percent' ? 'share' : 'sum',
    unit,
    higherIsBetter: true,
    source: { seed: '000', section: '3.1' },
    target: null,
    series: ms.map((month, i) => ({ month, numerator: 10 + i, denominator: 40, value: base + i * 0.5, version: month === '2018-12' ? null : 1 })),
    countrySeries: ms.map((month, i) => ({ month, value: base - 3 + i * 0.2 })),
    clusterSeries: ms.map((month, i) => ({ month, value: i < 3 ? null : base - 1 + i * 0.3 })),
    top10: Array.from({ length: 10 }, (_, i) => ({ unit: `municipality:${String(101 + i)}`, name: `Kommune ${i + 1}`, value: base + 30 - i })),
    scoreboard: { cluster: { third: 'top', rank: 3, of: 12 }, country: { third: 'middle', rank: 40, of: 98 }, changeSinceLastMonth: 2.14 },
    ...extra,
  };
}

function reportFor(unit: string, month: string): Report {
  return {
    model: 'flere-skal-med',
    month,
    unit: { key: unit, kind: unit === 'country' ? 'country' : unit.startsWith('municipality') ? 'municipality' : 'team', name: unit === 'country' ? 'Hele landet' : unit === teamKey ? 'Team Nord' : 'Fjordby' },
    cluster: unit === 'country' ? null : { id: 'c2', name: 'Klynge 2', municipalities: 12 },
    closed: month !== '2018-12',
    computedAt: '2019-01-02T08:00:00Z',
    measures: [
      measure('result-target', 'percent', 20.25, { target: { comparison: 'at_least', value: 40, origin: 'model' } }),
      measure('ordinary-hours.sum', 'hours', 1200, { scoreboard: { cluster: { third: 'bottom', rank: 11, of: 12 }, country: { third: null, rank: null, of: 0 }, changeSinceLastMonth: -35 } }),
    ],
    corrections: month === '2018-11' ? [{ measure: 'result-target', month: '2018-10', version: 2, correctedAt: '2018-12-03T09:00:00Z' }] : [],
  };
}

const units: ReportUnits = {
  units: [
    { key: 'country', kind: 'country', name: 'Hele landet', parent: null },
    { key: 'municipality:998', kind: 'municipality', name: 'Fjordby', parent: 'country' },
    { key: teamKey, kind: 'team', name: 'Team Nord', parent: 'municipality:998' },
  ],
  defaultUnit: 'municipality:998',
  latestMonth: '2018-12',
};


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

  /** Logs in in a new context; `prepare` runs first (the mocked tests install their routes there). */
  const login = (username: string, prepare?: (page: Page) => Promise<unknown>): Promise<LoggedIn> =>
    loginInNewContext(browser, base, username, { context: { viewport: { width: 1280, height: 900 }, acceptDownloads: true }, prepare });

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
      // Fjordby's own citizens are in the leder's scope: named, linked to the citizen page.
      assert.ok(names > 0, 'the leder sees the citizens behind the figure by name');
    }
    if (shots) await page.screenshot({ path: `${shots}/monitoring-persons-real.png` });
    await dialog.getByTestId('persons-close').click();
    await dialog.waitFor({ state: 'detached' });

    // Download the report as XLSX: a real spreadsheet (a zip file).
    const [download] = await Promise.all([page.waitForEvent('download', wait), page.getByTestId('download-xlsx').click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const path = await download.path();
    assert.equal(readFileSync(path).subarray(0, 2).toString('latin1'), 'PK');
    for (const [format, type] of [['pdf', /application\/pdf/], ['csv', /text\/csv/]] as const) {
      const href = await page.getByTestId(`download-${format}`).getAttribute('href');
      const response = await context.request.get(`${base}${href ?? ''}`);
      assert.equal(response.status(), 200, `${format} download`);
      assert.match(response.headers()['content-type'] ?? '', type);
    }

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

    // From a figure to a citizen: the name opens the citizen page.
    await card.getByTestId('open-persons').click();
    const link = page.getByTestId('persons-dialog').getByTestId('person-link').first();
    await link.waitFor(wait);
    const name = await link.innerText();
    await link.click();
    await page.waitForURL('**/borgere/**');
    await page.getByRole('heading', { level: 1, name }).waitFor(wait);

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

  async function loginMocked(username: string): Promise<{ context: BrowserContext; page: Page; errors: string[]; calls: string[]; puts: Target[] }> {
    const calls: string[] = [];
    const puts: Target[] = [];
    const targets: (Target & { setBy: string; setAt: string })[] = [];
    const mock = (page: Page) => page.route('**/api/monitoring/**', async (route: Route) => {
      const url = new URL(route.request().url());
      calls.push(`${route.request().method()} ${url.pathname}${url.search}`);
      const q = url.searchParams;
      const json = (body: unknown, status = 200) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
      if (url.pathname === '/api/monitoring/units') return json(units);
      if (url.pathname === '/api/monitoring/report') return json(reportFor(q.get('unit') ?? '', q.get('month') ?? ''));
      if (url.pathname === '/api/monitoring/persons') {
        const body: FigurePersons = {
          measure: q.get('measure') ?? '',
          month: q.get('month') ?? '',
          numerator: 1,
          denominator: 2,
          persons: [
            { pseudonym: 'P-7K2M9Q', citizen: null, numerator: 0, denominator: 1 },
            { pseudonym: 'P-ABCDEF', citizen: { id: '00000000-0000-4000-8000-000000000001', name: 'Anna Andersen' }, numerator: 1, denominator: 1 },
          ],
        };
        return json(body);
      }
      if (url.pathname === '/api/monitoring/targets' && route.request().method() === 'GET') return json({ targets });
      if (url.pathname === '/api/monitoring/targets' && route.request().method() === 'PUT') {
        const body = route.request().postDataJSON() as Target;
        puts.push(body);
        targets.push({ ...body, setBy: 'Birgitte Lund', setAt: '2019-01-03T10:00:00Z' });
        return json(body);
      }
      if (url.pathname === '/api/monitoring/export') return route.fulfill({ status: 200, contentType: 'text/csv', body: 'a;b\n1;2\n', headers: { 'Content-Disposition': 'attachment; filename="statusrapport.csv"' } });
      return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
    });
    // The status report's Løbende effektmåling panel (test/browser/continuous-effect.test.ts tests it): a series with no estimates.
    const mockContinuous = (page: Page) =>
      page.route('**/api/evaluation/continuous**', (route: Route) => {
        const q = new URL(route.request().url()).searchParams;
        const body: ContinuousSeries = {
          modelId: q.get('modelId') ?? '',
          unitId: '00000000-0000-4000-8000-000000000001',
          outcome: 'any_hours',
          window: '1-12',
          cohortMonths: 12,
          computedAt: '2019-01-02T08:00:00Z',
          points: months('2018-12', 12).map((month) => ({ month, effect: null, nTreated: 3, nControl: 0, reason: 'few_treated' as const })),
        };
        return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
      });
    return { ...(await login(username, async (page) => Promise.all([mock(page), mockContinuous(page)]))), calls, puts };
  }

  test('(mocked API) a leder opens the report, reads series, comparison and scoreboard, drills into a figure, downloads and sets a target', async () => {
    const { context, page, errors, calls, puts } = await loginMocked('leder');
    await page.getByTestId('nav-statusrapport').click();
    await page.waitForURL('**/statusrapport');
    await page.getByRole('heading', { level: 1, name: 'Statusrapport' }).waitFor();
    await page.getByTestId('report-heading').waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('report-heading').innerText(), 'Fjordby · december 2018');
    assert.match(await page.getByTestId('month-status').innerText(), /ikke afsluttet/);
    assert.match(await page.getByTestId('report-cluster').innerText(), /Klynge 2 \(12 kommuner\)/);

    const card = page.getByTestId('measure-result-target');
    assert.match(await card.getByRole('heading').innerText(), /Resultatmålet/);
    assert.equal(await card.getByTestId('latest-value').innerText(), '32,3 %');
    assert.match(await card.getByTestId('target').innerText(), /Mål: mindst 40 %/);
    const chart = card.getByTestId('measure-chart');
    assert.match((await chart.getAttribute('aria-label')) ?? '', /Seneste værdi \(december 2018\): 32,3 %\. Målet er mindst 40 %\./);
    assert.equal(await chart.locator('canvas').count(), 1);
    const compare = card.getByTestId('compare-table');
    assert.match(await compare.locator('caption').innerText(), /enheden, klyngen og hele landet/);
    await card.getByTestId('top10').locator('summary').click();
    assert.equal(await card.getByTestId('top10-row').count(), 10);
    assert.match(await card.getByTestId('top10-row').first().innerText(), /1\s+Kommune 1\s+50,3 %/);
    assert.match(await compare.innerText(), /Hele landet\s+22(,1)? %/);
    assert.match(await page.getByTestId('measure-ordinary-hours.sum').getByTestId('latest-value').innerText(), /^1\.212 timer$/);

    const score = page.getByTestId('score-result-target');
    assert.match(await score.getByTestId('score-cluster').innerText(), /Øverste tredjedel\s+nr\. 3 af 12/);
    assert.match(await score.getByTestId('score-country').innerText(), /Midterste tredjedel\s+nr\. 40 af 98/);
    assert.match(await score.getByTestId('score-change').innerText(), /▲ op \+2,1 procentpoint \(bedre\)/);
    assert.match(await page.getByTestId('score-ordinary-hours.sum').getByTestId('score-change').innerText(), /▼ ned −35 timer \(dårligere\)/);
    assert.match(await page.getByTestId('score-ordinary-hours.sum').getByTestId('score-country').innerText(), /placeres ikke \(en sum afhænger af enhedens størrelse\)/);
    if (shots) await page.screenshot({ path: `${shots}/monitoring-report.png`, fullPage: true });

    // Drill into the figure: names linked to the citizen page, pseudonyms otherwise.
    await card.getByTestId('open-persons').click();
    const dialog = page.getByTestId('persons-dialog');
    await dialog.getByTestId('persons-table').waitFor();
    assert.equal(await dialog.getByTestId('person-link').getAttribute('href'), '/borgere/00000000-0000-4000-8000-000000000001');
    assert.equal(await dialog.getByTestId('person-pseudonym').innerText(), 'P-7K2M9Q');
    assert.ok(calls.some((c) => c.startsWith('GET /api/monitoring/persons') && c.includes('measure=result-target') && c.includes('unit=municipality%3A998')));
    if (shots) await page.screenshot({ path: `${shots}/monitoring-persons.png` });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Downloads are links to the export with the chosen report and format.
    for (const format of ['xlsx', 'pdf', 'csv']) {
      const href = await page.getByTestId(`download-${format}`).getAttribute('href');
      assert.equal(href, `/api/monitoring/export?model=flere-skal-med&unit=municipality%3A998&month=2018-12&format=${format}`);
    }
    // (page.route does not see a download's request, so the file itself is checked only against the real server.)

    // A past month with a correction; the choice is kept in the address.
    await page.getByTestId('pick-month').selectOption('2018-11');
    await page.getByTestId('corrections').waitFor();
    assert.match(await page.getByTestId('corrections').innerText(), /Tal for oktober 2018 er rettet 03\.12\.2018 \(version 2\)/);
    assert.match(await page.getByTestId('month-status').innerText(), /Måneden er lukket/);
    assert.match(page.url(), /month=2018-11/);

    // Targets: validation messages, then a saved sub-goal for a team.
    const form = page.getByTestId('targets-form');
    await form.getByLabel('Mål', { exact: true }).fill('fyrre');
    await page.getByTestId('target-save').click();
    await page.getByTestId('error-summary').waitFor();
    const summary = await page.getByTestId('error-summary').innerText();
    assert.match(summary, /Vælg et team eller en medarbejder\./);
    assert.match(summary, /Skriv målet som et tal/);
    await form.getByLabel('Team eller medarbejder').selectOption(teamKey);
    await form.getByLabel('Tal', { exact: true }).selectOption('result-target');
    await form.getByLabel('Mål', { exact: true }).fill('120');
    await page.getByTestId('target-save').click();
    await page.getByText('En andel kan højst være 100 %.').first().waitFor();
    await form.getByLabel('Mål', { exact: true }).fill('45,5');
    await page.getByTestId('target-save').click();
    await page.getByTestId('target-saved').waitFor();
    assert.deepEqual(puts, [{ model: 'flere-skal-med', measure: 'result-target', unit: teamKey, comparison: 'at_least', value: 45.5 }]);
    await page.getByTestId('targets-table').waitFor();
    assert.match(await page.getByTestId('targets-table').innerText(), /Team Nord\s+Resultatmålet.*\s+mindst 45,5 %/);
    if (shots) await page.screenshot({ path: `${shots}/monitoring-targets.png`, fullPage: true });

    assert.deepEqual(errors.filter((e) => !e.includes('401')), [], 'browser errors');
    await context.close();
  });

  test('(mocked API) a jobformidler sees the report but no targets editor; the page reads in English', async () => {
    const { context, page, errors } = await loginMocked('jobformidler');
    await page.getByTestId('nav-statusrapport').click();
    await page.getByTestId('report-heading').waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('targets').count(), 0);
    await page.getByTestId('lang-en').click();
    await page.getByRole('heading', { level: 1, name: 'Status report' }).waitFor();
    assert.equal(await page.getByTestId('measure-result-target').getByTestId('latest-value').innerText(), '32.3%');
    assert.match(await page.getByTestId('score-result-target').getByTestId('score-change').innerText(), /up \+2\.1 percentage points \(better\)/);
    assert.deepEqual(errors.filter((e) => !e.includes('401')), [], 'browser errors');
    await context.close();
  });
});

/**
 * Evaluering in Chromium against the real server (issue 13): the demo
 * municipality on PGlite with its demo register (Fjordby and the other
 * municipalities). An analytiker runs a nearest-neighbour analysis of Flere
 * skal med's courses in Fjordby Kommune on ordinary hours in months 1-6,
 * follows it to the result (effect with CI, love plot and balance table,
 * Kaplan-Meier curves), saves it, finds it in "Gemte analyser", opens it and
 * downloads its JSON report. A jobformidler gets the no-access page.
 *
 * The tests named "(mocked API)" answer /api/evaluation/* with fixed bodies
 * shaped by the schemas, for what a real run cannot show on demand: a
 * server field error, a run in progress that is cancelled, a failed run, a
 * difference-in-differences result with its event study and warning.
 *
 * Screenshots go to SCREENSHOT_DIR (as evaluation-*.png) when it is set. No
 * timing assertions: generous waits on visible elements only.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, Page, Route } from 'playwright-core';
import type { AnalysisResultBody, EvaluationOptions, Run, SavedAnalysisSummary } from '../../src/server/routes/evaluation/schemas.ts';
import { browserSkip, loginInNewContext, startDemoServer, type DemoServer, type LoggedIn } from '../helpers/browser.ts';

const skip = browserSkip;
const shots = process.env['SCREENSHOT_DIR'];
const wait = { timeout: 120_000 };
/** A run computes in a worker on a busy machine: wait long for it, but only for something visible. */
const runWait = { timeout: 600_000 };
const viewport = { width: 1400, height: 1000 };
const analysisName = `Browsertest ${Date.now().toString(36)}`;

/** Browser errors other than the 401 of GET /api/me on the login page (before anyone is logged in). */
function pageErrors(errors: readonly string[], allowed: readonly string[] = []): string[] {
  return errors.filter((e) => !e.includes('status of 401') && !allowed.some((a) => e.includes(a)));
}

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: `${shots}/evaluation-${name}.png`, fullPage: true });
}

/** 'YYYY-MM' minus months, as the first day of that month. */
function monthStart(month: string, back: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The last day of the month before a first-of-month date. */
function dayBefore(firstOfMonth: string): string {
  const date = new Date(`${firstOfMonth}T00:00:00Z`);
  date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

describe('Evaluering in Chromium (demo municipality and register on PGlite)', { skip }, () => {
  let demo: DemoServer | undefined;
  let browser: Browser;
  let base: string;
  let analytiker: LoggedIn | undefined;

  before(async () => {
    demo = await startDemoServer({ registerPersonsPerMunicipality: 8 });
    ({ browser, base } = demo);
    if (shots) mkdirSync(shots, { recursive: true });
  });
  after(async () => {
    await analytiker?.context.close();
    await demo?.close();
  });

  const login = (username: string): Promise<LoggedIn> => loginInNewContext(browser, base, username, { context: { viewport, acceptDownloads: true } });

  test('an analytiker runs a nearest-neighbour analysis of Flere skal med in Fjordby, saves it and downloads its JSON report', async () => {
    analytiker = await login('analytiker');
    const { page, context, errors } = analytiker;
    await page.getByTestId('nav-evaluering').click();
    await page.waitForURL('**/evaluering');
    await page.getByRole('heading', { level: 1, name: 'Evaluering' }).waitFor();
    const form = page.getByTestId('eval-form');
    await form.waitFor(wait);

    // The period: twelve months of course starts whose months 1-6 after lie inside the register's hours.
    const options = (await (await context.request.get(`${base}/api/evaluation/options`)).json()) as EvaluationOptions;
    assert.ok(options.dataPeriod.hoursTo, 'the demo register has hours');
    const from = monthStart(options.dataPeriod.hoursTo, 18);
    const to = dayBefore(monthStart(options.dataPeriod.hoursTo, 5));

    await page.getByTestId('eval-model').selectOption('flere-skal-med');
    await form.getByLabel('Forløb i en enhed').check();
    await page.getByTestId('eval-unit').selectOption({ label: 'Fjordby Kommune' });
    await page.getByTestId('eval-from').fill(from);
    await page.getByTestId('eval-to').fill(to);
    await page.getByTestId('eval-method').selectOption('nearest');
    await page.getByTestId('eval-outcome').selectOption('any_hours');
    await page.getByTestId('eval-window').selectOption('1-6');
    // The comparison rule is prefilled from the model's target group.
    assert.ok((await form.locator('#eval-states input:checked').count()) > 0, 'the model’s benefit states are checked');
    await shot(page, 'form');
    await page.getByTestId('eval-submit').click();

    // Done or failed; a failure is reported with its Danish text (e.g. too few participants in the demo data).
    const result = page.getByTestId('eval-result');
    const failed = page.getByTestId('eval-run-failed');
    await result.or(failed).waitFor(runWait);
    if (await failed.isVisible()) assert.fail(`the run failed: ${await failed.textContent()}`);

    const card = page.getByTestId('eval-effect-card');
    assert.match((await card.getByTestId('eval-estimate').textContent()) ?? '', /^[+−]?\d+,\d procentpoint$|^0,0 procentpoint$/);
    assert.match((await card.getByTestId('eval-ci').textContent()) ?? '', /^95 % konfidensinterval: .+ procentpoint til .+ procentpoint$/);
    assert.match((await card.getByTestId('eval-p').textContent()) ?? '', /^p = (< )?\d,\d{3}$/);
    await card.getByTestId('eval-naive').getByText('Ujusteret forskel').waitFor();
    const treated = Number(((await card.getByTestId('eval-n-treated').textContent()) ?? '').replace(/\./g, ''));
    assert.ok(treated > 0, 'participants were found');

    await page.getByTestId('eval-love-plot').locator('canvas').first().waitFor(wait);
    assert.ok((await page.getByTestId('eval-balance-row').count()) > 0, 'the balance table has rows');
    await page.getByTestId('eval-km-chart').locator('canvas').first().waitFor(wait);
    assert.equal(await page.getByTestId('eval-survival-row').count(), 2, 'the survival table has a row per group');
    await page.getByTestId('eval-cohort').getByText('Udeladt', { exact: true }).waitFor();
    await shot(page, 'result');

    // Save: the success message, and the analysis in "Gemte analyser".
    await page.getByTestId('eval-save-submit').click();
    await page.getByTestId('error-summary').getByText('Skal udfyldes.').waitFor();
    await page.getByTestId('eval-save-name').fill(analysisName);
    await page.getByTestId('eval-save-submit').click();
    await page.getByTestId('eval-saved-message').getByText(`Analysen ${analysisName} er gemt.`).waitFor(wait);
    const row = page.getByTestId('eval-saved-row').filter({ hasText: analysisName });
    await row.waitFor(wait);
    assert.match((await row.textContent()) ?? '', /Nærmeste nabo \(propensity score\)/);
    assert.match((await row.textContent()) ?? '', /procentpoint/);

    // Open it: the same result view, with the reports.
    await row.getByTestId('eval-saved-open').click();
    const savedResult = page.getByTestId('eval-saved-result');
    await savedResult.getByRole('heading', { name: `Gemt analyse: ${analysisName}` }).waitFor(wait);
    await savedResult.getByTestId('eval-ci').waitFor();
    const href = await savedResult.getByTestId('eval-report-json').getAttribute('href');
    assert.ok(href, 'the JSON report has a link');
    const report = await context.request.get(`${base}${href}`);
    assert.equal(report.status(), 200);
    assert.match(report.headers()['content-type'] ?? '', /json/);
    assert.ok((await report.text()).includes(analysisName), 'the report names the analysis');
    await shot(page, 'saved');
    assert.deepEqual(pageErrors(errors), []);
  });

  test('a jobformidler is not offered Evaluering and gets the no-access page', async () => {
    const { page, context, errors } = await login('jobformidler');
    try {
      assert.equal(await page.getByTestId('nav-evaluering').count(), 0);
      await page.goto(`${base}/evaluering`);
      await page.getByRole('heading', { level: 1, name: 'Ingen adgang' }).waitFor(wait);
      await page.getByTestId('forbidden').waitFor();
      assert.equal((await context.request.get(`${base}/api/evaluation/options`)).status(), 403);
      assert.deepEqual(pageErrors(errors, ['status of 403']), []);
    } finally {
      await context.close();
    }
  });
});

// ---- Mocked API ------------------------------------------------------------

const unitId = '11111111-2222-4333-8444-555555555555';
const mockOptions: EvaluationOptions = {
  models: [{ id: 'flere-skal-med', version: '1.0', name: { da: 'Flere skal med', en: 'More on board' }, defaultRule: { states: ['kontanthjaelp', 'uddannelseshjaelp'], atLeast: 4, ofLast: 8 }, mainOutcome: 'any_hours', mainWindow: '1-12' }],
  units: [{ id: unitId, name: 'Fjordby Kommune', kind: 'municipality', parentId: null }],
  methods: ['nearest', 'cem', 'ipw', 'did', 'cox'],
  outcomes: { window: ['any_hours', 'hours', 'self_sufficient_weeks', 'employment_degree', 'any_company_oriented', 'exit_fleksjob_fp'], survival: ['time_to_hours', 'time_to_placement'] },
  windows: ['1-6', '7-12', '13-24', '1-12'],
  covariates: ['age', 'sex', 'origin', 'education', 'weeks_kontanthjaelp_52', 'months_hours_24'],
  defaultCovariates: ['age', 'sex', 'weeks_kontanthjaelp_52', 'months_hours_24'],
  dataPeriod: { benefitFrom: '2022-01-03', benefitTo: '2024-06-24', hoursFrom: '2022-01', hoursTo: '2024-06' },
};

const estimate = (e: number, se: number, p: number) => ({ estimate: e, se, ciLow: e - 1.96 * se, ciHigh: e + 1.96 * se, p });

const didResult: AnalysisResultBody = {
  method: 'did',
  outcome: 'any_hours',
  window: '1-12',
  estimand: 'did',
  level: 0.95,
  effect: estimate(0.061, 0.021, 0.004),
  bootstrap: null,
  naive: estimate(-0.04, 0.02, 0.05),
  meanTreated: null,
  meanControl: null,
  nTreated: 212,
  nControl: 1840,
  nMatchedTreated: 212,
  nMatchedControl: 1840,
  covariates: [],
  droppedCovariates: [],
  balance: null,
  sampleSizes: null,
  survival: null,
  eventStudy: {
    points: [-6, -5, -4, -3, -2, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((k) => estimate(k < 0 ? (k + 3) * 0.008 : 0.02 + k * 0.006, 0.015, k < 0 ? 0.4 : 0.01)).map((e, i) => ({ ...e, k: [-6, -5, -4, -3, -2, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12][i]! })),
    preTrend: { statistic: 11.8, df: 5, p: 0.038 },
  },
  warnings: [{ code: 'pre_trends_not_flat', values: { p: 0.038 } }],
};

const cohort: NonNullable<Run['cohort']> = {
  nTreated: 212,
  nControl: 1840,
  excluded: { not_in_register: 3, not_in_target_group: 14, missing_birth_year: 0, never_qualifies: 410, exposed: 6 },
  nullOutcomes: { any_hours_1_12: 0 },
  truncatedLookback: 120,
  rule: { states: ['kontanthjaelp', 'uddannelseshjaelp'], atLeast: 4, ofLast: 8 },
  seed: 1,
  timeZeroFrom: '2022-07-04',
  timeZeroTo: '2023-06-26',
};

function mockRun(status: Run['status'], extra: Partial<Run> = {}): Run {
  return {
    id: 'run-1',
    status,
    stage: 'matching',
    progress: 0.4,
    startedAt: '2024-07-01T10:00:00Z',
    finishedAt: null,
    request: { cohort: { modelId: 'flere-skal-med', treated: { kind: 'case_data', unitId, from: '2022-07-01', to: '2023-06-30', by: 'course' } }, analysis: { method: 'did', outcome: 'any_hours', window: '1-12' } },
    error: null,
    cohort: null,
    result: null,
    reproducibility: null,
    ...extra,
  };
}

interface MockState {
  posts: unknown[];
  /** What successive POST /runs answer. */
  answers: ((route: Route) => Promise<void>)[];
  run: Run | null;
}

async function mockEvaluation(page: Page, state: MockState): Promise<void> {
  await page.route('**/api/evaluation/**', async (route: Route) => {
    const url = new URL(route.request().url());
    const path = url.pathname.replace('/api/evaluation', '');
    const method = route.request().method();
    const json = (body: unknown, status = 200) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
    if (path === '/options') return json(mockOptions);
    if (path === '/analyses' && method === 'GET') return json({ analyses: [] satisfies SavedAnalysisSummary[] });
    if (path === '/runs' && method === 'POST') {
      state.posts.push(route.request().postDataJSON());
      const answer = state.answers.shift();
      if (answer) return answer(route);
      return json({ error: { code: 'unexpected', message: 'no answer' } }, 500);
    }
    if (path === '/runs/run-1' && method === 'GET') return json(state.run);
    if (path === '/runs/run-1' && method === 'DELETE') return json((state.run = mockRun('cancelled')));
    return json({ error: { code: 'not_found', message: 'Ikke fundet' } }, 404);
  });
}

describe('Evaluering in Chromium (mocked API)', { skip }, () => {
  let demo: DemoServer | undefined;
  let browser: Browser;
  let base: string;

  before(async () => {
    demo = await startDemoServer();
    ({ browser, base } = demo);
    if (shots) mkdirSync(shots, { recursive: true });
  });
  after(async () => {
    await demo?.close();
  });

  const login = (state: MockState) => loginInNewContext(browser, base, 'leder', { context: { viewport }, prepare: (page) => mockEvaluation(page, state) });

  test('a server field error shows in the summary and at the field; a run shows its stage and can be cancelled; a failed run is explained (mocked API)', async () => {
    const state: MockState = { posts: [], answers: [], run: null };
    const { page, context, errors } = await login(state);
    try {
      await page.goto(`${base}/evaluering`);
      const form = page.getByTestId('eval-form');
      await form.waitFor(wait);
      // Prefilled from the options: the model's rule and main outcome, the default covariates, a period inside the data.
      assert.equal(await page.getByTestId('eval-outcome').inputValue(), 'any_hours');
      assert.equal(await page.getByTestId('eval-window').inputValue(), '1-12');
      assert.equal(await page.getByTestId('eval-from').inputValue(), '2023-01-01');
      assert.equal(await page.getByTestId('eval-to').inputValue(), '2023-12-31');
      assert.deepEqual(await form.locator('#eval-states input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)), ['kontanthjaelp', 'uddannelseshjaelp']);
      assert.equal(await form.locator('#eval-covariates input:checked').count(), 4);

      // 1. The server refuses a field inside the advanced options: the details open, the message sits at the field.
      state.answers.push((route) =>
        route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: { code: 'validation', message: 'Ugyldige data i anmodningen.', fields: { 'analysis.ratio': 'Højst 10 kontroller pr. deltager.' } } }) }),
      );
      await page.getByTestId('eval-advanced').locator('summary').click();
      await page.locator('#eval-ratio').fill('11');
      await page.getByTestId('eval-submit').click();
      const summary = page.getByTestId('error-summary');
      await summary.getByRole('link', { name: 'Højst 10 kontroller pr. deltager.' }).waitFor(wait);
      await page.locator('#eval-ratio-error').getByText('Højst 10 kontroller pr. deltager.').waitFor();
      assert.equal((state.posts[0] as { analysis: { ratio: number } }).analysis.ratio, 11);
      await shot(page, 'field-error');

      // 2. A running run: stage in Danish with the percent; Annullér cancels it.
      await page.locator('#eval-ratio').fill('1');
      await page.getByTestId('eval-method').selectOption('did');
      state.run = mockRun('running');
      state.answers.push((route) => route.fulfill({ status: 202, contentType: 'application/json', body: JSON.stringify(mockRun('queued', { stage: 'load', progress: 0 })) }));
      await page.getByTestId('eval-submit').click();
      await page.getByTestId('eval-progress-text').getByText('Matcher: 40 %').waitFor(wait);
      assert.equal(await page.locator('#eval-progress-bar').getAttribute('value'), '40');
      await shot(page, 'progress');
      await page.getByTestId('eval-cancel').click();
      await page.getByTestId('eval-cancelled').getByText('Analysen blev annulleret.').waitFor(wait);
      const did = state.posts[1] as { analysis: Record<string, unknown>; cohort: Record<string, unknown> };
      assert.equal(did.analysis['method'], 'did');
      assert.equal(did.analysis['leads'], 6);
      assert.equal(did.analysis['covariates'], undefined, 'DiD sends no covariates');

      // 3. A failed run: its code in Danish, and the field it names.
      state.run = mockRun('failed', { error: { code: 'invalid_period', field: 'to', message: 'Perioden slutter før den begynder.' }, finishedAt: '2024-07-01T10:00:05Z' });
      state.answers.push((route) => route.fulfill({ status: 202, contentType: 'application/json', body: JSON.stringify(mockRun('running', { stage: 'load', progress: 0.1 })) }));
      await page.getByTestId('eval-submit').click();
      await page.getByTestId('eval-run-failed-text').getByText('Perioden er ugyldig: slutdatoen skal ligge efter startdatoen.').waitFor(wait);
      await page.locator('#eval-to-error').getByText('Perioden er ugyldig', { exact: false }).waitFor();
      assert.deepEqual(pageErrors(errors, ['status of 400']), []);
    } finally {
      await context.close();
    }
  });

  test('a difference-in-differences result shows the effect, the event study with its table and the pre-trend warning (mocked API)', async () => {
    const done = mockRun('done', { stage: 'done', progress: 1, finishedAt: '2024-07-01T10:01:00Z', cohort, result: didResult });
    const state: MockState = { posts: [], answers: [(route) => route.fulfill({ status: 202, contentType: 'application/json', body: JSON.stringify(mockRun('running', { stage: 'cohort', progress: 0.2 })) })], run: done };
    const { page, context, errors } = await login(state);
    try {
      await page.goto(`${base}/evaluering`);
      await page.getByTestId('eval-form').waitFor(wait);
      await page.getByTestId('eval-method').selectOption('did');
      await page.getByTestId('eval-submit').click();
      const card = page.getByTestId('eval-effect-card');
      await card.waitFor(wait);
      assert.equal(await card.getByTestId('eval-estimate').textContent(), '+6,1 procentpoint');
      assert.equal(await card.getByTestId('eval-ci').textContent(), '95 % konfidensinterval: +2,0 procentpoint til +10,2 procentpoint');
      assert.equal(await card.getByTestId('eval-p').textContent(), 'p = 0,004');
      await card.getByText('Difference-in-differences (TWFE)').waitFor();
      await page.getByTestId('eval-warning-pre_trends_not_flat').getByText('udviklede sig forskelligt allerede før start', { exact: false }).waitFor();
      await page.getByTestId('eval-event-study-chart').locator('canvas').first().waitFor(wait);
      assert.equal(await page.getByTestId('eval-event-study-table').locator('tbody tr').count(), 18);
      assert.equal(await page.getByTestId('eval-pre-trend').textContent(), 'Test af før-trends: χ² = 11,80 (5 frihedsgrader), p = 0,038');
      assert.equal(await page.getByTestId('eval-balance').count(), 0, 'no balance for DiD');
      await page.getByTestId('eval-rule').getByText('mindst 4 af de seneste 8 uger på kontanthjælp, uddannelseshjælp').waitFor();
      await shot(page, 'did');
      assert.deepEqual(pageErrors(errors), []);
    } finally {
      await context.close();
    }
  });
});

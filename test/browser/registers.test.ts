/**
 * Registre in Chromium against the real server (demo municipality on PGlite):
 * an analytiker uploads a small persons extract (made here, with one bad row
 * among 300, under the 1 % a file may reject), follows the upload and the
 * server's phases to the validation report, finds the import in the list
 * and rolls it back after a confirmation. An admin reaches the page too.
 * Screenshots go to SCREENSHOT_DIR when it is set.
 *
 * The test named "(mocked API)" answers /api/registers/* with fixed bodies
 * (playwright page.route) shaped by the schemas: every server phase in turn,
 * a code list, problems of two kinds, and a rollback.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import type { CodeListBody, ImportJob, RegisterImportBody, ValidationReportBody } from '../../src/server/routes/registers/schemas.ts';
import { browserSkip, loginInNewContext, startDemoServer, type DemoServer } from '../helpers/browser.ts';

const skip = browserSkip;
const shots = process.env['SCREENSHOT_DIR'];
const wait = { timeout: 120_000 };

const report: ValidationReportBody = {
  rowsRead: 1200,
  rowsKept: 1197,
  problems: [
    { code: 'unknown_code', count: 2, examples: [{ line: 14, value: 'code=99' }, { line: 80, value: 'code=98' }] },
    { code: 'bad_cpr', count: 1, examples: [{ line: 7, value: 'person=xxxxxx-xxxx' }] },
  ],
  rejected: false,
  rejectedReason: null,
  periodFrom: '2018-W01',
  periodTo: '2018-W52',
};

function importBody(id: number, extra: Partial<RegisterImportBody> = {}): RegisterImportBody {
  return {
    id,
    kind: 'benefit_weeks',
    fileName: `uger-${id}.csv`,
    sha256: 'ab'.repeat(32),
    periodFrom: '2018-W01',
    periodTo: '2018-W52',
    rowsRead: 1200,
    rowsKept: 1197,
    importedBy: 'Henrik Dahl',
    importedAt: '2019-01-02T08:00:00Z',
    rolledBackAt: null,
    canRollBack: false,
    report,
    ...extra,
  };
}

describe('Registre in Chromium (demo municipality on PGlite)', { skip }, () => {
  let demo: DemoServer | undefined;
  let browser: Browser;
  let base: string;
  let file: string;
  let weeksFile: string;

  before(async () => {
    demo = await startDemoServer();
    ({ browser, base } = demo);
    if (shots) mkdirSync(shots, { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), 'jobspor-registers-'));
    file = join(dir, 'personer-browsertest.csv');
    // Owner keys (ext:), not CPR numbers; line 3 (the second person) has a bad sex.
    const lines = ['person;birth_year;sex;municipality'];
    for (let i = 0; i < 300; i++) lines.push(`ext:browsertest-${i};${1960 + (i % 40)};${i === 1 ? 'X' : i % 2 ? 'K' : 'M'};101`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    weeksFile = join(dir, 'uger.csv');
    const weeks = ['person;week;code'];
    for (let i = 0; i < 20_000; i++) weeks.push(`ext:p${i};2018-W${String((i % 52) + 1).padStart(2, '0')};kontanthjaelp`);
    writeFileSync(weeksFile, `${weeks.join('\n')}\n`);
  });
  after(async () => {
    await demo?.close();
  });

  /** Logs in in a new context and opens Registre; `prepare` runs first (the mocked test installs its routes there). */
  async function login(username: string, prepare?: (page: Page) => Promise<unknown>): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const { context, page, errors } = await loginInNewContext(browser, base, username, { context: { viewport: { width: 1280, height: 900 } }, prepare });
    await page.getByTestId('nav-registre').click();
    await page.waitForURL('**/registre');
    await page.getByRole('heading', { level: 1, name: 'Registre' }).waitFor();
    return { context, page, errors };
  }

  test('an analytiker uploads a persons extract, reads the validation report and rolls the import back', async () => {
    const { context, page, errors } = await login('analytiker');
    await page.getByTestId('upload-submit').click();
    await page.getByTestId('error-summary').getByText('Vælg en fil.').waitFor();

    await page.getByLabel('Slags udtræk').selectOption('persons');
    await page.getByTestId('register-file').setInputFiles(file);
    await page.getByTestId('upload-submit').click();
    await page.getByTestId('upload-progress').waitFor(wait);
    await page.getByTestId('upload-done').waitFor(wait);
    assert.equal(await page.getByTestId('upload-phase').innerText(), 'Færdig');
    const outcome = page.getByTestId('upload-outcome');
    assert.equal(await outcome.getByTestId('rows-read').innerText(), '300');
    assert.equal(await outcome.getByTestId('rows-kept').innerText(), '299');
    assert.match(await outcome.getByTestId('problem-bad_sex').innerText(), /Ugyldigt køn \(skal være K eller M\).*\s+1\s+linje 3/);
    if (shots) await page.screenshot({ path: `${shots}/registers-upload-real.png`, fullPage: true });

    // The import is listed; as the latest of its kind it can be rolled back.
    const imports = (await (await context.request.get(`${base}/api/registers/imports`)).json()) as { imports: RegisterImportBody[] };
    const ours = imports.imports.find((i) => i.fileName === 'personer-browsertest.csv');
    assert.ok(ours, 'the import is recorded');
    assert.equal(ours.rowsKept, 299);
    assert.match(ours.sha256, /^[0-9a-f]{64}$/);
    const row = page.getByTestId(`import-${ours.id}`);
    await row.waitFor(wait);
    assert.match(await row.innerText(), /Personer \(persons\)\s+personer-browsertest\.csv/);
    await row.getByTestId('rollback').click();
    await page.getByTestId('rollback-dialog').waitFor();
    if (shots) await page.screenshot({ path: `${shots}/registers-rollback-real.png` });
    await page.getByTestId('rollback-confirm').click();
    await page.getByTestId('rollback-message').getByText(`Import nr. ${ours.id} er rullet tilbage.`).waitFor(wait);
    await row.getByTestId('import-status').getByText(/Rullet tilbage/).waitFor(wait);
    const after = (await (await context.request.get(`${base}/api/registers/imports`)).json()) as { imports: RegisterImportBody[] };
    assert.ok(after.imports.find((i) => i.id === ours.id)?.rolledBackAt, 'the server rolled it back');
    if (shots) await page.screenshot({ path: `${shots}/registers-imports-real.png`, fullPage: true });

    assert.deepEqual(errors.filter((e) => !e.includes('401')), [], 'browser errors');
    await context.close();
  });

  test('an admin reaches the page and the imports list; a jobformidler is refused', async () => {
    const admin = await login('admin');
    await admin.page.getByRole('heading', { level: 2, name: 'Importer' }).waitFor();
    await admin.page.locator('[data-testid="imports-table"], [data-testid="imports-empty"]').first().waitFor(wait);
    assert.deepEqual(admin.errors.filter((e) => !e.includes('401')), [], 'browser errors');
    await admin.context.close();

    const { context, page } = await loginInNewContext(browser, base, 'jobformidler');
    assert.equal(await page.getByTestId('nav-registre').count(), 0);
    const response = await context.request.get(`${base}/api/registers/imports`);
    assert.equal(response.status(), 403);
    await context.close();
  });

  test('(mocked API) an analytiker uploads an extract, follows its phases, reads the validation report and rolls an import back', async () => {
    const imports: RegisterImportBody[] = [importBody(1, { kind: 'persons', fileName: 'personer.csv', report: { ...report, problems: [] } })];
    const codeLists: CodeListBody[] = [{ id: 1, name: 'dream', version: 3, entries: { '0': 'self_supporting', '130': 'kontanthjaelp' }, loadedAt: '2018-12-01T10:00:00Z' }];
    let upload: { url: string; bytes: number; contentType: string } | null = null;
    let polls = 0;
    const rollbacks: string[] = [];
    // The job walks through the server's phases, one per poll.
    const phases: ImportJob['phase'][] = ['reading', 'writing', 'deriving', 'done'];
    const mock = (page: Page) => page.route('**/api/registers/**', async (route: Route) => {
      const request = route.request();
      const url = new URL(request.url());
      const json = (body: unknown, status = 200) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
      if (url.pathname === '/api/registers/imports' && request.method() === 'GET') return json({ imports });
      if (url.pathname === '/api/registers/code-lists') return json({ codeLists });
      if (url.pathname === '/api/registers/uploads' && request.method() === 'POST') {
        upload = { url: `${url.pathname}${url.search}`, bytes: request.postDataBuffer()?.length ?? 0, contentType: request.headers()['content-type'] ?? '' };
        return json({ jobId: 'job-1' }, 202);
      }
      if (url.pathname === '/api/registers/jobs/job-1') {
        const phase = phases[Math.min(polls++, phases.length - 1)] ?? 'done';
        const done = phase === 'done';
        if (done && !imports.some((i) => i.id === 2)) imports.push(importBody(2, { canRollBack: true }));
        const job: ImportJob = {
          id: 'job-1',
          phase,
          bytesRead: done ? 600_000 : 300_000,
          bytesTotal: 600_000,
          rowsRead: done ? 1200 : 600,
          outcome: done ? { importId: 2, report } : null,
          error: null,
        };
        return json(job);
      }
      const rollback = /^\/api\/registers\/imports\/(\d+)\/rollback$/.exec(url.pathname);
      if (rollback && request.method() === 'POST') {
        rollbacks.push(rollback[1] ?? '');
        const item = imports.find((i) => String(i.id) === rollback[1]);
        if (item) Object.assign(item, { rolledBackAt: '2019-01-03T09:00:00Z', canRollBack: false });
        return route.fulfill({ status: 204 });
      }
      return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
    });

    const { context, page, errors } = await login('analytiker', mock);
    await page.getByTestId('imports-table').waitFor();
    assert.match(await page.getByTestId('import-1').innerText(), /Personer \(persons\)\s+personer\.csv/);
    assert.equal(await page.getByTestId('import-1').getByTestId('rollback').count(), 0);

    // Without a file: a message at the field.
    await page.getByTestId('upload-submit').click();
    await page.getByTestId('error-summary').getByText('Vælg en fil.').waitFor();

    await page.getByLabel('Slags udtræk').selectOption('benefit_weeks');
    await page.locator('#register-code-list').selectOption('dream:3');
    await page.getByTestId('register-file').setInputFiles(weeksFile);
    await page.getByTestId('upload-submit').click();
    await page.getByTestId('upload-progress').waitFor();
    await page.getByTestId('upload-done').waitFor({ timeout: 60_000 });
    assert.ok(upload, 'the file was posted');
    const sent = upload as { url: string; bytes: number; contentType: string };
    assert.equal(sent.url, '/api/registers/uploads?kind=benefit_weeks&fileName=uger.csv&codeList=dream%3A3');
    assert.equal(sent.contentType, 'application/octet-stream');
    // (Interception does not expose a File body's bytes; the real-server test checks the stored import instead.)
    assert.ok(polls >= 4, 'the job was polled through its phases');
    assert.equal(await page.getByTestId('upload-phase').innerText(), 'Færdig');
    assert.equal(await page.locator('#register-progress').getAttribute('value'), '1');
    assert.match(await page.getByTestId('upload-done').innerText(), /import nr\. 2/);
    const outcome = page.getByTestId('upload-outcome');
    assert.equal(await outcome.getByTestId('rows-read').innerText(), '1.200');
    assert.equal(await outcome.getByTestId('rows-kept').innerText(), '1.197');
    assert.match(await outcome.getByTestId('problem-unknown_code').innerText(), /Ukendt ydelseskode.*\s+2\s+linje 14: code=99\s+linje 80: code=98/);
    assert.match(await outcome.getByTestId('problem-bad_cpr').innerText(), /Ugyldigt CPR-nummer.*\s+1\s+linje 7: person=xxxxxx-xxxx/);
    if (shots) await page.screenshot({ path: `${shots}/registers-upload.png`, fullPage: true });

    // The new import is listed and can be rolled back after a confirmation.
    const row = page.getByTestId('import-2');
    await row.waitFor();
    await row.getByTestId('rollback').click();
    const dialog = page.getByTestId('rollback-dialog');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /Import nr\. 2 \(uger-2\.csv\) slettes/);
    if (shots) await page.screenshot({ path: `${shots}/registers-rollback.png` });
    await dialog.getByRole('button', { name: 'Fortryd' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual(rollbacks, []);
    await row.getByTestId('rollback').click();
    await page.getByTestId('rollback-confirm').click();
    await page.getByTestId('rollback-message').getByText('Import nr. 2 er rullet tilbage.').waitFor();
    assert.deepEqual(rollbacks, ['2']);
    await row.getByTestId('import-status').getByText(/Rullet tilbage/).waitFor();
    assert.equal(await row.getByTestId('rollback').count(), 0);

    // The validation report of an earlier import, and the code lists.
    await page.getByTestId('import-1').getByTestId('show-report').click();
    await page.getByTestId('imports-table').getByTestId('no-problems').waitFor();
    await page.getByTestId('code-lists').locator('summary', { hasText: 'Kodeliste dream, version 3' }).click();
    await page.getByTestId('code-lists').getByRole('cell', { name: 'kontanthjaelp' }).waitFor();
    if (shots) await page.screenshot({ path: `${shots}/registers-imports.png`, fullPage: true });

    assert.deepEqual(errors.filter((e) => !e.includes('401')), [], 'browser errors');
    await context.close();
  });
});

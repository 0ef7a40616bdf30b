/**
 * Registre in Chromium against the real server (demo municipality on PGlite):
 * an analytiker uploads a small persons extract (made here, with one bad row
 * among 300, under the 1 % a file may reject), follows the upload and the
 * server's phases to the validation report, finds the import in the list
 * and rolls it back after a confirmation. An admin reaches the page too.
 * Screenshots go to SCREENSHOT_DIR when it is set.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoPassword } from '../../src/seed/demo/index.ts';
import type { RegisterImportBody } from '../../src/server/routes/registers/schemas.ts';
import { browserSkip, startDemoServer, type DemoServer } from '../helpers/browser.ts';

const skip = browserSkip;
const shots = process.env['SCREENSHOT_DIR'];
const wait = { timeout: 120_000 };

describe('Registre in Chromium (demo municipality on PGlite)', { skip }, () => {
  let demo: DemoServer | undefined;
  let browser: Browser;
  let base: string;
  let file: string;

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
  });
  after(async () => {
    await demo?.close();
  });

  async function login(username: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
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

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel('Brugernavn').fill('jobformidler');
    await page.getByLabel('Adgangskode').fill(demoPassword);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByTestId('current-user').waitFor();
    assert.equal(await page.getByTestId('nav-registre').count(), 0);
    const response = await context.request.get(`${base}/api/registers/imports`);
    assert.equal(response.status(), 403);
    await context.close();
  });
});

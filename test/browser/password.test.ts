import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { demoPassword } from '../../src/seed/demo/index.ts';
import { browserSkip, startDemoServer, type DemoServer } from '../helpers/browser.ts';

describe('changing one’s password in Chromium (demo municipality on PGlite)', { skip: browserSkip }, () => {
  let demo: DemoServer | undefined;
  let browser: Browser;
  let base: string;

  before(async () => {
    demo = await startDemoServer();
    ({ browser, base } = demo);
  });
  after(async () => {
    await demo?.close();
  });

  async function logIn(page: Page, username: string, password: string) {
    await page.goto(`${base}/login`);
    await page.getByLabel('Brugernavn').fill(username);
    await page.getByLabel('Adgangskode').fill(password);
    await page.getByRole('button', { name: 'Log ind' }).click();
  }

  test('an administrator whose password was set by init must change it before seeing anything else', async () => {
    await demo!.database.db.updateTable('staff').set({ password_change_required: true }).where('username', '=', 'admin').execute();
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, 'admin', demoPassword);
    await page.getByTestId('password-forced').waitFor();
    assert.equal(await page.getByTestId('nav-admin').count(), 0, 'no menu before the change');
    await page.goto(`${base}/admin`);
    await page.getByTestId('password-forced').waitFor();
    const form = page.getByTestId('password-form');
    await form.getByLabel('Nuværende adgangskode').fill(demoPassword);
    await form.getByLabel('Ny adgangskode', { exact: true }).fill('password2024!');
    await form.getByLabel('Gentag ny adgangskode').fill('password2024!');
    await page.getByTestId('password-submit').click();
    await assert.doesNotReject(form.getByText('Adgangskoden er for almindelig').waitFor());
    await form.getByLabel('Ny adgangskode', { exact: true }).fill('tre små kager i ovnen');
    await form.getByLabel('Gentag ny adgangskode').fill('tre små kager i ovnen');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('nav-admin').waitFor();
    await page.getByTestId('nav-admin').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await context.close();
  });

  test('a user changes the password from the user menu, with the rules explained, and logs in with the new one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, 'mentor', demoPassword);
    await page.getByTestId('current-user').waitFor();
    await page.getByTestId('change-password').click();
    await page.waitForURL('**/adgangskode');
    await page.getByRole('heading', { level: 1, name: 'Skift adgangskode' }).waitFor();
    const form = page.getByTestId('password-form');
    await form.getByLabel('Nuværende adgangskode').fill(demoPassword);
    await form.getByLabel('Ny adgangskode', { exact: true }).fill('kort');
    await page.getByTestId('password-submit').click();
    await assert.doesNotReject(form.getByText('Den nye adgangskode skal være mindst 12 tegn.').waitFor());
    await form.getByLabel('Ny adgangskode', { exact: true }).fill('en lang sommer ved havet');
    await form.getByLabel('Gentag ny adgangskode').fill('en lang sommer ved havet');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('password-changed').waitFor();
    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
    await logIn(page, 'mentor', 'en lang sommer ved havet');
    await page.getByTestId('current-user').waitFor();
    await context.close();
  });
});

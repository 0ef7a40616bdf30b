import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { demoPassword } from '../../src/seed/demo/index.ts';
import { browserSkip, startDemoServer, type DemoServer } from '../helpers/browser.ts';

const skip = browserSkip;

/** The navigation each demo role must see, in order, and nothing else. */
const expectedNav: Record<string, string[]> = {
  jobformidler: ['sagsstamme', 'borgere', 'gruppeforloeb', 'virksomheder', 'statusrapport', 'modeller'],
  virksomhedskonsulent: ['sagsstamme', 'borgere', 'virksomheder', 'modeller'],
  mentor: ['sagsstamme', 'borgere', 'virksomheder', 'modeller'],
  leder: ['sagsstamme', 'team', 'borgere', 'gruppeforloeb', 'virksomheder', 'overblik', 'fidelitet', 'evaluering', 'oekonomi', 'statusrapport', 'modeller', 'revisionslog'],
  analytiker: ['overblik', 'fidelitet', 'evaluering', 'oekonomi', 'statusrapport', 'modeller', 'registre'],
  // Need to know: the administrator manages accounts and settings and has no citizen pages.
  admin: ['modeller', 'admin', 'registre', 'revisionslog'],
};
const allNav = ['sagsstamme', 'team', 'borgere', 'gruppeforloeb', 'virksomheder', 'overblik', 'fidelitet', 'evaluering', 'oekonomi', 'statusrapport', 'modeller', 'admin', 'registre', 'revisionslog'];

describe('the app shell in Chromium (demo municipality on PGlite)', { skip }, () => {
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

  async function login(page: Page, username: string, password = demoPassword) {
    await page.goto(`${base}/login`);
    await page.getByLabel('Brugernavn').fill(username);
    await page.getByLabel('Adgangskode').fill(password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByTestId('current-user').waitFor();
  }

  for (const [role, nav] of Object.entries(expectedNav)) {
    test(`${role} logs in, sees name, role, unit and the role's menu, and logs out`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await login(page, role);
      const me = await (await context.request.get(`${base}/api/me`)).json();
      const userBox = page.getByTestId('current-user');
      await assert.doesNotReject(userBox.getByText(me.displayName).waitFor());
      await assert.doesNotReject(userBox.getByText(me.unit.name).waitFor());
      for (const item of allNav) {
        const visible = await page.getByTestId(`nav-${item}`).isVisible();
        assert.equal(visible, nav.includes(item), `${role}: nav-${item} visible=${visible}`);
      }
      // Every menu item opens a page with a heading and no errors.
      for (const item of nav) {
        await page.getByTestId(`nav-${item}`).click();
        await page.waitForURL(`**/${item}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
      }
      await page.getByTestId('logout').click();
      await page.waitForURL('**/login');
      const after = await context.request.get(`${base}/api/me`);
      assert.equal(after.status(), 401);
      assert.deepEqual(errors.filter((e) => !e.includes('401')), [], `browser errors for ${role}`);
      await context.close();
    });
  }

  test('a wrong password shows an error and stays on the login page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel('Brugernavn').fill('mentor');
    await page.getByLabel('Adgangskode').fill('not-the-password');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByText('Forkert brugernavn eller adgangskode.').waitFor();
    assert.match(page.url(), /\/login$/);
    await page.close();
  });

  test('an administrator answers an access request: the audit log by CPR number, printable, with the lists the citizen appeared on', async () => {
    const db = app.ctx.db;
    const citizen = await db
      .selectFrom('citizen')
      .innerJoin('citizen_cpr', 'citizen_cpr.citizen_id', 'citizen.id')
      .select(['citizen.id', 'citizen.pseudonym', 'citizen.unit_id', 'citizen_cpr.cpr'])
      .where('citizen.unit_id', '=', (eb) => eb.selectFrom('staff').select('staff.unit_id').where('staff.username', '=', 'jobformidler'))
      .orderBy('citizen.pseudonym')
      .limit(1)
      .executeTakeFirstOrThrow();
    // A job broker's list page shows the citizen: one event naming every citizen on the page.
    const brokerContext = await browser.newContext();
    const broker = await brokerContext.newPage();
    await login(broker, 'jobformidler');
    await brokerContext.request.get(`${base}/api/citizens?q=${citizen.pseudonym}`);
    await brokerContext.close();

    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await login(page, 'admin');
    await page.getByTestId('nav-revisionslog').click();
    await page.waitForURL('**/revisionslog');
    await page.getByTestId('audit-cpr').fill(`${citizen.cpr.slice(0, 6)}-${citizen.cpr.slice(6)}`);
    await page.getByTestId('audit-search').click();
    await page.getByTestId('audit-citizen').getByText(citizen.pseudonym).waitFor();
    await page.getByTestId('audit-table').getByText('citizen.list').first().waitFor();
    assert.ok(!requests.some((url) => url.includes(citizen.cpr.slice(0, 6))), 'the CPR number is never in a URL');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.header').isVisible(), false, 'the menu is not printed');
    assert.equal(await page.getByTestId('audit-search').isVisible(), false, 'the form is not printed');
    assert.equal(await page.getByTestId('audit-table').isVisible(), true);
    await context.close();
  });

  test('an admin creates a staff account and that account logs in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, 'admin');
    await page.getByTestId('nav-admin').click();
    await page.waitForURL('**/admin');
    await page.getByRole('tab', { name: 'Medarbejdere' }).or(page.getByRole('link', { name: 'Medarbejdere' })).or(page.getByRole('button', { name: 'Medarbejdere' })).first().click();
    const form = page.locator('form').filter({ has: page.getByTestId('create-staff') });
    await form.locator('[name="username"]').fill('sofie.dahl');
    await form.locator('[name="displayName"]').fill('Sofie Dahl');
    await form.locator('[name="email"]').fill('sofie.dahl@fjordby.dk');
    const unitSelect = form.locator('[name="unitId"]');
    const teamValue = await unitSelect.locator('option', { hasText: 'Team Job og Virksomhed' }).first().getAttribute('value');
    await unitSelect.selectOption(teamValue!);
    await form.locator('[name="roles"][value="jobformidler"]').check();
    await form.locator('[name="password"]').fill('sofies-first-password');
    await page.getByTestId('create-staff').click();
    await page.getByRole('cell', { name: 'sofie.dahl', exact: true }).waitFor();
    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
    await login(page, 'sofie.dahl', 'sofies-first-password');
    await assert.doesNotReject(page.getByTestId('current-user').getByText('Sofie Dahl').waitFor());
    assert.equal(await page.getByTestId('nav-admin').isVisible(), false);
    await context.close();
  });

  test('an admin sees the demo housing area, is told which address line is wrong, and defines a new area', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, 'admin');
    await page.getByTestId('nav-admin').click();
    await page.waitForURL('**/admin');
    await page.getByRole('tab', { name: 'Boligområder' }).click();
    const table = page.getByTestId('housing-areas');
    await table.getByRole('rowheader', { name: 'Solbakken' }).waitFor();
    await assert.doesNotReject(table.getByText('Solbakken 1-48, 4300').waitFor());
    const form = page.getByTestId('housing-area-form');
    await form.locator('[name="name"]').fill('Vestparken');
    await form.locator('[name="addresses"]').fill('Vestparken 2-40, 4300\nVestparken 40-2, 4300');
    await page.getByTestId('save-housing-area').click();
    await assert.doesNotReject(page.getByText('Linje 2: det første husnummer må ikke være større end det sidste.').first().waitFor());
    await form.locator('[name="addresses"]').fill('Vestparken 2-40, 4300\nVestervang, 4300');
    await form.locator('[name="postcodes"]').fill('4390');
    await page.getByTestId('save-housing-area').click();
    await assert.doesNotReject(page.getByText('Boligområdet Vestparken er oprettet.').waitFor());
    await table.getByRole('rowheader', { name: 'Vestparken' }).waitFor();
    const areas = (await (await context.request.get(`${base}/api/housing-areas`)).json()).housingAreas as { name: string; postcodes: string[]; addresses: unknown[] }[];
    const vestparken = areas.find((a) => a.name === 'Vestparken');
    assert.deepEqual(vestparken?.postcodes, ['4390']);
    assert.deepEqual(vestparken?.addresses, [
      { street: 'Vestparken', postcode: '4300', from: 2, to: 40 },
      { street: 'Vestervang', postcode: '4300', from: null, to: null },
    ]);
    await context.close();
  });
});

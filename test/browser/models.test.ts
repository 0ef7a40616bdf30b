import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserSkip, loginInNewContext, startDemoServer, type DemoServer, type LoggedIn } from '../helpers/browser.ts';

const skip = browserSkip;

const modelIds = ['flere-skal-med', 'stv', 'social-stoette', 'bedre-ressourceforloeb', 'trin-model'];

interface RulesBody {
  rules: { ruleId: string; parameters: { name: string; value: number; override: unknown }[] }[];
}

describe('the Modeller pages in Chromium (demo municipality on PGlite)', { skip }, () => {
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

  const login = (username: string): Promise<LoggedIn> => loginInNewContext(browser, base, username);

  async function openTrinModel(page: Page) {
    await page.getByTestId('nav-modeller').click();
    await page.waitForURL('**/modeller');
    await page.getByTestId('model-link-trin-model').click();
    await page.waitForURL('**/modeller/trin-model');
    await page.getByTestId('phase-flow').waitFor();
    // The rules with the municipality's values and the history load separately.
    await page.getByTestId('rule-trin3.follow-up').getByText('Parametre (værdier for Fjordby Kommune)').waitFor();
    await page.getByTestId('override-history').waitFor();
  }

  async function parameterValue(context: BrowserContext, ruleId: string, parameter: string) {
    const response = await context.request.get(`${base}/api/models/trin-model/rules`);
    assert.equal(response.status(), 200);
    const body = (await response.json()) as RulesBody;
    return body.rules.find((r) => r.ruleId === ruleId)?.parameters.find((p) => p.name === parameter);
  }

  test('a jobformidler reads the five models and the trin-model with its flow, rules and sources, and cannot edit', async () => {
    const { context, page, errors } = await login('jobformidler');
    await page.getByTestId('nav-modeller').click();
    await page.waitForURL('**/modeller');
    await page.getByRole('heading', { level: 1, name: 'Modeller' }).waitFor();
    const cards = page.locator('[data-testid^="model-card-"]');
    await cards.first().waitFor();
    assert.equal(await cards.count(), 5);
    for (const id of modelIds) assert.equal(await page.getByTestId(`model-card-${id}`).isVisible(), true, `card for ${id}`);
    const trinCard = page.getByTestId('model-card-trin-model');
    assert.match(await trinCard.innerText(), /TRIN · Version 1\.0\.0/);
    assert.equal(await trinCard.getByTestId('core-element-count').innerText(), '6');
    assert.equal(await trinCard.getByTestId('rule-count').innerText(), '7');

    await page.getByTestId('model-link-trin-model').click();
    await page.waitForURL('**/modeller/trin-model');
    await page.getByRole('heading', { level: 1, name: 'Uddannelses- og jobgaranti i udsatte boligområder (trinmodellen)' }).waitFor();
    // The Danish UI has no English subtitles (only the language switcher speaks English).
    await page.getByTestId('core-element-TRIN3').waitFor();
    assert.equal(await page.locator('main [lang="en"], .models-alt-name').count(), 0);

    // The flow: three phase boxes and an arrow back from TRIN 3 to TRIN 2, with its description.
    const flow = page.getByTestId('phase-flow');
    await flow.waitFor();
    assert.equal(await flow.locator('svg [data-phase]').count(), 3);
    const backArrow = flow.locator('svg [data-transition="TRIN3->TRIN2"]');
    assert.equal(await backArrow.count(), 1);
    assert.match((await backArrow.getAttribute('class')) ?? '', /models-flow-arrow-back/);
    assert.match(await backArrow.locator('title').textContent() ?? '', /TRIN 3.*→ TRIN 2.*afbrudt forløbet/);
    const backItem = flow.getByTestId('transition-TRIN3-TRIN2');
    assert.match(await backItem.innerText(), /TRIN 3: Virksomhedsforløb med fokus på ordinære timer → TRIN 2: På vej mod job \(tilbage\)/);
    assert.match(await backItem.innerText(), /Kræver: borgerens virksomhedsforløb er afsluttet eller afbrudt\./);

    // Core elements with their rules, parameters and sources.
    const element = page.getByTestId('core-element-TRIN3');
    assert.match(await element.innerText(), /Fastholdelse og progression mod flere ordinære timer/);
    const rule = element.getByTestId('rule-trin3.follow-up');
    const ruleText = await rule.innerText();
    assert.match(ruleText, /Opfølgning på virksomheden/);
    assert.match(ruleText, /Opfølgning på virksomheden mindst hver N\. dag under et virksomhedsforløb/);
    assert.match(ruleText, /forløbstyper: virksomhedspraktik, løntilskud, hybridpraktik/);
    assert.match(ruleText, /004 TRIN 3: Virksomhedsforløb med fokus på ordinære timer/);
    const row = rule.getByTestId('param-trin3.follow-up-days');
    assert.match(await row.innerText(), /28 dage/);
    assert.match(await row.innerText(), /7-56/);
    assert.match(await row.innerText(), /kilden angiver ingen værdi; Jobspors justerbare standard/);
    assert.match(await page.getByTestId('core-element-R3').innerText(), /Rammekrav/);
    assert.match(await page.getByTestId('measure-trin.end-goal').innerText(), /mindst 30 timer pr\. måned/);

    // No edit form for a jobformidler (once the municipality's values have loaded), and the server refuses the change too.
    await rule.getByText('Parametre (værdier for Fjordby Kommune)').waitFor();
    await page.getByTestId('override-history').waitFor();
    assert.equal(await page.locator('[data-testid^="override-open-"]').count(), 0);
    assert.equal(await page.locator('form[data-testid^="override-form-"]').count(), 0);
    const put = await context.request.put(`${base}/api/models/trin-model/rules/trin3.follow-up/parameters/days`, {
      data: { value: 21, reason: 'Forsøg uden rettighed' },
    });
    assert.equal(put.status(), 403);
    assert.equal((await parameterValue(context, 'trin3.follow-up', 'days'))?.value, 28);
    assert.deepEqual(errors.filter((e) => !e.includes('401')), [], 'browser errors');
    await context.close();
  });

  test('a leder sets a parameter within bounds with a reason, sees the new value and the history, and sets it back', async () => {
    const { context, page, errors } = await login('leder');
    const me = (await (await context.request.get(`${base}/api/me`)).json()) as { displayName: string };
    await openTrinModel(page);
    const history = page.getByTestId('override-history');
    const rowsBefore = await history.getByTestId('history-row').count();

    await page.getByTestId('override-open-trin3.follow-up-days').click();
    const form = page.getByTestId('override-form-trin3.follow-up-days');
    await form.getByLabel('Ny værdi (dage)').fill('21');
    await form.getByLabel('Begrundelse').fill('Tættere opfølgning i den fremskudte indsats');
    await form.getByRole('button', { name: 'Gem' }).click();

    const value = page.getByTestId('param-value-trin3.follow-up-days');
    await value.getByText('Kommunal værdi: 21 dage (standard 28)').waitFor();
    assert.match(await value.innerText(), new RegExp(`Sat af ${me.displayName}.*Tættere opfølgning i den fremskudte indsats`));
    assert.equal(await form.count(), 0, 'the form closes after saving');
    await page.getByTestId('override-saved-trin3.follow-up').getByText('Opfølgning på virksomheden: Frist er nu 21 dage.').waitFor();
    await history.getByTestId('history-row').nth(rowsBefore).waitFor();
    const newest = await history.getByTestId('history-row').first().innerText();
    assert.match(newest, /Opfølgning på virksomheden/);
    assert.match(newest, /21 dage/);
    assert.match(newest, new RegExp(me.displayName));
    assert.match(newest, /Tættere opfølgning i den fremskudte indsats/);
    assert.equal((await parameterValue(context, 'trin3.follow-up', 'days'))?.value, 21);

    // The value survives a reload.
    await page.reload();
    await page.getByTestId('param-value-trin3.follow-up-days').getByText('Kommunal værdi: 21 dage (standard 28)').waitFor();

    // Back to the default: the mark goes away and the history gets a second entry.
    await page.getByTestId('override-open-trin3.follow-up-days').click();
    const again = page.getByTestId('override-form-trin3.follow-up-days');
    await again.getByLabel('Begrundelse').fill('Forsøget er slut');
    await again.getByRole('button', { name: 'Tilbage til standard' }).click();
    await page.getByTestId('override-saved-trin3.follow-up').getByText('tilbage på standardværdien 28 dage').waitFor();
    assert.equal((await page.getByTestId('param-value-trin3.follow-up-days').innerText()).includes('Kommunal værdi'), false);
    await history.getByTestId('history-row').nth(rowsBefore + 1).waitFor();
    assert.match(await history.getByTestId('history-row').first().innerText(), /Tilbage til standard \(28 dage\).*Forsøget er slut/s);
    const after = await parameterValue(context, 'trin3.follow-up', 'days');
    assert.equal(after?.value, 28);
    assert.equal(after?.override, null);
    assert.deepEqual(errors.filter((e) => !e.includes('401')), [], 'browser errors');
    await context.close();
  });

  test('a value outside the bounds shows the field error from the server and changes nothing', async () => {
    const { context, page, errors } = await login('leder');
    await openTrinModel(page);
    const history = page.getByTestId('override-history');
    const rowsBefore = await history.getByTestId('history-row').count();

    await page.getByTestId('override-open-trin1.plan-days').click();
    const form = page.getByTestId('override-form-trin1.plan-days');
    const input = form.getByLabel('Ny værdi (dage)');
    await input.fill('500');
    await form.getByLabel('Begrundelse').fill('Længere frist');
    await form.getByRole('button', { name: 'Gem' }).click();

    await form.locator('.form-error-message').getByText('Værdien 500 ligger uden for de tilladte grænser 7-180.').waitFor();
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.equal(await form.count(), 1, 'the form stays open');
    assert.equal(await page.getByTestId('param-value-trin1.plan-days').locator('strong').count(), 0);
    assert.match(await page.getByTestId('param-value-trin1.plan-days').innerText(), /30 dage/);
    assert.equal(await history.getByTestId('history-row').count(), rowsBefore);
    const stored = await parameterValue(context, 'trin1.plan', 'days');
    assert.equal(stored?.value, 30);
    assert.equal(stored?.override, null);

    // A reason is required before anything is sent.
    await input.fill('21');
    await form.getByLabel('Begrundelse').fill('');
    await form.getByRole('button', { name: 'Gem' }).click();
    await form.locator('.form-error-message').getByText('Skriv en begrundelse på mindst 3 tegn.').waitFor();
    assert.equal((await parameterValue(context, 'trin1.plan', 'days'))?.value, 30);
    // The login page's 401 and the refused value's 400 show in the console; nothing else may.
    assert.deepEqual(
      errors.filter((e) => !e.includes('401') && !e.includes('400')),
      [],
      'browser errors',
    );
    await context.close();
  });
});

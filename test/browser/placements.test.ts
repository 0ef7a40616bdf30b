/**
 * From match to follow-up in Chromium against the real server (demo
 * municipality on in-memory PGlite): the demo company consultant opens a
 * citizen from Min sagsstamme whose course is in TRIN 2 or jobmatch, finds a
 * company on the matching view (explained scores), registers a match for the
 * top suggestion, writes a work agreement with a declaration of intent on
 * ordinary hours, starts a work placement two weeks back from it, records two
 * weeks of hours (paid hours in the second), sees the hours chart and its
 * table with the model's hours goal (TRIN a month, Flere skal med a week),
 * records a follow-up with the next one within a week, and finds that
 * follow-up on the company worklist (Opfølgninger). A leder opens a running
 * TRIN placement with hours: paid hours per calendar month against TRIN's
 * goal of 30 a month, on its page and on the Virksomhed tab. Then a placement
 * registered ahead is cancelled from its page.
 *
 * Nothing relies on demo ids: the citizen, course and company are found
 * through the screens (the TRIN placement through the team overview and
 * caseload API).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoPassword } from '../../src/seed/demo/index.ts';
import { browserSkip, startDemoServer, type DemoServer } from '../helpers/browser.ts';

const skip = browserSkip;

/** Today in the job centre's time zone, as the server counts days. */
function todayIso(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function mondayOf(iso: string): string {
  const weekday = (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
  return addDays(iso, -weekday);
}

/** 2026-03-09 -> 09.03.2026 (the Danish UI's dates). */
function danish(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

describe('company work: match, work agreement, placement, hours, follow-up and the worklist (Chromium, demo on PGlite)', { skip }, () => {
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

  async function login(context: BrowserContext, username: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // Refused requests (401 before login) are logged by Chromium as resource errors.
      if (message.type() === 'error' && !/status of 401/.test(message.text())) errors.push(message.text());
    });
    await page.goto(`${base}/login`);
    await page.getByLabel('Brugernavn').fill(username);
    await page.getByLabel('Adgangskode').fill(demoPassword);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByTestId('current-user').waitFor();
    return { page, errors };
  }

  test('the company consultant matches, writes the agreement, starts the placement, records hours and a follow-up that the worklist shows', async () => {
    const context = await browser.newContext();
    const { page, errors } = await login(context, 'virksomhedskonsulent');
    const today = todayIso();
    const startMonday = addDays(mondayOf(today), -14);
    const secondMonday = addDays(startMonday, 7);
    const nextFollowUp = addDays(today, 5);

    // Min sagsstamme: a citizen whose course is in TRIN 2 or jobmatch and who is not at a company now.
    await page.goto(`${base}/sagsstamme`);
    await page.getByTestId('caseload-table').waitFor();
    const rows = await page.getByTestId('caseload-row').evaluateAll((elements) =>
      elements.map((row) => ({
        citizenId: row.getAttribute('data-citizen-id') ?? '',
        courseId: row.getAttribute('data-course-id') ?? '',
        name: row.querySelector('th a')?.textContent?.trim() ?? '',
        phase: row.querySelectorAll('td')[3]?.textContent?.trim() ?? '',
        placement: row.querySelector('[data-testid="caseload-placement"]')?.textContent?.trim() ?? '',
      })),
    );
    const picked = rows.find((r) => /^(TRIN 2|Jobmatch)/.test(r.phase) && (r.placement === '–' || r.placement === ''));
    assert.ok(picked, `a caseload row in TRIN 2 or jobmatch without a placement (phases seen: ${[...new Set(rows.map((r) => r.phase))].join(', ')})`);
    const citizen = picked;

    await page.locator(`tr[data-course-id="${citizen.courseId}"]`).getByRole('link', { name: citizen.name }).click();
    await page.getByTestId('citizen-name').filter({ hasText: citizen.name }).waitFor();

    // Virksomhed tab, on the course from the caseload.
    await page.getByTestId('citizen-tab-virksomhed').click();
    await page.getByTestId('placements-tab').waitFor();
    const courseSelect = page.locator('#placements-course');
    if (await courseSelect.count()) await courseSelect.selectOption(citizen.courseId);
    await page.getByTestId('placements-none').waitFor();
    await page.getByTestId('placements-find-company').click();

    // Matching: ranked suggestions with every score explained; register a match for the top one.
    await page.waitForURL(new RegExp(`/borgere/${citizen.citizenId}/match\\?forloeb=${citizen.courseId}`));
    await page.getByTestId('matching-basis').waitFor();
    const top = page.locator('[data-testid="suggestion"][data-rank="1"]');
    await top.waitFor();
    const companyName = (await top.getByTestId('suggestion-company').textContent())?.trim() ?? '';
    assert.ok(companyName, 'the top suggestion names a company');
    assert.equal(await top.locator('meter').count(), 1, 'the score is shown as a meter');
    const parts = await top.getByTestId('suggestion-components').locator('tbody tr').allTextContents();
    assert.equal(parts.length, 4, 'four score parts, each with points and a reason');
    for (const part of parts) assert.match(part, /\d+(,\d)? af \d+/);
    await top.getByTestId('suggestion-register').click();
    const matchForm = top.getByTestId('match-form');
    await matchForm.getByTestId('match-save').click();
    await page.getByTestId('error-summary').getByText('Skriv en begrundelse for matchet.').waitFor();
    await matchForm.getByLabel('Begrundelse for matchet').fill('Jobmålet passer, og virksomheden vil arbejde hen imod ordinære timer.');
    await matchForm.getByTestId('match-save').click();
    const registered = top.getByTestId('match-registered');
    await registered.getByText(`Matchet med ${companyName} er registreret.`).waitFor();
    await registered.getByTestId('match-write-agreement').click();

    // The work agreement: a declaration of intent on ordinary hours, checked before it is sent.
    await page.waitForURL(/\/arbejdsaftaler\/ny\?/);
    const form = page.getByTestId('wa-form');
    await form.waitFor();
    assert.equal(await page.getByTestId('wa-heading').textContent(), `Arbejdsaftale med ${companyName}`);
    await page.locator('#wa-content-tasks').fill('Klargøring af varer, oprydning og rengøring af fællesarealer.');
    await page.locator('#wa-content-hoursPerWeek').fill('12');
    await page.locator('#wa-content-subGoals-0-text').fill('Møder stabilt til aftalt tid tre dage om ugen');
    await form.getByLabel('Hensigtserklæring om ordinære timer').check();
    await page.locator('#wa-content-accommodations').fill('Ingen tunge løft');
    if (!(await page.locator('#wa-content-companyContact-name').inputValue()).trim()) {
      await page.locator('#wa-content-companyContact-name').fill('Lone Holm');
    }
    await page.getByTestId('wa-save').click();
    const summary = page.getByTestId('error-summary');
    await summary.getByText('Skriv hensigtserklæringen', { exact: false }).waitFor();
    assert.equal(await summary.getByRole('link').first().getAttribute('href'), '#wa-content-ordinaryHours-text');
    await page.locator('#wa-content-ordinaryHours-text').fill('Virksomheden ansætter i 10 ordinære timer om ugen, når borgeren kan klare opgaverne selvstændigt.');
    await page.getByTestId('wa-save').click();
    await page.getByTestId('wa-created').getByText('Arbejdsaftalen er gemt som version 1.').waitFor();
    await page.waitForURL(/\/arbejdsaftaler\/[0-9a-f-]{36}$/);
    const agreementId = page.url().split('/').pop() ?? '';
    assert.equal(await page.getByTestId('wa-clause').getAttribute('data-clause'), 'intent');
    assert.equal(await page.getByTestId('wa-print').getAttribute('href'), `/api/work-agreements/${agreementId}/print?version=1`);
    assert.equal(await page.getByTestId('wa-print').getAttribute('target'), '_blank');
    assert.equal(await page.getByTestId('wa-pdf').getAttribute('href'), `/api/work-agreements/${agreementId}/pdf?version=1`);
    await page.getByTestId('wa-current-ordinary').getByText('Hensigtserklæring om ordinære timer').waitFor();

    // Start the placement from the agreement: a work placement that began on the Monday two weeks ago.
    await page.getByTestId('wa-start-placement').click();
    await page.getByTestId('placements-tab').waitFor();
    if (await courseSelect.count()) await courseSelect.selectOption(citizen.courseId);
    const start = page.getByTestId('start-form');
    if (!(await start.isVisible())) await page.locator(`tr[data-agreement-id="${agreementId}"]`).getByTestId('agreement-start').click();
    await start.waitFor();
    assert.equal(await start.getByTestId('start-agreement').inputValue(), agreementId);
    await start.getByTestId('start-type').selectOption('virksomhedspraktik');
    await page.locator('#start-from').fill(startMonday);
    await page.getByTestId('start-save').click();
    await page.getByTestId('placement-started').getByText(`Virksomhedsforløbet hos ${companyName} er startet.`).waitFor();
    if (await page.getByTestId('phase-change').count()) {
      await page.getByTestId('phase-change').getByText('Forløbet er flyttet fra', { exact: false }).waitFor();
    }
    const placementRow = page.getByTestId('placements-table-row').filter({ hasText: companyName });
    await placementRow.waitFor();
    assert.equal(await placementRow.locator('[data-clause]').getAttribute('data-clause'), 'intent');
    await page.getByTestId('placement-started-link').click();

    // The placement page: two weeks of hours, paid hours in the second.
    await page.waitForURL(/\/virksomhedsforloeb\/[0-9a-f-]{36}$/);
    await page.getByTestId('placement-heading').filter({ hasText: `${citizen.name} hos ${companyName}` }).waitFor();
    const week = page.getByTestId('hours-week');
    const offered = await week.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    assert.equal(offered[0], startMonday, 'the week picker starts with the placement’s first week');
    for (const monday of offered) assert.equal(new Date(`${monday}T00:00:00Z`).getUTCDay(), 1, `${monday} is a Monday`);

    await week.selectOption(startMonday);
    await page.locator('#hours-plannedUnpaidHours').fill('12');
    await page.locator('#hours-plannedPaidHours').fill('0');
    await page.locator('#hours-actualUnpaidHours').fill('11,5');
    await page.locator('#hours-actualPaidHours').fill('0');
    await page.getByTestId('hours-save').click();
    await page.getByTestId('hours-saved').getByText('11,5 ulønnede og 0 lønnede timer', { exact: false }).waitFor();

    await week.selectOption(secondMonday);
    await page.locator('#hours-plannedUnpaidHours').fill('10');
    await page.locator('#hours-plannedPaidHours').fill('2');
    await page.locator('#hours-actualUnpaidHours').fill('10');
    await page.locator('#hours-actualPaidHours').fill('2,5');
    await page.getByTestId('hours-save').click();
    await page.getByTestId('hours-saved').getByText('10 ulønnede og 2,5 lønnede timer', { exact: false }).waitFor();

    // The chart (drawn on a canvas) and its table with the paid hours.
    await page.locator('[data-testid="placement-hours-chart"] canvas').first().waitFor();
    const table = page.getByTestId('placement-hours-table');
    await table.locator('caption').getByText(`Timer pr. uge hos ${companyName}`).waitFor();
    assert.equal((await table.locator(`tr[data-week="${secondMonday}"] [data-cell="paid"]`).textContent())?.trim(), '2,5');
    assert.equal((await table.locator(`tr[data-week="${startMonday}"] [data-cell="unpaid"]`).textContent())?.trim(), '11,5');
    await page.getByTestId('progression-first-paid').getByText(`(${danish(secondMonday)})`, { exact: false }).waitFor();

    // The hours goal is the course's model's: TRIN 30 paid hours a month (004), drawn on a monthly chart; Flere skal med 30 a week (000 §1), on the weekly chart.
    const reached = page.getByTestId('progression-reached');
    await reached.waitFor();
    if (citizen.phase.startsWith('TRIN')) {
      assert.equal(await reached.getAttribute('data-goal-period'), 'month');
      await page.getByText('Nået 30 lønnede timer på en måned').waitFor();
      const months = page.getByTestId('placement-months');
      await months.locator('[data-testid="placement-months-chart"] canvas').first().waitFor();
      assert.equal(await months.getAttribute('data-goal-period'), 'month');
      assert.equal(await page.getByTestId('placement-hours-chart').getAttribute('data-goal'), null, 'no weekly goal line for a monthly goal');
      const paidByMonth = await months.getByTestId('placement-months-table').locator('[data-cell="paid"]').allTextContents();
      const total = paidByMonth.reduce((sum, text) => sum + Number(text.replace(',', '.').replace(/[^\d.]/g, '')), 0);
      assert.ok(Math.abs(total - 2.5) < 0.15, `the months add up to the 2,5 paid hours (${paidByMonth.join(' | ')})`);
    } else {
      assert.equal(await reached.getAttribute('data-goal-period'), 'week');
      await page.getByText('Nået 30 lønnede timer på en uge').waitFor();
      assert.equal(await page.getByTestId('placement-hours-chart').getAttribute('data-goal'), '30');
      assert.equal(await page.getByTestId('placement-months').count(), 0);
    }
    assert.equal((await reached.textContent())?.trim(), 'Nej');

    // A follow-up at the company with the next one within a week.
    await page.getByTestId('followup-add').click();
    const followUp = page.getByTestId('followup-form');
    await followUp.waitFor();
    await page.locator('#followup-goalStillRight-option1').check();
    await page.locator('#followup-ratings-tasksSolved-option4').check();
    await page.locator('#followup-ratings-stability-option3').check();
    await page.locator('#followup-effectiveness-option7').check();
    await page.locator('#followup-equalTermsTasks').fill('Varemodtagelse og opfyldning af hylder');
    await page.locator('#followup-nextFollowUpOn').fill(nextFollowUp);
    await page.getByTestId('followup-save').click();
    await page.getByTestId('followup-saved').getByText(`Næste opfølgning er ${danish(nextFollowUp)}.`).waitFor();
    await page.getByTestId('followup').first().getByText('Varemodtagelse og opfyldning af hylder').waitFor();
    assert.equal((await page.getByTestId('placement-next-followup').textContent())?.trim(), danish(nextFollowUp));

    const placementUrl = page.url();
    // Back on the Virksomhed tab the citizen's hours across placements carry the same model's goal.
    await page.locator('a.back-link').click();
    await page.getByTestId('placements-tab').waitFor();
    if (await courseSelect.count()) await courseSelect.selectOption(citizen.courseId);
    await page.getByTestId('combined-hours-table').waitFor();
    if (citizen.phase.startsWith('TRIN')) {
      const months = page.getByTestId('combined-months');
      await months.locator('[data-testid="combined-months-chart"] canvas').first().waitFor();
      assert.equal(await months.getAttribute('data-goal-period'), 'month');
      assert.equal(await page.getByTestId('combined-hours-chart').getAttribute('data-goal'), null);
    } else {
      await page.locator('[data-testid="combined-hours-chart"] canvas').first().waitFor();
      assert.equal(await page.getByTestId('combined-hours-chart').getAttribute('data-goal'), '30');
      assert.equal(await page.getByTestId('combined-months').count(), 0);
    }

    // The company worklist lists the next follow-up for the citizen.
    await page.goto(`${base}/virksomheder/arbejdsliste`);
    await page.getByRole('heading', { name: 'Opfølgninger' }).waitFor();
    const due = page.getByTestId('followups-table').locator('tbody tr').filter({ hasText: citizen.name }).filter({ hasText: danish(nextFollowUp) });
    await due.first().waitFor();
    assert.match((await due.first().textContent()) ?? '', new RegExp(companyName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

    // A second follow-up that sets no date: the next one follows the agreement's cadence, shown at once (no reload).
    await page.goto(placementUrl);
    await page.getByTestId('followup-add').click();
    await page.getByTestId('followup-form').waitFor();
    await page.getByTestId('followup-save').click();
    await page.getByTestId('followup').nth(1).waitFor();
    const placementId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const fromServer = (await (await context.request.get(`${base}/api/placements/${placementId}`)).json()) as { nextFollowUpOn: string | null };
    assert.ok(fromServer.nextFollowUpOn, 'the agreement has a follow-up cadence');
    await page.getByTestId('followup-saved').getByText(`Næste opfølgning er ${danish(fromServer.nextFollowUpOn)}.`).waitFor();
    assert.equal((await page.getByTestId('placement-next-followup').textContent())?.trim(), danish(fromServer.nextFollowUpOn));

    assert.deepEqual(errors, [], 'no script errors or CSP violations');
    await context.close();
  });

  test('a TRIN placement shows paid hours per calendar month against the goal of 30 a month, on its page and on the Virksomhed tab', async () => {
    const context = await browser.newContext();
    const { page, errors } = await login(context, 'leder');
    // A running TRIN placement with recorded hours, found through the team overview and the caseloads.
    const overview = await (await page.request.get(`${base}/api/team-overview`)).json();
    let found: { citizenId: string; courseId: string; placementId: string } | undefined;
    for (const member of overview.staff as { staffId: string }[]) {
      const caseload = await (await page.request.get(`${base}/api/caseload?staff=${member.staffId}`)).json();
      for (const row of (caseload.rows ?? []) as { citizenId: string; courseId: string; modelId: string; currentPlacement: { id: string } | null }[]) {
        if (row.modelId !== 'trin-model' || !row.currentPlacement) continue;
        const hours = await (await page.request.get(`${base}/api/placements/${row.currentPlacement.id}/hours`)).json();
        if (hours.progression.months.length > 0) found = { citizenId: row.citizenId, courseId: row.courseId, placementId: row.currentPlacement.id };
        if (found) break;
      }
      if (found) break;
    }
    assert.ok(found, 'a running TRIN placement with hours in the demo');

    await page.goto(`${base}/virksomhedsforloeb/${found.placementId}`);
    const reached = page.getByTestId('progression-reached');
    await reached.waitFor();
    assert.equal(await reached.getAttribute('data-goal-period'), 'month');
    await page.getByText('Nået 30 lønnede timer på en måned').waitFor();
    const months = page.getByTestId('placement-months');
    await months.locator('[data-testid="placement-months-chart"] canvas').first().waitFor();
    assert.equal(await months.getAttribute('data-goal-hours'), '30');
    assert.equal(await page.getByTestId('placement-hours-chart').getAttribute('data-goal'), null, 'no weekly goal line for a monthly goal');
    const number = (text: string) => Number(text.replace(/\(.*\)/, '').replace(',', '.').replace(/[^\d.]/g, '') || 0);
    const weekly = (await page.getByTestId('placement-hours-table').locator('[data-cell="paid"]').allTextContents()).reduce((sum, text) => sum + number(text), 0);
    const monthCells = await months.getByTestId('placement-months-table').locator('[data-cell="paid"]').allTextContents();
    const monthly = monthCells.reduce((sum, text) => sum + number(text), 0);
    // Each month is rounded to one decimal.
    assert.ok(Math.abs(weekly - monthly) <= 0.05 * monthCells.length + 1e-9, `the months add up to the weeks' paid hours (${weekly} vs ${monthly})`);
    assert.equal((await reached.textContent())?.trim(), monthCells.some((text) => number(text) >= 30) ? 'Ja' : 'Nej', 'reached exactly when a month shows 30 or more');

    // The Virksomhed tab, on this course: the same monthly goal under the combined weekly chart.
    await page.locator('a.back-link').click();
    await page.getByTestId('placements-tab').waitFor();
    const courseSelect = page.locator('#placements-course');
    if (await courseSelect.count()) await courseSelect.selectOption(found.courseId);
    const combined = page.getByTestId('combined-months');
    await combined.locator('[data-testid="combined-months-chart"] canvas').first().waitFor();
    assert.equal(await combined.getAttribute('data-goal-period'), 'month');
    assert.equal(await page.getByTestId('combined-hours-chart').getAttribute('data-goal'), null);

    assert.deepEqual(errors, [], 'no script errors or CSP violations');
    await context.close();
  });

  test('a placement registered ahead is cancelled from its page: reason, confirmation, back on the Virksomhed tab with the phase moved back', async () => {
    const context = await browser.newContext();
    const { page, errors } = await login(context, 'virksomhedskonsulent');
    const from = addDays(todayIso(), 14);

    // A caseload course in TRIN 2 or jobmatch without a placement; a company of the network.
    await page.goto(`${base}/sagsstamme`);
    await page.getByTestId('caseload-table').waitFor();
    const rows = await page.getByTestId('caseload-row').evaluateAll((elements) =>
      elements.map((row) => ({
        citizenId: row.getAttribute('data-citizen-id') ?? '',
        courseId: row.getAttribute('data-course-id') ?? '',
        phase: row.querySelectorAll('td')[3]?.textContent?.trim() ?? '',
        placement: row.querySelector('[data-testid="caseload-placement"]')?.textContent?.trim() ?? '',
      })),
    );
    const picked = rows.find((r) => /^(TRIN 2|Jobmatch)/.test(r.phase) && (r.placement === '–' || r.placement === ''));
    assert.ok(picked, 'a caseload row in TRIN 2 or jobmatch without a placement');
    const phaseBefore = (await (await page.request.get(`${base}/api/courses/${picked.courseId}`)).json()).currentPhase;
    const companies = await (await page.request.get(`${base}/api/companies?limit=1`)).json();
    const company = companies.companies[0];
    assert.ok(company, 'a company in the network');
    const created = await page.request.post(`${base}/api/courses/${picked.courseId}/placements`, {
      data: { companyId: company.id, type: 'virksomhedspraktik', from, plannedUnpaidHours: 10 },
    });
    assert.equal(created.status(), 201, await created.text());
    const placement = await created.json();
    assert.ok(placement.phaseChange, 'the start moved the course');

    await page.goto(`${base}/virksomhedsforloeb/${placement.id}`);
    await page.getByTestId('placement-heading').waitFor();
    assert.equal(await page.getByTestId('end-open').count(), 0, 'a placement that has not started is not ended');
    await page.getByTestId('cancel-open').click();
    await page.getByTestId('cancel-continue').click();
    await page.getByTestId('error-summary').getByText('Skriv en begrundelse.').waitFor();
    await page.getByLabel('Begrundelse').fill('Virksomheden har trukket tilbuddet tilbage.');
    await page.getByTestId('cancel-continue').click();
    await page.getByTestId('cancel-confirm-question').getByText(`med start ${danish(from)} slettes`, { exact: false }).waitFor();
    await page.getByTestId('cancel-confirm').click();

    await page.waitForURL(new RegExp(`/borgere/${picked.citizenId}#virksomhed$`));
    const notice = page.getByTestId('placements-notice');
    await notice.getByText(`Virksomhedsforløbet hos ${company.name} med start ${danish(from)} er annulleret, og forløbet er flyttet tilbage til`, { exact: false }).waitFor();
    assert.equal((await page.request.get(`${base}/api/placements/${placement.id}`)).status(), 404);
    assert.equal((await (await page.request.get(`${base}/api/courses/${picked.courseId}`)).json()).currentPhase, phaseBefore);

    assert.deepEqual(errors, [], 'no script errors or CSP violations');
    await context.close();
  });

  test('the company consultant opens a candidate profile from Find kandidater: no contact details, a way to match', async () => {
    const context = await browser.newContext();
    const { page, errors } = await login(context, 'virksomhedskonsulent');
    const companies = await (await page.request.get(`${base}/api/companies?limit=1`)).json();
    const company = companies.companies[0];
    assert.ok(company, 'a company in the network');
    await page.goto(`${base}/virksomheder/${company.id}#kandidater`);
    await page.getByTestId('candidates-find').click();
    await page.getByTestId('candidates-table').waitFor();
    await page.getByTestId('candidate-profile-link').first().click();
    await page.waitForURL(/\/kandidater\/[0-9a-f-]{36}$/);
    await page.getByTestId('candidate-heading').waitFor();
    await page.getByTestId('candidate-facts').waitFor();
    const courseId = page.url().split('/').at(-1)!;
    const citizen = await demo!.app.ctx.db
      .selectFrom('course')
      .innerJoin('citizen', 'citizen.id', 'course.citizen_id')
      .select(['citizen.phone', 'citizen.email', 'citizen.address_line'])
      .where('course.id', '=', courseId)
      .executeTakeFirstOrThrow();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const secret of [citizen.phone, citizen.email, citizen.address_line].filter((v): v is string => Boolean(v))) {
      assert.ok(!text.includes(secret), `the profile shows ${secret}`);
    }
    assert.equal(await page.getByTestId('candidate-match').count(), 1);
    assert.deepEqual(errors, [], 'no script errors or CSP violations');
    await context.close();
  });
});

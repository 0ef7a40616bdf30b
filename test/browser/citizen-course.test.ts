/**
 * The Borger page in Chromium against the real server (demo municipality on
 * in-memory PGlite): a job broker takes a citizen without a course through
 * enrolment in Flere skal med, visitation to group 1, plan, job goal, CV and
 * a contact, and sees the missing-CV item (rule ke1.cv) leave the worklist
 * once the CV is saved; a mentor records WHO-5 and sees score and band; a
 * citizen in a company placement has it on Overblik and in the timeline.
 *
 * The Forløb tab belongs to the courses UI (web/src/pages/citizen/course/*);
 * its steps use that UI's test ids and visible labels.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoPassword } from '../../src/seed/demo/index.ts';
import { browserSkip, startDemoServer, type DemoServer } from '../helpers/browser.ts';

const skip = browserSkip;

const staleText = 'Planen er ændret af en anden i mellemtiden. Genindlæs og prøv igen.';

interface WorklistResponse {
  citizens: { citizenId: string; items: { ruleId: string; status: string }[] }[];
}

describe('the Borger page: from enrolment to plan, job goal, CV, contact and WHO-5 (Chromium, demo on PGlite)', { skip }, () => {
  let demo: DemoServer | undefined;
  let browser: Browser;
  let base: string;
  /** A citizen on the demo job broker's caseload, in the target group of Flere skal med, with no course. */
  let citizen: { id: string; name: string };

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
      // Refused requests (401 before login, 409 on purpose) are logged by Chromium as resource errors.
      if (message.type() === 'error' && !/status of (401|409)/.test(message.text())) errors.push(message.text());
    });
    await page.goto(`${base}/login`);
    await page.getByLabel('Brugernavn').fill(username);
    await page.getByLabel('Adgangskode').fill(demoPassword);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByTestId('current-user').waitFor();
    return { page, errors };
  }

  /**
   * Picks the citizen through the API with the job broker's session: one
   * without any course, in the target group of Flere skal med when the demo
   * has such a citizen left (the demo enrols most of them), else any.
   */
  async function pickCitizen(context: BrowserContext): Promise<{ id: string; name: string; eligible: boolean }> {
    const list = await (await context.request.get(`${base}/api/citizens?mine=true&limit=200`)).json();
    let fallback: { id: string; name: string; eligible: boolean } | null = null;
    for (const c of list.items as { id: string; firstName: string; lastName: string }[]) {
      const courses = await (await context.request.get(`${base}/api/citizens/${c.id}/courses`)).json();
      if (courses.courses.length) continue;
      const eligibility = await (await context.request.get(`${base}/api/models/flere-skal-med/eligibility/${c.id}`)).json();
      const candidate = { id: c.id, name: `${c.firstName} ${c.lastName}`, eligible: eligibility.status === 'eligible' };
      if (candidate.eligible) return candidate;
      fallback ??= candidate;
    }
    if (!fallback) throw new Error('no citizen on the demo job broker’s caseload without a course');
    return fallback;
  }

  async function cvItems(context: BrowserContext): Promise<string[]> {
    const worklist = (await (await context.request.get(`${base}/api/worklist`)).json()) as WorklistResponse;
    const mine = worklist.citizens.find((c) => c.citizenId === citizen.id);
    return (mine?.items ?? []).filter((i) => i.ruleId === 'ke1.cv').map((i) => i.status);
  }

  /** Keyboard focus is on the success message with this test id (the form and its button are gone after a save). */
  async function focusOnNotice(page: Page, testId: string) {
    await page.waitForFunction((id) => {
      const notice = document.querySelector(`[data-testid="${id}"]`);
      return !!notice && !!document.activeElement && document.activeElement !== document.body && document.activeElement.contains(notice);
    }, testId);
  }

  async function openTab(page: Page, tab: string) {
    await page.getByTestId(`citizen-tab-${tab}`).click();
    await page.locator(`#citizen-panel-${tab}`).waitFor();
  }

  test('a job broker enrols, visits to group 1, writes plan, job goal, CV and a contact; ke1.cv leaves the worklist with the CV', async () => {
    const context = await browser.newContext();
    const { page, errors } = await login(context, 'jobformidler');
    const picked = await pickCitizen(context);
    citizen = { id: picked.id, name: picked.name };

    await page.goto(`${base}/borgere/${citizen.id}`);
    await page.getByTestId('citizen-name').filter({ hasText: citizen.name }).waitFor();
    // Overblik without a course says so and points to Forløb; no company placement runs.
    await page.getByTestId('overview-no-course').waitFor();
    await page.getByTestId('overview-company').getByText('Ingen igangværende virksomhedsforløb').waitFor();

    // The tabs follow the WAI-ARIA pattern: arrow keys move and select.
    await page.getByTestId('citizen-tab-overblik').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByTestId('citizen-tab-forloeb').getAttribute('aria-selected'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'citizen-tab-forloeb');

    // Forløb (the courses UI): enrol in Flere skal med and record visitation to group 1.
    await page.getByTestId('course-tab').waitFor();
    await page.getByTestId('enrol-open').click();
    await page.getByTestId('enrol-model').selectOption('flere-skal-med');
    await page.getByTestId('eligibility').waitFor();
    // The form offers Flere skal med's roles, the personal job broker first.
    assert.equal(await page.getByTestId('enrol-staff-role').inputValue(), 'job_broker');
    // Outside the target group the form shows the reasons and asks why the citizen is enrolled anyway.
    if (!picked.eligible) {
      await page.getByTestId('enrol-reason-code').selectOption('professional_assessment');
      await page.getByLabel('Beslutningen med dine ord').fill('Borgeren har brug for indsatsen efter samtalen i dag.');
    }
    await page.getByTestId('enrol-form-submit').click();
    await page.getByTestId('course-panel').waitFor();
    await page.getByTestId('course-action-visitation').click();
    await page.getByLabel(/^1: Indsatsgruppen/).check();
    await page.getByTestId('visitation-form-submit').click();
    await page.getByTestId('course-saved').waitFor();
    const cvRule = page.getByTestId('course-rule').filter({ hasText: 'CV til alle i indsatsgruppen' });
    assert.equal(await cvRule.getAttribute('data-status'), 'due', 'the course shows the CV as due');

    // Overblik lists the missing CV as due, and so does the worklist.
    await openTab(page, 'overblik');
    await page.locator('#citizen-panel-overblik li[data-rule="ke1.cv"][data-status="due"]').waitFor();
    assert.deepEqual(await cvItems(context), ['due']);

    // Plan: a local check first (a goal needs a title), then resources, a barrier and a goal with a sub-goal.
    await openTab(page, 'plan');
    await page.getByTestId('plan-edit').click();
    const plan = page.getByTestId('plan-form');
    await plan.getByRole('button', { name: 'Tilføj mål' }).click();
    await page.getByTestId('plan-save').click();
    await page.getByTestId('error-summary').getByText('Skriv, hvad Mål 1 går ud på.').waitFor();
    assert.equal(await page.locator('#plan-content-goals-0-title').getAttribute('aria-invalid'), 'true');
    await plan.getByLabel('Borgerens ressourcer').fill('Mødestabil og god med hænderne; har været på lager før.');
    await plan.getByRole('button', { name: 'Tilføj barriere' }).click();
    await plan.getByLabel('Barriere', { exact: true }).fill('Ondt i ryggen ved lange vagter');
    await plan.getByLabel('Hvad er målet?').first().fill('Praktik på et lager');
    await plan.getByRole('button', { name: 'Tilføj delmål til mål 1' }).click();
    await plan.getByLabel('Hvad er målet?').nth(1).fill('Truckcertifikat');
    await plan.getByLabel('Hvem støtter').nth(1).fill('Mentor');
    await page.getByTestId('plan-save').click();
    await page.getByTestId('plan-saved').getByText('Planen er gemt som version 1.').waitFor();
    await page.getByTestId('plan-current').getByText('Truckcertifikat').waitFor();

    // Someone else saves version 2 while the job broker edits: 409, the edits stay, reload shows version 2.
    const courseId = ((await (await context.request.get(`${base}/api/citizens/${citizen.id}/courses`)).json()).courses[0] as { id: string }).id;
    await page.getByTestId('plan-edit').click();
    await page.getByLabel('Borgerens ressourcer').fill('Min egen ændring');
    const other = await context.request.post(`${base}/api/courses/${courseId}/plan`, {
      data: { baseVersion: 1, content: { resources: 'Kollegaens version', barriers: [], goals: [] } },
    });
    assert.equal(other.status(), 201);
    await page.getByTestId('plan-save').click();
    await page.getByTestId('plan-stale').getByText(staleText).waitFor();
    assert.equal(await page.getByLabel('Borgerens ressourcer').inputValue(), 'Min egen ændring');
    await page.getByTestId('plan-stale').getByRole('button').click();
    await page.waitForFunction(() => (document.getElementById('plan-content-resources') as HTMLTextAreaElement | null)?.value === 'Kollegaens version');
    await page.getByLabel('Borgerens ressourcer').fill('Mødestabil; vil gerne på lager.');
    await page.getByTestId('plan-save').click();
    await page.getByTestId('plan-saved').getByText('Planen er gemt som version 3.').waitFor();
    // An old version can be read.
    await page.getByTestId('plan-versions-view-1').click();
    await page.getByTestId('plan-old-version').getByText('Praktik på et lager').waitFor();

    // Jobmål: an A goal, concrete and the citizen's own wish.
    await openTab(page, 'jobmaal');
    await page.getByTestId('jobgoal-add').click();
    await page.getByLabel('Type (ABC-jobplan)').selectOption('A');
    await page.getByLabel('Stilling eller jobområde').fill('Lagermedarbejder');
    await page.getByLabel('DISCO-08-kode').fill('9333');
    await page.getByLabel('Branchekode (DB07)').fill('52');
    await page.getByLabel('Jobmålet er konkret').check();
    await page.getByLabel('Jobmålet er borgerens eget ønske').check();
    await page.getByTestId('jobgoal-save').click();
    await page.getByTestId('jobgoals-current').getByRole('rowheader', { name: 'Lagermedarbejder (DISCO 9333)' }).waitFor();
    await focusOnNotice(page, 'jobgoal-notice');

    // The CV is still missing.
    assert.deepEqual(await cvItems(context), ['due']);

    // CV: a month in the wrong form is caught; then saved.
    await openTab(page, 'cv');
    await page.getByTestId('cv-edit').click();
    const cv = page.getByTestId('cv-form');
    await cv.getByLabel('Profil').fill('Stabil og praktisk, erfaring fra lager.');
    await cv.getByRole('button', { name: 'Tilføj job' }).click();
    await cv.getByLabel('Stilling', { exact: true }).fill('Lagerassistent');
    await cv.getByLabel('Arbejdsgiver').fill('Fjordby Grossisten');
    await page.locator('#cv-content-workExperience-0-from').fill('2012-3');
    await cv.getByRole('button', { name: 'Tilføj kompetence' }).click();
    await cv.getByLabel('Kompetence', { exact: true }).fill('Plukning og pakning');
    await cv.getByLabel('B', { exact: true }).check();
    await page.getByTestId('cv-save').click();
    await page.getByTestId('error-summary').getByText('Skriv år og måned som ÅÅÅÅ-MM, f.eks. 2019-08.').waitFor();
    await page.locator('#cv-content-workExperience-0-from').fill('2012-03');
    await page.getByTestId('cv-save').click();
    await page.getByTestId('cv-saved').getByText('CV’et er gemt som version 1.').waitFor();
    await focusOnNotice(page, 'cv-saved');
    // Months read as Danish dates, not as 2012-03.
    await page.getByTestId('cv-current').getByText('(marts 2012 – nu)').waitFor();
    assert.equal(await page.getByTestId('cv-print').getAttribute('target'), '_blank');
    assert.equal(await page.getByTestId('cv-pdf').getAttribute('href'), `/api/citizens/${citizen.id}/cv.pdf`);

    // The missing-CV item is gone: Overblik, the course's rules and the worklist.
    await openTab(page, 'overblik');
    await page.getByTestId('overview-cv').getByText('Version 1').waitFor();
    await page.getByTestId('overview-due').waitFor();
    assert.equal(await page.locator('#citizen-panel-overblik li[data-rule="ke1.cv"]').count(), 0);
    assert.deepEqual(await cvItems(context), []);
    await openTab(page, 'forloeb');
    await page.getByTestId('course-panel').waitFor();
    assert.equal(await page.getByTestId('course-rule').filter({ hasText: 'CV til alle i indsatsgruppen' }).getAttribute('data-status'), 'satisfied');

    // Kontakter: a start meeting needs its attendees.
    await openTab(page, 'kontakter');
    await page.getByTestId('contact-add').click();
    await page.getByLabel('Type', { exact: true }).selectOption('start_meeting');
    await page.getByTestId('contact-save').click();
    await page.getByTestId('error-summary').getByText('Vælg hvem der deltog i opstartsmødet.').waitFor();
    await page.getByLabel('Borgeren', { exact: true }).check();
    await page.getByLabel('Personlig jobformidler').check();
    await page.getByLabel('Varighed').selectOption('30to59');
    await page.getByLabel('Jobmål', { exact: true }).check();
    await page.getByLabel('Notat').fill('Opstartsmøde om praktik på lager.');
    await page.getByTestId('contact-save').click();
    await page.getByTestId('contact-saved').waitFor();
    await focusOnNotice(page, 'contact-saved');
    const row = page.getByTestId('contact-table').locator('tbody tr').first();
    await row.getByRole('rowheader', { name: /^Opstartsmøde/ }).waitFor();
    await row.getByText('30-59 min').waitFor();

    // The timeline on Overblik has it all, newest first, and filters by kind.
    await openTab(page, 'overblik');
    await page.getByTestId('timeline').locator('.records-timeline-kind', { hasText: 'Kontakt' }).first().waitFor();
    await page.locator('#timeline-kind').selectOption('cv');
    assert.equal(await page.locator('.records-timeline-item').count(), 1);

    // The Virksomhed card leads to the Virksomhed tab.
    await page.getByTestId('overview-company').getByRole('button', { name: 'Gå til Virksomhed' }).click();
    await page.getByTestId('placements-tab').waitFor();
    assert.equal(new URL(page.url()).hash, '#virksomhed');

    // Min sagsstamme: no CV item for the citizen in the worklist.
    await page.getByTestId('nav-sagsstamme').click();
    await page.getByTestId('caseload-tab-worklist').click();
    const entry = page.getByTestId('worklist-citizen').filter({ hasText: citizen.name });
    assert.equal(await entry.getByTestId('worklist-item').filter({ hasText: 'CV' }).count(), 0);

    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a mentor records WHO-5 and sees score and band, and cannot edit plan, job goals or CV', async () => {
    assert.ok(citizen, 'runs after the job broker test');
    // Need to know: the job broker makes the mentor the citizen's mentor on the course first.
    const brokerContext = await browser.newContext();
    const broker = await login(brokerContext, 'jobformidler');
    const courses = (await (await brokerContext.request.get(`${base}/api/citizens/${citizen.id}/courses`)).json()) as { courses: { id: string; endDate: string | null }[] };
    const mentors = (await (await brokerContext.request.get(`${base}/api/staff?role=mentor&active=true`)).json()) as { staff: { id: string; username: string }[] };
    const mentorId = mentors.staff.find((s) => s.username === 'mentor')!.id;
    const courseId = courses.courses.find((c) => c.endDate === null)!.id;
    const assigned = await brokerContext.request.post(`${base}/api/courses/${courseId}/staff`, { data: { staffId: mentorId, role: 'mentor', fromDate: new Date().toISOString().slice(0, 10) } });
    assert.equal(assigned.status(), 200, await assigned.text());
    assert.deepEqual(broker.errors, []);
    await brokerContext.close();
    const context = await browser.newContext();
    const { page, errors } = await login(context, 'mentor');
    await page.goto(`${base}/borgere/${citizen.id}#plan`);
    await page.getByTestId('plan-current').waitFor();
    assert.equal(await page.getByTestId('plan-edit').count(), 0);
    await openTab(page, 'jobmaal');
    await page.getByTestId('jobgoals-current').waitFor();
    assert.equal(await page.getByTestId('jobgoal-add').count(), 0);
    assert.equal(await page.getByTestId('jobgoal-end').count(), 0);
    await openTab(page, 'cv');
    await page.getByTestId('cv-current').waitFor();
    assert.equal(await page.getByTestId('cv-edit').count(), 0);

    await openTab(page, 'maalinger');
    await page.getByTestId('measure-add').click();
    await page.getByTestId('measure-instrument').selectOption('WHO-5');
    // 3 + 4 + 2 + 3 + 4 = 16, x 4 = 64: above 50.
    for (const [item, answer] of [['who1', '3'], ['who2', '4'], ['who3', '2'], ['who4', '3'], ['who5', '4']] as const) {
      await page.locator(`#measure-answers-${item}`).selectOption(answer);
    }
    await page.getByTestId('measure-save').click();
    const latest = page.getByTestId('measure-latest-score');
    await latest.getByText('64').waitFor();
    await focusOnNotice(page, 'measure-saved');
    await latest.getByText('Ingen umiddelbar risiko').waitFor();
    await page.getByTestId('measure-table-who5').getByText('64').waitFor();
    await page.getByTestId('measure-chart-who5').waitFor();

    // The same point again: the server's field error lands under the field and in the summary.
    await page.getByTestId('measure-add').click();
    await page.locator('#measure-point').fill('0');
    await page.getByTestId('measure-save').click();
    await page.getByTestId('error-summary').getByText('allerede registreret', { exact: false }).waitFor();
    await page.locator('#measure-point-error').waitFor();

    // An unanswered item gives no score, said in words.
    await page.locator('#measure-point').fill('1');
    await page.locator('#measure-answers-who1').selectOption('2');
    await page.getByTestId('measure-save').click();
    await page.getByTestId('measure-latest-score').getByText('Score mangler – ét eller flere spørgsmål er ubesvaret').waitFor();

    // Mentors log contacts too.
    await openTab(page, 'kontakter');
    await page.getByTestId('contact-add').waitFor();

    assert.deepEqual(errors, []);
    await context.close();
  });

  test('enrolling a citizen outside the target group asks for a reason, shown on the course; a second model at the same time is refused', async () => {
    const context = await browser.newContext();
    const { page, errors } = await login(context, 'jobformidler');
    // A citizen without a course who is outside the target group of one of the models.
    const list = await (await context.request.get(`${base}/api/citizens?mine=true&limit=200`)).json();
    let found: { id: string; modelId: string } | null = null;
    for (const c of list.items as { id: string }[]) {
      if (c.id === citizen?.id) continue;
      if ((await (await context.request.get(`${base}/api/citizens/${c.id}/courses`)).json()).courses.length) continue;
      for (const modelId of ['stv', 'social-stoette', 'bedre-ressourceforloeb']) {
        const eligibility = await (await context.request.get(`${base}/api/models/${modelId}/eligibility/${c.id}`)).json();
        if (eligibility.status === 'not_eligible') found = { id: c.id, modelId };
        if (found) break;
      }
      if (found) break;
    }
    assert.ok(found, 'a citizen without a course, outside a target group, in the demo');

    await page.goto(`${base}/borgere/${found.id}`);
    await openTab(page, 'forloeb');
    await page.getByTestId('enrol-open').click();
    await page.getByTestId('enrol-model').selectOption(found.modelId);
    await page.locator('[data-testid="eligibility"][data-status="not_eligible"]').waitFor();
    // The roles are the model's own, not the personal job broker.
    const roles = await page.getByTestId('enrol-staff-role').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    assert.ok(!roles.includes('job_broker'), `roles offered: ${roles.join(', ')}`);
    await page.getByTestId('enrol-form-submit').click();
    await page.getByTestId('error-summary').getByText('Vælg årsagen til, at borgeren indskrives uden for målgruppen.').waitFor();
    await page.getByTestId('enrol-reason-code').selectOption('register_data_outdated');
    await page.getByLabel('Beslutningen med dine ord').fill('Ydelsen er bevilget, men ikke registreret endnu.');
    await page.getByTestId('enrol-form-submit').click();
    await page.getByTestId('course-panel').waitFor();
    await page
      .getByTestId('course-enrolled')
      .getByText('Indskrevet uden for målgruppen: Registeroplysningerne er ikke opdaterede – Ydelsen er bevilget, men ikke registreret endnu.')
      .waitFor();

    // A course in another model at the same time: the form warns, and the server refuses naming the course.
    await page.getByTestId('enrol-open').click();
    await page.getByTestId('enrol-model').selectOption('flere-skal-med');
    await page.getByTestId('eligibility').waitFor();
    await page.getByTestId('enrol-parallel-refused').waitFor();
    if (await page.getByTestId('enrol-reason-code').count()) {
      await page.getByTestId('enrol-reason-code').selectOption('other');
      await page.getByLabel('Beslutningen med dine ord').fill('Afprøvning');
    }
    await page.getByTestId('enrol-form-submit').click();
    await page.getByTestId('error-summary').getByText(/Borgeren er i forløb i .*startet/).waitFor();
    const courses = (await (await context.request.get(`${base}/api/citizens/${found.id}/courses`)).json()).courses;
    assert.equal(courses.length, 1, 'no second course');

    // The administrator allows parallel courses (Administration, Indstillinger) ...
    const adminContext = await browser.newContext();
    const admin = await login(adminContext, 'admin');
    await admin.page.goto(`${base}/admin#indstillinger`);
    await admin.page.getByLabel('Tillad, at en borger er i forløb i to modeller samtidig').check();
    await admin.page.getByTestId('municipality-settings-save').click();
    await admin.page.getByText('Indstillingerne er gemt.').waitFor();
    await admin.page.getByText(/Sidst ændret af/).waitFor();
    assert.deepEqual(admin.errors, []);

    // ... then the second course is enrolled with the reason, which the course shows.
    await page.reload();
    await openTab(page, 'forloeb');
    await page.getByTestId('enrol-open').click();
    await page.getByTestId('enrol-model').selectOption('flere-skal-med');
    await page.getByTestId('eligibility').waitFor();
    assert.equal(await page.getByTestId('enrol-parallel-refused').count(), 0);
    if (await page.getByTestId('enrol-reason-code').count()) {
      await page.getByTestId('enrol-reason-code').selectOption('other');
      await page.getByLabel('Beslutningen med dine ord').fill('Afprøvning');
    }
    await page.getByLabel('Hvorfor skal borgeren være i to forløb samtidig?').fill('Overgang mellem to indsatser');
    await page.getByTestId('enrol-form-submit').click();
    await page.getByTestId('course-panel').waitFor();
    await page.getByTestId('course-enrolled').getByText('Samtidig med et forløb i en anden model: Overgang mellem to indsatser').waitFor();
    const reset = await adminContext.request.put(`${base}/api/municipality/settings`, { data: { allowParallelCourses: false } });
    assert.equal(reset.status(), 200);
    await adminContext.close();

    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a citizen in a company placement: Overblik shows it, the timeline has the company work', async () => {
    const context = await browser.newContext();
    const { page, errors } = await login(context, 'jobformidler');
    // A citizen on the job broker's caseload with a running placement (the demo has several).
    const list = await (await context.request.get(`${base}/api/citizens?mine=true&limit=200`)).json();
    let found: { citizenId: string; placement: { id: string; company: { name: string } } } | null = null;
    for (const c of list.items as { id: string }[]) {
      const { placements } = await (await context.request.get(`${base}/api/citizens/${c.id}/placements`)).json();
      const running = (placements as { id: string; running: boolean; company: { name: string } }[]).find((p) => p.running);
      if (running) {
        found = { citizenId: c.id, placement: running };
        break;
      }
    }
    assert.ok(found, 'a citizen with a running placement in the demo');

    await page.goto(`${base}/borgere/${found.citizenId}`);
    const card = page.getByTestId('overview-company');
    const item = card.locator(`[data-placement-id="${found.placement.id}"]`);
    await item.getByRole('link', { name: found.placement.company.name }).waitFor();
    await item.getByText('Seneste uge').waitFor();
    await item.getByText('Næste opfølgning').waitFor();
    assert.equal(await card.getByText('Ingen igangværende virksomhedsforløb').count(), 0);

    await page.locator('#timeline-kind').selectOption('placement');
    const items = page.getByTestId('timeline').locator('.records-timeline-item');
    await items.filter({ hasText: `Virksomhedsforløb startet: ${found.placement.company.name}` }).first().waitFor();
    assert.equal(await items.count(), await items.filter({ hasText: 'Virksomhedsforløb' }).count(), 'only placements after filtering');

    assert.deepEqual(errors, []);
    await context.close();
  });
});

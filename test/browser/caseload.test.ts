/**
 * Min sagsstamme and Teamoverblik in Chromium against the real server (demo
 * municipality on in-memory PGlite). The test enrols some of the demo job
 * broker's citizens in Flere skal med through the API (enrolled 90 days ago:
 * job goal and plan overdue; enrolled 3 days ago: only due), so it holds
 * whether or not the demo seed already has courses. A job broker sees the
 * rows and the worklist, filters to overdue and exports the CSV; a leader
 * lowers the municipality's caseload limit, sees the job broker exceed it in
 * the team overview and opens her caseload from there.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoPassword } from '../../src/seed/demo/index.ts';
import { browserSkip, startDemoServer, type DemoServer } from '../helpers/browser.ts';
import { daysAgo } from '../helpers/cases.ts';

const skip = browserSkip;

interface CaseloadRow {
  citizenId: string;
  citizenName: string;
  courseId: string;
  modelShortName: string;
  daysSinceLastContact: number | null;
  contactRule: { ruleId: string; maxDays: number; status: string } | null;
  overdue: number;
  due: number;
  items: { status: string; explanation: string }[];
}
interface CaseloadCheck {
  modelShortName: string;
  ruleId: string;
  max: number;
  status: 'within' | 'exceeded' | 'above_reference';
  reference: boolean;
}
interface CaseloadSummary {
  total: number;
  courses: number;
  byModel: { modelShortName: string; citizens: number }[];
  checks: CaseloadCheck[];
  limit: CaseloadCheck | null;
  status: 'within' | 'exceeded' | 'above_reference' | 'no_rule';
}

/** How the page shows a total against a limit or a reference value. */
function figuresOf(total: number, limit: CaseloadCheck): string {
  return limit.reference ? `${total} (referenceværdi ${limit.max}` : `${total} af højst ${limit.max}`;
}
interface TeamMember {
  staffId: string;
  name: string;
  activeCourses: number;
  caseload: CaseloadSummary;
  overdue: number;
  due: number;
}

describe('Min sagsstamme and Teamoverblik (Chromium, demo on PGlite)', { skip }, () => {
  let demo: DemoServer | undefined;
  let browser: Browser;
  let base: string;
  /** The citizens this test enrolled: long ago (overdue items) and just now (due items only). */
  const old: { id: string; name: string; courseId: string }[] = [];
  const recent: { id: string; name: string; courseId: string }[] = [];
  /** The demo job broker. */
  let broker: { id: string; name: string };

  before(async () => {
    demo = await startDemoServer();
    ({ browser, base } = demo);

    // Enrol eleven of the job broker's citizens without a Flere skal med course, through the API.
    const context = await browser.newContext();
    const login = await context.request.post(`${base}/api/auth/login`, { data: { username: 'jobformidler', password: demoPassword } });
    assert.equal(login.status(), 200);
    const user = (await login.json()).user as { id: string; displayName: string };
    broker = { id: user.id, name: user.displayName };
    const mine = await (await context.request.get(`${base}/api/citizens?mine=true&limit=200`)).json();
    for (const citizen of mine.items as { id: string; firstName: string; lastName: string }[]) {
      if (old.length + recent.length === 11) break;
      const isOld = old.length < 9;
      const date = daysAgo(isOld ? 90 : 3);
      // One course at a time: skip citizens with a course running on or after the date.
      const courses = await (await context.request.get(`${base}/api/citizens/${citizen.id}/courses`)).json();
      if ((courses.courses as { endDate: string | null }[]).some((c) => !c.endDate || c.endDate >= date)) continue;
      // Outside the target group an enrolment carries the reason.
      const eligibility = await (await context.request.get(`${base}/api/models/flere-skal-med/eligibility/${citizen.id}?asOf=${date}`)).json();
      const reason = eligibility.status === 'not_eligible' ? { ineligibleReasonCode: 'professional_assessment', ineligibleReasonText: 'Faglig vurdering i testen' } : {};
      const enrolled = await context.request.post(`${base}/api/citizens/${citizen.id}/courses`, { data: { modelId: 'flere-skal-med', enrolmentDate: date, ...reason } });
      assert.equal(enrolled.status(), 201, await enrolled.text());
      const course = await enrolled.json();
      const visited = await context.request.post(`${base}/api/courses/${course.id}/visitation`, { data: { version: course.version, group: '1', date } });
      assert.equal(visited.status(), 200, await visited.text());
      (isOld ? old : recent).push({ id: citizen.id, name: `${citizen.firstName} ${citizen.lastName}`, courseId: course.id });
    }
    assert.equal(recent.length, 2, 'the demo job broker has enough citizens to enrol');
    await context.close();
  });
  after(async () => {
    await demo?.close();
  });

  async function login(context: BrowserContext, username: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 401/.test(message.text())) errors.push(message.text());
    });
    await page.goto(`${base}/login`);
    await page.getByLabel('Brugernavn').fill(username);
    await page.getByLabel('Adgangskode').fill(demoPassword);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByTestId('current-user').waitFor();
    return { page, errors };
  }

  /** Every row's days since contact is the API's figure, flagged exactly when the API says the contact rule is overdue. */
  async function assertContactColumn(page: Page, rows: readonly CaseloadRow[]): Promise<void> {
    for (const row of rows) {
      const cell = page.locator(`[data-testid="caseload-row"][data-course-id="${row.courseId}"] [data-testid="caseload-contact"]`);
      if (row.daysSinceLastContact !== null) assert.equal((await cell.innerText()).trim().split(/\s/)[0], String(row.daysSinceLastContact));
      const flagged = ((await cell.getAttribute('class')) ?? '').includes('caseload-stale');
      assert.equal(flagged, row.contactRule?.status === 'overdue', `${row.citizenName} (${row.modelShortName}): contact flag`);
    }
  }

  test('a job broker sees her courses and worklist, filters to overdue and exports the shown rows as CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const { page, errors } = await login(context, 'jobformidler');
    const caseload = (await (await context.request.get(`${base}/api/caseload`)).json()) as { rows: CaseloadRow[] };
    const rows = page.getByTestId('caseload-row');

    await page.getByTestId('nav-sagsstamme').click();
    await page.getByTestId('caseload-table').waitFor();
    assert.equal(await page.getByTestId('caseload-heading').innerText(), 'Min sagsstamme');
    assert.equal(await rows.count(), caseload.rows.length);
    const courseRow = (courseId: string) => page.locator(`[data-testid="caseload-row"][data-course-id="${courseId}"]`);
    for (const citizen of [...old, ...recent]) {
      await courseRow(citizen.courseId).getByRole('link', { name: citizen.name }).waitFor();
    }
    // The caseload is the total of citizens the API counted, held against the limit it chose; each rule that applies is listed.
    const summary = ((await (await context.request.get(`${base}/api/worklist`)).json()) as { caseload: CaseloadSummary }).caseload;
    const total = page.getByTestId('caseload-checks').getByTestId('caseload-total');
    assert.equal(await total.getAttribute('data-status'), summary.status);
    if (summary.limit) await total.getByText(figuresOf(summary.total, summary.limit)).waitFor();
    // Flere skal med's 47 per personal job broker is an observed average (000 §5.2), shown as a reference value, not a limit.
    await page.getByTestId('caseload-checks').getByTestId('caseload-check').filter({ hasText: 'FSM' }).getByText('referenceværdi 47').first().waitFor();
    assert.equal(await page.getByTestId('caseload-checks').getByTestId('caseload-check').count(), summary.checks.length);
    await assertContactColumn(page, caseload.rows);

    // Most urgent first: no row has more overdue items than the one above it.
    const overdueColumn = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.children[11]?.textContent ?? '0')));
    assert.deepEqual(overdueColumn, [...overdueColumn].sort((a, b) => b - a));

    // A course's worklist items open under its row, by keyboard: overdue first, with status, date and explanation.
    const oldRow = courseRow(old[0]!.courseId);
    await oldRow.getByTestId('caseload-toggle').focus();
    await page.keyboard.press('Enter');
    assert.equal(await oldRow.getByTestId('caseload-toggle').getAttribute('aria-expanded'), 'true');
    const items = page.getByTestId('caseload-row-items').getByTestId('worklist-item');
    assert.ok((await items.count()) >= 2, 'job goal and plan are overdue (the citizen may have a CV already)');
    assert.equal(await items.first().getAttribute('data-status'), 'overdue');
    await page.getByTestId('caseload-row-items').getByText('Der mangler en plan.', { exact: false }).waitFor();
    await page.getByTestId('caseload-row-items').getByText('Forfalden').first().waitFor();

    // The worklist tab groups the items by citizen; a recent enrolment has only "Snart" items.
    await page.getByTestId('caseload-tab-worklist').click();
    const recentCitizen = page.getByTestId('worklist-citizen').filter({ hasText: recent[0]!.name });
    await recentCitizen.waitFor();
    const recentItems = recentCitizen.locator(`[data-testid="worklist-item"][data-course-id="${recent[0]!.courseId}"]`);
    assert.ok((await recentItems.count()) > 0);
    assert.equal(await recentItems.and(page.locator('[data-status="overdue"]')).count(), 0);
    await recentItems.getByText('Snart').first().waitFor();
    await page.getByTestId('caseload-tab-courses').click();

    // Only overdue: the recent enrolments drop out; the count says so.
    await page.getByTestId('caseload-filter-overdue').check();
    const overdueRows = caseload.rows.filter((row) => row.overdue > 0);
    await page.getByTestId('caseload-count').getByText(`Viser ${overdueRows.length} af ${caseload.rows.length} forløb`).waitFor();
    assert.equal(await rows.count(), overdueRows.length);
    for (const citizen of recent) assert.equal(await courseRow(citizen.courseId).count(), 0, `${citizen.name} has nothing overdue in FSM`);

    // CSV of exactly the rows shown, for Excel: BOM, ';', Danish headers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('caseload-export').click()]);
    assert.match(download.suggestedFilename(), /^sagsstamme-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    assert.equal(
      lines[0],
      'Borger;Alder;Model;Gruppe;Fase;Dage siden seneste kontakt;Seneste kontakt;CV;Jobmål;Plan;Aktuel placering;Løntimer, 4 uger;Forfaldne;Snart;Opgaver fra modellen',
    );
    assert.equal(lines.length - 1, overdueRows.length, 'one line per visible row');
    const exported = lines.slice(1).map((line) => line.split(';'));
    // A citizen can have courses in several models: one line per course.
    const fsmLine = (name: string) => exported.find((fields) => fields[0] === name && fields[2] === 'FSM');
    assert.equal(new Set(old.map((c) => c.name)).size, old.length, 'the enrolled citizens have different names');
    for (const citizen of old) {
      const fields = fsmLine(citizen.name);
      assert.ok(fields, `${citizen.name}'s FSM course is in the export`);
      const apiRow = caseload.rows.find((row) => row.courseId === citizen.courseId)!;
      assert.equal(fields[3], '1');
      assert.equal(fields[8], 'Nej', 'no job goal on the new course');
      assert.equal(fields[9], 'Nej', 'no plan on the new course');
      assert.equal(fields[12], String(apiRow.overdue));
      assert.match(fields.slice(14).join(';'), /Forfalden \d{2}\.\d{2}\.\d{4}: Der mangler en plan/);
    }
    for (const citizen of recent) assert.equal(fsmLine(citizen.name), undefined);

    // Sorting by citizen puts the names in Danish alphabetical order.
    await page.getByTestId('sort-citizen').click();
    const names = await rows.locator('th a').allInnerTexts();
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'da')));
    assert.equal(await page.locator('th[aria-sort="ascending"]').count(), 1);

    assert.deepEqual(errors, [], 'browser errors');
    await context.close();
  });

  test('the caseload page does not scroll sideways at 800 px: the wide table scrolls in its own box', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const { page, errors } = await login(context, 'jobformidler');
    const pageWidth = () => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    await page.goto(`${base}/sagsstamme`);
    await page.getByTestId('caseload-table').waitFor();
    const table = await pageWidth();
    assert.ok(table.scroll <= table.client, `the page is ${table.scroll} px wide in a ${table.client} px window`);
    const box = await page.locator('.caseload-scroll').first().evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    assert.ok(box.scroll > box.client, 'the table is wider than the window and scrolls in its box (else this test proves nothing)');
    await page.getByTestId('caseload-tab-worklist').click();
    await page.getByTestId('worklist').waitFor();
    const worklist = await pageWidth();
    assert.ok(worklist.scroll <= worklist.client, `the worklist page is ${worklist.scroll} px wide in a ${worklist.client} px window`);
    assert.deepEqual(errors, [], 'browser errors');
    await context.close();
  });

  test('a leader sees caseload against the rule per staff member and opens a colleague’s caseload', async () => {
    const context = await browser.newContext();
    const { page, errors } = await login(context, 'leder');
    // The municipality lowers the Flere skal med reference value to its minimum, 10: the job broker (11+ courses) is
    // above it, a warning, not an exceeded limit (an observed average, 000 §5.2).
    const override = await context.request.put(`${base}/api/models/flere-skal-med/rules/rammer.caseload/parameters/max`, {
      data: { value: 10, reason: 'Lavere grænse i forsøgsperioden' },
    });
    assert.equal(override.status(), 200, await override.text());
    // The CTI maximum is prescribed (002 §4.3.3); lowered to 1, a CTI worker with two or more citizens exceeds it.
    const ctiOverride = await context.request.put(`${base}/api/models/social-stoette/rules/ke5.caseload/parameters/max`, {
      data: { value: 1, reason: 'Afprøvning af grænsen' },
    });
    assert.equal(ctiOverride.status(), 200, await ctiOverride.text());
    const overview = (await (await context.request.get(`${base}/api/team-overview`)).json()) as { staff: TeamMember[] };

    await page.getByTestId('nav-team').click();
    await page.waitForURL('**/team');
    await page.getByTestId('team-table').waitFor();
    const rows = page.getByTestId('team-row');
    assert.equal(await rows.count(), overview.staff.length);

    // Every staff member's row shows what the API computed: courses, the total caseload against its limit, overdue and due.
    for (const staff of overview.staff) {
      const row = page.locator(`[data-testid="team-row"][data-staff-id="${staff.staffId}"]`);
      const cells = await row.locator('td').allInnerTexts();
      assert.equal(cells[2], String(staff.activeCourses), `${staff.name}: active courses`);
      assert.equal(cells[4], String(staff.overdue), `${staff.name}: overdue`);
      assert.equal(cells[5], String(staff.due), `${staff.name}: due`);
      const total = row.getByTestId('caseload-total');
      assert.equal(await total.getAttribute('data-status'), staff.caseload.status, `${staff.name}: caseload status`);
      if (staff.caseload.limit) await total.getByText(figuresOf(staff.caseload.total, staff.caseload.limit)).waitFor();
      if (staff.caseload.byModel.length > 1) {
        const split = staff.caseload.byModel.map((m) => `${m.modelShortName} ${m.citizens}`).join(' · ');
        assert.equal(await row.getByTestId('caseload-breakdown').innerText(), split, `${staff.name}: split per model`);
      }
    }

    const member = overview.staff.find((m) => m.staffId === broker.id)!;
    // The total counts every citizen of the job broker, in every model. The lowered FSM maximum is a reference
    // value (an observed average): the broker is above it, which warns and is no limit.
    assert.ok(member.caseload.total >= Math.max(...member.caseload.byModel.map((m) => m.citizens)));
    const fsm = member.caseload.checks.find((c) => c.ruleId === 'rammer.caseload')!;
    assert.equal(fsm.max, 10);
    assert.equal(fsm.reference, true);
    assert.equal(fsm.status, 'above_reference');
    const brokerRow = page.locator(`[data-testid="team-row"][data-staff-id="${broker.id}"]`);
    // The row says the worst of the rules that apply: over a reference value, or over a prescribed limit.
    await brokerRow.getByText(member.caseload.status === 'exceeded' ? 'Overskredet' : 'Over referenceværdien').first().waitFor();
    assert.notEqual(member.caseload.status, 'within');
    const cti = overview.staff.find((m) => m.caseload.checks.some((c) => c.ruleId === 'ke5.caseload' && c.status === 'exceeded'))!;
    assert.ok(cti, 'a CTI worker over the lowered CTI maximum');
    const ctiRow = page.locator(`[data-testid="team-row"][data-staff-id="${cti.staffId}"]`);
    await ctiRow.getByText('Overskredet').waitFor();
    await page.getByTestId('team-summary').getByText('over en sagsstammeregel').waitFor();

    // Only staff over a rule.
    await page.getByLabel('Kun medarbejdere over en sagsstammeregel').check();
    assert.equal(await rows.count(), overview.staff.filter((m) => m.caseload.status === 'exceeded').length);

    // From the team overview to the colleague's caseload, where the check shows the limit exceeded too.
    await ctiRow.getByTestId('team-caseload-link').click();
    await page.waitForURL(`**/sagsstamme?staff=${cti.staffId}`);
    await page.getByTestId('caseload-heading').getByText(`Sagsstamme: ${cti.name}`).waitFor();
    await page.getByTestId('caseload-table').waitFor();
    assert.equal(await page.getByTestId('caseload-row').count(), cti.activeCourses);
    await page.getByTestId('caseload-checks').getByText('Overskredet').first().waitFor();
    assert.equal(await page.getByTestId('caseload-staff').inputValue(), cti.staffId);

    // The municipality shortens the FSM contact interval to 7 days: the contact column flags what the rule now calls overdue.
    const contact = await context.request.put(`${base}/api/models/flere-skal-med/rules/ke2.contact/parameters/days`, {
      data: { value: 7, reason: 'Tættere kontakt i forsøget' },
    });
    assert.equal(contact.status(), 200, await contact.text());
    await page.goto(`${base}/sagsstamme?staff=${broker.id}`);
    await page.getByTestId('caseload-table').waitFor();
    const theirs = (await (await context.request.get(`${base}/api/caseload?staff=${broker.id}`)).json()) as { rows: CaseloadRow[] };
    assert.ok(
      theirs.rows.some((row) => row.contactRule?.maxDays === 7 && row.contactRule.status === 'overdue' && row.daysSinceLastContact !== null && row.daysSinceLastContact <= 42),
      'a contact within the default 42 days is overdue under the 7 days',
    );
    await assertContactColumn(page, theirs.rows);

    // Back to the leader's own (empty) caseload with the staff selector.
    await page.getByTestId('caseload-staff').selectOption('');
    await page.waitForURL(/\/sagsstamme$/);
    await page.getByTestId('caseload-heading').getByText('Min sagsstamme').waitFor();

    assert.deepEqual(errors, [], 'browser errors');
    await context.close();
  });
});

/**
 * Group activities (gruppeforløb) and moving a course, in Chromium against
 * the real server (demo municipality on in-memory PGlite): a manager creates
 * a group activity for the outreach office, signs a TRIN citizen up from the
 * course panel, finds them on the Gruppeforløb page and signs them off
 * there; then moves the course to a team, through a stale-version conflict.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoPassword } from '../../src/seed/demo/index.ts';
import { browserSkip, startDemoServer, type DemoServer } from '../helpers/browser.ts';

const skip = browserSkip;

const outreachName = 'Jobcenter Nord – Udkørende kontor, Solbakken';
const teamName = 'Team Ressource og Rehabilitering';
const activityName = 'Jobklub i beboerhuset';
const staleText = 'Forløbet er ændret af en anden i mellemtiden. Genindlæs og prøv igen.';

/** 'YYYY-MM-DD' in local time, `offset` days from today (the browser runs on the same machine). */
function localDay(offset = 0): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

const danish = (iso: string) => iso.split('-').reverse().join('.');

interface Unit {
  id: string;
  name: string;
  kind: string;
}
interface Activity {
  id: string;
  name: string;
  unitId: string;
  participants: { courseId: string; citizenId: string; citizenName: string; joinedOn: string; leftOn: string | null }[];
}

describe('group activities and moving a course (Chromium, demo on PGlite)', { skip }, () => {
  let demo: DemoServer | undefined;
  let browser: Browser;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  let units: Unit[];
  /** A TRIN citizen at the outreach office with that one active course, enrolled before today. */
  let trin: { citizenId: string; name: string; courseId: string };

  before(async () => {
    demo = await startDemoServer();
    ({ browser, base } = demo);
    context = await browser.newContext();
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // 401 before login, and the 400 and 409 provoked on purpose, are logged by Chromium as resource errors.
      if (message.type() === 'error' && !/status of (400|401|409)/.test(message.text())) errors.push(message.text());
    });
    await page.goto(`${base}/login`);
    await page.getByLabel('Brugernavn').fill('leder');
    await page.getByLabel('Adgangskode').fill(demoPassword);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByTestId('current-user').waitFor();

    units = ((await (await context.request.get(`${base}/api/units`)).json()) as { units: Unit[] }).units;
    const outreach = units.find((u) => u.name === outreachName);
    assert.ok(outreach, 'the demo has the outreach office');
    const list = (await (await context.request.get(`${base}/api/citizens?unitId=${outreach.id}&limit=200`)).json()) as {
      items: { id: string; firstName: string; lastName: string }[];
    };
    for (const c of list.items) {
      const { courses } = (await (await context.request.get(`${base}/api/citizens/${c.id}/courses`)).json()) as {
        courses: { id: string; modelId: string; endDate: string | null; enrolmentDate: string }[];
      };
      const [only] = courses;
      if (courses.length === 1 && only && only.modelId === 'trin-model' && !only.endDate && only.enrolmentDate < localDay()) {
        trin = { citizenId: c.id, name: `${c.firstName} ${c.lastName}`, courseId: only.id };
        break;
      }
    }
    assert.ok(trin, 'the demo has a TRIN citizen with one active course');
  });
  after(async () => {
    await context?.close();
    await demo?.close();
  });

  async function activities(): Promise<Activity[]> {
    return ((await (await context.request.get(`${base}/api/group-activities`)).json()) as { activities: Activity[] }).activities;
  }

  test('a manager creates a group activity for the outreach office; missing fields are named under each field', async () => {
    await page.getByTestId('nav-gruppeforloeb').click();
    await page.waitForURL('**/gruppeforloeb');
    await page.getByRole('heading', { level: 1, name: 'Gruppeforløb' }).waitFor();
    // The demo's activities at the outreach office are listed with their participants.
    await page.getByTestId('group-activity').first().waitFor();

    await page.getByTestId('create-activity-open').click();
    const form = page.getByTestId('create-activity-form');
    await page.getByTestId('create-activity-form-submit').click();
    const summary = form.getByTestId('error-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /Vælg den enhed, der holder gruppeforløbet\./);
    assert.match(await summary.innerText(), /Giv gruppeforløbet et navn\./);
    await form.locator('#create-activity-form-name-error').getByText('Giv gruppeforløbet et navn.').waitFor();

    await page.getByTestId('create-activity-unit').selectOption({ label: outreachName });
    await form.getByLabel('Navn').fill(activityName);
    await form.getByLabel('Beskrivelse').fill('Ugentlig jobklub med CV-hjælp og besøg fra lokale virksomheder.');
    await form.getByLabel('Startdato').fill(localDay());
    await form.getByLabel('Slutdato').fill(localDay(-1));
    await page.getByTestId('create-activity-form-submit').click();
    await form.locator('#create-activity-form-endDate-error').getByText('Slutdatoen kan ikke ligge før startdatoen.').waitFor();

    await form.getByLabel('Slutdato').fill(localDay(90));
    await page.getByTestId('create-activity-form-submit').click();
    await page.getByTestId('group-activities-notice').getByText(`Gruppeforløbet ${activityName} er oprettet.`).waitFor();
    const card = page.getByTestId('group-activity').filter({ hasText: activityName });
    await card.getByText('Ingen borgere er tilmeldt endnu.').waitFor();

    const created = (await activities()).find((a) => a.name === activityName);
    assert.ok(created, 'the activity is stored');
    assert.equal(created.unitId, units.find((u) => u.name === outreachName)?.id);
  });

  test('the manager signs the TRIN citizen up from the course panel; a day before the start is refused with the reason', async () => {
    await page.goto(`${base}/borgere/${trin.citizenId}#forloeb`);
    const section = page.getByTestId('course-groups');
    await section.waitFor();
    await section.getByTestId('join-activity-open').click();
    const form = page.getByTestId('join-activity-form');
    const select = page.getByTestId('join-activity-select');
    const value = await select.locator('option', { hasText: activityName }).getAttribute('value');
    assert.ok(value);
    await select.selectOption(value);
    await form.getByText(`Gruppeforløbet løber ${danish(localDay())} – ${danish(localDay(90))}.`).waitFor();

    // The API's field error lands under the date and in the summary; the choice is kept.
    await form.getByLabel('Tilmeldingsdato').fill(localDay(-1));
    await page.getByTestId('join-activity-form-submit').click();
    await form.locator('#join-activity-form-joinedOn-error').getByText(/Gruppeforløbet starter først/).waitFor();
    await form.getByTestId('error-summary').getByText(/Gruppeforløbet starter først/).waitFor();
    assert.equal(await select.inputValue(), value);

    await form.getByLabel('Tilmeldingsdato').fill(localDay());
    await page.getByTestId('join-activity-form-submit').click();
    await section.getByTestId('course-groups-saved').getByText(`Borgeren er tilmeldt ${activityName}.`).waitFor();
    const row = section.getByTestId('course-group-row').filter({ hasText: activityName });
    await row.getByText('Deltager').waitFor();

    const stored = (await activities()).find((a) => a.name === activityName);
    assert.deepEqual(
      stored?.participants.map((p) => [p.courseId, p.joinedOn, p.leftOn]),
      [[trin.courseId, localDay(), null]],
    );
  });

  test('the citizen is on the Gruppeforløb page and is signed off there', async () => {
    await page.getByTestId('nav-gruppeforloeb').click();
    await page.waitForURL('**/gruppeforloeb');
    const card = page.getByTestId('group-activity').filter({ hasText: activityName });
    const participant = card.getByTestId('group-participant').filter({ hasText: trin.name });
    await participant.waitFor();
    assert.equal(await participant.getByRole('link', { name: trin.name }).getAttribute('href'), `/borgere/${trin.citizenId}#forloeb`);
    assert.match(await card.innerText(), /1 deltager nu · 1 i alt/);

    await participant.getByTestId('leave-activity-open').click();
    const leave = participant.getByTestId('leave-activity-form');
    assert.equal(await leave.getByLabel(/Afmeldingsdato/).inputValue(), localDay());
    await leave.getByTestId('leave-activity-form-submit').click();
    await page.getByTestId('group-activities-notice').getByText(`${trin.name} er afmeldt ${activityName} pr. ${danish(localDay())}.`).waitFor();
    // Columns: citizen (row header), joined, left.
    await participant.locator('td').nth(1).getByText(danish(localDay()), { exact: true }).waitFor();
    assert.match(await card.innerText(), /0 deltager nu · 1 i alt/);

    const stored = (await activities()).find((a) => a.name === activityName);
    assert.equal(stored?.participants[0]?.leftOn, localDay());

    // The name leads back to the citizen's courses, where the sign-off shows.
    await participant.getByRole('link', { name: trin.name }).click();
    await page.waitForURL(`**/borgere/${trin.citizenId}#forloeb`);
    const row = page.getByTestId('course-group-row').filter({ hasText: activityName });
    await row.getByTestId('rejoin-activity').waitFor();
  });

  test('the manager moves the course to a team; a stale version keeps the choice until reloaded', async () => {
    const panel = page.getByTestId('course-panel');
    await panel.waitFor();
    await page.getByTestId('course-action-move').click();
    const form = page.getByTestId('move-form');
    await form.getByText(`Forløbet hører i dag til ${outreachName}.`).waitFor();
    // The current unit is not offered; the municipality and the job centre cannot hold the course here.
    const offered = await page.getByTestId('move-unit').locator('option').allInnerTexts();
    assert.ok(!offered.includes(outreachName) && offered.includes(teamName) && !offered.includes('Fjordby Kommune'), offered.join(', '));

    // Someone else saves the course meanwhile.
    const before = (await (await context.request.get(`${base}/api/courses/${trin.courseId}`)).json()) as { version: number };
    const other = await context.request.patch(`${base}/api/courses/${trin.courseId}`, { data: { version: before.version, housingArea: 'Solbakken' } });
    assert.equal(other.status(), 200);

    const team = units.find((u) => u.name === teamName);
    assert.ok(team);
    await page.getByTestId('move-unit').selectOption(team.id);
    await page.getByTestId('move-form-submit').click();
    await form.getByTestId('course-stale').getByText(staleText).waitFor();
    assert.equal(await page.getByTestId('move-unit').inputValue(), team.id);

    await form.getByRole('button', { name: 'Genindlæs forløbet' }).click();
    await page.getByTestId('move-form-submit').click();
    await panel.getByTestId('course-saved').getByText(`Forløbet er flyttet til ${teamName} fra i dag.`).waitFor();
    await panel.getByTestId('course-facts').getByText(teamName).waitFor();

    const moved = (await (await context.request.get(`${base}/api/courses/${trin.courseId}`)).json()) as { unitId: string; unitName: string };
    assert.equal(moved.unitId, team.id);
    // The participation at the outreach office stays on the course after the move, with its unit named.
    await page.getByTestId('course-group-row').filter({ hasText: activityName }).getByText(outreachName).waitFor();
    assert.deepEqual(errors, []);
  });
});

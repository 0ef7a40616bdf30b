/**
 * Fidelitet in Chromium against the real server (issue 12, "Done when"): the
 * demo municipality on PGlite. A leder starts a round for a model and Team
 * Job og Virksomhed with three respondents; a jobformidler sees the
 * reminder on the start page and is not offered the Fidelitet page; the
 * three demo staff answer in the browser (anonymously: the thank-you says
 * role and unit only); the leder closes the round, opens Resultater, and the
 * element table shows the share agreeing as the API computes it, the change
 * colours and the behavioural fidelity column beside the survey.
 *
 * The tests named "(mocked API)" answer /api/fidelity/* with fixed bodies
 * shaped by the schemas, for what the demo cannot show on demand: every
 * colour, a suppressed cell, a 'sum' scale's totals, the empty state, a
 * server validation error on the form, the English wording.
 *
 * Screenshots go to SCREENSHOT_DIR (as fidelity-*.png) when it is set. No
 * timing assertions: generous waits on visible elements only.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, Page, Route } from 'playwright-core';
import type { FidelityReport, Heatmap, InstrumentSummary, Invitation, OutcomeScatter, Questionnaire, RoundSummary, Trend } from '../../src/server/routes/fidelity/schemas.ts';
import { browserSkip, loginInNewContext, startDemoServer, type DemoServer, type LoggedIn } from '../helpers/browser.ts';

const skip = browserSkip;
const shots = process.env['SCREENSHOT_DIR'];
const wait = { timeout: 120_000 };
const team = 'Team Job og Virksomhed';
/** The three demo logins of Team Job og Virksomhed (src/seed/demo/organisation.ts) with their display names. */
const respondents = [
  { username: 'jobformidler', name: 'Mette Holm' },
  { username: 'virksomhedskonsulent', name: 'Jonas Kjær' },
  { username: 'mentor', name: 'Amina Yusuf' },
] as const;
const roundName = `Browsertest ${Date.now().toString(36)}`;

/** Browser errors other than the 401 of GET /api/me on the login page (before anyone is logged in). */
function pageErrors(errors: readonly string[], allowed: readonly string[] = []): string[] {
  return errors.filter((e) => !e.includes('status of 401') && !allowed.some((a) => e.includes(a)));
}

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: `${shots}/fidelity-${name}.png`, fullPage: true });
}

/** '72,5 %' as the page writes a share (web/src/components/fidelity/format.ts). */
function percentDa(value: number): string {
  return `${new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} %`;
}

describe('Fidelitet in Chromium (demo municipality on PGlite)', { skip }, () => {
  let demo: DemoServer | undefined;
  let browser: Browser;
  let base: string;
  let leder: LoggedIn | undefined;
  let model = '';

  before(async () => {
    demo = await startDemoServer();
    ({ browser, base } = demo);
    if (shots) mkdirSync(shots, { recursive: true });
  });
  after(async () => {
    await leder?.context.close();
    await demo?.close();
  });

  const login = (username: string, prepare?: (page: Page) => Promise<unknown>): Promise<LoggedIn> =>
    loginInNewContext(browser, base, username, { context: { viewport: { width: 1280, height: 900 }, acceptDownloads: true }, prepare });

  test('a leder starts a round for a model and a team with three respondents', async () => {
    leder = await login('leder');
    const { page, context } = leder;
    // The leder's start page reminds of the demo's open round, which invites them too (src/seed/demo/fidelity.ts).
    await page.waitForURL('**/sagsstamme');
    await page.getByTestId('fid-reminder').getByTestId('fid-answer-link').first().waitFor(wait);
    await page.getByTestId('nav-fidelitet').click();
    await page.waitForURL('**/fidelitet');
    await page.getByRole('heading', { level: 1, name: 'Fidelitet' }).waitFor();
    // A model with an instrument that the three demo roles answer.
    const instruments = (await (await context.request.get(`${base}/api/fidelity/instruments`)).json()) as { instruments: InstrumentSummary[] };
    const usable = instruments.instruments.find((i) => i.modelId && ['jobformidler', 'virksomhedskonsulent', 'mentor'].every((r) => i.respondentRoles.includes(r as never)));
    assert.ok(usable?.modelId, 'a built-in instrument that jobformidler, virksomhedskonsulent and mentor answer');
    model = usable.modelId;
    await page.getByTestId('fid-pick-model').selectOption(model);
    await page.getByTestId('fid-tab-runder').click();
    await page.getByTestId('fid-new-open').click();
    const form = page.getByTestId('fid-new-form');
    await form.waitFor();
    await page.getByTestId('fid-new-instrument').selectOption(`${usable.id}@${usable.version}`);
    await page.getByTestId('fid-new-wave').selectOption('named');
    await page.getByTestId('fid-new-name').fill(roundName);
    // Nothing chosen yet: the server's or the page's message per field, in the error summary.
    await page.getByTestId('fid-new-submit').click();
    await page.getByTestId('error-summary').getByText('Vælg mindst én enhed.').waitFor();
    await form.getByLabel(team).check();
    for (const r of respondents) await page.getByRole('checkbox', { name: r.name, exact: true }).check();
    await page.getByTestId('fid-invited-count').getByText('3 af').waitFor();
    // The role select offers only the roles the instrument asks of that person.
    const roleSelect = page.getByLabel(`Rolle for ${respondents[0].name}`);
    assert.equal(await roleSelect.inputValue(), 'jobformidler');
    await shot(page, 'new-round');
    await page.getByTestId('fid-new-submit').click();
    await page.getByTestId('fid-rounds-message').getByText(`Runden ${roundName} er startet, og 3 er inviteret.`).waitFor(wait);
    const row = page.getByTestId('fid-round-row').filter({ hasText: roundName });
    await row.getByTestId('fid-round-status').getByText('Åben').waitFor();
    assert.equal((await row.getByTestId('fid-round-answered').textContent())?.trim(), '0 af 3');
    await shot(page, 'rounds');
  });

  test('a jobformidler sees the reminder on the start page and is not offered the Fidelitet page', async () => {
    const { page, context, errors } = await login('jobformidler');
    try {
      await page.waitForURL('**/sagsstamme');
      const reminder = page.getByTestId('fid-reminder');
      await reminder.waitFor(wait);
      await reminder.getByRole('link', { name: `Besvar ${roundName}` }).waitFor();
      assert.equal(await page.getByTestId('nav-fidelitet').count(), 0);
      await page.goto(`${base}/fidelitet`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.notEqual(await page.getByRole('heading', { level: 1 }).textContent(), 'Fidelitet');
      assert.equal((await context.request.get(`${base}/api/fidelity/rounds`)).status(), 403);
      await page.goto(`${base}/sagsstamme`);
      await page.getByTestId('fid-reminder').waitFor(wait);
      await shot(page, 'reminder');
      assert.deepEqual(pageErrors(errors, ['status of 403']), []);
    } finally {
      await context.close();
    }
  });

  test('three staff answer the questionnaire in the browser; the answer is anonymous', async () => {
    for (const [index, r] of respondents.entries()) {
      const { page, context, errors } = await login(r.username);
      try {
        await page.getByTestId('fid-reminder').getByRole('link', { name: `Besvar ${roundName}` }).click();
        const form = page.getByTestId('fid-questionnaire');
        await form.waitFor(wait);
        const items = form.getByTestId('fid-item');
        const count = await items.count();
        assert.ok(count > 0, 'the questionnaire has items');
        // Sending with items left: the summary names how many and links to the first.
        await page.getByTestId('fid-answer-submit').click();
        const summary = page.getByTestId('error-summary');
        await summary.getByText(`Du mangler at svare på ${count} udsagn.`, { exact: false }).waitFor();
        await summary.getByRole('link').click();
        const firstId = await items.first().locator('fieldset').getAttribute('id');
        assert.equal(await page.evaluate(() => document.activeElement?.id), firstId);
        if (index === 0) await shot(page, 'questionnaire-missing');
        // Answers differ by person: the first agrees most, the last least; one "Ved ikke" where offered.
        for (let i = 0; i < count; i++) {
          const radios = items.nth(i).locator('input[type="radio"]');
          const options = await radios.count();
          const labels = await items.nth(i).locator('.form-group-radio label').allTextContents();
          const scalePoints = labels.filter((l) => l !== 'Ved ikke').length;
          const pick = i === 0 && labels.includes('Ved ikke') && index === 1 ? options - 1 : Math.max(0, scalePoints - 1 - ((i + index) % scalePoints));
          await radios.nth(pick).check();
        }
        await page.getByTestId('fid-answered-count').getByText(`${count} af ${count} udsagn besvaret`).waitFor();
        await page.getByTestId('fid-answer-submit').click();
        const thanks = page.getByTestId('fid-thanks');
        await thanks.waitFor(wait);
        await thanks.getByText(`Svaret er anonymt: det er gemt med rollen`, { exact: false }).waitFor();
        await thanks.getByText(team, { exact: false }).waitFor();
        assert.ok(!(await thanks.textContent())?.includes(r.name), 'the thank-you does not name the respondent');
        if (index === 0) await shot(page, 'thanks');
        // The invitation is spent: the reminder no longer offers it.
        await page.getByTestId('fid-back-to-list').click();
        await page.getByRole('heading', { level: 1, name: 'Spørgeskemaer' }).waitFor();
        assert.equal(await page.getByRole('link', { name: `Besvar ${roundName}` }).count(), 0);
        assert.deepEqual(pageErrors(errors), [], `browser errors for ${r.username}`);
      } finally {
        await context.close();
      }
    }
  });

  test('the leder closes the round and the element table shows shares, colours and behaviour beside them', async () => {
    assert.ok(leder, 'the first test logged the leder in');
    const { page, context, errors } = leder;
    await page.reload();
    const row = page.getByTestId('fid-round-row').filter({ hasText: roundName });
    await row.waitFor(wait);
    assert.equal((await row.getByTestId('fid-round-answered').textContent())?.trim(), '3 af 3');
    await row.getByTestId('fid-close-round').click();
    await row.getByTestId('fid-close-confirm').click();
    await page.getByTestId('fid-rounds-message').waitFor(wait);
    await shot(page, 'closed');
    assert.equal((await page.getByTestId('fid-rounds-message').textContent())?.trim(), `Runden ${roundName} er lukket.`);
    await row.getByTestId('fid-round-status').getByText('Lukket').waitFor();

    await page.getByTestId('fid-tab-resultater').click();
    const table = page.getByTestId('fid-element-table');
    await table.first().waitFor(wait);
    await page.getByTestId('fid-heatmap').waitFor(wait);
    await page.getByTestId('fid-trend').waitFor(wait);
    await shot(page, 'results');
    // The table against the API's own report for the same model.
    const report = (await (await context.request.get(`${base}/api/fidelity/report?model=${model}`)).json()) as FidelityReport;
    const roundIndex = report.rounds.findIndex((r) => r.name === roundName);
    assert.ok(roundIndex >= 0, 'the new round is one of the report\'s rounds');
    assert.equal(report.rounds[roundIndex]?.respondents, 3);
    const total = report.groups[0];
    assert.ok(total && !total.suppressed);
    const rows = table.first().getByTestId('fid-element-row');
    assert.equal(await rows.count(), report.sections.length);
    for (const [s, section] of report.sections.entries()) {
      const cells = rows.nth(s).getByTestId('fid-survey');
      const figure: FidelityReport['groups'][number]['figures'][number][number] | undefined = total.figures[s]?.[roundIndex];
      assert.ok(figure);
      const shown = (await cells.nth(roundIndex).textContent())?.trim();
      assert.equal(shown, figure.shareAgreeing === null ? 'ingen svar' : percentDa(figure.shareAgreeing), `section ${section.id}`);
      // A round still open shows no survey figure, and says why.
      for (const [r, shownRound] of report.rounds.entries()) {
        if (shownRound.status !== 'closed') assert.equal((await cells.nth(r).textContent())?.trim(), 'åben', `open round ${shownRound.name}`);
      }
      // The behavioural column beside every survey figure.
      assert.equal(await rows.nth(s).getByTestId('fid-behaviour').count(), report.rounds.length);
    }
    // Every change the API coloured is shown with its colour class and its colour's name.
    const coloured = total.changes.flat().filter((c) => c !== null);
    assert.ok(coloured.length > 0, 'the report has changes between rounds');
    for (const colour of ['green', 'yellow', 'red'] as const) {
      const expected = coloured.filter((c) => c.colour === colour).length;
      assert.equal(await table.first().locator(`[data-testid="fid-survey-change"].fid-change-${colour}`).count(), expected, `${colour} cells`);
    }
    const legend = page.getByTestId('fid-legend');
    await legend.getByText('grøn: mere end +5 procentpoint').waitFor();
    await legend.getByText('gul: fra −5 til +5 procentpoint').waitFor();
    await legend.getByText('rød: mere end 5 procentpoint fald').waitFor();
    await page.getByTestId('fid-cell-rule').getByText('Mindste cellestørrelse er 3 svar.', { exact: false }).waitFor();
    // The breakdowns by role and by unit.
    await page.getByTestId('fid-by-role').click();
    await page.waitForURL('**by=role**');
    await page.getByTestId('fid-element-table').first().waitFor(wait);
    assert.equal(await page.getByTestId('fid-behaviour').count(), 0, 'no behaviour by role');
    await shot(page, 'results-by-role');
    await page.getByTestId('fid-by-unit').click();
    await page.waitForURL('**by=unit**');
    await page.getByTestId('fid-element-table').first().waitFor(wait);
    // The downloads answer with files.
    for (const format of ['xlsx', 'pdf'] as const) {
      const href = await page.getByTestId(`fid-download-${format}`).getAttribute('href');
      assert.ok(href);
      const response = await context.request.get(`${base}${href}`);
      assert.equal(response.status(), 200, `${format} download`);
      assert.match(response.headers()['content-disposition'] ?? '', /attachment/);
    }
    assert.deepEqual(pageErrors(errors), []);
  });
});

// ---- Mocked API ------------------------------------------------------------

const roundA = '11111111-1111-4111-8111-111111111111';
const roundB = '22222222-2222-4222-8222-222222222222';
const roundC = '33333333-3333-4333-8333-333333333333';
const unitN = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const unitS = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

function round(id: string, name: string, wave: RoundSummary['wave'], opensOn: string, status: RoundSummary['status']): RoundSummary {
  return {
    id,
    name,
    wave,
    modelId: 'bedre-ressourceforloeb',
    instrumentId: 'brf-fidelity',
    instrumentVersion: '1.0.0',
    opensOn,
    closesOn: status === 'open' ? null : opensOn.replace(/-\d\d$/, '-28'),
    closedOn: status === 'closed' ? opensOn.replace(/-\d\d$/, '-28') : null,
    status,
    origin: 'app',
    units: [
      { id: unitN, name: 'Team Nord' },
      { id: unitS, name: 'Team Syd' },
    ],
    invited: 12,
    answered: status === 'open' ? 4 : 11,
    imported: 0,
    createdBy: 'Birgitte Lund',
  };
}

const mockRounds = [round(roundA, 'Start 2025', 'baseline', '2025-01-06', 'closed'), round(roundB, 'Slut 2025', 'end', '2025-11-03', 'closed'), round(roundC, 'Midtvej 2026', 'midway', '2026-05-04', 'open')];

const sections: FidelityReport['sections'] = [
  { id: '1a', title: { da: 'Tværfaglig koordinering', en: 'Cross-disciplinary coordination' }, coreElementId: '1A', source: { seed: '003', section: '3.1' } },
  { id: '2a', title: { da: 'Fast koordinerende sagsbehandler', en: 'One coordinating caseworker' }, coreElementId: '2A', source: { seed: '003', section: '3.1' } },
  { id: '2d', title: { da: 'Opfølgning i virksomheden', en: 'Follow-up in the company' }, coreElementId: '2D', source: { seed: '003', section: '3.1' } },
  { id: '3a', title: { da: 'Fælles plan med borgeren', en: 'A shared plan with the citizen' }, coreElementId: '3B', source: { seed: '003', section: '3.1' } },
];

const fig = (share: number | null, n: number | null = 11): FidelityReport['groups'][number]['figures'][number][number] =>
  share === null ? { respondents: null, shareAgreeing: null, mean: null, suppressed: true } : { respondents: n, shareAgreeing: share, mean: 3.4, suppressed: false };

function mockReport(by: FidelityReport['by']): FidelityReport {
  const rounds = mockRounds.slice(0, 2).map((r) => ({ id: r.id, name: r.name, wave: r.wave, opensOn: r.opensOn, closedOn: r.closedOn, status: r.status, respondents: 11 }));
  const total: FidelityReport['groups'][number] = {
    key: 'total',
    label: 'I alt',
    suppressed: false,
    figures: [[fig(50), fig(62.5)], [fig(70), fig(75)], [fig(80), fig(60)], [fig(40), fig(45)]],
    changes: [[{ points: 12.5, colour: 'green' }], [{ points: 5, colour: 'yellow' }], [{ points: -20, colour: 'red' }], [{ points: 5, colour: 'yellow' }]],
    totals: null,
  };
  const groups: FidelityReport['groups'] =
    by === 'total'
      ? [total]
      : by === 'role'
        ? [
            { ...total, key: 'jobformidler', label: 'Jobformidler' },
            { key: 'mentor', label: 'Mentor', suppressed: true, figures: sections.map(() => [fig(null), fig(null)]), changes: sections.map(() => [null]), totals: null },
          ]
        : [
            { ...total, key: unitN, label: 'Team Nord', figures: [[fig(50, 6), fig(null)], [fig(70, 6), fig(80, 6)], [fig(80, 6), fig(60, 6)], [fig(40, 6), fig(45, 6)]], changes: [[null], [{ points: 10, colour: 'green' }], [{ points: -20, colour: 'red' }], [{ points: 5, colour: 'yellow' }]] },
          ];
  const behaviour: FidelityReport['behaviour'] =
    by === 'role'
      ? []
      : groups.flatMap((g) =>
          ['1A', '2A', '2D'].map((ce, i) => ({
            groupKey: g.key,
            coreElementId: ce,
            points: [
              { coreElementId: ce, asOf: '2025-01-28', met: 10 + i, checks: 20, percent: ((10 + i) / 20) * 100 },
              { coreElementId: ce, asOf: '2025-11-28', met: 16 - i * 4, checks: 20, percent: ((16 - i * 4) / 20) * 100 },
            ],
            changes: [{ points: ((16 - i * 4) / 20) * 100 - ((10 + i) / 20) * 100, colour: (i === 0 ? 'green' : i === 1 ? 'yellow' : 'red') as 'green' }],
          })),
        );
  return {
    model: { id: 'bedre-ressourceforloeb', name: { da: 'Bedre Ressourceforløb', en: 'Better Resource Courses' } },
    instrument: { id: 'brf-fidelity', version: '1.0.0', name: { da: 'BRF-fidelitet', en: 'BRF fidelity' }, scoring: 'share_agreeing' },
    colourRule: { greenAbove: 5, redBelow: -5, source: { seed: '003', section: '3.1' } },
    minCellSize: 3,
    by,
    rounds,
    sections,
    groups,
    behaviour,
  };
}

const mockHeatmap: Heatmap = {
  round: { id: roundB, name: 'Slut 2025', closedOn: '2025-11-28' },
  minCellSize: 3,
  sections: sections.map(({ id, title, coreElementId }) => ({ id, title, coreElementId })),
  units: [
    { id: unitN, name: 'Team Nord', suppressed: false, survey: [55, 80, 60, 45], behaviour: [80, 60, 40, null] },
    { id: unitS, name: 'Team Syd', suppressed: false, survey: [70, 70, 60, 45], behaviour: [75, 55, 45, null] },
  ],
};

const mockTrend: Trend = {
  rounds: mockRounds.slice(0, 2).map((r, i) => ({ id: r.id, name: r.name, date: r.closedOn ?? r.opensOn, sections: sections.map((s, j) => ({ sectionId: s.id, shareAgreeing: [50, 70, 80, 40][j]! + i * [12.5, 5, -20, 5][j]! })) })),
  behaviour: ['1A', '2A', '2D'].map((ce, i) => ({
    coreElementId: ce,
    title: sections[i]!.title,
    points: Array.from({ length: 12 }, (_, m) => ({ month: `2025-${String(m + 1).padStart(2, '0')}`, percent: 40 + i * 10 + m * 2, checks: 20 })),
  })),
};

const mockOutcome: OutcomeScatter = {
  measure: { id: 'result-target', name: { da: 'Resultatmål', en: 'Result target' }, unit: 'percent', month: '2025-10' },
  measures: [
    { id: 'result-target', name: { da: 'Resultatmål', en: 'Result target' } },
    { id: 'ordinary-hours', name: { da: 'Ordinære timer', en: 'Ordinary hours' } },
  ],
  points: [
    { unitId: unitN, unitName: 'Team Nord', survey: 60, behaviour: 55, outcome: 22 },
    { unitId: unitS, unitName: 'Team Syd', survey: 61, behaviour: 60, outcome: 25 },
  ],
  correlation: { survey: { r: 0.42, n: 2 }, behaviour: { r: null, n: 2 } },
};

const mockInstrument: InstrumentSummary = {
  id: 'brf-fidelity',
  version: '1.0.0',
  name: { da: 'BRF-fidelitet', en: 'BRF fidelity' },
  modelId: 'bedre-ressourceforloeb',
  builtin: true,
  scoring: 'share_agreeing',
  sections: 4,
  items: 8,
  respondentRoles: ['leder', 'jobformidler', 'mentor'],
  loadedAt: '2025-01-01T00:00:00Z',
};

const mockInvitation: Invitation = {
  id: '44444444-4444-4444-8444-444444444444',
  roundId: roundC,
  roundName: 'Midtvej 2026',
  modelId: 'bedre-ressourceforloeb',
  instrumentName: { da: 'BRF-fidelitet', en: 'BRF fidelity' },
  role: 'jobformidler',
  unitName: 'Team Nord',
  closesOn: null,
};

const mockQuestionnaire: Questionnaire = {
  invitation: mockInvitation,
  instructions: 'Tænk på de seneste tre måneder, når du svarer.',
  scales: [
    {
      id: 'agree5',
      kind: 'likert',
      allowDontKnow: true,
      points: ['Helt uenig', 'Delvis uenig', 'Hverken enig eller uenig', 'Delvis enig', 'Helt enig'].map((da, i) => ({ value: i + 1, label: { da, en: da } })),
    },
  ],
  sections: sections.slice(0, 2).map((s) => ({
    id: s.id,
    title: s.title,
    items: [1, 2].map((n) => ({ id: `${s.id}.${n}`, statement: `Udsagn ${n} om ${s.title.da.toLowerCase()}.`, statementEn: null, scale: 'agree5' })),
  })),
};

/** Answers /api/fidelity/* (and nothing else) with the fixtures; `empty` shows a model without rounds. */
async function mockFidelity(page: Page, options: { empty?: boolean; rejectRound?: boolean } = {}): Promise<void> {
  await page.route('**/api/fidelity/**', async (route: Route) => {
    const url = new URL(route.request().url());
    const path = url.pathname.replace('/api/fidelity', '');
    const json = (body: unknown, status = 200) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
    if (path === '/rounds' && route.request().method() === 'GET') return json({ rounds: options.empty ? [] : mockRounds });
    if (path === '/rounds' && route.request().method() === 'POST')
      return json({ error: { code: 'validation', message: 'Ugyldige data i anmodningen.', fields: { 'respondents.0.staffId': 'Medarbejderen hører ikke til de valgte enheder.', closesOn: 'Lukkedatoen skal ligge efter åbningsdatoen.' } } }, 400);
    if (path === '/instruments') return json({ instruments: [mockInstrument] });
    if (path === '/candidates') return json({ candidates: [{ staffId: '55555555-5555-4555-8555-555555555555', displayName: 'Mette Holm', unitId: unitN, unitName: 'Team Nord', roles: ['jobformidler'] }] });
    if (path === '/report') return json(mockReport((url.searchParams.get('by') as FidelityReport['by'] | null) ?? 'total'));
    if (path === '/heatmap') return json(mockHeatmap);
    if (path === '/trend') return json(mockTrend);
    if (path === '/outcome') return json(mockOutcome);
    if (path === '/invitations') return json({ invitations: [mockInvitation] });
    if (path === `/invitations/${mockInvitation.id}`) return json(mockQuestionnaire);
    if (path === `/invitations/${mockInvitation.id}/response`) return route.fulfill({ status: 204, body: '' });
    return json({ error: { code: 'not_found', message: 'Ikke fundet' } }, 404);
  });
}

describe('Fidelitet in Chromium (mocked API)', { skip }, () => {
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

  const login = (username: string, options: { empty?: boolean } = {}) =>
    loginInNewContext(browser, base, username, { context: { viewport: { width: 1280, height: 900 } }, prepare: (page) => mockFidelity(page, options) });

  test('every colour has its class and its name, a suppressed cell says so, behaviour sits beside the survey (mocked API)', async () => {
    const { page, context, errors } = await login('leder');
    try {
      await page.goto(`${base}/fidelitet?model=bedre-ressourceforloeb`);
      const table = page.getByTestId('fid-element-table');
      await table.waitFor(wait);
      const changes = table.getByTestId('fid-survey-change');
      assert.deepEqual(await changes.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-colour'))), ['green', 'yellow', 'red', 'yellow']);
      assert.deepEqual((await changes.allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim()), ['+12,5 pp grøn', '+5,0 pp gul', '−20,0 pp rød', '+5,0 pp gul']);
      const first = table.getByTestId('fid-element-row').first();
      assert.deepEqual((await first.getByTestId('fid-survey').allTextContents()).map((s) => s.trim()), ['50,0 %', '62,5 %']);
      assert.deepEqual((await first.getByTestId('fid-behaviour').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim()), ['50,0 % (10/20)', '80,0 % (16/20)']);
      assert.equal(await first.getByTestId('fid-behaviour').first().getAttribute('title'), '10 af 20 opfyldt pr. 28.01.2025');
      assert.equal(await first.locator('[data-testid="fid-behaviour-change"].fid-change-green').count(), 1);
      // 3a has no behavioural measure: a dash, not a zero.
      assert.deepEqual((await table.getByTestId('fid-element-row').last().getByTestId('fid-behaviour').allTextContents()).map((s) => s.trim()), ['–', '–']);
      await page.getByTestId('fid-outcome').waitFor(wait);
      await page.getByTestId('fid-correlation').getByText('Spørgeskema: r = 0,42 (n = 2 enheder)').waitFor();
      await page.getByTestId('fid-correlation').getByText('Adfærd: r = – (n = 2 enheder)').waitFor();
      await page.getByTestId('fid-heatmap').waitFor(wait);
      await shot(page, 'mock-results');

      await page.getByTestId('fid-by-unit').click();
      await page.getByTestId('fid-element-table').first().getByText('Team Nord: andel enige pr. kerneelement').waitFor(wait);
      const suppressed = page.getByTestId('fid-element-row').first().getByTestId('fid-survey').nth(1);
      assert.equal((await suppressed.textContent())?.trim(), 'skjult');
      assert.match((await suppressed.getAttribute('title')) ?? '', /færre end 3 svar/);
      await page.getByTestId('fid-by-role').click();
      await page.getByTestId('fid-group-suppressed').waitFor(wait);
      assert.equal(await page.getByTestId('fid-behaviour').count(), 0);
      await shot(page, 'mock-by-role');

      // English.
      await page.getByTestId('lang-en').click();
      await page.getByTestId('fid-by-total').click();
      await page.getByTestId('fid-legend').getByText('green: more than +5 percentage points').waitFor();
      assert.deepEqual((await page.getByTestId('fid-survey-change').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim())[0], '+12.5 pp green');
      await page.getByTestId('lang-da').click();
      assert.deepEqual(pageErrors(errors), []);
    } finally {
      await context.close();
    }
  });

  test('the server’s validation messages are shown per field and in the summary (mocked API)', async () => {
    const { page, context } = await login('leder');
    try {
      await page.goto(`${base}/fidelitet?model=bedre-ressourceforloeb&tab=runder`);
      await page.getByTestId('fid-rounds').waitFor(wait);
      assert.equal(await page.getByTestId('fid-close-round').count(), 1, 'only the open round can be closed');
      await page.getByTestId('fid-new-open').click();
      await page.getByTestId('fid-new-form').getByLabel('Team Job og Virksomhed').check();
      await page.getByTestId('fid-invite-all').click();
      await page.getByTestId('fid-invited-count').getByText('1 af 1 inviteret').waitFor();
      assert.equal(await page.getByRole('checkbox', { name: 'Mette Holm', exact: true }).isChecked(), true);
      await page.getByTestId('fid-new-submit').click();
      const summary = page.getByTestId('error-summary');
      await summary.getByText('Lukkedatoen skal ligge efter åbningsdatoen.').waitFor(wait);
      await summary.getByText('Medarbejderen hører ikke til de valgte enheder.').waitFor();
      await page.locator('#fid-new-closesOn-error').getByText('Lukkedatoen skal ligge efter åbningsdatoen.').waitFor();
      await page.locator('#fid-new-respondents-error').getByText('Medarbejderen hører ikke til de valgte enheder.').waitFor();
      await shot(page, 'mock-form-errors');
    } finally {
      await context.close();
    }
  });

  test('without rounds the results say how to start one (mocked API)', async () => {
    const { page, context } = await login('leder', { empty: true });
    try {
      await page.goto(`${base}/fidelitet?model=bedre-ressourceforloeb`);
      await page.getByTestId('fid-results-empty').getByText('Der er ingen runder for modellen endnu.', { exact: false }).waitFor(wait);
      await page.getByTestId('fid-results-empty').getByRole('button', { name: 'Gå til Runder' }).click();
      await page.getByTestId('fid-rounds-empty').waitFor();
    } finally {
      await context.close();
    }
  });

  test('a questionnaire: the scale’s labels, "Ved ikke", the missing items, the thank-you (mocked API)', async () => {
    const { page, context, errors } = await login('jobformidler');
    try {
      await page.getByTestId('fid-reminder').getByText('Du har et spørgeskema om fidelitet').waitFor(wait);
      await shot(page, 'mock-reminder');
      await page.getByTestId('fid-answer-link').click();
      const items = page.getByTestId('fid-item');
      await items.first().waitFor(wait);
      assert.deepEqual(await items.first().locator('.form-group-radio label').allTextContents(), ['Helt uenig', 'Delvis uenig', 'Hverken enig eller uenig', 'Delvis enig', 'Helt enig', 'Ved ikke']);
      await items.nth(0).getByLabel('Helt enig').check();
      await page.getByTestId('fid-answer-submit').click();
      await page.getByTestId('error-summary').getByText('Du mangler at svare på 3 udsagn. Det første: "Udsagn 2 om tværfaglig koordinering."').waitFor();
      assert.equal(await page.locator('.form-error-message').count(), 3);
      await shot(page, 'mock-questionnaire');
      let sent: unknown = null;
      page.on('request', (request) => {
        if (request.url().endsWith('/response')) sent = request.postDataJSON();
      });
      await items.nth(1).getByLabel('Ved ikke').check();
      await items.nth(2).getByLabel('Delvis uenig').check();
      await items.nth(3).getByLabel('Hverken enig eller uenig').check();
      await page.getByTestId('fid-answer-submit').click();
      await page.getByTestId('fid-thanks').getByText('Svaret er anonymt: det er gemt med rollen Jobformidler og enheden Team Nord', { exact: false }).waitFor(wait);
      assert.deepEqual(sent, { answers: [{ item: '1a.1', value: 5 }, { item: '1a.2', value: null }, { item: '2a.1', value: 2 }, { item: '2a.2', value: 3 }] });
      assert.deepEqual(pageErrors(errors), []);
    } finally {
      await context.close();
    }
  });
});

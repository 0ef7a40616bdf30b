/**
 * "Importér svar" on Fidelitet > Runder in Chromium against the real server
 * (the demo municipality on PGlite): a leder opens the import panel for a
 * closed demo round, sees the expected header built from the round's
 * instrument, checks a file with one bad row (the report names its line and
 * field, "Importér" stays disabled and nothing is stored), then checks a
 * clean file and imports it, and the rounds table counts the new imported
 * answers.
 *
 * The panel with the report is saved as fidelity-import.png (and the clean
 * check as fidelity-import-clean.png) in SCREENSHOT_DIR when it is set. No
 * timing assertions: generous waits on visible elements only.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { RoundSummary } from '../../src/server/routes/fidelity/schemas.ts';
import { browserSkip, loginInNewContext, startDemoServer, type DemoServer } from '../helpers/browser.ts';

const shots = process.env['SCREENSHOT_DIR'];
const wait = { timeout: 120_000 };

interface Definition {
  respondentRoles: string[];
  scales: { id: string; points: { value: number }[] }[];
  sections: { items: { id: string; scale: string; roles?: string[] }[] }[];
}

/** A CSV field, quoted when it holds a separator or a quote (unit names may hold commas). */
function cell(value: string): string {
  return /[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV row for a role: the highest value of each item's scale where the role is asked, else empty. */
function row(definition: Definition, role: string, unit: string): string {
  const top = new Map(definition.scales.map((s) => [s.id, s.points[s.points.length - 1]!.value]));
  const cells = definition.sections.flatMap((s) => s.items.map((i) => (!i.roles || i.roles.includes(role) ? String(top.get(i.scale)) : '')));
  return [role, cell(unit), ...cells].join(',');
}

function header(definition: Definition): string {
  return ['role', 'unit', ...definition.sections.flatMap((s) => s.items.map((i) => i.id))].join(',');
}

async function upload(page: Page, name: string, csv: string): Promise<void> {
  await page.getByTestId('fid-import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
}

describe('Importér svar on Fidelitet in Chromium (demo municipality on PGlite)', { skip: browserSkip }, () => {
  let demo: DemoServer | undefined;

  before(async () => {
    demo = await startDemoServer();
    if (shots) mkdirSync(shots, { recursive: true });
  });
  after(async () => {
    await demo?.close();
  });

  test('a leder imports paper answers into a closed round: a bad row is reported by line and field and nothing is stored; a clean file is checked, imported and counted', async () => {
    const { browser, base } = demo!;
    const { page, context, errors } = await loginInNewContext(browser, base, 'leder', { context: { viewport: { width: 1280, height: 900 }, acceptDownloads: true } });
    try {
      const roundsOf = async (): Promise<RoundSummary[]> => ((await (await context.request.get(`${base}/api/fidelity/rounds`)).json()) as { rounds: RoundSummary[] }).rounds;
      const round = (await roundsOf()).find((r) => r.status === 'closed' && r.modelId && r.units.length > 0);
      assert.ok(round?.modelId, 'the leder sees a closed demo round of a model');
      const definition = (await (await context.request.get(`${base}/api/fidelity/instruments/${round.instrumentId}/${round.instrumentVersion}`)).json()) as Definition;
      const unit = round.units[0]!.name;
      const [roleA, roleB] = [definition.respondentRoles[0]!, definition.respondentRoles[1] ?? definition.respondentRoles[0]!];

      await page.getByTestId('nav-fidelitet').click();
      await page.waitForURL('**/fidelitet');
      await page.getByTestId('fid-pick-model').selectOption(round.modelId);
      await page.getByTestId('fid-tab-runder').click();
      const tableRow = page.locator(`[data-testid="fid-round-row"][data-round="${round.id}"]`);
      await tableRow.waitFor(wait);
      await tableRow.getByTestId('fid-import-open').click();
      const panel = page.getByTestId('fid-import');
      await panel.waitFor();
      // The expected header comes from the round's instrument, and the template link is a file made in the browser.
      await panel.getByTestId('fid-import-header').getByText(header(definition), { exact: true }).waitFor(wait);
      const download = await Promise.all([page.waitForEvent('download'), panel.getByTestId('fid-import-template').click()]).then(([d]) => d);
      assert.match(download.suggestedFilename(), /^svar-.*\.csv$/);
      const template = await download.createReadStream().then(async (stream) => {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8');
      });
      assert.equal(template.trim(), header(definition));
      assert.equal(await panel.getByTestId('fid-import-submit').isDisabled(), true, 'nothing to import before a check');

      // One good row and one with a role the instrument does not have (line 3).
      await upload(page, 'papir-fejl.csv', [header(definition), row(definition, roleA, unit), row(definition, 'kok', unit)].join('\n') + '\n');
      await panel.getByTestId('fid-import-check').click();
      const report = panel.getByTestId('fid-import-report');
      await report.waitFor(wait);
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H3', 'focus moves to the report');
      assert.equal((await report.getByTestId('fid-import-counts').textContent())?.trim(), 'Rækker læst: 2. Godkendt: 1. Afvist: 1.');
      const rejected = report.getByTestId('fid-import-rejected-row');
      assert.equal(await rejected.count(), 1);
      const cells = (await rejected.first().locator('td').allTextContents()).map((c) => c.trim());
      assert.deepEqual(cells.slice(0, 2), ['3', 'role']);
      assert.ok(cells[2]!.length > 0, 'the row has a reason');
      await report.getByText('Intet er gemt.', { exact: false }).waitFor();
      assert.equal(await panel.getByTestId('fid-import-submit').isDisabled(), true, 'no import after a check with errors');
      if (shots) await panel.screenshot({ path: `${shots}/fidelity-import.png` });
      const afterBad = (await roundsOf()).find((r) => r.id === round.id)!;
      assert.deepEqual([afterBad.answered, afterBad.imported], [round.answered, round.imported], 'nothing stored');

      // A clean file: checked, then imported.
      await upload(page, 'papir.csv', [header(definition), row(definition, roleA, unit), row(definition, roleB, unit)].join('\n') + '\n');
      assert.equal(await report.count(), 0, 'a new file clears the old report');
      await panel.getByTestId('fid-import-check').click();
      await panel.getByTestId('fid-import-clean').getByText('Filen er i orden. 2 svar kan importeres.').waitFor(wait);
      assert.equal(await panel.getByTestId('fid-import-rejected').count(), 0);
      if (shots) await panel.screenshot({ path: `${shots}/fidelity-import-clean.png` });
      await panel.getByTestId('fid-import-submit').click();
      await page.getByTestId('fid-rounds-message').getByText(`2 svar er importeret til ${round.name}.`).waitFor(wait);
      assert.equal(await panel.count(), 0, 'the panel closes after the import');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'fid-import-open', "focus goes back to the round's import button");
      await tableRow.getByTestId('fid-round-answered').getByText(`+ ${round.imported + 2} importerede svar`).waitFor(wait);
      if (shots) await page.screenshot({ path: `${shots}/fidelity-import-rounds.png`, fullPage: true });
      const stored = (await roundsOf()).find((r) => r.id === round.id)!;
      assert.deepEqual([stored.answered, stored.imported], [round.answered + 2, round.imported + 2]);
      assert.deepEqual(errors.filter((e) => !e.includes('status of 401')), []);
    } finally {
      await context.close();
    }
  });
});

/**
 * `jobspor fidelity report` on an embedded database with the report
 * fixture: the JSON report as the API gives it, the XLSX and PDF files, the
 * unit filter refused on a suppressed unit, and bad options named.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runMain } from './helpers/cli.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildFixture } from './helpers/fixtures.ts';
import { buildFidelityReportFixture, FIDELITY_MODEL, type FidelityReportFixture } from './helpers/fidelity-report-fixture.ts';
import { fidelityReport } from '../src/server/routes/fidelity/schemas.ts';

let dir = '';
let data: FidelityReportFixture;
let municipality = '';
let staffIds: string[] = [];
const saved = { ...process.env };
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-cli-fidelity-'));
  process.env.JOBSPOR_DATA_DIR = join(dir, 'data');
  delete process.env.DATABASE_URL;
  delete process.env.JOBSPOR_FIDELITY_MIN_CELL;
  const handle = await openDatabase({ dataDir: process.env.JOBSPOR_DATA_DIR });
  try {
    await migrate(handle.db);
    const fixture = await buildFixture(handle.db);
    municipality = fixture.municipalityId;
    staffIds = Object.values(fixture.staff).map((s) => s.id);
    data = await buildFidelityReportFixture(handle.db, fixture);
  } finally {
    await handle.close();
  }
});
after(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

test('fidelity report prints the element table as JSON, with colours and suppressed cells', async () => {
  const total = await runMain('fidelity', 'report', '--model', FIDELITY_MODEL);
  assert.equal(total.code, 0, total.text);
  const report = fidelityReport.parse(JSON.parse(total.text));
  assert.deepEqual(report.groups[0]!.changes.map((c) => c[0]?.colour), ['yellow', 'green', 'red']);
  const byUnit = await runMain('fidelity', 'report', '--model', FIDELITY_MODEL, '--by', 'unit', '--municipality', municipality, '--rounds', `${data.rounds.r1},${data.rounds.r2}`);
  assert.equal(byUnit.code, 0, byUnit.text);
  const units = fidelityReport.parse(JSON.parse(byUnit.text));
  const teamD = units.groups.find((g) => g.key === data.units.D)!;
  assert.equal(teamD.figures[0]![0]!.suppressed, true);
  for (const id of staffIds) assert.ok(!byUnit.text.includes(id), 'no staff id in the report');
});

test('fidelity report writes XLSX and PDF files', async () => {
  const xlsxFile = join(dir, 'f.xlsx');
  const xlsx = await runMain('fidelity', 'report', '--model', FIDELITY_MODEL, '--format', 'xlsx', '--out', xlsxFile);
  assert.equal(xlsx.code, 0, xlsx.text);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxFile);
  assert.deepEqual(workbook.worksheets.map((w) => w.name), ['I alt', 'Roller', 'Enheder', 'Definitioner']);
  assert.equal(workbook.getWorksheet('I alt')!.getRow(2).getCell(5).value, 50);
  const pdfFile = join(dir, 'f.pdf');
  const pdf = await runMain('fidelity', 'report', '--model', FIDELITY_MODEL, '--by', 'role', '--format', 'pdf', '--out', pdfFile);
  assert.equal(pdf.code, 0, pdf.text);
  assert.equal(readFileSync(pdfFile).subarray(0, 5).toString(), '%PDF-');
});

test('fidelity report refuses a suppressed unit and bad options, naming them', async () => {
  const suppressed = await runMain('fidelity', 'report', '--model', FIDELITY_MODEL, '--unit', data.units.D);
  assert.equal(suppressed.code, 1);
  assert.match(suppressed.text, /--unit: .*skjult/);
  assert.match((await runMain('fidelity', 'report', '--model', 'nope')).text, /--model: unknown model/);
  assert.match((await runMain('fidelity', 'report', '--model', FIDELITY_MODEL, '--by', 'team')).text, /--by/);
  assert.match((await runMain('fidelity', 'report', '--model', FIDELITY_MODEL, '--format', 'pdf')).text, /needs --out/);
  assert.match((await runMain('fidelity', 'report', '--model', FIDELITY_MODEL, '--rounds', 'x')).text, /--rounds/);
  assert.match((await runMain('fidelity', 'report', '--model', 'stv')).text, /no survey rounds/);
  assert.equal((await runMain('fidelity', 'report')).code, 2);
});

/**
 * `jobspor monitoring recompute` and `jobspor report` on an embedded database
 * with the monitoring fixture: stored figures, then the report as JSON, CSV,
 * XLSX and PDF files; bad options are refused naming the option.
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
import { buildMonitoringFixture, FSM } from './helpers/monitoring-fixture.ts';
import { report } from '../src/server/routes/monitoring/schemas.ts';

let dir = '';
const saved = { ...process.env };
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-cli-report-'));
  process.env.JOBSPOR_DATA_DIR = join(dir, 'data');
  delete process.env.DATABASE_URL;
  const handle = await openDatabase({ dataDir: process.env.JOBSPOR_DATA_DIR });
  try {
    await migrate(handle.db);
    await buildMonitoringFixture(handle.db, await buildFixture(handle.db));
  } finally {
    await handle.close();
  }
});
after(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

test('monitoring recompute stores the closed months; a second run changes nothing', async () => {
  const first = await runMain('monitoring', 'recompute', '--model', FSM);
  assert.equal(first.code, 0, first.text);
  assert.match(first.text, /Stored figures for 2018-01 to \d{4}-\d{2} \(\d+ person-enrolments\): [1-9]\d* new or corrected, 0 superseded, 0 unchanged/);
  const second = await runMain('monitoring', 'recompute', '--model', FSM);
  assert.match(second.text, / 0 new or corrected, 0 superseded, [1-9]\d* unchanged/);
  assert.equal((await runMain('monitoring', 'recompute', '--model', 'nope')).code, 1);
});

test('report prints JSON and CSV, and writes XLSX and PDF files', async () => {
  const json = await runMain('report', '--month', '2018-12', '--unit', 'municipality:101', '--model', FSM);
  assert.equal(json.code, 0, json.text);
  const parsed = report.parse(JSON.parse(json.text));
  assert.equal(parsed.unit.name, 'København');
  const csv = await runMain('report', '--month', '2018-12', '--unit', 'country', '--model', FSM, '--format', 'csv');
  assert.match(csv.text, /^\uFEFFMål-id;Mål;Måleenhed;Måned;Tæller;Nævner;Værdi;Version;Klynge;Hele landet/);
  const xlsxFile = join(dir, 'r.xlsx');
  const xlsx = await runMain('report', '--month', '2018-12', '--unit', 'country', '--model', FSM, '--format', 'xlsx', '--out', xlsxFile);
  assert.equal(xlsx.code, 0, xlsx.text);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxFile);
  assert.equal(typeof workbook.getWorksheet('Tal')!.getRow(2).getCell(5).value, 'number');
  const pdfFile = join(dir, 'r.pdf');
  assert.equal((await runMain('report', '--month', '2018-12', '--unit', 'country', '--model', FSM, '--format', 'pdf', '--out', pdfFile)).code, 0);
  assert.equal(readFileSync(pdfFile).subarray(0, 5).toString(), '%PDF-');
});

test('report refuses bad options, naming them', async () => {
  const month = await runMain('report', '--month', '2018-13', '--unit', 'country', '--model', FSM);
  assert.equal(month.code, 1);
  assert.match(month.text, /--month/);
  assert.match((await runMain('report', '--month', '2018-12', '--unit', 'team:x', '--model', FSM)).text, /--unit/);
  assert.match((await runMain('report', '--month', '2018-12', '--unit', 'municipality:555', '--model', FSM)).text, /--unit: no unit/);
  assert.match((await runMain('report', '--month', '2018-12', '--unit', 'country', '--model', FSM, '--format', 'pdf')).text, /needs --out/);
  assert.equal((await runMain('report', '--month', '2018-12')).code, 2);
});

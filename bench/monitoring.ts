/**
 * Benchmark (not a test) of the monitoring, issue 11 §5: a synthetic
 * register (domain/registers/synth.ts; default 100,000 persons × 5 years
 * across the 98 municipalities) is written as CSV, imported
 * (store/registers/import.ts), all figures of all models, units and closed
 * months recomputed (store/monitoring/recompute.ts), one month's report built
 * per unit, and the main KPI, the share with ordinary hours per municipality
 * per month of Flere skal med's group 1, computed twice: by our engine over
 * the loaded person-periods, and by a plain DuckDB SQL query over the same
 * CSV files. The two must agree cell by cell; the ratio of their times is
 * printed.
 *
 * Goals (issue §5): full recompute under 30 s, ratio to DuckDB under 2,
 * report p95 under 200 ms.
 *
 * Database: a fresh on-disk PGlite in a temporary directory by default; with
 * DATABASE_URL a fresh PostgreSQL database created beside it (and dropped
 * afterwards).
 *
 * Run: node --import tsx bench/monitoring.ts [--persons N] [--years Y]
 *   [--municipalities M] [--seed S] [--end-month YYYY-MM] [--dir DIR]
 *   [--skip-recompute]
 * (--dir reuses/keeps the CSV files there; a small trial: --persons 2000.)
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { computeFigures } from '../src/domain/monitoring/engine.ts';
import { measures } from '../src/domain/monitoring/measures.ts';
import { fsmVisitationWindows } from '../src/domain/monitoring/visitation-selection.ts';
import { parseMonthKey } from '../src/domain/registers/synth-calendar.ts';
import { importRegisterFile, type RegisterKind } from '../src/store/registers/import.ts';
import { unitsOfFor } from '../src/store/monitoring/membership.ts';
import { personPeriodBatches } from '../src/store/monitoring/person-periods.ts';
import { recomputeFigures } from '../src/store/monitoring/recompute.ts';
import { buildReport } from '../src/store/monitoring/report.ts';
import { COUNTRY, loadUnitDirectory, municipalityKey } from '../src/store/monitoring/units.ts';
import { writeSyntheticRegister } from '../src/seed/register-files.ts';

const { values: args } = parseArgs({
  options: {
    persons: { type: 'string', default: '100000' },
    years: { type: 'string', default: '5' },
    municipalities: { type: 'string', default: '98' },
    seed: { type: 'string', default: '1' },
    'end-month': { type: 'string', default: '2019-12' },
    dir: { type: 'string' },
    'skip-recompute': { type: 'boolean', default: false },
  },
});
const persons = Number(args.persons);
const years = Number(args.years);
const municipalities = Number(args.municipalities);
const seed = Number(args.seed);
const endMonth = args['end-month']!;
const [endYear, endMon] = parseMonthKey(endMonth);
/** The day after the extract: its last month is the last closed month. */
const asOf = endMon === 12 ? `${endYear + 1}-01-01` : `${endYear}-${String(endMon + 1).padStart(2, '0')}-01`;
const lastDay = new Date(Date.UTC(endYear, endMon, 0)).toISOString().slice(0, 10);
const firstMonth = endYear * 12 + endMon - 1 - (years * 12 - 1);
const firstMonthKey = `${Math.floor(firstMonth / 12)}-${String((firstMonth % 12) + 1).padStart(2, '0')}`;

const FSM_MODEL = 'flere-skal-med';
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const fmt = (n: number) => Math.round(n).toLocaleString('en');
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

// 1. The CSV files.
const dir = args.dir ?? mkdtempSync(join(tmpdir(), 'jobspor-bench-register-'));
if (!existsSync(join(dir, 'visitations.csv'))) {
  const t0 = performance.now();
  let lastTenth = -1;
  const summary = await writeSyntheticRegister(dir, { persons, years, municipalities, seed, endMonth }, (p) => {
    const tenth = Math.floor((p.persons / persons) * 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      process.stderr.write(`  writing ${tenth * 10} %\n`);
    }
  });
  const files = Object.entries(summary.files).map(([k, f]) => `${k} ${fmt(f.rows)} rows`).join(', ');
  say(`synthetic register: ${fmt(persons)} persons × ${years} years to ${endMonth}, ${municipalities} municipalities, seed ${seed}: ${files}; written in ${s(performance.now() - t0)}`);
} else {
  say(`synthetic register: reusing the files in ${dir}`);
}

// 2. A fresh database.
let database: DatabaseHandle;
let dispose: () => Promise<void>;
const baseUrl = process.env.DATABASE_URL;
if (baseUrl) {
  const name = `jobspor_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  database = await openDatabase({ url: url.toString() });
  dispose = async () => {
    await database.close();
    const cleanup = new pg.Client({ connectionString: baseUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  };
} else {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobspor-bench-pglite-'));
  database = await openDatabase({ dataDir });
  dispose = async () => {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
const db = database.db;
say(`database: ${database.kind}`);

try {
  await migrate(db);

  // 3. Import.
  const secret = randomBytes(32);
  let totalRows = 0;
  const importStart = performance.now();
  for (const kind of ['persons', 'benefit_weeks', 'hours_monthly', 'visitations'] as RegisterKind[]) {
    const t0 = performance.now();
    let phase = '';
    const outcome = await importRegisterFile(db, join(dir, `${kind}.csv`), {
      kind,
      fileName: `${kind}.csv`,
      actor: { staffId: null, label: 'bench' },
      secret,
      onProgress: (p) => {
        if (p.phase !== phase) {
          phase = p.phase;
          process.stderr.write(`  ${kind}: ${p.phase} from ${s(performance.now() - t0)}\n`);
        }
      },
    });
    if (outcome.importId === null) throw new Error(`${kind} rejected: ${JSON.stringify(outcome.report.problems)}`);
    const ms = performance.now() - t0;
    totalRows += outcome.report.rowsKept;
    say(`import ${kind}: ${fmt(outcome.report.rowsKept)} rows in ${s(ms)} = ${fmt(outcome.report.rowsKept / (ms / 1000))} rows/s`);
  }
  const importMs = performance.now() - importStart;
  say(`import total: ${fmt(totalRows)} rows in ${s(importMs)} = ${fmt(totalRows / (importMs / 1000))} rows/s; peak RSS so far ${mb(process.resourceUsage().maxRSS)}`);

  // 4. Full recompute: every model, unit and closed month.
  if (!args['skip-recompute']) {
    const t0 = performance.now();
    const summary = await recomputeFigures(db, { actor: { staffId: null, label: 'bench' }, asOf, onProgress: (line) => process.stderr.write(`  ${line}\n`) });
    const ms = performance.now() - t0;
    say(
      `full recompute: ${s(ms)} (goal < 30 s): ${summary.months?.from}..${summary.months?.to}, ${fmt(summary.persons)} person-enrolments, ` +
        `${fmt(summary.inserted)} figures stored; peak RSS ${mb(process.resourceUsage().maxRSS)}`,
    );

    // 5. One month's report per unit (Flere skal med, the last month).
    const directory = await loadUnitDirectory(db);
    const units = [COUNTRY, ...(await db.selectFrom('municipality').select('code').orderBy('code').execute()).map((m) => municipalityKey(m.code))];
    const present = new Set((await db.selectFrom('register_person').select('municipality').distinct().execute()).map((r) => r.municipality));
    const times: number[] = [];
    for (const unit of units.filter((u) => u === COUNTRY || present.has(u.slice('municipality:'.length)))) {
      const t = performance.now();
      await buildReport(db, directory, { model: FSM_MODEL, unit, month: endMonth, asOf });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    say(`report ${endMonth} per unit (${times.length} units): p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms (goal < 200 ms), max ${times.at(-1)!.toFixed(0)} ms`);
  } else {
    say('full recompute: skipped (--skip-recompute)');
  }

  // 6. The main KPI by our engine: share with ordinary hours > 0, FSM group 1, per municipality and month.
  const measure = measures.find((m) => m.id === 'ordinary-hours.month')!;
  const months = Array.from({ length: years * 12 }, (_, i) => firstMonth + i);
  const directory = await loadUnitDirectory(db);
  const t1 = performance.now();
  const ours = new Map<string, { numerator: number; denominator: number }>();
  let enrolled = 0;
  for await (const batch of personPeriodBatches(db, { model: FSM_MODEL, asOf: lastDay, directory })) {
    enrolled += batch.length;
    const table = computeFigures(batch, { model: FSM_MODEL, measures: [measure], months, unitsOf: unitsOfFor(directory) });
    for (const [, unit, month, cell] of table.entries()) {
      if (!unit.startsWith('municipality:')) continue;
      const key = `${unit.slice('municipality:'.length)}|${month}`;
      const seen = ours.get(key) ?? { numerator: 0, denominator: 0 };
      seen.numerator += cell.numerator;
      seen.denominator += cell.denominator;
      ours.set(key, seen);
    }
  }
  const oursMs = performance.now() - t1;
  say(`main KPI by Jobspor (load person-periods + engine, ${fmt(enrolled)} FSM persons, ${months.length} months): ${s(oursMs)}`);

  // 7. The same KPI by DuckDB over the CSV files.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const csv = (file: string) => `read_csv('${join(dir, file).replace(/'/g, "''")}', header = true, all_varchar = true)`;
  const w1 = fsmVisitationWindows.first;
  const w2 = fsmVisitationWindows.second;
  // The engine's Flere skal med enrolments (visitation-selection.ts enrolmentsFromVisitations) in SQL: inside
  // 000 Bilag 1's windows the one row selectFsmVisitation picks (window 1's row unless it is group 6, then
  // window 2's, else window 1's); outside them one enrolment per start date (longest time to the end, then
  // group 1, 2, 3, 6). In month m the enrolment with the latest start counts, if its group is 1.
  const query = `
    WITH v AS (
      SELECT person, "group" AS grp, CAST(start_date AS DATE) AS s, CAST(NULLIF(end_date, '') AS DATE) AS e
      FROM ${csv('visitations.csv')} WHERE model = 'flere-skal-med' AND CAST(start_date AS DATE) <= DATE '${lastDay}'
    ), valid AS (SELECT * FROM v WHERE e IS NULL OR e >= s),
    w1 AS (
      SELECT * FROM valid WHERE s BETWEEN DATE '${w1.from}' AND DATE '${w1.to}' AND grp IN ('1', '2', '3', '6')
      QUALIFY row_number() OVER (PARTITION BY person ORDER BY s DESC, coalesce(e, DATE '9999-12-31') DESC, grp) = 1
    ), w2 AS (
      SELECT * FROM valid WHERE s BETWEEN DATE '${w2.from}' AND DATE '${w2.to}' AND grp IN ('1', '2', '3')
      QUALIFY row_number() OVER (PARTITION BY person ORDER BY s ASC, coalesce(e, DATE '9999-12-31') DESC, grp) = 1
    ), chosen AS (
      SELECT person,
        CASE WHEN w1.person IS NOT NULL AND (w1.grp <> '6' OR w2.person IS NULL) THEN w1.grp ELSE w2.grp END AS grp,
        CASE WHEN w1.person IS NOT NULL AND (w1.grp <> '6' OR w2.person IS NULL) THEN w1.s ELSE w2.s END AS s,
        CASE WHEN w1.person IS NOT NULL AND (w1.grp <> '6' OR w2.person IS NULL) THEN w1.e ELSE w2.e END AS e
      FROM w1 FULL OUTER JOIN w2 USING (person)
    ), rolling AS (
      SELECT person, grp, s, e FROM valid
      WHERE NOT (s BETWEEN DATE '${w1.from}' AND DATE '${w1.to}' OR s BETWEEN DATE '${w2.from}' AND DATE '${w2.to}') AND grp IN ('1', '2', '3', '6')
      QUALIFY row_number() OVER (PARTITION BY person, s ORDER BY coalesce(e, DATE '9999-12-31') DESC, grp) = 1
    ), enrolments AS (
      SELECT person, grp, s, e FROM chosen UNION ALL SELECT person, grp, s, e FROM rolling
    ), months AS (
      SELECT unnest(generate_series(DATE '${firstMonthKey}-01', DATE '${endMonth}-01', INTERVAL 1 MONTH)) AS month
    ), hours AS (
      SELECT person, CAST(month || '-01' AS DATE) AS month, sum(CAST(paid_hours AS DOUBLE)) AS ordinary
      FROM ${csv('hours_monthly.csv')} WHERE subsidised <> 'true' GROUP BY ALL
    ), counted AS (
      SELECT en.person, m.month, en.grp
      FROM enrolments en JOIN months m ON m.month BETWEEN date_trunc('month', en.s) AND coalesce(date_trunc('month', en.e), DATE '9999-12-01')
      QUALIFY row_number() OVER (PARTITION BY en.person, m.month ORDER BY en.s DESC) = 1
    )
    SELECT p.municipality, year(c.month) * 12 + month(c.month) - 1 AS month_index,
           count(*) FILTER (WHERE h.ordinary > 0) AS numerator, count(*) AS denominator
    FROM counted c JOIN ${csv('persons.csv')} p USING (person)
    LEFT JOIN hours h ON h.person = c.person AND h.month = c.month
    WHERE c.grp = '1'
    GROUP BY ALL`;
  const t2 = performance.now();
  const result = await connection.runAndReadAll(query);
  const duckMs = performance.now() - t2;
  const duck = new Map<string, { numerator: number; denominator: number }>();
  for (const row of result.getRowObjectsJS()) {
    duck.set(`${String(row.municipality)}|${Number(row.month_index)}`, { numerator: Number(row.numerator), denominator: Number(row.denominator) });
  }
  connection.closeSync?.();
  let differing = 0;
  for (const key of new Set([...ours.keys(), ...duck.keys()])) {
    const a = ours.get(key);
    const b = duck.get(key);
    if ((a?.numerator ?? 0) !== (b?.numerator ?? 0) || (a?.denominator ?? 0) !== (b?.denominator ?? 0)) differing++;
  }
  say(`main KPI by DuckDB over the CSV files (read_csv + SQL): ${s(duckMs)}; ${duck.size} municipality-months; cells differing from Jobspor's: ${differing}`);
  say(`ratio Jobspor / DuckDB: ${(oursMs / duckMs).toFixed(2)} (goal < 2)`);
  say(`peak RSS: ${mb(process.resourceUsage().maxRSS)}`);
} finally {
  await dispose();
  if (!args.dir) rmSync(dir, { recursive: true, force: true });
}

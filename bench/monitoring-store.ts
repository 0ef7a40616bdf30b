/**
 * Benchmark (not a test) of the monitoring store: a synthetic register of
 * N persons × 5 years written straight into the register tables with SQL
 * (timelines, monthly hours for about a fifth of the person-months,
 * visitations of every model; no weekly rows, which the store never reads),
 * then: loading one model's person-periods, the full recompute of every
 * model for every closed month, a recompute with nothing changed, and the
 * report of one month per municipality (p50, p95), a team and the country,
 * and one drill-down. Prints the figures. PGlite in memory, or the
 * PostgreSQL server at DATABASE_URL (use a scratch database).
 * Run: node --import tsx bench/monitoring-store.ts [persons]
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { ensureMunicipalities } from '../src/store/registers/municipalities.ts';
import { loadUnitDirectory } from '../src/store/monitoring/units.ts';
import { personPeriodBatches } from '../src/store/monitoring/person-periods.ts';
import { recomputeFigures } from '../src/store/monitoring/recompute.ts';
import { buildReport } from '../src/store/monitoring/report.ts';
import { figurePersons } from '../src/store/monitoring/persons.ts';
import { benefitStateCode } from '../src/domain/registers/states.ts';

const persons = Number(process.argv[2] ?? 100_000);
const asOf = '2019-01-20';
const handle = await openDatabase({ url: process.env.DATABASE_URL });
const db = handle.db;
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const peak = () => `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;

await migrate(db);
await ensureMunicipalities(db);
const existing = await sql<{ n: number }>`SELECT count(*)::int AS n FROM register_person`.execute(db);
if (existing.rows[0]!.n > 0) throw new Error('The database already holds register persons: use a scratch database.');

let t = performance.now();
const imp = async (kind: string, from: string | null, to: string | null) =>
  (
    await sql<{ id: number }>`INSERT INTO register_import (kind, file_name, sha256, period_from, period_to, rows_read, rows_kept, report, imported_by_label)
      VALUES (${kind}, 'bench', repeat('0', 64), ${from}, ${to}, 0, 0, '{}', 'bench') RETURNING id`.execute(db)
  ).rows[0]!.id;
const personsImport = await imp('persons', null, null);
const weeksImport = await imp('benefit_weeks', '2014-01-06', '2018-12-30');
const hoursImport = await imp('hours_monthly', '2014-01-01', '2018-12-31');
const visitImport = await imp('visitations', '2014-01-01', '2018-12-31');
const kh = benefitStateCode.kontanthjaelp;
const praktik = benefitStateCode.company_internship;
const loen = benefitStateCode.wage_subsidy;
// Municipality i % 98; a municipality effect shifts the chance of benefit weeks, so clusters differ.
await sql`
  INSERT INTO register_person (person_key, pseudonym, birth_year, sex, municipality, import_id)
  SELECT 'ext:bench-' || i, 'P-B' || lpad(i::text, 9, '0'), 1960 + i % 40, CASE WHEN i % 2 = 0 THEN 'K' ELSE 'M' END, m.code, ${personsImport}
  FROM generate_series(1, ${persons}) i
  JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM municipality) m ON m.n = i % 98`.execute(db);
await sql`
  INSERT INTO register_person_timeline (person_id, first_week, states)
  SELECT p.id, '2014-01-06', ARRAY(
    SELECT CASE WHEN r < 0.45 + (p.id % 7) * 0.04 THEN ${kh} WHEN r < 0.55 + (p.id % 7) * 0.04 THEN ${praktik} WHEN r < 0.6 + (p.id % 7) * 0.04 THEN ${loen} ELSE 0 END::smallint
    FROM (SELECT w, random() + p.id * 0 AS r FROM generate_series(1, 260) w) x ORDER BY w)
  FROM register_person p`.execute(db);
await sql`
  INSERT INTO register_hours_month (person_id, month, employer_cvr, paid_hours, subsidised, import_id)
  SELECT p.id, m::date, '12345678', round((random() * 160)::numeric, 2), random() < 0.1, ${hoursImport}
  FROM register_person p CROSS JOIN generate_series('2014-01-01'::date, '2018-12-01'::date, interval '1 month') m
  WHERE random() < 0.2`.execute(db);
// Visitations: FSM group 1-3 in 000 Bilag 1's second window for 40 %, the other models for the rest.
await sql`
  INSERT INTO register_visitation (person_id, model_id, group_code, start_date, end_date, import_id)
  SELECT p.id,
    CASE WHEN p.id % 10 < 4 THEN 'flere-skal-med' WHEN p.id % 10 < 6 THEN 'stv' WHEN p.id % 10 < 7 THEN 'bedre-ressourceforloeb' WHEN p.id % 10 < 8 THEN 'trin-model' ELSE 'social-stoette' END,
    CASE WHEN p.id % 10 < 4 THEN ((p.id % 3) + 1)::text ELSE '' END,
    CASE WHEN p.id % 10 < 4 THEN '2018-02-01'::date + (p.id % 50) ELSE '2016-01-01'::date + (p.id % 900) END,
    NULL, ${visitImport}
  FROM register_person p WHERE p.id % 10 < 9`.execute(db);
await sql`ANALYZE`.execute(db);
const counts = await sql<{ persons: number; hours: number }>`
  SELECT (SELECT count(*)::int FROM register_person) AS persons, (SELECT count(*)::int FROM register_hours_month) AS hours`.execute(db);
console.log(`${handle.kind}: wrote ${counts.rows[0]!.persons} persons, ${counts.rows[0]!.hours} person-month hour rows in ${seconds(performance.now() - t)} s`);

const directory = await loadUnitDirectory(db);
t = performance.now();
let loaded = 0;
for await (const batch of personPeriodBatches(db, { model: 'flere-skal-med', asOf, directory })) loaded += batch.length;
console.log(`load person-periods (flere-skal-med): ${loaded} persons in ${seconds(performance.now() - t)} s; peak RSS ${peak()}`);

t = performance.now();
const first = await recomputeFigures(db, { actor: { staffId: null, label: 'bench' }, asOf, onProgress: (line) => console.log(`  ${line}`) });
console.log(
  `full recompute (5 models, ${first.months?.from}..${first.months?.to}): ${first.inserted} figures in ${seconds(performance.now() - t)} s; peak RSS ${peak()}`,
);
t = performance.now();
const again = await recomputeFigures(db, { actor: { staffId: null, label: 'bench' }, asOf });
console.log(`recompute, nothing changed: ${again.unchanged} unchanged, ${again.inserted} inserted in ${seconds(performance.now() - t)} s`);

const codes = [...directory.municipalities.keys()];
const times: number[] = [];
for (const code of codes) {
  const t0 = performance.now();
  await buildReport(db, directory, { model: 'flere-skal-med', unit: `municipality:${code}`, month: '2018-12', asOf });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
console.log(`report, one month per municipality (${times.length}): p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
t = performance.now();
await buildReport(db, directory, { model: 'flere-skal-med', unit: 'country', month: '2018-12', asOf });
console.log(`report, country: ${(performance.now() - t).toFixed(1)} ms`);
t = performance.now();
const drill = await figurePersons(db, directory, { model: 'flere-skal-med', unit: `municipality:${codes[0]}`, month: '2018-12', measure: 'ordinary-hours.month', asOf });
console.log(`drill-down, one municipality: ${drill.persons.length} persons in ${(performance.now() - t).toFixed(1)} ms`);
if (process.env.BENCH_EXPLAIN) {
  const first = `municipality:${codes[0]}`;
  for (const [label, query] of [
    ['own', sql`EXPLAIN ANALYZE SELECT measure_id FROM monitoring_figure WHERE model_id = 'flere-skal-med' AND superseded_at IS NULL AND unit_key IN (${first}, 'country') AND month >= '2016-12-01' AND month <= '2018-12-01'`],
    ['cluster', sql`EXPLAIN ANALYZE SELECT measure_id, month, sum(numerator) FROM monitoring_figure WHERE model_id = 'flere-skal-med' AND superseded_at IS NULL AND unit_key = ANY(${codes.slice(0, 20).map((c) => `municipality:${c}`)}::text[]) AND month >= '2016-12-01' AND month <= '2018-12-01' GROUP BY measure_id, month`],
    ['munis', sql`EXPLAIN ANALYZE SELECT json_agg(json_build_array(measure_id, unit_key, month, value))::text FROM monitoring_figure WHERE model_id = 'flere-skal-med' AND superseded_at IS NULL AND unit_key LIKE 'municipality:%' AND (month = '2018-11-01' OR month = '2018-12-01')`],
  ] as const) {
    const plan = await (query as ReturnType<typeof sql>).execute(db);
    console.log(label, '\n', plan.rows.map((r) => Object.values(r as object)[0]).join('\n'));
  }
}
console.log(`peak RSS ${peak()}`);
await handle.close();

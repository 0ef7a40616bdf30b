/**
 * Benchmark (not a test): import a synthetic long benefit-weeks extract of
 * `rows` rows (persons × 260 weeks, CPR-numbered persons so keys are
 * HMAC'd), then import it again (replacing the whole period), and print
 * rows/s and peak RSS for each. PGlite in memory, or the PostgreSQL server
 * at DATABASE_URL (use a scratch database).
 * Run: node --import tsx bench/register-import.ts [rows] [--wide]
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { once } from 'node:events';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { importRegisterFile } from '../src/store/registers/import.ts';
import { benefitStates } from '../src/domain/registers/states.ts';

const rows = Number(process.argv[2] ?? 1_000_000);
const weeks = 260;
const persons = Math.ceil(rows / weeks);
const dir = mkdtempSync(join(tmpdir(), 'jobspor-bench-'));
const path = join(dir, 'benefit_weeks.csv');

/** A synthetic, valid-format CPR number for person i (day 01-28, month, year, serial). */
function cpr(i: number): string {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
  const year = String(50 + (Math.floor(i / 336) % 50)).padStart(2, '0');
  const serial = String(1000 + (Math.floor(i / 16800) % 9000));
  return `${day}${month}${year}-${serial}`;
}

const out = createWriteStream(path);
out.write('person;week;code\n');
let written = 0;
for (let p = 0; p < persons && written < rows; p++) {
  const person = cpr(p);
  let chunk = '';
  for (let w = 0; w < weeks && written < rows; w++, written++) {
    const year = 2014 + Math.floor(w / 52);
    const week = (w % 52) + 1;
    chunk += `${person};${year}-W${String(week).padStart(2, '0')};${benefitStates[(p + Math.floor(w / 13)) % benefitStates.length]}\n`;
  }
  if (!out.write(chunk)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');

const handle = await openDatabase({ url: process.env.DATABASE_URL });
await migrate(handle.db);
const secret = new Uint8Array(32).fill(1);
let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
for (const label of ['first import', 're-import (replaces)']) {
  const t0 = performance.now();
  const outcome = await importRegisterFile(handle.db, path, {
    kind: 'benefit_weeks',
    fileName: 'bench.csv',
    actor: { staffId: null, label: 'bench' },
    secret,
  });
  const ms = performance.now() - t0;
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `${handle.kind} ${label.padEnd(22)} ${outcome.report.rowsKept} rows in ${(ms / 1000).toFixed(1)} s = ${Math.round((outcome.report.rowsKept / ms) * 1000)} rows/s, peak RSS ${Math.round(peak / 2 ** 20)} MB`,
  );
}
clearInterval(timer);
await handle.close();
rmSync(dir, { recursive: true, force: true });

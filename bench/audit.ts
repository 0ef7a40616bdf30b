/**
 * Benchmark (not a test): append audit rows to the hash chain, one request's
 * row at a time and with 10 appends in flight, then verify the chain, and
 * print rows per second. PGlite in memory, or the PostgreSQL server at
 * DATABASE_URL (a scratch database: rows are appended to its audit log).
 * Run: node --import tsx bench/audit.ts [rows]
 */
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { appendAuditEvent, verifyStoredAuditChain } from '../src/db/audit-log.ts';

const total = Number(process.argv[2] ?? 2000);
const handle = await openDatabase({ url: process.env.DATABASE_URL });
await migrate(handle.db);

const event = (i: number) => ({
  staff_id: null,
  staff_username: 'bench',
  action: 'citizen.read',
  method: 'GET',
  route: '/api/citizens/:id',
  citizen_pseudonym: 'P-0000000001',
  citizen_pseudonyms: ['P-0000000001'],
  detail: { i },
  client_address: '127.0.0.1',
  session_ref: null,
});

function report(label: string, rows: number, ms: number) {
  console.log(`${label.padEnd(28)} ${rows} rows in ${(ms / 1000).toFixed(2)} s = ${Math.round((rows / ms) * 1000)} rows/s`);
}

let t0 = performance.now();
for (let i = 0; i < total; i++) await appendAuditEvent(handle.db, event(i));
report(`sequential (${handle.kind})`, total, performance.now() - t0);

t0 = performance.now();
let next = 0;
await Promise.all(Array.from({ length: 10 }, async () => {
  while (next < total) await appendAuditEvent(handle.db, event(next++));
}));
report(`10 in flight (${handle.kind})`, total, performance.now() - t0);

t0 = performance.now();
const result = await verifyStoredAuditChain(handle.db);
report(`verify (${handle.kind}, ok=${result.ok})`, result.state.checked, performance.now() - t0);
await handle.close();

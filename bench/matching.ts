/**
 * Benchmark (not a test): how fast matching is, and prints the figures.
 *
 * 1. The pure domain functions (src/domain/companies/matching.ts) on a
 *    synthetic network built in memory from the demo seed's catalogue and
 *    postcodes, with the shipped postcode directory: `rankCompanies` for one
 *    citizen against 300 companies with 80 openings, and `rankCitizens` for
 *    one opening against a caseload of 45 and a manager's 5,000 courses.
 *    Building the data is not timed; each call is.
 * 2. The store + route path on an in-memory PGlite database with the demo
 *    municipality (seed 1): `GET /api/courses/:id/match-suggestions`,
 *    `GET /api/company-worklist` and `GET /api/companies?limit=50` through
 *    Fastify's inject as the demo consultant `virksomhedskonsulent`.
 *    Migrating and seeding are not timed (but their duration is printed).
 *
 * Run: node --import tsx bench/matching.ts [domainRepeats] [routeRepeats]
 * (defaults 1000 and 50; about 30-40 s in all, most of it the demo seed).
 */
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import {
  candidatesFor,
  rankCitizens,
  rankCompanies,
  type AgreementFacts,
  type CitizenCandidate,
  type CitizenProfile,
  type CompanyCandidate,
  type JobGoalProfile,
  type JobGoalTier,
  type NetworkCompany,
  type OpeningFacts,
} from '../src/domain/companies/matching.ts';
import { prng, randomInt } from '../src/domain/rules/fixtures.ts';
import { buildApp } from '../src/server/app.ts';
import { catalogue, companyPostcodes, type IndustryEntry, type Task } from '../src/seed/demo/companies/catalogue.ts';
import { demoPassword, seedDemo } from '../src/seed/demo/index.ts';
import { postcodes as citizenPostcodes } from '../src/seed/demo/names.ts';
import { postcodeDirectory } from '../src/store/postcodes.ts';

const domainRepeats = Number(process.argv[2] ?? 1000);
const routeRepeats = Number(process.argv[3] ?? 50);

// ------------------------------------------------------------------ timing

interface Row {
  what: string;
  n: number;
  times: number[];
  note: string;
}
const rows: Row[] = [];

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

function timeSync(what: string, repeats: number, note: string, fn: () => unknown): void {
  const warmup = Math.max(5, Math.min(50, Math.floor(repeats / 10)));
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  rows.push({ what, n: repeats, times, note });
}

async function timeAsync(what: string, repeats: number, note: string, fn: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  rows.push({ what, n: repeats, times, note });
}

function printTable(title: string, list: readonly Row[]): void {
  const header = ['', 'n', 'mean ms', 'p50 ms', 'p95 ms', 'max ms', ''];
  const body = list.map((r) => {
    const sorted = [...r.times].sort((a, b) => a - b);
    const mean = r.times.reduce((s, t) => s + t, 0) / r.times.length;
    const f = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1));
    return [r.what, String(r.n), f(mean), f(quantile(sorted, 0.5)), f(quantile(sorted, 0.95)), f(sorted[sorted.length - 1]!), r.note];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((b) => b[c]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, c) => (c === 0 || c === cells.length - 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(header));
  for (const b of body) console.log(line(b));
}

// ------------------------------------------------------ synthetic network

const random = prng(7);
const int = (lo: number, hi: number) => randomInt(random, lo, hi);
const chance = (p: number) => random() < p;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
function weighted<T>(items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [item, w] of items) if ((r -= w) <= 0) return item;
  return items[items.length - 1]![0];
}

const industries: readonly (readonly [IndustryEntry, number])[] = catalogue.map((entry) => [entry, entry.count] as const);
const companyPostcode = () => weighted(companyPostcodes);
const citizenPostcode = () => weighted(citizenPostcodes).postcode;

interface BenchCompany extends NetworkCompany {
  tasks: readonly Task[];
}

function agreement(): AgreementFacts | null {
  if (!chance(0.35)) return null;
  const fixed = chance(0.6) ? int(1, 4) : null;
  return { ordinaryHoursReadiness: chance(0.5), fixedPlaces: fixed, placesInUse: fixed === null ? int(0, 2) : int(0, fixed), open: fixed === null || chance(0.2) };
}

function buildCompanies(count: number, openings: number): BenchCompany[] {
  const companies: BenchCompany[] = [];
  for (let i = 0; i < count; i++) {
    const entry = weighted(industries);
    const main = companyPostcode();
    const workplaces = chance(0.15) ? Array.from({ length: int(1, 2) }, companyPostcode) : [];
    const placements = chance(0.6) ? int(1, 14) : 0;
    companies.push({
      id: `company-${String(i).padStart(4, '0')}`,
      name: `${entry.key} ${i}`,
      industryCode: entry.code,
      postcodes: [main, ...workplaces.filter((p) => p !== main)],
      openings: [],
      occupationCodes: [],
      record: { placements, withPaidHours: int(0, placements) },
      agreement: agreement(),
      tasks: entry.tasks,
    });
  }
  // Openings cluster: some companies have several, most none.
  for (let o = 0; o < openings; o++) {
    const company = companies[Math.floor(random() ** 1.5 * companies.length)]!;
    const task = pick(company.tasks);
    const places = int(1, 3);
    const opening: OpeningFacts = {
      id: `opening-${o}`,
      title: task.title,
      occupationCode: chance(0.9) ? task.occupation : null,
      industryCode: chance(0.2) ? null : company.industryCode,
      postcode: chance(0.8) ? company.postcodes[0]! : companyPostcode(),
      paidFromStart: task.paid ?? chance(0.1),
      places,
      placesTaken: int(0, places),
      status: 'open',
    };
    (company.openings as OpeningFacts[]).push(opening);
    if (opening.occupationCode && !company.occupationCodes.includes(opening.occupationCode)) (company.occupationCodes as string[]).push(opening.occupationCode);
  }
  return companies;
}

const tiers: readonly JobGoalTier[] = ['A', 'B', 'C'];
const allTasks = catalogue.flatMap((entry) => entry.tasks.map((task) => ({ entry, task })));

function jobGoals(): JobGoalProfile[] {
  const n = weighted<number>([[0, 1], [1, 4], [2, 3], [3, 2]]);
  return tiers.slice(0, n).map((tier) => {
    const { entry, task } = pick(allTasks);
    const code = chance(0.15) ? task.occupation.slice(0, int(1, 3)) : task.occupation;
    return {
      tier,
      occupationCode: chance(0.85) ? code : null,
      occupationText: chance(0.7) ? task.title.split(/[,(]/)[0]!.trim().toLowerCase() : null,
      industryCode: chance(0.5) ? (entry.code?.slice(0, int(2, 6)) ?? null) : null,
    };
  });
}

function citizens(count: number): CitizenCandidate[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `course-${i}`,
    name: `Borger ${i}`,
    // A few missing or unknown postcodes, as in real data.
    postcode: chance(0.03) ? null : chance(0.01) ? '9999' : chance(0.1) ? companyPostcode() : citizenPostcode(),
    jobGoals: jobGoals(),
  }));
}

const dir = postcodeDirectory();
dir.lookup('4300'); // Parse the file before timing.

const companies = buildCompanies(300, 80);
const routeCandidates = candidatesFor(companies);
// Every company as a whole plus every opening: 300 + 80 = 380.
const allCandidates: CompanyCandidate[] = [
  ...companies.map((company) => ({ company, opening: null })),
  ...companies.flatMap((company) => company.openings.map((opening) => ({ company, opening }))),
];
const companiesWithOpenings = companies.filter((c) => c.openings.length > 0).length;

const citizen: CitizenProfile = {
  postcode: '4300',
  jobGoals: [
    { tier: 'A', occupationCode: '9334', occupationText: 'opfyldning', industryCode: '4711' },
    { tier: 'B', occupationCode: '9412', occupationText: 'køkkenhjælp', industryCode: null },
    { tier: 'C', occupationCode: null, occupationText: null, industryCode: '81' },
  ],
};
const caseload = citizens(45);
const courses = citizens(5000);
const opening = allCandidates.find((c) => c.opening !== null)!;

let sink = 0;
timeSync(`rankCompanies, candidatesFor (${routeCandidates.length})`, domainRepeats, `${companiesWithOpenings} companies hold the openings`, () => {
  sink += rankCompanies(citizen, routeCandidates, dir).length;
});
timeSync(`rankCompanies, whole + openings (${allCandidates.length})`, domainRepeats, '300 companies + 80 openings', () => {
  sink += rankCompanies(citizen, allCandidates, dir).length;
});
timeSync(`rankCitizens, caseload (${caseload.length})`, domainRepeats, 'one opening', () => {
  sink += rankCitizens(opening, caseload, dir).length;
});
timeSync(`rankCitizens, manager (${courses.length})`, Math.max(10, Math.round(domainRepeats / 10)), 'one opening', () => {
  sink += rankCitizens(opening, courses, dir).length;
});
if (sink === 0) throw new Error('nothing was ranked');

printTable('Domain (pure functions, shipped postcode directory)', rows);
const perScore = (row: Row, scores: number) => ((row.times.reduce((s, t) => s + t, 0) / row.times.length / scores) * 1000).toFixed(2);
console.log(`per score: ${perScore(rows[1]!, allCandidates.length)} µs (rankCompanies), ${perScore(rows[3]!, courses.length)} µs (rankCitizens 5,000)`);

// ------------------------------------------------------- store + route path

const domainRows = rows.length;
const t0 = performance.now();
const database = await openDatabase({});
await migrate(database.db);
await seedDemo(database.db, { seed: 1 });
const seedMs = performance.now() - t0;
const app = await buildApp({ database, logLevel: 'silent', serveWeb: false });
try {
  await app.ready();
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'virksomhedskonsulent', password: demoPassword } });
  const session = login.cookies.find((c) => c.name === 'jobspor_session');
  if (login.statusCode !== 200 || !session) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  const cookie = `jobspor_session=${session.value}`;
  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (response.statusCode !== 200) throw new Error(`GET ${url}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    return response;
  };

  // A running course the consultant follows, with job goals: the usual case for suggestions.
  const db = database.db;
  const consultant = await db.selectFrom('staff').select('id').where('username', '=', 'virksomhedskonsulent').executeTakeFirstOrThrow();
  const followed = await db
    .selectFrom('course')
    .innerJoin('course_staff', 'course_staff.course_id', 'course.id')
    .select('course.id')
    .where('course_staff.staff_id', '=', consultant.id)
    .where('course.end_date', 'is', null)
    .where((eb) => eb.exists(eb.selectFrom('job_goal').select('job_goal.id').whereRef('job_goal.course_id', '=', 'course.id').where('job_goal.ended_on', 'is', null)))
    .orderBy('course.id')
    .execute();
  const anyActive = await db.selectFrom('course').select('id').where('end_date', 'is', null).orderBy('id').limit(50).execute();
  let courseId: string | undefined;
  for (const { id } of [...followed, ...anyActive]) {
    const response = await app.inject({ method: 'GET', url: `/api/courses/${id}/match-suggestions`, headers: { cookie } });
    if (response.statusCode === 200) {
      courseId = id;
      break;
    }
  }
  if (!courseId) throw new Error('no course the consultant can see');

  const count = async (table: 'company' | 'opening' | 'course' | 'placement') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const openOpenings = Number(
    (await db.selectFrom('opening').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'open').executeTakeFirstOrThrow()).n,
  );

  const suggestions = (await get(`/api/courses/${courseId}/match-suggestions`)).json() as { suggestions: unknown[]; jobGoals: unknown[] };
  await timeAsync('GET /api/courses/:id/match-suggestions', routeRepeats, `${suggestions.suggestions.length} suggestions, ${suggestions.jobGoals.length} goals`, () =>
    get(`/api/courses/${courseId}/match-suggestions`),
  );
  const worklist = (await get('/api/company-worklist')).json() as { followUpsDue: unknown[]; agreementsMissingOrdinaryHours: unknown[]; companiesNotContacted: unknown[] };
  await timeAsync(
    'GET /api/company-worklist',
    routeRepeats,
    `${worklist.followUpsDue.length} follow-ups, ${worklist.agreementsMissingOrdinaryHours.length} agreements, ${worklist.companiesNotContacted.length} not contacted`,
    () => get('/api/company-worklist'),
  );
  const list = (await get('/api/companies?limit=50')).json() as { companies: unknown[]; total: number };
  await timeAsync('GET /api/companies?limit=50', routeRepeats, `${list.companies.length} of ${list.total}`, () => get('/api/companies?limit=50'));

  printTable(
    `Store + route (PGlite in memory, demo seed 1: ${await count('company')} companies, ${openOpenings} open openings, ${await count('course')} courses, ${await count('placement')} placements; migrate + seed ${(seedMs / 1000).toFixed(1)} s)`,
    rows.slice(domainRows),
  );
} finally {
  await app.close();
  await database.close();
}

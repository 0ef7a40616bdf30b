import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import type { Database } from '../../db/schema.ts';
import { ageOn, parseCpr } from '../../domain/identity/cpr.ts';
import { pseudonymPattern } from '../../domain/identity/pseudonym.ts';
import { verifyPassword } from '../../platform/password.ts';
import { addDays, addMonths, addYears, dayNumber } from './dates.ts';
import { demoAreas, demoPassword, runDemoSeed, seedDemo, type DemoArea } from './index.ts';
import { postcodes } from './names.ts';
import { Random } from './random.ts';

const today = '2025-06-15';

async function freshDb() {
  const h = await openDatabase({});
  await migrate(h.db);
  return h;
}

async function rowCounts(db: Kysely<Database>) {
  const count = async (table: 'unit' | 'staff' | 'citizen' | 'citizen_cpr' | 'benefit_spell' | 'course' | 'contact') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    unit: await count('unit'),
    staff: await count('staff'),
    citizen: await count('citizen'),
    citizen_cpr: await count('citizen_cpr'),
    benefit_spell: await count('benefit_spell'),
    course: await count('course'),
    contact: await count('contact'),
  };
}

/** Everything except password hashes and timestamps, in a stable order. */
async function snapshot(db: Kysely<Database>) {
  const units = await db.selectFrom('unit').select(['id', 'parent_id', 'kind', 'name', 'housing_area']).orderBy('id').execute();
  const staff = await db
    .selectFrom('staff')
    .select(['id', 'username', 'display_name', 'email', 'unit_id', 'roles', 'active_from'])
    .orderBy('username')
    .execute();
  const citizens = await db
    .selectFrom('citizen')
    .innerJoin('citizen_cpr', 'citizen_cpr.citizen_id', 'citizen.id')
    .select([
      'citizen.id', 'citizen.pseudonym', 'citizen.first_name', 'citizen.last_name', 'citizen.birth_date', 'citizen.sex',
      'citizen.phone', 'citizen.email', 'citizen.address_line', 'citizen.postcode', 'citizen.city', 'citizen.unit_id',
      'citizen.responsible_staff_id', 'citizen_cpr.cpr',
    ])
    .orderBy('citizen.id')
    .execute();
  const spells = await db
    .selectFrom('benefit_spell')
    .select(['id', 'citizen_id', 'benefit_type', 'readiness', 'from_date', 'to_date', 'source'])
    .orderBy('id')
    .execute();
  // Case data (area 'cases'); its timestamps are set from the data, so they are compared too.
  const cases = {
    course: await db.selectFrom('course').selectAll().orderBy('id').execute(),
    courseUnit: await db.selectFrom('course_unit').selectAll().orderBy('id').execute(),
    phaseChange: await db.selectFrom('phase_change').selectAll().orderBy('id').execute(),
    courseStaff: await db.selectFrom('course_staff').selectAll().orderBy('id').execute(),
    planVersion: await db.selectFrom('plan_version').selectAll().orderBy('id').execute(),
    jobGoal: await db.selectFrom('job_goal').selectAll().orderBy('id').execute(),
    cvVersion: await db.selectFrom('cv_version').selectAll().orderBy('id').execute(),
    contact: await db.selectFrom('contact').selectAll().orderBy('id').execute(),
    supportCourse: await db.selectFrom('support_course').selectAll().orderBy('id').execute(),
    rehabTrack: await db.selectFrom('rehab_track').selectAll().orderBy('course_id').execute(),
    measurement: await db.selectFrom('measurement').selectAll().orderBy('id').execute(),
    groupActivity: await db.selectFrom('group_activity').selectAll().orderBy('id').execute(),
    participants: await db.selectFrom('group_activity_participant').selectAll().orderBy('activity_id').orderBy('course_id').execute(),
    housingAreas: await db.selectFrom('housing_area').select(['id', 'municipality_id', 'name', 'postcodes', 'addresses']).orderBy('id').execute(),
  };
  return { units, staff, citizens, spells, cases };
}

test('seeds a realistic demo municipality', async () => {
  const h = await freshDb();
  try {
    // How long this takes is measured by bench/seed.ts, not asserted here.
    const summary = await seedDemo(h.db, { seed: 7, today });

    // Counts: the summary matches the database and is in range.
    const counts = await rowCounts(h.db);
    assert.equal(summary.units, 5);
    assert.equal(counts.unit, 5);
    assert.equal(counts.staff, summary.staff);
    assert.ok(summary.staff >= 24 && summary.staff <= 30, `staff ${summary.staff}`);
    assert.equal(counts.citizen, summary.citizens);
    assert.equal(counts.citizen_cpr, summary.citizens);
    assert.ok(summary.citizens >= 550 && summary.citizens <= 650, `citizens ${summary.citizens}`);
    assert.equal(counts.benefit_spell, summary.benefitSpells);
    assert.ok(summary.benefitSpells > summary.citizens * 1.5, `spells ${summary.benefitSpells}`);
    assert.ok(counts.course > 300 && counts.contact > counts.course * 5, `courses ${counts.course}, contacts ${counts.contact}`);

    // The unit tree.
    const units = await h.db.selectFrom('unit').selectAll().execute();
    const unitByName = new Map(units.map((u) => [u.name, u]));
    const municipality = unitByName.get('Fjordby Kommune');
    const jobcentre = unitByName.get('Jobcenter Fjordby');
    const jov = unitByName.get('Team Job og Virksomhed');
    const ressource = unitByName.get('Team Ressource og Rehabilitering');
    const outreach = unitByName.get('Jobcenter Nord – Udkørende kontor, Solbakken');
    assert.ok(municipality && jobcentre && jov && ressource && outreach);
    assert.equal(municipality.kind, 'municipality');
    assert.equal(municipality.parent_id, null);
    assert.equal(jobcentre.parent_id, municipality.id);
    for (const team of [jov, ressource, outreach]) assert.equal(team.parent_id, jobcentre.id);
    assert.equal(jov.kind, 'team');
    assert.equal(ressource.kind, 'team');
    assert.equal(outreach.kind, 'outreach_office');
    assert.equal(outreach.housing_area, 'Solbakken');
    const unitName = new Map(units.map((u) => [u.id, u.name]));

    // Staff per role.
    const staff = await h.db.selectFrom('staff').selectAll().execute();
    const withRole = (role: string) => staff.filter((s) => s.roles.includes(role));
    assert.ok(withRole('jobformidler').length >= 10 && withRole('jobformidler').length <= 14);
    assert.ok(withRole('virksomhedskonsulent').length >= 4 && withRole('virksomhedskonsulent').length <= 6);
    assert.equal(withRole('mentor').length, 3);
    assert.equal(withRole('leder').length, 4);
    assert.deepEqual(
      withRole('leder').map((s) => unitName.get(s.unit_id)).sort(),
      [jobcentre.name, outreach.name, jov.name, ressource.name].sort(),
    );
    assert.equal(withRole('analytiker').length, 1);
    assert.equal(withRole('admin').length, 1);
    for (const s of staff) {
      assert.match(s.username, /^[a-z0-9._-]{2,64}$/);
      assert.ok(s.active_from <= today);
    }
    assert.equal(new Set(staff.map((s) => s.display_name)).size, staff.length, 'staff names are unique');

    // The six demo logins.
    const expectedLogins = [
      { username: 'jobformidler', role: 'jobformidler', unit: jov.name },
      { username: 'virksomhedskonsulent', role: 'virksomhedskonsulent', unit: jov.name },
      { username: 'mentor', role: 'mentor', unit: jov.name },
      { username: 'leder', role: 'leder', unit: jobcentre.name },
      { username: 'analytiker', role: 'analytiker', unit: jobcentre.name },
      { username: 'admin', role: 'admin', unit: municipality.name },
    ];
    const byUsername = (a: { username: string }, b: { username: string }) => a.username.localeCompare(b.username);
    assert.deepEqual([...summary.logins].sort(byUsername), [...expectedLogins].sort(byUsername));
    for (const login of expectedLogins) {
      const row = staff.find((s) => s.username === login.username);
      assert.ok(row, login.username);
      assert.deepEqual(row.roles, [login.role]);
      assert.equal(unitName.get(row.unit_id), login.unit);
      assert.equal(row.active, true);
      assert.equal(await verifyPassword(row.password_hash, demoPassword), true, `${login.username} logs in with 'demo'`);
    }
    const someHash = staff[0]?.password_hash ?? '';
    assert.equal(await verifyPassword(someHash, 'wrong'), false);
    assert.ok(staff.every((s) => s.password_hash === someHash), 'the password is hashed once and shared');

    // Citizens: CPR consistent with birth date and sex, pseudonyms, contact data.
    const citizens = await h.db
      .selectFrom('citizen')
      .innerJoin('citizen_cpr', 'citizen_cpr.citizen_id', 'citizen.id')
      .selectAll('citizen')
      .select('citizen_cpr.cpr')
      .execute();
    assert.equal(citizens.length, summary.citizens);
    const knownPostcodes = new Map(postcodes.map(([p]) => [p.postcode, p.city]));
    for (const c of citizens) {
      const parsed = parseCpr(c.cpr);
      assert.ok(parsed.ok, 'CPR parses');
      assert.equal(parsed.value.birthDate, c.birth_date);
      assert.equal(parsed.value.sex, c.sex);
      const age = ageOn(c.birth_date, today);
      assert.ok(age >= 18 && age <= 64, `age ${age}`);
      assert.match(c.pseudonym, pseudonymPattern);
      if (c.phone !== null) assert.match(c.phone, /^[2-9]\d{7}$/);
      if (c.email !== null) assert.match(c.email, /^[a-z0-9._-]+@example\.(com|net|org)$/);
      assert.ok(c.postcode && knownPostcodes.get(c.postcode) === c.city, `${c.postcode} ${c.city}`);
      if (c.unit_id === outreach.id) {
        assert.equal(c.postcode, '4300');
        assert.match(c.address_line ?? '', /^Solbakken \d+/);
      }
    }
    assert.equal(new Set(citizens.map((c) => c.cpr)).size, citizens.length, 'CPR numbers are unique');
    assert.equal(new Set(citizens.map((c) => c.pseudonym)).size, citizens.length, 'pseudonyms are unique');
    const men = citizens.filter((c) => c.sex === 'male').length;
    assert.ok(men > citizens.length * 0.35 && men < citizens.length * 0.65);

    // Units and caseloads: every citizen has a jobformidler in their own unit.
    const share = (unitId: string) => citizens.filter((c) => c.unit_id === unitId).length / citizens.length;
    assert.ok(Math.abs(share(jov.id) - 0.45) < 0.05, `Team Job og Virksomhed ${share(jov.id)}`);
    assert.ok(Math.abs(share(ressource.id) - 0.3) < 0.05, `Team Ressource ${share(ressource.id)}`);
    assert.ok(Math.abs(share(outreach.id) - 0.25) < 0.05, `outreach ${share(outreach.id)}`);
    const staffById = new Map(staff.map((s) => [s.id, s]));
    const caseload = new Map<string, number>();
    for (const c of citizens) {
      const responsible = c.responsible_staff_id ? staffById.get(c.responsible_staff_id) : undefined;
      assert.ok(responsible, 'citizen has a responsible staff member');
      assert.ok(responsible.roles.includes('jobformidler'));
      assert.equal(responsible.unit_id, c.unit_id);
      caseload.set(responsible.id, (caseload.get(responsible.id) ?? 0) + 1);
    }
    for (const broker of withRole('jobformidler')) {
      const n = caseload.get(broker.id) ?? 0;
      assert.ok(n >= 35 && n <= 55, `${broker.username} caseload ${n}`);
    }
    const demoBroker = staff.find((s) => s.username === 'jobformidler');
    assert.ok(demoBroker);
    const demoCaseload = caseload.get(demoBroker.id) ?? 0;
    assert.ok(demoCaseload >= 40 && demoCaseload <= 50, `demo caseload ${demoCaseload}`);

    // Benefit histories: well-formed, covering the last 18 months, with the models' target groups.
    const spells = await h.db.selectFrom('benefit_spell').selectAll().orderBy('citizen_id').orderBy('from_date').execute();
    const spellsByCitizen = new Map<string, typeof spells>();
    for (const s of spells) spellsByCitizen.set(s.citizen_id, [...(spellsByCitizen.get(s.citizen_id) ?? []), s]);
    const historyStart = addMonths(today, -18);
    const cashTypes = new Set(['kontanthjaelp', 'uddannelseshjaelp', 'integrationsydelse']);
    const fiveYearsAgo = addYears(today, -5);
    const targetGroupFsm = new Map<string, number>(); // unit -> count
    let leftWithinWindow = 0;
    for (const c of citizens) {
      const list = spellsByCitizen.get(c.id) ?? [];
      assert.ok(list.length > 0, 'every citizen has a benefit history');
      const adult = addYears(c.birth_date, 18);
      for (const [i, s] of list.entries()) {
        assert.ok(s.to_date === null || s.to_date >= s.from_date, 'to_date >= from_date');
        assert.ok(s.from_date <= today && (s.to_date === null || s.to_date <= today), 'not in the future');
        assert.ok(s.from_date >= adult, 'not before the 18th birthday');
        assert.equal(cashTypes.has(s.benefit_type), s.readiness !== null, `readiness fits ${s.benefit_type}`);
        const previous = list[i - 1];
        if (previous) {
          assert.ok(previous.to_date !== null && previous.to_date < s.from_date, 'spells do not overlap');
        }
      }
      const last = list.at(-1);
      assert.ok(last && (last.to_date === null || last.to_date >= historyStart), 'history reaches into the last 18 months');
      if (last.to_date !== null || !cashTypes.has(last.benefit_type)) {
        if (list.some((s) => s.to_date !== null && s.to_date >= historyStart && s.benefit_type !== 'ledighedsydelse')) leftWithinWindow++;
      }
      // Flere skal med: activity-ready cash benefit, continuously for more than five years.
      if (last.to_date === null && last.benefit_type === 'kontanthjaelp' && last.readiness === 'aktivitetsparat') {
        let start = last.from_date;
        for (let i = list.length - 2; i >= 0; i--) {
          const s = list[i];
          if (!s || s.benefit_type !== 'kontanthjaelp' || s.to_date === null || addDays(s.to_date, 1) !== start) break;
          start = s.from_date;
        }
        if (start < fiveYearsAgo) targetGroupFsm.set(c.unit_id, (targetGroupFsm.get(c.unit_id) ?? 0) + 1);
      }
    }
    const inUnit = (unitId: string) => citizens.filter((c) => c.unit_id === unitId).length;
    assert.ok((targetGroupFsm.get(jov.id) ?? 0) >= inUnit(jov.id) * 0.3, `FSM target group in Team Job og Virksomhed: ${targetGroupFsm.get(jov.id)}`);
    assert.ok((targetGroupFsm.get(outreach.id) ?? 0) > 0);
    const inResourceProgramme = new Set(spells.filter((s) => s.benefit_type === 'ressourceforloeb' && s.to_date === null).map((s) => s.citizen_id));
    assert.ok(
      citizens.filter((c) => c.unit_id === ressource.id && inResourceProgramme.has(c.id)).length >= inUnit(ressource.id) * 0.5,
      'most of Team Ressource is in a resource programme',
    );
    assert.ok(spells.every((s) => s.benefit_type !== 'ressourceforloeb' || s.readiness === null));
    assert.ok(leftWithinWindow >= citizens.length * 0.05 && leftWithinWindow <= citizens.length * 0.25, `exits ${leftWithinWindow}`);
    const types = new Set(spells.map((s) => s.benefit_type));
    for (const type of [
      'kontanthjaelp', 'uddannelseshjaelp', 'integrationsydelse', 'ressourceforloeb', 'sygedagpenge', 'dagpenge',
      'ledighedsydelse', 'fleksjob', 'foertidspension',
    ]) {
      assert.ok(types.has(type), `some ${type}`);
    }
    // Under-30s since 2014 are on uddannelseshjælp, not kontanthjælp.
    for (const s of spells) {
      if (s.benefit_type !== 'kontanthjaelp' || s.from_date < '2014-01-01') continue;
      const c = citizens.find((x) => x.id === s.citizen_id);
      assert.ok(c && ageOn(c.birth_date, s.from_date) >= 30, 'kontanthjælp since 2014 starts at 30 or later');
    }
    assert.ok(spells.some((s) => s.source === 'register') && spells.some((s) => s.source === 'case'));
    assert.ok(spells.every((s) => s.source === 'case' || (s.to_date !== null && s.to_date < historyStart)));
  } finally {
    await h.close();
  }
});

test('the same seed gives identical data, a different seed different data', async () => {
  const a = await freshDb();
  const b = await freshDb();
  const c = await freshDb();
  try {
    await seedDemo(a.db, { seed: 42, today });
    await seedDemo(b.db, { seed: 42, today });
    await seedDemo(c.db, { seed: 43, today });
    const snapA = await snapshot(a.db);
    const snapB = await snapshot(b.db);
    const snapC = await snapshot(c.db);
    assert.deepEqual(snapB, snapA);
    const key = (s: typeof snapA) => s.citizens.map((x) => `${x.first_name} ${x.last_name} ${x.cpr} ${x.pseudonym}`).sort();
    assert.deepEqual(key(snapB), key(snapA));
    const sameA = new Set(key(snapA));
    assert.ok(key(snapC).filter((k) => sameA.has(k)).length === 0, 'another seed gives other citizens');
    assert.notDeepEqual(
      snapC.spells.map((s) => [s.benefit_type, s.from_date]),
      snapA.spells.map((s) => [s.benefit_type, s.from_date]),
    );
    // The organisation and demo logins are the same whatever the seed.
    assert.deepEqual(
      snapC.units.map((u) => u.name).sort(),
      snapA.units.map((u) => u.name).sort(),
    );
  } finally {
    await a.close();
    await b.close();
    await c.close();
  }
});

const serverUrl = process.env.TEST_DATABASE_URL;

test('seeds the same data on a PostgreSQL server as on PGlite', { skip: serverUrl ? false : 'TEST_DATABASE_URL is not set' }, async () => {
  // A schema of its own, so the server's other data is neither seen nor touched.
  const schema = `seed_demo_test_${process.pid}_${Date.now()}`;
  const admin = await openDatabase({ url: serverUrl });
  await sql`CREATE SCHEMA ${sql.id(schema)}`.execute(admin.db);
  const url = new URL(serverUrl ?? '');
  url.searchParams.set('options', `-c search_path=${schema}`);
  const server = await openDatabase({ url: url.toString() });
  const lite = await freshDb();
  try {
    await migrate(server.db);
    const summary = await seedDemo(server.db, { seed: 42, today });
    await seedDemo(lite.db, { seed: 42, today });
    assert.equal((await rowCounts(server.db)).citizen, summary.citizens);
    assert.deepEqual(await snapshot(server.db), await snapshot(lite.db));
    await assert.rejects(() => seedDemo(server.db, { seed: 42, today }), /already has \d+ staff/);
  } finally {
    await server.close();
    await lite.close();
    await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(admin.db);
    await admin.close();
  }
});

test('refuses to seed a database that already has staff', async () => {
  const h = await freshDb();
  try {
    const summary = await seedDemo(h.db); // default seed, today's date
    assert.equal(summary.logins.length, 6);
    const before = await rowCounts(h.db);
    await assert.rejects(() => seedDemo(h.db, { seed: 2, today }), /already has \d+ staff/);
    assert.deepEqual(await rowCounts(h.db), before);
  } finally {
    await h.close();
  }
});

test('a failing area leaves nothing behind', async () => {
  const h = await freshDb();
  try {
    const failing: DemoArea = {
      name: 'failing',
      async run(ctx) {
        assert.ok(ctx.citizens.length > 0, 'earlier areas ran first');
        throw new Error('boom');
      },
    };
    await assert.rejects(() => runDemoSeed(h.db, [...demoAreas, failing], { seed: 1, today }), /area 'failing' failed: boom/);
    assert.deepEqual(await rowCounts(h.db), { unit: 0, staff: 0, citizen: 0, citizen_cpr: 0, benefit_spell: 0, course: 0, contact: 0 });
    // And the database can still be seeded afterwards.
    const summary = await seedDemo(h.db, { seed: 1, today });
    assert.equal((await rowCounts(h.db)).citizen, summary.citizens);
  } finally {
    await h.close();
  }
});

test('rejects bad options', async () => {
  const h = await freshDb();
  try {
    await assert.rejects(() => seedDemo(h.db, { today: '15-06-2025' }), /ISO date/);
    await assert.rejects(() => seedDemo(h.db, { today: '2025-02-30' }), /ISO date/);
    await assert.rejects(() => seedDemo(h.db, { seed: 1.5 }), /integer/);
    assert.equal((await rowCounts(h.db)).staff, 0);
  } finally {
    await h.close();
  }
});

test('the random generator is deterministic and well-behaved', () => {
  const a = new Random(5);
  const b = new Random(5);
  const seqA = Array.from({ length: 50 }, () => a.uint32());
  const seqB = Array.from({ length: 50 }, () => b.uint32());
  assert.deepEqual(seqA, seqB);
  const other = new Random(6);
  assert.notDeepEqual(Array.from({ length: 50 }, () => other.uint32()), seqA);
  // Forks are independent of how much the parent has drawn.
  const parent = new Random(5);
  const f1 = parent.fork('citizens').uint32();
  parent.uint32();
  assert.equal(parent.fork('citizens').uint32(), f1);
  assert.notEqual(parent.fork('staff').uint32(), f1);

  const r = new Random(1);
  const counts = new Map<number, number>();
  for (let i = 0; i < 6000; i++) {
    const n = r.int(1, 6);
    assert.ok(Number.isInteger(n) && n >= 1 && n <= 6);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  for (const n of [1, 2, 3, 4, 5, 6]) assert.ok((counts.get(n) ?? 0) > 800, `die face ${n}`);
  let heavy = 0;
  for (let i = 0; i < 2000; i++) if (r.weighted([['a', 9], ['b', 1], ['c', 0]]) === 'a') heavy++;
  assert.ok(heavy > 1700 && heavy < 1900, `weighted ${heavy}`);
  let mean = 0;
  for (let i = 0; i < 4000; i++) mean += r.normal(40, 8) / 4000;
  assert.ok(Math.abs(mean - 40) < 1, `normal mean ${mean}`);
  for (let i = 0; i < 200; i++) {
    const d = r.dateBetween('2024-02-27', '2024-03-02');
    assert.ok(d >= '2024-02-27' && d <= '2024-03-02');
  }
  assert.deepEqual([...r.shuffle([1, 2, 3, 4, 5])].sort(), [1, 2, 3, 4, 5]);
  assert.equal(r.bytes(10).length, 10);
  assert.match(r.uuid(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2025-06-15', -18), '2023-12-15');
  assert.equal(dayNumber('1970-01-02'), 1);
});

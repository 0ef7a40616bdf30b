import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cvrCheckDigit } from '../../src/domain/companies/cvr.ts';
import { fromDay, toDay } from '../../src/domain/rules/days.ts';
import { isoDay } from '../../src/store/facts.ts';
import { insertCourse } from '../helpers/cases.ts';
import { fixturePassword } from '../helpers/fixtures.ts';
import { forEachDatabase } from '../helpers/suite.ts';

/** Days relative to the server's today (Danish time), so the tests do not age. */
const today = isoDay(new Date());
const day = (offset: number) => fromDay(toDay(today) + offset);

/** Valid CVR numbers (modulus 11), a fresh one per call. */
let serial = 3000000;
function newCvr(): string {
  for (;;) {
    const seven = String(serial++);
    const digit = cvrCheckDigit(seven);
    if (digit !== null) return `${seven}${digit}`;
  }
}

const mainAddress = (postcode = '4300', addressLine = 'Smedelundsgade 1') => [{ kind: 'main', addressLine, postcode }];

forEachDatabase('companies', (t) => {
  const db = () => t().db.handle.db;
  const get = (cookie: string, url: string) => t().request(cookie, { method: 'GET', url });
  const post = (cookie: string, url: string, payload: unknown) => t().request(cookie, { method: 'POST', url, payload: payload as object });
  const patch = (cookie: string, url: string, payload: unknown) => t().request(cookie, { method: 'PATCH', url, payload: payload as object });
  const put = (cookie: string, url: string, payload: unknown) => t().request(cookie, { method: 'PUT', url, payload: payload as object });

  async function createCompany(cookie: string, extra: Record<string, unknown> = {}) {
    const response = await post(cookie, '/api/companies', { cvr: newCvr(), name: 'Holbæk Tømrer ApS', addresses: mainAddress(), ...extra });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  }

  /** A second municipality with a job broker in it, logged in. */
  async function otherMunicipality() {
    const municipality = await db().insertInto('unit').values({ kind: 'municipality', name: 'Andetsted Kommune', parent_id: null }).returning('id').executeTakeFirstOrThrow();
    const team = await db().insertInto('unit').values({ kind: 'team', name: 'Team Andetsted', parent_id: municipality.id }).returning('id').executeTakeFirstOrThrow();
    const hash = (await db().selectFrom('staff').select('password_hash').where('username', '=', 'jobformidler').executeTakeFirstOrThrow()).password_hash;
    const username = `fremmed${serial}`;
    const staff = await db()
      .insertInto('staff')
      .values({ username, display_name: 'Fremmed Formidler', unit_id: team.id, roles: ['jobformidler'], password_hash: hash })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { staffId: staff.id, cookie: await t().login(username, fixturePassword) };
  }

  test('an invalid CVR number is refused with 400 and fields.cvr saying what is wrong', async () => {
    const cookie = await t().login('virksomhedskonsulent');
    const wrongDigit = await post(cookie, '/api/companies', { cvr: '24256791', name: 'Forkert', addresses: mainAddress() });
    assert.equal(wrongDigit.statusCode, 400);
    assert.match(wrongDigit.json().error.fields.cvr, /kontrolcifferet passer ikke \(modulus 11\)/);
    const short = await post(cookie, '/api/companies', { cvr: '1234567', name: 'Kort', addresses: mainAddress() });
    assert.equal(short.statusCode, 400);
    assert.match(short.json().error.fields.cvr, /8 cifre \(her er der 7\)/);
    const letters = await post(cookie, '/api/companies', { cvr: '1234567X', name: 'Bogstaver', addresses: mainAddress() });
    assert.match(letters.json().error.fields.cvr, /kun af cifre/);
  });

  test('a consultant registers a company, reads it back with owner and town, updates it with the current version, and an old version is 409 stale', async () => {
    const cookie = await t().login('virksomhedskonsulent');
    const cvr = newCvr();
    const created = await post(cookie, '/api/companies', {
      cvr: `DK ${cvr.slice(0, 4)} ${cvr.slice(4)}`,
      name: 'Holbæk Rengøring A/S',
      industryCode: '81.21.00',
      sizeBand: '10-49',
      phone: '59 44 00 00',
      email: 'kontakt@rengoering.dk',
      addresses: [
        { kind: 'main', addressLine: 'Ahlgade 1', postcode: '4300' },
        { kind: 'workplace', addressLine: 'Lagervej 9', postcode: '4000', city: 'Roskilde Øst' },
      ],
    });
    assert.equal(created.statusCode, 201, created.body);
    const company = created.json();
    assert.equal(company.cvr, cvr);
    assert.deepEqual(company.industry, { code: '812100', group10: 'business_services', label: 'Erhvervsservice' });
    assert.equal(company.sector, 'private');
    assert.equal(company.postcode, '4300');
    assert.equal(company.city, 'Holbæk', 'a blank town is the postcode’s');
    assert.equal(company.addresses[1].city, 'Roskilde Øst');
    assert.deepEqual(company.owner, { id: t().fixture.staff.virksomhedskonsulent!.id, name: 'Test virksomhedskonsulent' });
    assert.deepEqual(company.ownerUnit, { id: t().fixture.teamA, name: 'Team A' });
    assert.equal(company.version, 1);

    const read = await get(cookie, `/api/companies/${company.id}`);
    assert.equal(read.statusCode, 200, read.body);
    assert.deepEqual(read.json().stats, { placementsRunning: 0, placementsPast: 0, paidHoursTotal: 0, placementsWithPaidHours: 0, conversions: 0 });
    assert.deepEqual(read.json().contactPersons, []);

    const updated = await patch(cookie, `/api/companies/${company.id}`, {
      version: 1,
      name: 'Holbæk Rengøring og Service A/S',
      sector: 'public',
      ownerStaffId: t().fixture.staff['jobformidler.b']!.id,
      addresses: [{ kind: 'main', postcode: '8000' }],
    });
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.json().name, 'Holbæk Rengøring og Service A/S');
    assert.equal(updated.json().version, 2);
    assert.equal(updated.json().addresses.length, 1, 'addresses given replace all');
    assert.equal(updated.json().city, 'Aarhus C');
    assert.deepEqual(updated.json().ownerUnit, { id: t().fixture.teamB, name: 'Team B' }, 'the owner unit follows the owner');
    assert.equal(updated.json().phone, '59 44 00 00', 'fields not sent are kept');

    const staleEdit = await patch(cookie, `/api/companies/${company.id}`, { version: 1, name: 'Gammel version' });
    assert.equal(staleEdit.statusCode, 409);
    assert.equal(staleEdit.json().error.code, 'stale');
    assert.equal((await get(cookie, `/api/companies/${company.id}`)).json().name, 'Holbæk Rengøring og Service A/S');
  });

  test('a CVR number already registered in the municipality is 409 naming the company, on create and on edit', async () => {
    const cookie = await t().login('jobformidler');
    const first = await createCompany(cookie, { name: 'Den Første ApS' });
    const again = await post(cookie, '/api/companies', { cvr: first.cvr, name: 'Den Anden ApS', addresses: mainAddress() });
    assert.equal(again.statusCode, 409);
    assert.match(again.json().error.fields.cvr, /Den Første ApS/);
    const second = await createCompany(cookie, { name: 'Den Anden ApS' });
    const edit = await patch(cookie, `/api/companies/${second.id}`, { version: second.version, cvr: first.cvr });
    assert.equal(edit.statusCode, 409);
    assert.match(edit.json().error.fields.cvr, /Den Første ApS/);
    const count = await db().selectFrom('company').select((eb) => eb.fn.countAll<number>().as('n')).where('cvr', '=', first.cvr).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });

  test('addresses: an unknown postcode is 400 on its path, and a company needs exactly one main address', async () => {
    const cookie = await t().login('jobformidler');
    const unknown = await post(cookie, '/api/companies', { cvr: newCvr(), name: 'Ukendt postnr', addresses: [{ kind: 'main', postcode: '9999' }] });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json().error.fields['addresses.0.postcode'], /9999 findes ikke/);
    const twoMain = await post(cookie, '/api/companies', {
      cvr: newCvr(),
      name: 'To hovedadresser',
      addresses: [{ kind: 'main', postcode: '4300' }, { kind: 'main', postcode: '8000' }],
    });
    assert.equal(twoMain.statusCode, 400);
    assert.match(twoMain.json().error.fields.addresses, /kun være én hovedadresse/);
    const none = await post(cookie, '/api/companies', { cvr: newCvr(), name: 'Ingen adresse', addresses: [] });
    assert.match(none.json().error.fields.addresses, /mindst én/);
    const bad = await post(cookie, '/api/companies', { cvr: newCvr(), name: '', email: 'nej', industryCode: '4', addresses: mainAddress() });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(Object.keys(bad.json().error.fields).sort(), ['email', 'industryCode', 'name']);
  });

  test('the network is shared: a company registered in Team A is listed for the job broker in Team B, with its owner shown, and the list filters', async () => {
    const consultant = await t().login('virksomhedskonsulent');
    const company = await createCompany(consultant, { name: 'Fælles Bageri ApS', industryCode: '107100', addresses: mainAddress('8000') });
    const teamB = await t().login('jobformidler.b');
    const read = await get(teamB, `/api/companies/${company.id}`);
    assert.equal(read.statusCode, 200, read.body);
    assert.equal(read.json().owner.name, 'Test virksomhedskonsulent');
    assert.equal(read.json().ownerUnit.name, 'Team A');

    const list = async (query: string) => {
      const response = await get(teamB, `/api/companies?${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as { companies: { id: string; owner: { name: string } | null }[]; total: number };
    };
    const byName = await list('q=bageri');
    assert.deepEqual(byName.companies.map((c) => c.id), [company.id]);
    assert.equal(byName.companies[0]!.owner!.name, 'Test virksomhedskonsulent');
    assert.deepEqual((await list(`q=${company.cvr.slice(0, 7)}`)).companies.map((c) => c.id), [company.id]);
    assert.ok((await list('postcode=80')).companies.some((c) => c.id === company.id));
    assert.ok(!(await list('postcode=43')).companies.some((c) => c.id === company.id));
    assert.ok((await list('industry10=industry')).companies.some((c) => c.id === company.id));
    assert.ok(!(await list('industry10=construction')).companies.some((c) => c.id === company.id));
    assert.ok((await list(`ownerId=${t().fixture.staff.virksomhedskonsulent!.id}`)).companies.some((c) => c.id === company.id));
    const page = await list('limit=1');
    assert.equal(page.companies.length, 1);
    assert.ok(page.total >= 1);
    assert.equal((await get(teamB, '/api/companies?industry10=nonsense')).statusCode, 400);
  });

  test('roles: the analyst gets 403; a mentor reads companies but cannot write', async () => {
    const consultant = await t().login('virksomhedskonsulent');
    const company = await createCompany(consultant);
    const analyst = await t().login('analytiker');
    assert.equal((await get(analyst, '/api/companies')).statusCode, 403);
    assert.equal((await get(analyst, `/api/companies/${company.id}`)).statusCode, 403);
    assert.equal((await get(analyst, '/api/openings')).statusCode, 403);
    const mentor = await t().login('mentor');
    assert.equal((await get(mentor, `/api/companies/${company.id}`)).statusCode, 200);
    assert.equal((await get(mentor, '/api/companies')).statusCode, 200);
    assert.equal((await post(mentor, '/api/companies', { cvr: newCvr(), name: 'Mentorens', addresses: mainAddress() })).statusCode, 403);
    assert.equal((await patch(mentor, `/api/companies/${company.id}`, { version: company.version, name: 'Nyt navn' })).statusCode, 403);
    assert.equal((await post(mentor, `/api/companies/${company.id}/interactions`, { kind: 'call', date: today })).statusCode, 403);
    assert.equal((await post(mentor, `/api/companies/${company.id}/contact-persons`, { name: 'X' })).statusCode, 403);
    assert.equal((await post(mentor, '/api/companies/import/preview', { csv: 'cvr;navn;postnr\n' })).statusCode, 403);
    assert.equal((await t().request(undefined, { method: 'GET', url: '/api/companies' })).statusCode, 401);
  });

  test('another municipality’s company is 404 everywhere and absent from the list; an owner from there is refused', async () => {
    const other = await otherMunicipality();
    const foreign = await post(other.cookie, '/api/companies', { cvr: newCvr(), name: 'Fremmed Firma ApS', addresses: mainAddress() });
    assert.equal(foreign.statusCode, 201, foreign.body);
    const id = foreign.json().id;
    const cookie = await t().login('leder');
    assert.equal((await get(cookie, `/api/companies/${id}`)).statusCode, 404);
    assert.equal((await patch(cookie, `/api/companies/${id}`, { version: 1, name: 'Overtaget' })).statusCode, 404);
    assert.equal((await get(cookie, `/api/companies/${id}/interactions`)).statusCode, 404);
    assert.equal((await post(cookie, `/api/companies/${id}/contact-persons`, { name: 'X' })).statusCode, 404);
    assert.equal((await get(cookie, `/api/companies/${id}/placements`)).statusCode, 404);
    assert.equal((await post(cookie, `/api/companies/${id}/openings`, { title: 'X', tasks: 'Y', postcode: '4300', hoursMin: 1, hoursMax: 2, openFrom: today })).statusCode, 404);
    const list = (await get(cookie, '/api/companies?q=Fremmed')).json();
    assert.equal(list.total, 0);
    // The same CVR number may be registered in each municipality.
    const same = await post(cookie, '/api/companies', { cvr: foreign.json().cvr, name: 'Fremmed Firma ApS, vores afdeling', addresses: mainAddress() });
    assert.equal(same.statusCode, 201, same.body);
    const foreignOwner = await post(cookie, '/api/companies', { cvr: newCvr(), name: 'Forkert ejer', ownerStaffId: other.staffId, addresses: mainAddress() });
    assert.equal(foreignOwner.statusCode, 400);
    assert.ok(foreignOwner.json().error.fields.ownerStaffId);
    const analystOwner = await post(cookie, '/api/companies', { cvr: newCvr(), name: 'Analytikerens', ownerStaffId: t().fixture.staff.analytiker!.id, addresses: mainAddress() });
    assert.equal(analystOwner.statusCode, 400);
    assert.match(analystOwner.json().error.fields.ownerStaffId, /virksomheder/);
  });

  test('contact persons are added, edited and made inactive, and shown on the company', async () => {
    const cookie = await t().login('virksomhedskonsulent');
    const company = await createCompany(cookie);
    const added = await post(cookie, `/api/companies/${company.id}/contact-persons`, { name: 'Hanne Holm', title: 'Værkfører', phone: '20 30 40 50' });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(added.json().active, true);
    const badPhone = await post(cookie, `/api/companies/${company.id}/contact-persons`, { name: 'Kort nummer', phone: '123' });
    assert.equal(badPhone.statusCode, 400);
    assert.ok(badPhone.json().error.fields.phone);
    const edited = await patch(cookie, `/api/contact-persons/${added.json().id}`, { email: 'hanne@holm.dk', active: false });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().email, 'hanne@holm.dk');
    assert.equal(edited.json().active, false);
    assert.equal(edited.json().title, 'Værkfører');
    const detail = (await get(cookie, `/api/companies/${company.id}`)).json();
    assert.deepEqual(detail.contactPersons.map((p: { name: string }) => p.name), ['Hanne Holm']);
    assert.equal((await patch(cookie, '/api/contact-persons/00000000-0000-4000-8000-000000000000', { active: false })).statusCode, 404);
  });

  test('interactions are logged by the caller, listed newest first, a future date is refused, and the list knows the last contact', async () => {
    const cookie = await t().login('virksomhedskonsulent');
    const company = await createCompany(cookie, { name: 'Kontaktlog ApS' });
    const person = (await post(cookie, `/api/companies/${company.id}/contact-persons`, { name: 'Per Post' })).json();
    const older = await post(cookie, `/api/companies/${company.id}/interactions`, { kind: 'visit', date: day(-120), note: 'Første besøg' });
    assert.equal(older.statusCode, 201, older.body);
    assert.deepEqual(older.json().staff, { id: t().fixture.staff.virksomhedskonsulent!.id, name: 'Test virksomhedskonsulent' });
    const newer = await post(cookie, `/api/companies/${company.id}/interactions`, { kind: 'job_order', date: day(-100), contactPersonId: person.id });
    assert.equal(newer.statusCode, 201, newer.body);
    assert.deepEqual(newer.json().contactPerson, { id: person.id, name: 'Per Post' });

    const future = await post(cookie, `/api/companies/${company.id}/interactions`, { kind: 'call', date: day(1) });
    assert.equal(future.statusCode, 400);
    assert.match(future.json().error.fields.date, /fremtiden/);
    const otherCompany = await createCompany(cookie);
    const wrongPerson = await post(cookie, `/api/companies/${otherCompany.id}/interactions`, { kind: 'call', date: today, contactPersonId: person.id });
    assert.equal(wrongPerson.statusCode, 400);
    assert.ok(wrongPerson.json().error.fields.contactPersonId);
    const badKind = await post(cookie, `/api/companies/${company.id}/interactions`, { kind: 'fax', date: today });
    assert.equal(badKind.statusCode, 400);
    assert.ok(badKind.json().error.fields.kind);

    const list = (await get(cookie, `/api/companies/${company.id}/interactions`)).json().interactions;
    assert.deepEqual(list.map((i: { kind: string }) => i.kind), ['job_order', 'visit']);
    const summary = (await get(cookie, '/api/companies?q=Kontaktlog')).json().companies[0];
    assert.equal(summary.lastInteractionOn, day(-100));
    const stale90 = (await get(cookie, '/api/companies?q=Kontaktlog&notContactedDays=90')).json();
    assert.equal(stale90.total, 1, 'last contacted 100 days ago counts as not contacted for 90 days');
    assert.equal((await get(cookie, '/api/companies?q=Kontaktlog&notContactedDays=150')).json().total, 0);
    const sorted = (await get(cookie, '/api/companies?sort=lastInteraction&limit=500')).json().companies as { id: string; lastInteractionOn: string | null }[];
    const firstContacted = sorted.findIndex((c) => c.lastInteractionOn !== null);
    assert.ok(sorted.slice(firstContacted).every((c) => c.lastInteractionOn !== null), 'never-contacted companies come first');
  });

  test('a cooperation agreement is renegotiated with a reason, every version is kept, and an old version is 409 stale', async () => {
    const cookie = await t().login('virksomhedskonsulent');
    const company = await createCompany(cookie, { name: 'Aftale ApS' });
    const noPlaces = await post(cookie, `/api/companies/${company.id}/cooperation-agreements`, { kind: 'fixed_places', ordinaryHoursReadiness: false, from: day(-30) });
    assert.equal(noPlaces.statusCode, 400);
    assert.ok(noPlaces.json().error.fields.places);
    const backwards = await post(cookie, `/api/companies/${company.id}/cooperation-agreements`, { kind: 'open', ordinaryHoursReadiness: false, from: day(-30), to: day(-31) });
    assert.ok(backwards.json().error.fields.to);

    const created = await post(cookie, `/api/companies/${company.id}/cooperation-agreements`, { kind: 'fixed_places', places: 2, ordinaryHoursReadiness: false, from: day(-30) });
    assert.equal(created.statusCode, 201, created.body);
    const agreement = created.json();
    assert.equal(agreement.inForce, true);
    assert.equal(agreement.version, 1);
    assert.equal(agreement.versions.length, 1);
    assert.equal(agreement.versions[0].reason, null);

    const noReason = await put(cookie, `/api/cooperation-agreements/${agreement.id}`, { version: 1, kind: 'fixed_places', places: 4, ordinaryHoursReadiness: true, from: day(-30) });
    assert.equal(noReason.statusCode, 400);
    assert.ok(noReason.json().error.fields.reason);

    const renegotiated = await put(cookie, `/api/cooperation-agreements/${agreement.id}`, {
      version: 1,
      kind: 'fixed_places',
      places: 4,
      ordinaryHoursReadiness: true,
      from: day(-30),
      reason: 'Virksomheden vil betale ordinære timer efter praktikken',
    });
    assert.equal(renegotiated.statusCode, 200, renegotiated.body);
    const now = renegotiated.json();
    assert.equal(now.version, 2);
    assert.equal(now.places, 4);
    assert.deepEqual(
      now.versions.map((v: { versionNo: number; places: number; ordinaryHoursReadiness: boolean; reason: string | null }) => [v.versionNo, v.places, v.ordinaryHoursReadiness, v.reason]),
      [
        [2, 4, true, 'Virksomheden vil betale ordinære timer efter praktikken'],
        [1, 2, false, null],
      ],
    );
    assert.equal(now.versions[0].createdBy.name, 'Test virksomhedskonsulent');

    const staleEdit = await put(cookie, `/api/cooperation-agreements/${agreement.id}`, { version: 1, kind: 'open', ordinaryHoursReadiness: true, from: day(-30), reason: 'Gammel' });
    assert.equal(staleEdit.statusCode, 409);
    assert.equal(staleEdit.json().error.code, 'stale');

    const summary = (await get(cookie, '/api/companies?q=Aftale&agreement=ordinary_hours')).json();
    assert.equal(summary.total, 1);
    assert.equal(summary.companies[0].hasCooperationAgreement, true);
    assert.equal(summary.companies[0].ordinaryHoursReady, true);
    const detail = (await get(cookie, `/api/companies/${company.id}`)).json();
    assert.equal(detail.agreements.length, 1);
    assert.equal(detail.agreements[0].versions.length, 2);
  });

  test('openings: hoursMax below hoursMin is refused on hoursMax; the industry defaults to the company’s; status and stale edits', async () => {
    const cookie = await t().login('virksomhedskonsulent');
    const company = await createCompany(cookie, { name: 'Opslag Lager ApS', industryCode: '521000' });
    const base = { title: 'Lagermedhjælper', tasks: 'Pakke varer, fylde op', postcode: '4300', hoursMin: 10, hoursMax: 15, paidFromStart: true, places: 2, openFrom: day(-5) };
    const inverted = await post(cookie, `/api/companies/${company.id}/openings`, { ...base, hoursMin: 12, hoursMax: 8 });
    assert.equal(inverted.statusCode, 400);
    assert.match(inverted.json().error.fields.hoursMax, /lavere end laveste \(12\)/);
    const tooMany = await post(cookie, `/api/companies/${company.id}/openings`, { ...base, hoursMax: 81 });
    assert.ok(tooMany.json().error.fields.hoursMax);
    const unknownPostcode = await post(cookie, `/api/companies/${company.id}/openings`, { ...base, postcode: '9999' });
    assert.ok(unknownPostcode.json().error.fields.postcode);

    const created = await post(cookie, `/api/companies/${company.id}/openings`, { ...base, hoursMin: 7.5 });
    assert.equal(created.statusCode, 201, created.body);
    const opening = created.json();
    assert.equal(opening.companyName, 'Opslag Lager ApS');
    assert.equal(opening.industry.code, '521000');
    assert.equal(opening.industry.group10, 'trade_transport');
    assert.equal(opening.city, 'Holbæk');
    assert.equal(opening.hoursMin, 7.5);
    assert.equal(opening.status, 'open');
    assert.equal(opening.placesTaken, 0);

    const onlyMin = await patch(cookie, `/api/openings/${opening.id}`, { version: opening.version, hoursMin: 20 });
    assert.equal(onlyMin.statusCode, 400);
    assert.ok(onlyMin.json().error.fields.hoursMin, 'the field that was sent is the one named');
    const filled = await patch(cookie, `/api/openings/${opening.id}`, { version: opening.version, status: 'filled' });
    assert.equal(filled.statusCode, 200, filled.body);
    assert.equal(filled.json().status, 'filled');
    assert.equal(filled.json().version, opening.version + 1);
    const staleEdit = await patch(cookie, `/api/openings/${opening.id}`, { version: opening.version, status: 'closed' });
    assert.equal(staleEdit.statusCode, 409);

    await post(cookie, `/api/companies/${company.id}/openings`, { ...base, title: 'Chauffør', paidFromStart: false });
    const open = (await get(cookie, '/api/openings?q=opslag%20lager&status=open')).json();
    assert.deepEqual(open.openings.map((o: { title: string }) => o.title), ['Chauffør']);
    const paid = (await get(cookie, '/api/openings?q=opslag&paidFromStart=true')).json();
    assert.deepEqual(paid.openings.map((o: { title: string }) => o.title), ['Lagermedhjælper']);
    assert.equal((await get(cookie, '/api/openings?industry10=trade_transport&postcode=4300')).json().openings.length >= 2, true);
    const detail = (await get(cookie, `/api/companies/${company.id}`)).json();
    assert.equal(detail.openings.length, 2);
    assert.equal(detail.openOpenings, 1);
  });

  test('a company’s placements list citizens in the caller’s scope (audited) and hide the others; the company figures count them all', async () => {
    const f = t().fixture;
    const consultant = await t().login('virksomhedskonsulent');
    const company = await createCompany(consultant, { name: 'Praktik ApS' });
    const anna = f.citizensA[0]!;
    const cecilie = f.citizensB[0]!;
    const courseA = await insertCourse(db(), { citizenId: anna.id, unitId: f.teamA, modelId: 'stv', enrolmentDate: day(-200), phase: 'virksomhedsforloeb' });
    const courseB = await insertCourse(db(), { citizenId: cecilie.id, unitId: f.teamB, modelId: 'stv', enrolmentDate: day(-200), phase: 'virksomhedsforloeb' });
    const running = await db()
      .insertInto('placement')
      .values({ course_id: courseA, company_id: company.id, type: 'hybrid', from_date: day(-60) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db()
      .insertInto('placement')
      .values({ course_id: courseB, company_id: company.id, type: 'virksomhedspraktik', from_date: day(-150), to_date: day(-70), end_reason: 'converted_to_paid' })
      .execute();
    const monday = (offset: number) => {
      const d = toDay(today) + offset;
      const weekday = (new Date(`${fromDay(d)}T00:00:00Z`).getUTCDay() + 6) % 7;
      return fromDay(d - weekday);
    };
    await db()
      .insertInto('placement_hours')
      .values([
        { placement_id: running.id, week_start: monday(-21), planned_unpaid_hours: 10, actual_unpaid_hours: 10, actual_paid_hours: 2.5 },
        { placement_id: running.id, week_start: monday(-14), planned_unpaid_hours: 10, actual_unpaid_hours: 8, actual_paid_hours: 4 },
        { placement_id: running.id, week_start: monday(7), planned_unpaid_hours: 10, planned_paid_hours: 5 },
      ])
      .execute();

    const cookie = await t().login('jobformidler');
    const response = await get(cookie, `/api/companies/${company.id}/placements`);
    assert.equal(response.statusCode, 200, response.body);
    const placements = response.json().placements;
    assert.equal(placements.length, 2);
    assert.deepEqual(placements[0].citizen, { id: anna.id, name: 'Anna Testesen', courseId: courseA });
    assert.equal(placements[0].paidHoursTotal, 6.5);
    assert.equal(placements[0].unpaidHoursTotal, 18);
    assert.deepEqual(placements[0].latestWeek, { weekStart: monday(-14), unpaidHours: 8, paidHours: 4 });
    assert.equal(placements[1].citizen, null, 'Team B’s citizen is not revealed to Team A');
    assert.equal(placements[1].endReason, 'converted_to_paid');

    const audit = await db().selectFrom('audit_event').select(['citizen_pseudonym']).where('action', '=', 'company.placements.list').execute();
    assert.deepEqual(audit.map((a) => a.citizen_pseudonym), [anna.pseudonym]);

    const detail = (await get(cookie, `/api/companies/${company.id}`)).json();
    assert.deepEqual(detail.stats, { placementsRunning: 1, placementsPast: 1, paidHoursTotal: 6.5, placementsWithPaidHours: 2, conversions: 1 });
    assert.equal(detail.runningPlacements, 1);
    const leder = await t().login('leder');
    const all = (await get(leder, `/api/companies/${company.id}/placements`)).json().placements;
    assert.ok(all.every((p: { citizen: unknown }) => p.citizen !== null), 'the manager sees both teams');
  });

  test('the CSV exports have a BOM, Danish headers, ; separators, decimal commas and quoting', async () => {
    const cookie = await t().login('virksomhedskonsulent');
    const company = await createCompany(cookie, { name: 'Hansen; Jensen & "Co"', phone: '+45 20 30 40 50', sizeBand: '1-9', addresses: mainAddress('4300', 'Ahlgade 2') });
    await post(cookie, `/api/companies/${company.id}/openings`, { title: 'Kantine', tasks: 'Opvask', postcode: '4300', hoursMin: 2.5, hoursMax: 6, openFrom: day(-3) });
    await post(cookie, `/api/companies/${company.id}/interactions`, { kind: 'visit', date: day(-2) });
    const response = await get(cookie, '/api/companies.csv?q=Hansen');
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(String(response.headers['content-disposition']), /attachment; filename="virksomheder-.*\.csv"/);
    const text = response.body;
    assert.ok(text.startsWith('\uFEFFCVR;Navn;Branchekode;Branche;Størrelse;Sektor;Adresse;Postnr;By;Telefon;E-mail;'), text.slice(0, 120));
    const lines = text.slice(1).split('\r\n');
    assert.equal(lines.length, 3, 'header, one company, final line end');
    const [d, m, y] = [day(-2).slice(8, 10), day(-2).slice(5, 7), day(-2).slice(0, 4)];
    assert.ok(lines[1]!.startsWith(`${company.cvr};"Hansen; Jensen & ""Co""";;;1-9 ansatte;Privat;Ahlgade 2;4300;Holbæk;'+45 20 30 40 50;`), lines[1]);
    assert.ok(lines[1]!.includes(`;${d}.${m}.${y};1;0;Nej;Nej`), lines[1]);

    const openings = await get(cookie, '/api/openings.csv?q=Kantine');
    assert.equal(openings.statusCode, 200, openings.body);
    assert.equal(openings.headers['content-type'], 'text/csv; charset=utf-8');
    assert.ok(openings.body.startsWith('\uFEFFVirksomhed;Titel;Opgaver;'));
    assert.ok(openings.body.includes(';4300;Holbæk;2,5;6;Nej;1;0;Åben;'), openings.body);
    const mentor = await t().login('mentor');
    assert.equal((await get(mentor, '/api/companies.csv')).statusCode, 200);
    const analyst = await t().login('analytiker');
    assert.equal((await get(analyst, '/api/companies.csv')).statusCode, 403);
  });

  test('every company route is in the OpenAPI document', async () => {
    const openapi = await t().request(undefined, { method: 'GET', url: '/api/openapi.json' });
    assert.equal(openapi.statusCode, 200);
    const paths = Object.keys(openapi.json().paths);
    for (const path of [
      '/api/companies',
      '/api/companies.csv',
      '/api/companies/{id}',
      '/api/companies/{id}/contact-persons',
      '/api/contact-persons/{id}',
      '/api/companies/{id}/interactions',
      '/api/companies/{id}/cooperation-agreements',
      '/api/cooperation-agreements/{id}',
      '/api/companies/{id}/openings',
      '/api/openings',
      '/api/openings.csv',
      '/api/openings/{id}',
      '/api/companies/{id}/placements',
      '/api/companies/import/preview',
      '/api/companies/import',
    ]) {
      assert.ok(paths.includes(path), path);
    }
  });
});

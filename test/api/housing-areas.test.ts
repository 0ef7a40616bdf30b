import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/suite.ts';

const solbakken = { name: 'Solbakken', postcodes: [], addresses: [{ street: 'Solbakken', postcode: '4300', from: 1, to: 48 }] };

forEachDatabase('housing areas and the TRIN target group', (t) => {
  const db = () => t().db.handle.db;
  const areaRule = async (cookie: string, citizenId: string) => {
    const response = await t().request(cookie, { method: 'GET', url: `/api/models/trin-model/eligibility/${citizenId}` });
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    return { status: body.status as string, rule: body.rules.find((r: { ruleId: string }) => r.ruleId === 'area') };
  };
  const setAddress = (citizenId: string, addressLine: string | null, postcode: string | null) =>
    db().updateTable('citizen').set({ address_line: addressLine, postcode }).where('id', '=', citizenId).execute();

  test('TRIN eligibility says no housing areas are defined, rather than that the address is missing, for a citizen with an address', async () => {
    const cookie = await t().login('jobformidler');
    const anna = t().fixture.citizensA[0]!;
    await setAddress(anna.id, 'Solbakken 12, 2. th', '4300');
    const { status, rule } = await areaRule(cookie, anna.id);
    assert.equal(status, 'undetermined');
    assert.equal(rule.outcome, 'unknown');
    assert.equal(rule.reasonCode, 'area.no_areas');
  });

  test('an admin defines a housing area by address ranges and postcodes; it is listed for every user and audited', async () => {
    const admin = await t().login('admin');
    const created = await t().request(admin, { method: 'POST', url: '/api/housing-areas', payload: { ...solbakken, postcodes: ['4390'] } });
    assert.equal(created.statusCode, 201, created.body);
    assert.deepEqual(created.json().addresses, solbakken.addresses);
    assert.deepEqual(created.json().postcodes, ['4390']);
    assert.equal(created.json().version, 1);
    const list = await t().request(await t().login('jobformidler'), { method: 'GET', url: '/api/housing-areas' });
    assert.deepEqual(list.json().housingAreas.map((a: { name: string }) => a.name), ['Solbakken']);
    const audit = await db().selectFrom('audit_event').select('detail').where('action', '=', 'housing_area.create').execute();
    assert.equal(audit.length, 1);
  });

  test('TRIN eligibility decides housing-area membership from the address, with a reason code for each case', async () => {
    const cookie = await t().login('jobformidler');
    const anna = t().fixture.citizensA[0]!;
    const bo = t().fixture.citizensA[1]!;
    await setAddress(anna.id, 'Solbakken 12, 2. th', '4300');
    const inside = await areaRule(cookie, anna.id);
    assert.equal(inside.status, 'eligible', JSON.stringify(inside.rule));
    assert.equal(inside.rule.reasonCode, 'area.inside');
    assert.equal(inside.rule.area, 'Solbakken');

    await setAddress(bo.id, 'Storegade 3', '4300');
    const outside = await areaRule(cookie, bo.id);
    assert.equal(outside.status, 'not_eligible');
    assert.equal(outside.rule.reasonCode, 'area.outside');

    await setAddress(bo.id, 'Hovedgaden 1', '4390');
    assert.equal((await areaRule(cookie, bo.id)).rule.reasonCode, 'area.inside');

    await setAddress(bo.id, null, null);
    const noAddress = await areaRule(cookie, bo.id);
    assert.equal(noAddress.status, 'undetermined');
    assert.equal(noAddress.rule.reasonCode, 'area.no_address');
  });

  test('a bad housing area is refused field by field; a taken name, a stale version and a non-admin are refused', async () => {
    const admin = await t().login('admin');
    const bad = await t().request(admin, {
      method: 'POST',
      url: '/api/housing-areas',
      payload: { name: 'Nordparken', postcodes: [], addresses: [{ street: 'Nordvej', postcode: '4300', from: 20, to: 2 }, { street: '12', postcode: '43', from: null, to: null }] },
    });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.match(bad.json().error.fields['addresses.0'], /første husnummer/);
    assert.match(bad.json().error.fields['addresses.1'], /Postnummeret/);
    const empty = await t().request(admin, { method: 'POST', url: '/api/housing-areas', payload: { name: 'Tom', postcodes: [], addresses: [] } });
    assert.equal(empty.statusCode, 400);
    assert.ok(empty.json().error.fields.postcodes);
    const badPostcode = await t().request(admin, { method: 'POST', url: '/api/housing-areas', payload: { name: 'X', postcodes: ['43a0'], addresses: [] } });
    assert.equal(badPostcode.statusCode, 400);
    assert.ok(badPostcode.json().error.fields['postcodes.0']);
    const taken = await t().request(admin, { method: 'POST', url: '/api/housing-areas', payload: { ...solbakken, name: ' solbakken ' } });
    assert.equal(taken.statusCode, 409);
    assert.ok(taken.json().error.fields.name);

    const [area] = (await t().request(admin, { method: 'GET', url: '/api/housing-areas' })).json().housingAreas;
    const updated = await t().request(admin, { method: 'PUT', url: `/api/housing-areas/${area.id}`, payload: { ...solbakken, postcodes: [], version: area.version } });
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.json().version, area.version + 1);
    assert.deepEqual(updated.json().postcodes, []);
    const staleWrite = await t().request(admin, { method: 'PUT', url: `/api/housing-areas/${area.id}`, payload: { ...solbakken, version: area.version } });
    assert.equal(staleWrite.statusCode, 409);

    const broker = await t().login('jobformidler');
    const refused = await t().request(broker, { method: 'POST', url: '/api/housing-areas', payload: { ...solbakken, name: 'Andet' } });
    assert.equal(refused.statusCode, 403);
    assert.equal((await t().request(broker, { method: 'DELETE', url: `/api/housing-areas/${area.id}` })).statusCode, 403);

    assert.equal((await t().request(admin, { method: 'DELETE', url: `/api/housing-areas/${area.id}` })).statusCode, 204);
    assert.equal((await t().request(admin, { method: 'DELETE', url: `/api/housing-areas/${area.id}` })).statusCode, 404);
    assert.deepEqual((await t().request(admin, { method: 'GET', url: '/api/housing-areas' })).json().housingAreas, []);
  });
});

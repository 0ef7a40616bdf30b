/**
 * Answering a citizen's access request (GDPR art. 15, issue 9 item 21): the
 * audit log searched by citizen (CPR number in the body, looked up and the
 * lookup audited), staff member, action and period; a list page is one
 * event naming every citizen it showed, and the search finds a citizen who
 * only appeared on a list.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { forEachDatabase } from '../helpers/suite.ts';
import { cprLookupHash } from '../../src/domain/identity/cpr-lookup-hash.ts';

interface Event {
  action: string;
  staffUsername: string | null;
  staffName: string | null;
  citizenPseudonym: string | null;
  citizenPseudonyms: string[];
  route: string | null;
}

forEachDatabase('audit search for access requests', (t) => {
  const db = () => t().db.handle.db;
  const today = new Date().toISOString().slice(0, 10);
  const search = async (cookie: string, body: Record<string, unknown>) => t().request(cookie, { method: 'POST', url: '/api/audit/search', payload: body });

  test('a list page is one audit event naming every citizen it showed', async () => {
    const broker = await t().login('jobformidler');
    const before = Number((await db().selectFrom('audit_event').select((eb) => eb.fn.countAll().as('n')).where('action', '=', 'citizen.list').executeTakeFirstOrThrow()).n);
    const list = await t().request(broker, { method: 'GET', url: '/api/citizens?limit=500' });
    assert.equal(list.statusCode, 200);
    const shown = list.json().items.map((c: { pseudonym: string }) => c.pseudonym);
    assert.equal(shown.length, 2);
    const rows = await db().selectFrom('audit_event').selectAll().where('action', '=', 'citizen.list').orderBy('id').execute();
    assert.equal(rows.length, before + 1, 'one event for the list, not one per citizen');
    assert.deepEqual(new Set(rows.at(-1)!.citizen_pseudonyms), new Set(shown));
    assert.equal(rows.at(-1)!.citizen_pseudonym, null);
  });

  test('an administrator finds every access to a citizen by CPR number, including the lists the citizen appeared on', async () => {
    const bo = t().fixture.citizensA[1]!;
    const broker = await t().login('jobformidler');
    await t().request(broker, { method: 'GET', url: '/api/citizens?limit=500' });
    await t().request(broker, { method: 'GET', url: `/api/citizens/${bo.id}` });
    const admin = await t().login('admin');
    const response = await search(admin, { cpr: '150275-2345', limit: 500 });
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as { citizen: { pseudonym: string }; total: number; items: Event[] };
    assert.equal(body.citizen.pseudonym, bo.pseudonym);
    const actions = body.items.map((e) => e.action);
    assert.ok(actions.includes('citizen.list'), 'the list Bo appeared on');
    assert.ok(actions.includes('citizen.read'));
    assert.ok(body.items.every((e) => e.citizenPseudonyms.includes(bo.pseudonym)));
    const read = body.items.find((e) => e.action === 'citizen.read')!;
    assert.equal(read.staffUsername, 'jobformidler');
    assert.equal(read.staffName, 'Test jobformidler');
    // The lookup itself is audited, naming the citizen; the CPR number is stored nowhere in the log.
    const lookups = await db().selectFrom('audit_event').selectAll().where('action', '=', 'audit.lookup_by_cpr').execute();
    assert.ok(lookups.some((l) => l.citizen_pseudonym === bo.pseudonym && l.staff_username === 'admin'));
    const leaked = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_event WHERE coalesce(detail::text, '') LIKE '%150275%' OR coalesce(route, '') LIKE '%150275%'`.execute(db());
    assert.equal(leaked.rows[0]!.n, 0);
    assert.ok(!t().logs.join('').includes('1502752345') && !t().logs.join('').includes('150275-2345'), 'no CPR number in the logs');
  });

  test('the search narrows by staff member, action and period', async () => {
    const bo = t().fixture.citizensA[1]!;
    const admin = await t().login('admin');
    const byStaff = (await search(admin, { cpr: '1502752345', staff: 'leder', limit: 500 })).json();
    assert.equal(byStaff.total, 0, 'the manager has not looked at Bo');
    const byAction = (await search(admin, { citizen: bo.pseudonym, action: 'citizen.read', limit: 500 })).json() as { items: Event[] };
    assert.ok(byAction.items.length > 0 && byAction.items.every((e) => e.action === 'citizen.read'));
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    assert.equal((await search(admin, { citizen: bo.pseudonym, to: yesterday })).json().total, 0);
    assert.ok((await search(admin, { citizen: bo.pseudonym, from: today, to: today })).json().total > 0);
  });

  test('an unknown or malformed CPR number is refused on the field, and the unsuccessful lookup is audited', async () => {
    const admin = await t().login('admin');
    const unknown = await search(admin, { cpr: '010203-1234' });
    assert.equal(unknown.statusCode, 404);
    assert.ok(unknown.json().error.fields.cpr);
    const notFound = await db().selectFrom('audit_event').select('detail').where('action', '=', 'audit.lookup_by_cpr').where('staff_username', '=', 'admin').orderBy('id', 'desc').executeTakeFirstOrThrow();
    // Not the number: a hash keyed with the installation secret (issue 10 item 4).
    assert.deepEqual(typeof notFound.detail === 'string' ? JSON.parse(notFound.detail) : notFound.detail, { found: false, cprHash: cprLookupHash(t().app.ctx.installationSecret, '0102031234') });
    const malformed = await search(admin, { cpr: '12345' });
    assert.equal(malformed.statusCode, 400);
    assert.ok(malformed.json().error.fields.cpr);
    const both = await search(admin, { cpr: '150275-2345', citizen: 'P-X' });
    assert.equal(both.statusCode, 400);
  });

  test('a manager answers access requests for the job centre; front-line roles and analysts may not search', async () => {
    const leder = await t().login('leder');
    const response = await search(leder, { cpr: '150275-2345' });
    assert.equal(response.statusCode, 200, response.body);
    for (const role of ['jobformidler', 'virksomhedskonsulent', 'mentor', 'analytiker']) {
      const cookie = await t().login(role);
      assert.equal((await search(cookie, { cpr: '150275-2345' })).statusCode, 403, role);
    }
  });

  test('the list column of the audit log has a GIN index', async () => {
    const index = await sql<{ indexdef: string }>`SELECT indexdef FROM pg_indexes WHERE tablename = 'audit_event' AND indexname = 'audit_event_citizen_list'`.execute(db());
    assert.match(index.rows[0]?.indexdef ?? '', /USING gin \(citizen_pseudonyms\)/);
  });
});

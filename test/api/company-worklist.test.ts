import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromDay, toDay } from '../../src/domain/rules/days.ts';
import { isoDay } from '../../src/store/facts.ts';
import { insertCourse } from '../helpers/cases.ts';
import { forEachDatabase } from '../helpers/suite.ts';

const today = isoDay(new Date());
const day = (offset: number) => fromDay(toDay(today) + offset);

interface FollowUpItem {
  placementId: string;
  citizen: { id: string; name: string };
  company: { id: string; name: string };
  type: string;
  dueOn: string;
  status: 'due' | 'overdue';
  source: 'planned' | 'rule';
  explanation: string;
}

forEachDatabase('company consultant worklist', (t) => {
  const db = () => t().db.handle.db;
  const get = (cookie: string, url: string) => t().request(cookie, { method: 'GET', url });
  const post = (cookie: string, url: string, payload: Record<string, unknown>) => t().request(cookie, { method: 'POST', url, payload });

  let cvr = 20000000;
  async function company(name: string, lastInteraction: string | null) {
    const f = t().fixture;
    const row = await db()
      .insertInto('company')
      .values({ municipality_id: f.municipalityId, cvr: String(cvr++), name, owner_staff_id: f.staff.virksomhedskonsulent!.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (lastInteraction) {
      await db().insertInto('company_interaction').values({ company_id: row.id, kind: 'visit', interaction_date: lastInteraction, staff_id: f.staff.virksomhedskonsulent!.id }).execute();
    }
    return row.id;
  }

  async function agreement(courseId: string, companyId: string, versions: { madeOn: string; clause: boolean; intent: boolean }[]) {
    const wa = await db().insertInto('work_agreement').values({ course_id: courseId, company_id: companyId }).returning('id').executeTakeFirstOrThrow();
    for (const [i, v] of versions.entries()) {
      await db()
        .insertInto('work_agreement_version')
        .values({ agreement_id: wa.id, version_no: i + 1, made_on: v.madeOn, ordinary_hours_clause: v.clause, declaration_of_intent: v.intent, content: JSON.stringify({ tasks: 'x' }) })
        .execute();
    }
    return wa.id;
  }

  let annaCourse = '';
  let annaPlacement = '';
  let boPlacement = '';
  let unlinkedAgreement = '';
  const companies: Record<string, string> = {};

  test('set-up: an FSM placement without follow-ups, a TRIN placement with a planned follow-up, companies with old contacts', async () => {
    const f = t().fixture;
    const consultant = await t().login('virksomhedskonsulent');
    // Anna: Flere skal med group 1 in job match, the consultant is company consultant on the course.
    const fsm = await insertCourse(db(), {
      citizenId: f.citizensA[0]!.id,
      unitId: f.teamA,
      modelId: 'flere-skal-med',
      enrolmentDate: day(-200),
      phase: 'jobmatch',
      group: '1',
      jobBrokerId: f.staff.jobformidler!.id,
    });
    await db().insertInto('course_staff').values({ course_id: fsm, staff_id: f.staff.virksomhedskonsulent!.id, role: 'company_consultant', from_date: day(-200) }).execute();
    await db().insertInto('job_goal').values({ course_id: fsm, tier: 'A', occupation_text: 'Kok', concrete: true, own_wish: true, set_on: day(-150) }).execute();
    companies.kitchen = await company('Køkkenet ApS', day(-100));
    companies.never = await company('Aldrig Kontaktet A/S', null);
    companies.recent = await company('Nylig Kontakt I/S', day(-10));
    const noClause = await agreement(fsm, companies.kitchen, [
      { madeOn: day(-60), clause: true, intent: false },
      { madeOn: day(-45), clause: false, intent: false },
      { madeOn: day(-42), clause: false, intent: false },
    ]);
    const started = await post(consultant, `/api/courses/${fsm}/placements`, { companyId: companies.kitchen, type: 'loentilskud', from: day(-40), workAgreementId: noClause });
    assert.equal(started.statusCode, 201, started.body);
    assert.deepEqual(started.json().phaseChange, { from: 'jobmatch', to: 'virksomhedsforloeb', on: day(-40) });
    annaPlacement = started.json().id;
    annaCourse = fsm;
    unlinkedAgreement = await agreement(fsm, companies.recent, [{ madeOn: day(-3), clause: false, intent: false }]);

    // Bo: TRIN model; the consultant holds no role but starts the placement and follows up.
    const trin = await insertCourse(db(), {
      citizenId: f.citizensA[1]!.id,
      unitId: f.teamA,
      modelId: 'trin-model',
      enrolmentDate: day(-100),
      phase: 'TRIN2',
      jobBrokerId: f.staff.jobformidler!.id,
    });
    await db().insertInto('job_goal').values({ course_id: trin, tier: 'A', occupation_text: 'Lager', concrete: false, own_wish: true, set_on: day(-90) }).execute();
    const bo = await post(consultant, `/api/courses/${trin}/placements`, { companyId: companies.never, type: 'virksomhedspraktik', from: day(-14) });
    assert.equal(bo.statusCode, 201, bo.body);
    boPlacement = bo.json().id;
    const followUp = await post(consultant, `/api/placements/${boPlacement}/follow-ups`, { heldOn: day(-2), nextFollowUpOn: day(5) });
    assert.equal(followUp.statusCode, 201, followUp.body);
  });

  test('the consultant sees the planned follow-up, the rule’s overdue follow-up, the agreements without ordinary hours and companies not contacted', async () => {
    const f = t().fixture;
    const consultant = await t().login('virksomhedskonsulent');
    const response = await get(consultant, '/api/company-worklist');
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.deepEqual(body.staff, { id: f.staff.virksomhedskonsulent!.id, name: 'Test virksomhedskonsulent' });
    assert.equal(body.notContactedDays, 90);

    const items: FollowUpItem[] = body.followUpsDue;
    const planned = items.find((i) => i.placementId === boPlacement && i.source === 'planned');
    assert.ok(planned, 'the next follow-up date is on the worklist');
    assert.equal(planned.dueOn, day(5));
    assert.equal(planned.status, 'due');
    assert.equal(planned.citizen.name, 'Bo Testesen');
    assert.equal(planned.company.name, 'Aldrig Kontaktet A/S');
    assert.match(planned.explanation, /planlagt/);
    assert.ok(!items.some((i) => i.placementId === boPlacement && i.source === 'rule'), 'a follow-up two days ago satisfies the 28-day rule');

    const rule = items.find((i) => i.placementId === annaPlacement && i.source === 'rule');
    assert.ok(rule, 'the model’s follow_up_interval rule');
    assert.equal(rule.status, 'overdue');
    assert.equal(rule.dueOn, day(-12), '28 days after the start');
    assert.match(rule.explanation, /Ingen opfølgning/);
    assert.equal(rule.type, 'loentilskud');
    assert.equal(items[0]!.status, 'overdue', 'overdue first');

    const agreements = body.agreementsMissingOrdinaryHours;
    const linked = agreements.find((a: { placementId: string | null }) => a.placementId === annaPlacement);
    assert.ok(linked);
    assert.equal(linked.since, day(-45), 'since the version that dropped the clause');
    assert.equal(linked.company.name, 'Køkkenet ApS');
    const unlinked = agreements.find((a: { workAgreementId: string }) => a.workAgreementId === unlinkedAgreement);
    assert.ok(unlinked, 'an agreement for a coming placement');
    assert.equal(unlinked.placementId, null);

    const names = body.companiesNotContacted.map((c: { company: { name: string } }) => c.company.name);
    assert.ok(names.includes('Køkkenet ApS'));
    assert.ok(names.includes('Aldrig Kontaktet A/S'));
    assert.ok(!names.includes('Nylig Kontakt I/S'));
    const old = body.companiesNotContacted.find((c: { company: { id: string } }) => c.company.id === companies.kitchen);
    assert.deepEqual([old.lastInteractionOn, old.days], [day(-100), 100]);
    const never = body.companiesNotContacted.find((c: { company: { id: string } }) => c.company.id === companies.never);
    assert.deepEqual([never.lastInteractionOn, never.days], [null, null]);
    assert.equal(body.companiesNotContacted[0].lastInteractionOn, null, 'never contacted first');

    const shorter = (await get(consultant, '/api/company-worklist?notContactedDays=7')).json();
    assert.ok(shorter.companiesNotContacted.some((c: { company: { name: string } }) => c.company.name === 'Nylig Kontakt I/S'));
    const invalid = await get(consultant, '/api/company-worklist?notContactedDays=5');
    assert.equal(invalid.statusCode, 400);
    assert.ok(invalid.json().error.fields.notContactedDays);
  });

  test('a follow-up recorded with a next date far ahead clears the planned item; an agreement with a declaration clears the agreement item', async () => {
    const consultant = await t().login('virksomhedskonsulent');
    await post(consultant, `/api/placements/${boPlacement}/follow-ups`, { heldOn: day(-1), nextFollowUpOn: day(30) });
    await db()
      .insertInto('work_agreement_version')
      .values({ agreement_id: unlinkedAgreement, version_no: 2, made_on: day(-1), ordinary_hours_clause: false, declaration_of_intent: true, content: JSON.stringify({ tasks: 'x' }) })
      .execute();
    const body = (await get(consultant, '/api/company-worklist')).json();
    assert.ok(!body.followUpsDue.some((i: FollowUpItem) => i.placementId === boPlacement));
    assert.ok(!body.agreementsMissingOrdinaryHours.some((a: { workAgreementId: string }) => a.workAgreementId === unlinkedAgreement));
  });

  test('a leder may look at a colleague; a job broker may not; an analyst is refused; another team sees none of it; reads are audited', async () => {
    const f = t().fixture;
    const leder = await t().login('leder');
    const theirs = await get(leder, `/api/company-worklist?staff=${f.staff.virksomhedskonsulent!.id}`);
    assert.equal(theirs.statusCode, 200, theirs.body);
    assert.ok(theirs.json().followUpsDue.some((i: FollowUpItem) => i.placementId === annaPlacement));
    const broker = await t().login('jobformidler');
    assert.equal((await get(broker, `/api/company-worklist?staff=${f.staff.virksomhedskonsulent!.id}`)).statusCode, 403);
    const own = (await get(broker, '/api/company-worklist')).json();
    assert.ok(own.followUpsDue.some((i: FollowUpItem) => i.placementId === annaPlacement), 'the job broker of the course follows its placements too');
    assert.equal(own.companiesNotContacted.length, 0, 'owns no companies');
    const analyst = await t().login('analytiker');
    assert.equal((await get(analyst, '/api/company-worklist')).statusCode, 403);
    const otherTeam = await t().login('jobformidler.b');
    const b = await get(otherTeam, '/api/company-worklist');
    assert.equal(b.statusCode, 200);
    assert.deepEqual(b.json().followUpsDue, []);
    // One event per worklist read, naming every citizen shown.
    const reads = await db().selectFrom('audit_event').select(['citizen_pseudonyms', 'staff_username']).where('action', '=', 'company_worklist.read').execute();
    assert.ok(reads.some((r) => r.citizen_pseudonyms?.includes(f.citizensA[0]!.pseudonym) && r.staff_username === 'virksomhedskonsulent'));
    assert.ok(reads.some((r) => r.citizen_pseudonyms?.includes(f.citizensA[0]!.pseudonym) && r.staff_username === 'leder'));
  });

  test('a running ordinary-hours placement gets the model’s follow-up item too (retention, 000 KE6)', async () => {
    const consultant = await t().login('virksomhedskonsulent');
    const started = await post(consultant, `/api/courses/${annaCourse}/placements`, { companyId: companies.never, type: 'ordinary_hours', from: day(-30) });
    assert.equal(started.statusCode, 201, started.body);
    const items: FollowUpItem[] = (await get(consultant, '/api/company-worklist')).json().followUpsDue;
    const rule = items.find((i) => i.placementId === started.json().id && i.source === 'rule');
    assert.ok(rule, 'the follow_up_interval rule covers ordinary hours');
    assert.deepEqual([rule.type, rule.status, rule.dueOn], ['ordinary_hours', 'overdue', day(-2)]);
    assert.match(rule.explanation, /ordinære timer/);

    // Retention on ordinary work is recorded as aftercare; a visit with the company is a follow-up there.
    const phone = await post(consultant, `/api/placements/${started.json().id}/aftercare`, { date: day(-1), kind: 'phone', withWhom: 'company' });
    assert.equal(phone.statusCode, 201, phone.body);
    const afterPhone: FollowUpItem[] = (await get(consultant, '/api/company-worklist')).json().followUpsDue;
    assert.ok(afterPhone.some((i) => i.placementId === started.json().id && i.source === 'rule'), 'a phone call is not a follow-up at the company');
    const visit = await post(consultant, `/api/placements/${started.json().id}/aftercare`, { date: day(-1), kind: 'company_visit', withWhom: 'both' });
    assert.equal(visit.statusCode, 201, visit.body);
    const afterVisit: FollowUpItem[] = (await get(consultant, '/api/company-worklist')).json().followUpsDue;
    assert.ok(!afterVisit.some((i) => i.placementId === started.json().id && i.source === 'rule'), 'the visit yesterday satisfies the 28-day rule');
  });
});

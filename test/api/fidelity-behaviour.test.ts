/**
 * Behavioural fidelity from the case tables (store/fidelity/behaviour.ts):
 * per unit (its subtree) and date, checks met of checks applied per core
 * element; facts and overrides dated after the day do not count.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { loadBehaviour } from '../../src/store/fidelity/behaviour.ts';
import type { ElementBehaviour } from '../../src/domain/fidelity/behaviour.ts';
import { getModel } from '../../src/domain/models/registry.ts';
import { forEachDatabase } from '../helpers/suite.ts';
import { insertCourse } from '../helpers/cases.ts';
import { addTestCitizen } from '../helpers/citizens.ts';

const FSM = 'flere-skal-med';

function element(map: Map<string, Map<string, ElementBehaviour[]>>, unit: string, date: string, id: string): ElementBehaviour {
  const found = map.get(unit)?.get(date)?.find((e) => e.coreElementId === id);
  if (!found) throw new Error(`no ${id} for ${unit} on ${date}`);
  return found;
}

async function fsmCourse(db: Kysely<Database>, unitId: string, brokerId: string, name: string, enrolment: string): Promise<{ courseId: string; citizenId: string }> {
  const citizen = await addTestCitizen(db, { firstName: name, unitId, responsibleStaffId: brokerId });
  const courseId = await insertCourse(db, { citizenId: citizen.id, unitId, modelId: FSM, enrolmentDate: enrolment, phase: getModel(FSM).initialPhase, group: '1', jobBrokerId: brokerId });
  await db.updateTable('course').set({ visitation_date: enrolment }).where('id', '=', courseId).execute();
  return { courseId, citizenId: citizen.id };
}

async function contact(db: Kysely<Database>, c: { courseId: string; citizenId: string }, date: string): Promise<void> {
  await db.insertInto('contact').values({ citizen_id: c.citizenId, course_id: c.courseId, kind: 'meeting', contact_date: date, attendee_roles: ['citizen', 'job_broker'] }).execute();
}

forEachDatabase('behavioural fidelity store', (app) => {
  const db = () => app().db.handle.db;
  let a: { courseId: string; citizenId: string };
  let b: { courseId: string; citizenId: string };

  before(async () => {
    const f = app().fixture;
    a = await fsmCourse(db(), f.teamA, f.staff.jobformidler!.id, 'Adam', '2024-01-01');
    b = await fsmCourse(db(), f.teamB, f.staff['jobformidler.b']!.id, 'Bent', '2024-01-01');
    // A CV for Adam in time; none for Bent.
    await db().insertInto('cv_version').values({ citizen_id: a.citizenId, version_no: 1, content: {}, created_at: new Date('2024-01-10T10:00:00Z') }).execute();
    for (const c of [a, b]) {
      await contact(db(), c, '2024-01-05');
      await contact(db(), c, '2024-04-20');
    }
    // Contact rule lowered to 30 days: in team A from 1 February 2024, in team B only now (after every date asked).
    for (const [unitId, setAt] of [
      [f.teamA, new Date('2024-02-01T08:00:00Z')],
      [f.teamB, new Date()],
    ] as const) {
      await db()
        .insertInto('rule_override')
        .values({ unit_id: unitId, model_id: FSM, model_version: null, rule_id: 'ke2.contact', parameter: 'days', value: 30, reason: 'test', set_by: f.staff.leder!.id, set_at: setAt })
        .execute();
    }
  });

  test('per unit and date: KE1 counts the CV in time and the missing job goal and plan; the job centre pools its teams', async () => {
    const f = app().fixture;
    const date = '2024-03-01';
    const result = await loadBehaviour(db(), { modelId: FSM, unitIds: [f.teamA, f.teamB, f.jobcentreId], dates: [date] });
    assert.deepEqual(element(result, f.teamA, date, 'KE1'), { coreElementId: 'KE1', met: 1, checks: 3 });
    assert.deepEqual(element(result, f.teamB, date, 'KE1'), { coreElementId: 'KE1', met: 0, checks: 3 });
    assert.deepEqual(element(result, f.jobcentreId, date, 'KE1'), { coreElementId: 'KE1', met: 1, checks: 6 });
    // One citizen each: both job brokers within the caseload reference.
    assert.deepEqual(element(result, f.jobcentreId, date, 'RAMMER'), { coreElementId: 'RAMMER', met: 2, checks: 2 });
    // Elements without rules are absent.
    assert.deepEqual(result.get(f.teamA)!.get(date)!.map((e) => e.coreElementId), ['KE1', 'KE2', 'KE4', 'KE6', 'RAMMER']);
  });

  test('a contact after the day does not count on the day', async () => {
    const f = app().fixture;
    const result = await loadBehaviour(db(), { modelId: FSM, unitIds: [f.teamB], dates: ['2024-04-15', '2024-04-30'] });
    // KE2 = job broker assigned (met), contact rule, same broker (met).
    assert.deepEqual(element(result, f.teamB, '2024-04-15', 'KE2'), { coreElementId: 'KE2', met: 2, checks: 3 });
    assert.deepEqual(element(result, f.teamB, '2024-04-30', 'KE2'), { coreElementId: 'KE2', met: 3, checks: 3 });
  });

  test('an override counts from the day it was set: team A has 30 days on 10 February, team B still the default 42', async () => {
    const f = app().fixture;
    const date = '2024-02-10';
    const result = await loadBehaviour(db(), { modelId: FSM, unitIds: [f.teamA, f.teamB], dates: [date, '2024-01-31'] });
    // Last contact 5 January: 36 days before 10 February.
    assert.deepEqual(element(result, f.teamA, date, 'KE2'), { coreElementId: 'KE2', met: 2, checks: 3 });
    assert.deepEqual(element(result, f.teamB, date, 'KE2'), { coreElementId: 'KE2', met: 3, checks: 3 });
    // On 31 January the override was not set yet: 26 days, met under both.
    assert.deepEqual(element(result, f.teamA, '2024-01-31', 'KE2'), { coreElementId: 'KE2', met: 3, checks: 3 });
  });

  test('before the courses started nothing applies; a course that moved counts in its new unit from the move', async () => {
    const f = app().fixture;
    const before2024 = await loadBehaviour(db(), { modelId: FSM, unitIds: [f.jobcentreId], dates: ['2023-12-31'] });
    for (const e of before2024.get(f.jobcentreId)!.get('2023-12-31')!) assert.equal(e.checks, 0, e.coreElementId);
    // Bent's course moves to team A on 1 March 2024.
    await db().updateTable('course_unit').set({ to_date: '2024-02-29' }).where('course_id', '=', b.courseId).execute();
    await db().insertInto('course_unit').values({ course_id: b.courseId, unit_id: f.teamA, from_date: '2024-03-01' }).execute();
    await db().updateTable('course').set({ unit_id: f.teamA }).where('id', '=', b.courseId).execute();
    const moved = await loadBehaviour(db(), { modelId: FSM, unitIds: [f.teamA, f.teamB], dates: ['2024-02-15', '2024-03-15'] });
    assert.equal(element(moved, f.teamB, '2024-02-15', 'KE1').checks, 3);
    assert.equal(element(moved, f.teamA, '2024-02-15', 'KE1').checks, 3);
    assert.equal(element(moved, f.teamB, '2024-03-15', 'KE1').checks, 0);
    assert.equal(element(moved, f.teamA, '2024-03-15', 'KE1').checks, 6);
  });

  test('bad input: an unknown model or a malformed date is refused; no units gives an empty map', async () => {
    await assert.rejects(loadBehaviour(db(), { modelId: 'nope', unitIds: [app().fixture.teamA], dates: ['2024-01-01'] }), /Ukendt model 'nope'/);
    await assert.rejects(loadBehaviour(db(), { modelId: FSM, unitIds: [app().fixture.teamA], dates: ['2024-02-30'] }), /Ugyldig dato '2024-02-30'/);
    assert.equal((await loadBehaviour(db(), { modelId: FSM, unitIds: [], dates: ['2024-01-01'] })).size, 0);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/suite.ts';
import type { KyselyPlugin } from 'kysely';
import { isoDay } from '../../src/store/facts.ts';
import { citizenTimeline, timelineKinds } from '../../src/store/cases/timeline.ts';
import { timelineKinds as webTimelineKinds } from '../../web/src/api/records.ts';

const today = isoDay(new Date());
const dayOffset = (days: number) => isoDay(new Date(Date.now() + days * 86_400_000));

const planContent = (title = 'Job som gartnermedhjælper') => ({
  resources: 'Gode hænder og mødestabil',
  barriers: [{ text: 'Ondt i ryggen om morgenen', ownWords: true }],
  goals: [
    {
      id: 'g1',
      title,
      status: 'in_progress',
      targetDate: null,
      supportedBy: 'Mentor',
      subGoals: [{ id: 'g1-1', title: 'Praktik 10 timer om ugen', status: 'not_started', targetDate: null, supportedBy: null }],
    },
  ],
});

const cvContent = (profile = 'Stabil og glad for fysisk arbejde.') => ({
  profile,
  workExperience: [{ employer: 'Netto Holbæk', title: 'Butiksassistent', from: '2015-03', to: '2018-08', tasks: 'Varepåfyldning og kasse' }],
  education: [{ institution: 'EUC Nordvest', title: 'Grundforløb, anlægsgartner', from: '2012-08', to: '2013-06', completed: true }],
  courses: [{ title: 'Truckcertifikat', provider: 'AMU', year: 2019 }],
  competences: ['Truckkørsel', 'Kundeservice'],
  leisure: 'Fiskeri',
  languages: [{ language: 'Dansk', level: 'native' }],
  drivingLicence: ['B'],
});

const who5 = (values: (number | null)[]) => Object.fromEntries(values.map((v, i) => [`who${i + 1}`, v]));

forEachDatabase('case records', (t) => {
  const db = () => t().db.handle.db;
  const citizenA = () => t().fixture.citizensA[0]!;
  const citizenA2 = () => t().fixture.citizensA[1]!;
  const citizenB = () => t().fixture.citizensB[0]!;
  const courses = new Map<string, string>();

  /** A course created directly in the database (the course routes belong to another module). */
  async function course(citizenId: string, modelId = 'flere-skal-med', phase = 'afklaring'): Promise<string> {
    const key = `${citizenId}/${modelId}`;
    const existing = courses.get(key);
    if (existing) return existing;
    const citizen = await db().selectFrom('citizen').select('unit_id').where('id', '=', citizenId).executeTakeFirstOrThrow();
    const row = await db()
      .insertInto('course')
      .values({ citizen_id: citizenId, model_id: modelId, model_version: '1.0.0', current_phase: phase, unit_id: citizen.unit_id, enrolment_date: '2024-01-08' })
      .returning('id')
      .executeTakeFirstOrThrow();
    courses.set(key, row.id);
    // Team A's mentor and company consultant work on team A's courses: they see a citizen by
    // holding a course role (need to know), not by sharing the team.
    if (citizen.unit_id === t().fixture.teamA) {
      await db()
        .insertInto('course_staff')
        .values([
          { course_id: row.id, staff_id: t().fixture.staff.mentor!.id, role: 'mentor', from_date: '2024-01-08' },
          { course_id: row.id, staff_id: t().fixture.staff.virksomhedskonsulent!.id, role: 'company_consultant', from_date: '2024-01-08' },
        ])
        .execute();
    }
    return row.id;
  }

  const audits = (action: string, pseudonym: string) =>
    db().selectFrom('audit_event').selectAll().where('action', '=', action).where('citizen_pseudonym', '=', pseudonym).orderBy('id').execute();
  const count = async (table: 'plan_version' | 'job_goal' | 'cv_version' | 'contact' | 'measurement') =>
    Number((await db().selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  test('plan: each save is a new version, a stale base is refused with 409 and every version is kept', async () => {
    const cookie = await t().login('jobformidler');
    const courseId = await course(citizenA().id);
    const url = `/api/courses/${courseId}/plan`;

    const empty = await t().request(cookie, { method: 'GET', url });
    assert.equal(empty.statusCode, 200, empty.body);
    assert.deepEqual(empty.json(), { current: null, versions: [] });

    const first = await t().request(cookie, { method: 'POST', url, payload: { baseVersion: 0, content: planContent('Første mål') } });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().versionNo, 1);
    assert.equal(first.json().createdBy.id, t().fixture.staff.jobformidler!.id);
    assert.equal(first.json().content.goals[0].title, 'Første mål');

    const second = await t().request(cookie, { method: 'POST', url, payload: { baseVersion: 1, content: planContent('Andet mål') } });
    assert.equal(second.statusCode, 201, second.body);
    assert.equal(second.json().versionNo, 2);

    // A colleague who started from version 1 loses nothing and overwrites nothing.
    const stale = await t().request(cookie, { method: 'POST', url, payload: { baseVersion: 1, content: planContent('Forældet redigering') } });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'stale');
    assert.match(stale.json().error.fields.baseVersion, /version 2/);

    const read = (await t().request(cookie, { method: 'GET', url })).json();
    assert.equal(read.current.versionNo, 2);
    assert.equal(read.current.content.goals[0].title, 'Andet mål');
    assert.deepEqual(read.versions.map((v: { versionNo: number }) => v.versionNo), [2, 1]);
    const v1 = await t().request(cookie, { method: 'GET', url: `${url}/versions/1` });
    assert.equal(v1.statusCode, 200);
    assert.equal(v1.json().content.goals[0].title, 'Første mål');
    assert.equal((await t().request(cookie, { method: 'GET', url: `${url}/versions/9` })).statusCode, 404);

    const rows = await db().selectFrom('plan_version').select(['version_no']).where('course_id', '=', courseId).orderBy('version_no').execute();
    assert.deepEqual(rows.map((r) => r.version_no), [1, 2]);
    const created = await audits('plan.create', citizenA().pseudonym);
    assert.equal(created.length, 2);
    assert.equal(created[0]!.staff_username, 'jobformidler');
    assert.equal(created[0]!.route, '/api/courses/:id/plan');
    assert.ok((await audits('plan.read', citizenA().pseudonym)).length >= 3);
  });

  test('plan: invalid content is refused field by field and nothing is stored', async () => {
    const cookie = await t().login('jobformidler');
    const courseId = await course(citizenA().id);
    const before = await count('plan_version');
    const content = planContent('');
    content.goals[0]!.status = 'finished';
    content.goals[0]!.subGoals[0]!.targetDate = '2024-02-31' as never;
    const response = await t().request(cookie, { method: 'POST', url: `/api/courses/${courseId}/plan`, payload: { baseVersion: 2, content } });
    assert.equal(response.statusCode, 400);
    const fields = response.json().error.fields;
    assert.equal(fields['content.goals.0.title'], 'Skal udfyldes.');
    assert.ok(fields['content.goals.0.status']);
    assert.ok(fields['content.goals.0.subGoals.0.targetDate']);
    const missingBase = await t().request(cookie, { method: 'POST', url: `/api/courses/${courseId}/plan`, payload: { content: planContent() } });
    assert.equal(missingBase.statusCode, 400);
    assert.ok(missingBase.json().error.fields.baseVersion);
    assert.equal(await count('plan_version'), before);
  });

  test('plan: a mentor reads but cannot write (403), an analyst cannot read (403), team B sees nothing (404), a manager writes', async () => {
    const courseId = await course(citizenA().id);
    const url = `/api/courses/${courseId}/plan`;
    const mentor = await t().login('mentor');
    assert.equal((await t().request(mentor, { method: 'GET', url })).statusCode, 200);
    const write = await t().request(mentor, { method: 'POST', url, payload: { baseVersion: 2, content: planContent() } });
    assert.equal(write.statusCode, 403);
    assert.equal(write.json().error.code, 'forbidden');
    const analyst = await t().login('analytiker');
    assert.equal((await t().request(analyst, { method: 'GET', url })).statusCode, 403);
    const teamB = await t().login('jobformidler.b');
    assert.equal((await t().request(teamB, { method: 'GET', url })).statusCode, 404);
    assert.equal((await t().request(teamB, { method: 'POST', url, payload: { baseVersion: 2, content: planContent() } })).statusCode, 404);
    assert.equal((await t().request(teamB, { method: 'GET', url: `/api/courses/00000000-0000-4000-8000-000000000000/plan` })).statusCode, 404);
    const leder = await t().login('leder');
    const saved = await t().request(leder, { method: 'POST', url, payload: { baseVersion: 2, content: planContent('Lederens version') } });
    assert.equal(saved.statusCode, 201, saved.body);
    assert.equal(saved.json().versionNo, 3);
  });

  test('job goals: A/B/C tier, DISCO-08 or text, DB07; invalid input names the field; a goal is ended, not deleted', async () => {
    const cookie = await t().login('jobformidler');
    const courseId = await course(citizenA().id);
    const url = `/api/courses/${courseId}/job-goals`;
    const base = { tier: 'A', occupationCode: '6113', industryCode: '8130', concrete: true, ownWish: true, setOn: '2024-02-01' };
    const before = await count('job_goal');

    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, occupationCode: undefined }, 'occupationCode'],
      [{ ...base, occupationCode: '12345' }, 'occupationCode'],
      [{ ...base, industryCode: '1' }, 'industryCode'],
      [{ ...base, tier: 'D' }, 'tier'],
      [{ ...base, concrete: undefined }, 'concrete'],
      [{ ...base, setOn: dayOffset(3) }, 'setOn'],
      [{ ...base, setOn: '2024-13-01' }, 'setOn'],
    ];
    for (const [payload, field] of cases) {
      const response = await t().request(cookie, { method: 'POST', url, payload });
      assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
      assert.ok(response.json().error.fields[field], `fields.${field} in ${response.body}`);
    }
    assert.equal(await count('job_goal'), before, 'nothing stored on error');

    const a = await t().request(cookie, { method: 'POST', url, payload: { ...base, note: 'Vil gerne arbejde udendørs' } });
    assert.equal(a.statusCode, 201, a.body);
    assert.equal(a.json().tier, 'A');
    assert.equal(a.json().occupationCode, '6113');
    assert.equal(a.json().occupationText, null);
    assert.equal(a.json().endedOn, null);
    const c = await t().request(cookie, {
      method: 'POST',
      url,
      payload: { tier: 'C', occupationText: 'Lagermedarbejder', concrete: false, ownWish: false, setOn: '2024-02-01', occupationCode: '' },
    });
    assert.equal(c.statusCode, 201, c.body);
    assert.equal(c.json().occupationCode, null);

    const earlyEnd = await t().request(cookie, { method: 'PATCH', url: `/api/job-goals/${a.json().id}`, payload: { endedOn: '2024-01-01' } });
    assert.equal(earlyEnd.statusCode, 400);
    assert.ok(earlyEnd.json().error.fields.endedOn);
    const ended = await t().request(cookie, { method: 'PATCH', url: `/api/job-goals/${a.json().id}`, payload: { endedOn: '2024-03-01' } });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal(ended.json().endedOn, '2024-03-01');
    const again = await t().request(cookie, { method: 'PATCH', url: `/api/job-goals/${a.json().id}`, payload: { endedOn: '2024-03-02' } });
    assert.equal(again.statusCode, 409);

    const list = (await t().request(cookie, { method: 'GET', url })).json().jobGoals;
    assert.deepEqual(
      list.map((g: { tier: string; endedOn: string | null }) => [g.tier, g.endedOn]),
      [
        ['C', null],
        ['A', '2024-03-01'],
      ],
      'current goals first, ended ones kept',
    );

    const mentor = await t().login('mentor');
    assert.equal((await t().request(mentor, { method: 'POST', url, payload: base })).statusCode, 403);
    assert.equal((await t().request(mentor, { method: 'GET', url })).statusCode, 200);
    const teamB = await t().login('jobformidler.b');
    assert.equal((await t().request(teamB, { method: 'PATCH', url: `/api/job-goals/${c.json().id}`, payload: { endedOn: today } })).statusCode, 404);
    assert.equal((await audits('job_goal.create', citizenA().pseudonym)).length, 2);
    assert.equal((await audits('job_goal.end', citizenA().pseudonym)).length, 1);
  });

  test('CV: versions with a stale check; the printable Kompetence-CV has the name and no CPR; the PDF is a PDF', async () => {
    const cookie = await t().login('jobformidler');
    const citizen = citizenA();
    const url = `/api/citizens/${citizen.id}/cv`;
    assert.equal((await t().request(cookie, { method: 'GET', url: `${url}/print` })).statusCode, 404, 'no CV yet');

    const first = await t().request(cookie, { method: 'POST', url, payload: { baseVersion: 0, content: cvContent('Første profil') } });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().versionNo, 1);
    const stale = await t().request(cookie, { method: 'POST', url, payload: { baseVersion: 0, content: cvContent() } });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'stale');
    const second = await t().request(cookie, { method: 'POST', url, payload: { baseVersion: 1, content: cvContent('Anden profil') } });
    assert.equal(second.statusCode, 201);
    assert.equal(second.json().versionNo, 2);

    const bad = cvContent();
    bad.workExperience[0]!.to = '2010-01';
    const invalid = await t().request(cookie, { method: 'POST', url, payload: { baseVersion: 2, content: bad } });
    assert.equal(invalid.statusCode, 400);
    assert.ok(invalid.json().error.fields['content.workExperience.0.to']);

    const read = (await t().request(cookie, { method: 'GET', url })).json();
    assert.equal(read.current.content.profile, 'Anden profil');
    assert.deepEqual(read.versions.map((v: { versionNo: number }) => v.versionNo), [2, 1]);
    const v1 = await t().request(cookie, { method: 'GET', url: `${url}/versions/1` });
    assert.equal(v1.json().content.profile, 'Første profil');

    const cpr = citizen.cpr;
    const cprForms = [cpr, `${cpr.slice(0, 6)}-${cpr.slice(6)}`, cpr.slice(6)];
    const print = await t().request(cookie, { method: 'GET', url: `${url}/print` });
    assert.equal(print.statusCode, 200);
    assert.match(String(print.headers['content-type']), /^text\/html/);
    assert.match(print.body, /Anna Testesen/);
    assert.match(print.body, /Kompetence-CV/);
    assert.match(print.body, /Anden profil/);
    for (const form of cprForms) assert.ok(!print.body.includes(form), `no CPR (${form.length} chars) in the print`);
    const csp = String(print.headers['content-security-policy']);
    assert.match(csp, /style-src 'unsafe-inline'/);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /script-src/);
    const oldPrint = await t().request(cookie, { method: 'GET', url: `${url}/print?versionNo=1` });
    assert.match(oldPrint.body, /Første profil/);

    const other = await t().request(cookie, { method: 'GET', url: `/api/citizens/${citizen.id}` });
    assert.match(String(other.headers['content-security-policy']), /style-src 'self'/, 'the strict policy still applies elsewhere');

    const pdf = await t().request(cookie, { method: 'GET', url: `/api/citizens/${citizen.id}/cv.pdf` });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.match(String(pdf.headers['content-disposition']), /^attachment; filename="kompetence-cv-anna-testesen\.pdf"$/);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    const pdfText = pdf.rawPayload.toString('latin1');
    for (const form of cprForms) assert.ok(!pdfText.includes(form), 'no CPR in the PDF');

    const mentor = await t().login('mentor');
    assert.equal((await t().request(mentor, { method: 'GET', url: `${url}/print` })).statusCode, 200);
    assert.equal((await t().request(mentor, { method: 'POST', url, payload: { baseVersion: 2, content: cvContent() } })).statusCode, 403);
    const teamB = await t().login('jobformidler.b');
    assert.equal((await t().request(teamB, { method: 'GET', url: `/api/citizens/${citizen.id}/cv.pdf` })).statusCode, 404);
    const analyst = await t().login('analytiker');
    assert.equal((await t().request(analyst, { method: 'GET', url: `${url}/print` })).statusCode, 403);

    assert.equal((await audits('cv.create', citizen.pseudonym)).length, 2);
    assert.equal((await audits('cv.print', citizen.pseudonym)).length, 3);
    assert.equal((await audits('cv.pdf', citizen.pseudonym)).length, 1);
  });

  test('stored versions saved under other rules (imports, older versions) are still readable and printable', async () => {
    const citizen = citizenB();
    const courseId = await course(citizen.id);
    const staffId = t().fixture.staff['jobformidler.b']!.id;
    const legacyCv = { ...cvContent('Importeret'), education: [{ institution: 'Skole', title: 'Folkeskole', from: null, to: '1995', completed: true }], drivingLicence: ['B', 'B'] };
    legacyCv.workExperience[0]!.from = '2019-05';
    legacyCv.workExperience[0]!.to = '2018-01';
    await db().insertInto('cv_version').values({ citizen_id: citizen.id, version_no: 1, content: JSON.stringify(legacyCv), created_by: staffId }).execute();
    const legacyPlan = { ...planContent(), goals: [planContent().goals[0]!, planContent().goals[0]!] };
    await db().insertInto('plan_version').values({ course_id: courseId, version_no: 1, content: JSON.stringify(legacyPlan), created_by: staffId }).execute();
    const cookie = await t().login('jobformidler.b');
    const cv = await t().request(cookie, { method: 'GET', url: `/api/citizens/${citizen.id}/cv` });
    assert.equal(cv.statusCode, 200, cv.body);
    assert.equal(cv.json().current.content.education[0].to, '1995');
    const print = await t().request(cookie, { method: 'GET', url: `/api/citizens/${citizen.id}/cv/print` });
    assert.equal(print.statusCode, 200);
    assert.match(print.body, /Folkeskole, Skole/);
    const plan = await t().request(cookie, { method: 'GET', url: `/api/courses/${courseId}/plan` });
    assert.equal(plan.statusCode, 200, plan.body);
    assert.equal(plan.json().current.content.goals.length, 2);
    // A new save must meet today's rules.
    const resave = await t().request(cookie, { method: 'POST', url: `/api/citizens/${citizen.id}/cv`, payload: { baseVersion: 1, content: legacyCv } });
    assert.equal(resave.statusCode, 400);
    assert.ok(resave.json().error.fields['content.education.0.to']);
  });

  test('contacts: recorded by any case worker as themselves; no future dates; start meetings list attendees', async () => {
    const citizen = citizenA();
    const courseId = await course(citizen.id);
    const url = `/api/citizens/${citizen.id}/contacts`;
    const mentor = await t().login('mentor');
    const before = await count('contact');

    const future = await t().request(mentor, { method: 'POST', url, payload: { kind: 'meeting', date: dayOffset(2) } });
    assert.equal(future.statusCode, 400);
    assert.match(future.json().error.fields.date, /fremtiden/);
    const startMeeting = await t().request(mentor, { method: 'POST', url, payload: { kind: 'start_meeting', date: today, courseId } });
    assert.equal(startMeeting.statusCode, 400);
    assert.ok(startMeeting.json().error.fields.attendeeRoles);
    const badKind = await t().request(mentor, { method: 'POST', url, payload: { kind: 'coffee', date: today, durationBand: '2h' } });
    assert.equal(badKind.statusCode, 400);
    assert.ok(badKind.json().error.fields.kind);
    assert.ok(badKind.json().error.fields.durationBand);
    const otherCourse = await course(citizenA2().id);
    const wrongCourse = await t().request(mentor, { method: 'POST', url, payload: { kind: 'phone', date: today, courseId: otherCourse } });
    assert.equal(wrongCourse.statusCode, 400);
    assert.ok(wrongCourse.json().error.fields.courseId);
    assert.equal(await count('contact'), before, 'nothing stored on error');

    const walk = await t().request(mentor, {
      method: 'POST',
      url,
      payload: { courseId, kind: 'walk', date: '2024-03-04', durationBand: 'ge60', place: 'Havnen', contentCategories: ['health', 'job_goal'], attendeeRoles: ['citizen', 'mentor'], note: 'God snak' },
    });
    assert.equal(walk.statusCode, 201, walk.body);
    assert.equal(walk.json().staff.id, t().fixture.staff.mentor!.id);
    assert.deepEqual(walk.json().contentCategories, ['health', 'job_goal']);

    const broker = await t().login('jobformidler');
    const meeting = await t().request(broker, {
      method: 'POST',
      url,
      payload: { courseId, kind: 'start_meeting', date: '2024-01-10', attendeeRoles: ['citizen', 'job_broker', 'cti_worker'], durationBand: '30to59' },
    });
    assert.equal(meeting.statusCode, 201, meeting.body);
    const phone = await t().request(broker, { method: 'POST', url, payload: { kind: 'phone', date: today } });
    assert.equal(phone.statusCode, 201);
    assert.equal(phone.json().courseId, null);

    const list = (await t().request(broker, { method: 'GET', url })).json().contacts;
    assert.deepEqual(list.map((c: { kind: string }) => c.kind), ['phone', 'walk', 'start_meeting'], 'newest first');
    const forCourse = (await t().request(broker, { method: 'GET', url: `${url}?courseId=${courseId}` })).json().contacts;
    assert.equal(forCourse.length, 2);

    const consultant = await t().login('virksomhedskonsulent');
    assert.equal((await t().request(consultant, { method: 'POST', url, payload: { kind: 'company_follow_up', date: today } })).statusCode, 201);
    const analyst = await t().login('analytiker');
    assert.equal((await t().request(analyst, { method: 'POST', url, payload: { kind: 'phone', date: today } })).statusCode, 403);
    assert.equal((await t().request(analyst, { method: 'GET', url })).statusCode, 403);
    const teamB = await t().login('jobformidler.b');
    assert.equal((await t().request(teamB, { method: 'POST', url, payload: { kind: 'phone', date: today } })).statusCode, 404);
    assert.equal((await t().request(teamB, { method: 'GET', url })).statusCode, 404);
    const own = await t().request(teamB, { method: 'POST', url: `/api/citizens/${citizenB().id}/contacts`, payload: { kind: 'sms', date: today } });
    assert.equal(own.statusCode, 201);
    assert.equal((await audits('contact.create', citizen.pseudonym)).length, 4);
  });

  test('measurements: a mentor records a WHO-5 and gets score and band; a missing item gives no score; bad answers name the item', async () => {
    const citizen = citizenA2();
    const url = `/api/citizens/${citizen.id}/measurements`;
    const mentor = await t().login('mentor');
    const before = await count('measurement');

    const outOfRange = await t().request(mentor, { method: 'POST', url, payload: { instrument: 'WHO-5', point: 0, measuredOn: today, answers: { ...who5([3, 3, 6, 3, 3]), who9: 1 } } });
    assert.equal(outOfRange.statusCode, 400);
    const fields = outOfRange.json().error.fields;
    assert.match(fields['answers.who3'], /0 til 5/);
    assert.match(fields['answers.who9'], /Ukendt spørgsmål/);
    const future = await t().request(mentor, { method: 'POST', url, payload: { instrument: 'WHO-5', point: 0, measuredOn: dayOffset(5), answers: who5([3, 3, 3, 3, 3]) } });
    assert.equal(future.statusCode, 400);
    assert.ok(future.json().error.fields.measuredOn);
    const unknown = await t().request(mentor, { method: 'POST', url, payload: { instrument: 'PHQ-9', point: 0, measuredOn: today, answers: {} } });
    assert.equal(unknown.statusCode, 400);
    assert.ok(unknown.json().error.fields.instrument);
    assert.equal(await count('measurement'), before, 'nothing stored on error');

    const recorded = await t().request(mentor, { method: 'POST', url, payload: { instrument: 'WHO-5', point: 0, measuredOn: '2024-02-01', answers: who5([3, 2, 4, 1, 2]), respondentRole: 'citizen' } });
    assert.equal(recorded.statusCode, 201, recorded.body);
    const m = recorded.json();
    assert.equal(m.score, 48);
    assert.equal(m.band, '36-50');
    assert.match(m.bandLabel, /Risiko for depression/);
    assert.equal(m.complete, true);
    assert.equal(m.createdBy.id, t().fixture.staff.mentor!.id);

    const partial = await t().request(mentor, { method: 'POST', url, payload: { instrument: 'WHO-5', point: 1, measuredOn: '2024-03-01', answers: who5([5, 5, 5, 5, null]) } });
    assert.equal(partial.statusCode, 201);
    assert.equal(partial.json().score, null, 'a missing item gives no score, never zero');
    assert.equal(partial.json().band, null);
    assert.equal(partial.json().complete, false);
    const stored = await db().selectFrom('measurement').select(['score', 'answers']).where('id', '=', partial.json().id).executeTakeFirstOrThrow();
    assert.equal(stored.score, null);
    assert.deepEqual(stored.answers, who5([5, 5, 5, 5, null]));

    const duplicate = await t().request(mentor, { method: 'POST', url, payload: { instrument: 'WHO-5', point: 1, measuredOn: '2024-03-02', answers: who5([1, 1, 1, 1, 1]) } });
    assert.equal(duplicate.statusCode, 409);
    assert.ok(duplicate.json().error.fields.point);

    const gse = await t().request(mentor, { method: 'POST', url, payload: { instrument: 'GSE', point: 0, measuredOn: '2024-02-01', answers: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`gse${i + 1}`, 3])) } });
    assert.equal(gse.json().score, 30);
    const bip = await t().request(mentor, { method: 'POST', url, payload: { instrument: 'BIP', point: 0, measuredOn: '2024-02-01', answers: { bip1: 4, bip2: 3, bip3: 2, bip4: 3, bip5: 4, bip6: 5 } } });
    assert.equal(bip.json().score, 3.5);

    const list = (await t().request(mentor, { method: 'GET', url: `${url}?instrument=WHO-5` })).json();
    assert.deepEqual(list.measurements.map((x: { point: number }) => x.point), [1, 0], 'newest first, one instrument');
    assert.equal((await audits('measurement.create', citizen.pseudonym)).length, 4);
    const analyst = await t().login('analytiker');
    assert.equal((await t().request(analyst, { method: 'POST', url, payload: { instrument: 'WHO-5', point: 2, measuredOn: today, answers: who5([1, 1, 1, 1, 1]) } })).statusCode, 403);
    const teamB = await t().login('jobformidler.b');
    assert.equal((await t().request(teamB, { method: 'GET', url })).statusCode, 404);
  });

  test('measurements: a course with a CTI support course gets the schedule with done and not done', async () => {
    const citizen = citizenA();
    const courseId = await course(citizen.id, 'social-stoette', 'opstart');
    await db().insertInto('support_course').values({ course_id: courseId, legal_basis: 'LAB § 31 b', planned_months: 6, start_date: '2024-01-15' }).execute();
    const url = `/api/citizens/${citizen.id}/measurements`;
    const cookie = await t().login('jobformidler');

    const recorded = await t().request(cookie, { method: 'POST', url, payload: { courseId, instrument: 'WHO-5', point: 0, measuredOn: '2024-01-16', answers: who5([4, 4, 4, 4, 4]) } });
    assert.equal(recorded.statusCode, 201, recorded.body);
    assert.equal(recorded.json().band, '>50');
    const outside = await t().request(cookie, { method: 'POST', url, payload: { courseId, instrument: 'WHO-5', point: 5, measuredOn: today, answers: who5([4, 4, 4, 4, 4]) } });
    assert.equal(outside.statusCode, 400);
    assert.match(outside.json().error.fields.point, /0-4/);

    const { schedule } = (await t().request(cookie, { method: 'GET', url })).json();
    assert.equal(schedule.length, 15, 'five points for WHO-5, GSE and BIP');
    const who = schedule.filter((p: { instrument: string }) => p.instrument === 'WHO-5');
    assert.deepEqual(
      who.map((p: { point: number; dueDate: string; done: boolean; courseId: string }) => [p.point, p.dueDate, p.done, p.courseId === courseId]),
      [
        [0, '2024-01-08', true, true], // the baseline at the course start (002 §7.1.3)
        [1, '2024-02-15', false, true],
        [2, '2024-03-15', false, true],
        [3, '2024-05-15', false, true],
        [4, '2024-07-15', false, true],
      ],
    );
    const onlyGse = (await t().request(cookie, { method: 'GET', url: `${url}?instrument=GSE` })).json();
    assert.equal(onlyGse.schedule.length, 5);
    assert.ok(onlyGse.schedule.every((p: { done: boolean }) => !p.done));
  });

  /** Work with a company on the course: matches, a work agreement in two versions, placements, a follow-up and aftercare. */
  async function companyWork(courseId: string): Promise<void> {
    const consultantId = t().fixture.staff.virksomhedskonsulent!.id;
    const company = await db()
      .insertInto('company')
      .values({ municipality_id: t().fixture.municipalityId, cvr: '29384756', name: 'Holbæk Gartneri ApS', industry_code: '011900' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const other = await db().insertInto('company').values({ municipality_id: t().fixture.municipalityId, cvr: '29384757', name: 'Brugsen Tølløse' }).returning('id').executeTakeFirstOrThrow();
    const match = await db()
      .insertInto('job_match')
      .values({ course_id: courseId, company_id: company.id, consultant_id: consultantId, matched_on: '2024-04-02', rationale: 'Borgeren vil gerne arbejde udendørs', created_by: consultantId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db()
      .insertInto('job_match')
      .values({ course_id: courseId, company_id: other.id, consultant_id: consultantId, matched_on: '2024-04-03', rationale: 'Tæt på bopælen', status: 'withdrawn', withdrawn_on: '2024-04-10', withdrawn_reason: 'Borgeren fik ondt i ryggen' })
      .execute();
    const agreement = await db().insertInto('work_agreement').values({ course_id: courseId, company_id: company.id, match_id: match.id, created_by: consultantId }).returning('id').executeTakeFirstOrThrow();
    await db()
      .insertInto('work_agreement_version')
      .values([
        { agreement_id: agreement.id, version_no: 1, made_on: '2024-04-05', ordinary_hours_clause: false, declaration_of_intent: false, content: JSON.stringify({}), created_by: consultantId },
        { agreement_id: agreement.id, version_no: 2, made_on: '2024-05-06', ordinary_hours_clause: false, declaration_of_intent: true, content: JSON.stringify({}), created_by: consultantId },
      ])
      .execute();
    const placement = await db()
      .insertInto('placement')
      .values({ course_id: courseId, company_id: company.id, match_id: match.id, work_agreement_id: agreement.id, type: 'virksomhedspraktik', from_date: '2024-04-08', to_date: '2024-06-28', end_reason: 'converted_to_paid', created_by: consultantId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db().insertInto('follow_up').values({ placement_id: placement.id, held_on: '2024-05-07', staff_id: consultantId, effectiveness: 8, next_follow_up_on: '2024-06-03' }).execute();
    const job = await db()
      .insertInto('placement')
      .values({ course_id: courseId, company_id: company.id, type: 'job', from_date: '2024-07-01', created_by: consultantId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db().insertInto('follow_up').values({ placement_id: job.id, held_on: '2024-07-15', staff_id: consultantId }).execute();
    await db().insertInto('aftercare_contact').values({ placement_id: job.id, contact_date: '2024-08-01', kind: 'phone', with_whom: 'both', staff_id: consultantId, next_contact_on: '2024-09-02' }).execute();
  }

  test('timeline: every kind of record, newest first', async () => {
    const citizen = citizenA();
    const fsm = await course(citizen.id);
    const brokerId = t().fixture.staff.jobformidler!.id;
    await db().updateTable('course').set({ group_code: '1', visitation_date: '2024-01-09', visitation_by: brokerId }).where('id', '=', fsm).execute();
    await db().insertInto('phase_change').values({ course_id: fsm, from_phase: 'visitation', to_phase: 'afklaring', change_date: '2024-01-12', changed_by: brokerId }).execute();
    await db().insertInto('course_staff').values({ course_id: fsm, staff_id: brokerId, role: 'job_broker', from_date: '2024-01-08' }).execute();
    await db().insertInto('rehab_track').values({ course_id: fsm, preparation_start: '2024-01-20', team_meeting_date: '2024-03-20' }).execute();
    await companyWork(fsm);
    const cookie = await t().login('jobformidler');
    const response = await t().request(cookie, { method: 'GET', url: `/api/citizens/${citizen.id}/timeline` });
    assert.equal(response.statusCode, 200, response.body);
    const events: { at: string; kind: string; title: string; detail: string | null; courseId: string | null }[] = response.json().events;
    const kinds = new Set(events.map((e) => e.kind));
    for (const kind of timelineKinds) {
      assert.ok(kinds.has(kind), `timeline has ${kind}`);
    }
    const dates = events.map((e) => e.at);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    assert.ok(events.some((e) => e.kind === 'course' && e.title === 'Forløb startet: FSM' && e.courseId === fsm) || events.some((e) => e.kind === 'course' && e.courseId === fsm));
    assert.ok(events.some((e) => e.kind === 'visitation' && e.at === '2024-01-09'));
    assert.ok(events.some((e) => e.kind === 'job_goal' && /Jobmål A/.test(e.title)));
    assert.ok(events.some((e) => e.kind === 'measurement' && /WHO-5, måling 1/.test(e.title)));
    assert.ok(events.some((e) => e.kind === 'support' && /CTI-forløb startet \(6 måneder\)/.test(e.title)));

    // The work with companies, each on the course.
    const company = events.filter((e) => ['match', 'work_agreement', 'placement', 'follow_up', 'aftercare'].includes(e.kind));
    assert.ok(company.every((e) => e.courseId === fsm), 'every company event names its course');
    const plain = company.map(({ at, kind, title, detail }) => ({ at, kind, title, detail }));
    assert.deepEqual(plain, [
      { at: '2024-08-01', kind: 'aftercare', title: 'Efterværn: Telefon (Holbæk Gartneri ApS)', detail: 'Med borgeren og virksomheden · Næste kontakt 2. september 2024 · Af Test virksomhedskonsulent' },
      { at: '2024-07-15', kind: 'follow_up', title: 'Opfølgning hos Holbæk Gartneri ApS', detail: 'Af Test virksomhedskonsulent' },
      { at: '2024-07-01', kind: 'placement', title: 'Virksomhedsforløb startet: Holbæk Gartneri ApS (job)', detail: 'FSM' },
      { at: '2024-06-28', kind: 'placement', title: 'Virksomhedsforløb afsluttet: Holbæk Gartneri ApS (virksomhedspraktik)', detail: 'Overgået til lønnede timer' },
      { at: '2024-05-07', kind: 'follow_up', title: 'Opfølgning hos Holbæk Gartneri ApS', detail: 'Effektivitet 8/10 · Næste opfølgning 3. juni 2024 · Af Test virksomhedskonsulent' },
      { at: '2024-05-06', kind: 'work_agreement', title: 'Arbejdsaftale v2 med Holbæk Gartneri ApS', detail: 'Hensigtserklæring om ordinære timer · Af Test virksomhedskonsulent' },
      { at: '2024-04-10', kind: 'match', title: 'Match med Brugsen Tølløse trukket tilbage', detail: 'Borgeren fik ondt i ryggen' },
      { at: '2024-04-08', kind: 'placement', title: 'Virksomhedsforløb startet: Holbæk Gartneri ApS (virksomhedspraktik)', detail: 'FSM' },
      { at: '2024-04-05', kind: 'work_agreement', title: 'Arbejdsaftale v1 med Holbæk Gartneri ApS', detail: 'Ingen aftale om ordinære timer endnu · Af Test virksomhedskonsulent' },
      { at: '2024-04-03', kind: 'match', title: 'Match med Brugsen Tølløse', detail: 'Konsulent: Test virksomhedskonsulent · Tæt på bopælen' },
      { at: '2024-04-02', kind: 'match', title: 'Match med Holbæk Gartneri ApS', detail: 'Konsulent: Test virksomhedskonsulent · Borgeren vil gerne arbejde udendørs' },
    ]);
    assert.equal((await audits('timeline.read', citizen.pseudonym)).length, 1);
    const teamB = await t().login('jobformidler.b');
    assert.equal((await t().request(teamB, { method: 'GET', url: `/api/citizens/${citizen.id}/timeline` })).statusCode, 404);
    const analyst = await t().login('analytiker');
    assert.equal((await t().request(analyst, { method: 'GET', url: `/api/citizens/${citizen.id}/timeline` })).statusCode, 403);
  });

  test('timeline: one query per table, however much the citizen has; the web knows the same kinds', async () => {
    let queries = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => {
        queries += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const counted = db().withPlugin(counter);
    const full = await citizenTimeline(counted, citizenA().id);
    assert.ok(full.some((e) => e.kind === 'aftercare'), 'the citizen with company work');
    const withHistory = queries;
    queries = 0;
    const other = await citizenTimeline(counted, citizenA2().id);
    assert.ok(!other.some((e) => ['match', 'work_agreement', 'placement', 'follow_up', 'aftercare'].includes(e.kind)), 'another citizen sees none of it');
    assert.equal(queries, withHistory, 'the same number of queries with and without company work');
    assert.equal(withHistory, 15, 'the courses, then one query for each of the 14 other tables');
    assert.deepEqual([...webTimelineKinds], [...timelineKinds]);
  });

  test('the instruments are described for forms, and every record route is in the OpenAPI document', async () => {
    const cookie = await t().login('mentor');
    const response = await t().request(cookie, { method: 'GET', url: '/api/instruments' });
    assert.equal(response.statusCode, 200, response.body);
    const list = response.json().instruments;
    assert.deepEqual(list.map((i: { id: string }) => i.id), ['WHO-5', 'GSE', 'BIP', 'BRF-11']);
    assert.equal(list[0].items.length, 5);
    assert.equal(list[0].bands.length, 3);
    assert.equal((await t().request(undefined, { method: 'GET', url: '/api/instruments' })).statusCode, 401);

    const openapi = await t().request(undefined, { method: 'GET', url: '/api/openapi.json' });
    assert.equal(openapi.statusCode, 200);
    const paths = Object.keys(openapi.json().paths);
    for (const path of [
      '/api/courses/{id}/plan',
      '/api/courses/{id}/plan/versions/{versionNo}',
      '/api/courses/{id}/job-goals',
      '/api/job-goals/{id}',
      '/api/citizens/{id}/cv',
      '/api/citizens/{id}/cv/print',
      '/api/citizens/{id}/cv.pdf',
      '/api/citizens/{id}/contacts',
      '/api/citizens/{id}/measurements',
      '/api/citizens/{id}/timeline',
    ]) {
      assert.ok(paths.includes(path), path);
    }
  });

  test('no CPR number reaches the logs while case records are used', async () => {
    const all = t().logs.join('\n');
    for (const citizen of [...t().fixture.citizensA, ...t().fixture.citizensB]) assert.ok(!all.includes(citizen.cpr));
  });
});

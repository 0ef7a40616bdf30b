import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { openDatabase } from '../../db/connection.ts';
import { CvContentSchema } from '../../domain/cases/cv.ts';
import { PlanContentSchema } from '../../domain/cases/plan.ts';
import { migrate } from '../../db/migrate.ts';
import type { Database } from '../../db/schema.ts';
import { ctiMeasurementMonths, ctiMeasurementPlan, isCtiCourseLength } from '../../domain/models/cti-schedule.ts';
import { holds } from '../../domain/models/phases.ts';
import { getModel, modelIds } from '../../domain/models/registry.ts';
import { compileRuleSet, evaluate } from '../../domain/rules/engine.ts';
import type { CourseFacts } from '../../domain/rules/facts.ts';
import { prepareCourse } from '../../domain/rules/prepared.ts';
import { toDay } from '../../domain/rules/days.ts';
import { isoDay, loadCourseFacts } from '../../store/facts.ts';
import { housingAreasOf } from '../../store/housing-areas.ts';
import { housingMembership } from '../../domain/organisation/housing-areas.ts';
import { casesArea, demoCourses, endReasons } from './cases.ts';
import { scoreOf, type Instrument } from './cases/measures.ts';
import type { DemoContext } from './context.ts';
import { addDays, daysBetween } from './dates.ts';
import { demoAreas, runDemoSeed, seedDemo } from './index.ts';

const today = '2025-06-15';

async function freshDb() {
  const h = await openDatabase({});
  await migrate(h.db);
  return h;
}

type Handle = Awaited<ReturnType<typeof freshDb>>;

/** Every case table, all columns except the server-side timestamps that are not set from the data. */
async function caseSnapshot(db: Kysely<Database>) {
  return {
    course: await db.selectFrom('course').selectAll().orderBy('id').execute(),
    course_unit: await db.selectFrom('course_unit').selectAll().orderBy('id').execute(),
    phase_change: await db.selectFrom('phase_change').selectAll().orderBy('id').execute(),
    course_staff: await db.selectFrom('course_staff').selectAll().orderBy('id').execute(),
    plan_version: await db.selectFrom('plan_version').selectAll().orderBy('id').execute(),
    job_goal: await db.selectFrom('job_goal').selectAll().orderBy('id').execute(),
    cv_version: await db.selectFrom('cv_version').selectAll().orderBy('id').execute(),
    contact: await db.selectFrom('contact').selectAll().orderBy('id').execute(),
    support_course: await db.selectFrom('support_course').selectAll().orderBy('id').execute(),
    rehab_track: await db.selectFrom('rehab_track').selectAll().orderBy('course_id').execute(),
    measurement: await db.selectFrom('measurement').selectAll().orderBy('id').execute(),
    group_activity: await db.selectFrom('group_activity').selectAll().orderBy('id').execute(),
    group_activity_participant: await db.selectFrom('group_activity_participant').selectAll().orderBy('activity_id').orderBy('course_id').execute(),
    housing: await db.selectFrom('citizen').select(['id', 'address_line', 'postcode']).orderBy('id').execute(),
  };
}

describe('demo case data (seed 1)', () => {
  let h: Handle;
  let snap: Awaited<ReturnType<typeof caseSnapshot>>;
  let facts: CourseFacts[];
  let exposed: readonly { id: string }[] = [];

  before(async () => {
    h = await freshDb();
    // How long seeding takes is measured by bench/seed.ts, not asserted here.
    // The standard areas plus a probe that reads what the cases area hands on to later areas.
    await runDemoSeed(h.db, [...demoAreas, { name: 'probe', run: async (ctx: DemoContext) => void (exposed = demoCourses(ctx)) }], { seed: 1, today });
    snap = await caseSnapshot(h.db);
    facts = await loadCourseFacts(h.db, {});
  });
  after(async () => {
    await h.close();
  });

  test('every model has active courses in every phase of its definition', () => {
    for (const id of modelIds) {
      const def = getModel(id, '1.0.0');
      const active = snap.course.filter((c) => c.model_id === id && c.end_date === null);
      for (const phase of def.phases) {
        const n = active.filter((c) => c.current_phase === phase.id).length;
        assert.ok(n >= 2, `${id}: ${n} active course(s) in phase ${phase.id}`);
      }
      assert.ok(snap.course.some((c) => c.model_id === id && c.end_date !== null) || id === 'bedre-ressourceforloeb', `${id} has ended courses`);
      for (const c of snap.course.filter((x) => x.model_id === id)) {
        assert.equal(c.model_version, '1.0.0');
        const groups = def.visitation?.groups.map((g) => g.id) ?? [];
        if (c.group_code !== null) assert.ok(groups.includes(c.group_code), `${id} group ${c.group_code}`);
      }
    }
  });

  test('Flere skal med: group shares, rehabilitation tracks, notifications', async () => {
    const fsm = snap.course.filter((c) => c.model_id === 'flere-skal-med');
    const count = (g: string) => fsm.filter((c) => c.group_code === g).length;
    const visited = count('1') + count('2') + count('3');
    const share = (g: string) => (count(g) / visited) * 100;
    assert.ok(Math.abs(share('1') - 55) <= 5, `group 1 ${share('1').toFixed(1)} %`);
    assert.ok(Math.abs(share('2') - 34) <= 5, `group 2 ${share('2').toFixed(1)} %`);
    assert.ok(Math.abs(share('3') - 11) <= 4, `group 3 ${share('3').toFixed(1)} %`);
    assert.ok(count('6') >= 1 && count('6') <= 6, `code 6: ${count('6')}`);
    const rehab = new Set(snap.rehab_track.map((r) => r.course_id));
    for (const c of fsm) {
      if (c.group_code !== null) assert.ok(c.visitation_date && c.visitation_by, 'visited courses have a date and a decision maker');
      if (c.group_code === '2') assert.ok(rehab.has(c.id), 'group 2 has a rehabilitation track');
      // 000 §1: a notification "hvis det er relevant"; otherwise the note says why not.
      if (c.group_code === '3') assert.ok(c.notification_note, 'group 3 has a notification or the reason none was relevant');
      else assert.equal(c.notification_date, null);
      if (c.group_code !== '1') assert.equal(c.current_phase, 'visitation', 'only group 1 leaves visitation');
    }
    const three = fsm.filter((c) => c.group_code === '3');
    assert.ok(three.some((c) => c.notification_date) && three.some((c) => !c.notification_date), 'group 3: some notified, some where it was not relevant');
    // The job broker today is the citizen's responsible jobformidler; some had a change of broker.
    const responsible = new Map((await h.db.selectFrom('citizen').select(['id', 'responsible_staff_id']).execute()).map((c) => [c.id, c.responsible_staff_id]));
    let changes = 0;
    for (const c of fsm.filter((x) => x.group_code === '1' && x.end_date === null)) {
      const brokers = snap.course_staff.filter((s) => s.course_id === c.id && s.role === 'job_broker');
      const open = brokers.filter((s) => s.to_date === null);
      assert.equal(open.length, 1, 'one current job broker');
      assert.equal(open[0]?.staff_id, responsible.get(c.citizen_id), 'the current job broker is the responsible jobformidler');
      if (brokers.length > 1) changes++;
    }
    assert.ok(changes >= 2, `changes of job broker: ${changes}`);
  });

  test('every phase history starts in the initial phase and follows declared transitions and conditions', () => {
    const goalsByCourse = new Map<string, typeof snap.job_goal>();
    for (const g of snap.job_goal) goalsByCourse.set(g.course_id, [...(goalsByCourse.get(g.course_id) ?? []), g]);
    const byId = new Map(facts.map((f) => [f.courseId, f]));
    let loops = 0;
    for (const c of snap.course) {
      const def = getModel(c.model_id, c.model_version);
      const changes = snap.phase_change
        .filter((p) => p.course_id === c.id)
        .sort((a, b) => a.change_date.localeCompare(b.change_date) || +a.created_at - +b.created_at);
      const first = changes[0];
      assert.ok(first, 'a course has phase changes');
      assert.equal(first.from_phase, null);
      assert.equal(first.to_phase, def.initialPhase);
      assert.equal(first.change_date, c.enrolment_date);
      assert.equal(changes.at(-1)?.to_phase, c.current_phase, 'current_phase is the last change');
      const f = byId.get(c.id);
      assert.ok(f);
      changes.forEach((p, i) => {
        const previous = changes[i - 1];
        if (previous) {
          assert.equal(p.from_phase, previous.to_phase);
          assert.ok(
            def.transitions.some((t) => t.from === p.from_phase && t.to === p.to_phase),
            `${def.id}: ${p.from_phase} -> ${p.to_phase} is declared`,
          );
          if (c.model_id !== 'bedre-ressourceforloeb' && def.transitions.find((t) => t.from === p.from_phase && t.to === p.to_phase)?.when.some((w) => w.kind === 'placement_ended')) loops++;
        }
        // Conditions as they stood on the day (job goals valid then); placement_active / placement_ended are checked in companies.test.ts.
        const day = p.change_date;
        const asThen: CourseFacts = {
          ...f,
          jobGoals: (goalsByCourse.get(c.id) ?? [])
            .filter((g) => g.set_on <= day && (g.ended_on === null || g.ended_on > day))
            .map((g) => ({ date: g.set_on, tier: g.tier, concrete: g.concrete, ownWish: g.own_wish })),
        };
        const prepared = prepareCourse(asThen);
        const conditions = [
          ...(def.phases.find((x) => x.id === p.to_phase)?.entry ?? []),
          ...(previous ? (def.phases.find((x) => x.id === previous.to_phase)?.exit ?? []) : []),
          ...(previous ? (def.transitions.find((t) => t.from === previous.to_phase && t.to === p.to_phase)?.when ?? []) : []),
        ].filter((k) => k.kind !== 'placement_active' && k.kind !== 'placement_ended');
        for (const k of conditions) {
          assert.ok(holds(k, prepared, toDay(day)), `${def.id} ${c.id}: ${JSON.stringify(k)} holds on ${day} (move to ${p.to_phase})`);
        }
      });
    }
    assert.ok(loops >= 3, `courses that went back after a placement stopped: ${loops}`);
    const trinLoops = snap.phase_change.filter((p) => p.from_phase === 'TRIN3' && p.to_phase === 'TRIN2').length;
    assert.ok(trinLoops >= 2, `TRIN 3 -> 2: ${trinLoops}`);
  });

  test('no date lies in the future, before enrolment or after the end', () => {
    const courses = new Map(snap.course.map((c) => [c.id, c]));
    const inCourse = (courseId: string | null, date: string | null, what: string) => {
      if (date === null) return;
      assert.ok(date < today, `${what} ${date} is before today`);
      const c = courseId ? courses.get(courseId) : undefined;
      if (!c) return;
      assert.ok(date >= c.enrolment_date, `${what} ${date} on or after enrolment ${c.enrolment_date}`);
      if (c.end_date) assert.ok(date <= c.end_date, `${what} ${date} on or before the end ${c.end_date}`);
    };
    const now = new Date();
    for (const c of snap.course) {
      inCourse(c.id, c.enrolment_date, 'enrolment');
      inCourse(c.id, c.end_date, 'end');
      assert.ok(c.visitation_date === null || c.visitation_date < today);
      assert.ok(c.notification_date === null || c.notification_date < today);
      assert.equal(c.end_date === null, c.end_reason === null);
      if (c.end_reason !== null) assert.ok((endReasons as readonly string[]).includes(c.end_reason), c.end_reason);
      assert.ok(c.created_at <= now && c.updated_at >= c.created_at);
    }
    for (const p of snap.phase_change) inCourse(p.course_id, p.change_date, 'phase change');
    for (const s of snap.course_staff) {
      inCourse(s.course_id, s.from_date, 'staff from');
      inCourse(s.course_id, s.to_date, 'staff to');
      assert.ok(s.to_date === null || s.to_date >= s.from_date);
    }
    for (const u of snap.course_unit) inCourse(u.course_id, u.from_date, 'unit from');
    for (const g of snap.job_goal) {
      inCourse(g.course_id, g.set_on, 'job goal');
      inCourse(g.course_id, g.ended_on, 'job goal end');
    }
    for (const k of snap.contact) inCourse(k.course_id, k.contact_date, `contact ${k.kind}`);
    for (const m of snap.measurement) inCourse(m.course_id, m.measured_on, 'measurement');
    for (const s of snap.support_course) {
      for (const d of [s.start_date, s.contact_building_end, s.closing_meeting_date, s.end_date]) inCourse(s.course_id, d, 'support course');
    }
    for (const r of snap.rehab_track) {
      for (const d of [r.preparation_start, r.team_meeting_date, r.recommendation_handed_over, r.first_caseworker_meeting]) inCourse(r.course_id, d, 'rehab track');
    }
    // Plans and CVs count from their created_at day (store/facts.ts), so it is their date.
    for (const p of snap.plan_version) inCourse(p.course_id, isoDay(p.created_at), 'plan');
    for (const v of snap.cv_version) assert.ok(isoDay(v.created_at) < today, 'CV');
    for (const a of snap.group_activity) assert.ok(a.start_date < today && (a.end_date === null || a.end_date < today));
    for (const p of snap.group_activity_participant) {
      inCourse(p.course_id, p.joined_on, 'joined');
      inCourse(p.course_id, p.left_on, 'left');
    }
  });

  test('one active course per citizen per model; courses under several models are rare', () => {
    const active = new Set<string>();
    const models = new Map<string, Set<string>>();
    for (const c of snap.course) {
      if (c.end_date === null) {
        const key = `${c.citizen_id}/${c.model_id}`;
        assert.ok(!active.has(key), `two active ${c.model_id} courses for one citizen`);
        active.add(key);
      }
      models.set(c.citizen_id, (models.get(c.citizen_id) ?? new Set()).add(c.model_id));
    }
    const several = [...models.values()].filter((m) => m.size > 1).length;
    assert.ok(several <= models.size * 0.05, `${several} citizens under several models`);
    // Units and staff: one open unit row per active course, matching course.unit_id.
    for (const c of snap.course) {
      const units = snap.course_unit.filter((u) => u.course_id === c.id).sort((a, b) => a.from_date.localeCompare(b.from_date));
      assert.ok(units.length >= 1);
      assert.equal(units.at(-1)?.unit_id, c.unit_id);
      if (c.end_date === null) assert.equal(units.at(-1)?.to_date, null);
    }
    assert.ok(snap.course_unit.length > snap.course.length, 'some courses changed unit');
  });

  test('plans, CVs, job goals and contacts look like case work', () => {
    for (const p of snap.plan_version) {
      const content = p.content as { resources: string; barriers: { text: string; ownWords: boolean }[]; goals: { id: string; title: string; status: string; subGoals: unknown[] }[] };
      assert.ok(content.resources.length > 10);
      assert.ok(content.barriers.length >= 1 && content.barriers.every((b) => b.text && typeof b.ownWords === 'boolean'));
      assert.ok(content.goals.length >= 1);
      for (const g of content.goals) assert.ok(['not_started', 'in_progress', 'achieved', 'dropped'].includes(g.status) && Array.isArray(g.subGoals));
    }
    const versions = new Map<string, number>();
    for (const p of snap.plan_version) versions.set(p.course_id, Math.max(versions.get(p.course_id) ?? 0, p.version_no));
    assert.ok([...versions.values()].every((n) => n >= 1 && n <= 4));
    assert.ok([...versions.values()].some((n) => n >= 3), 'some plans have several versions');
    for (const v of snap.cv_version) {
      const cv = v.content as { profile: string; workExperience: unknown[]; education: unknown[]; languages: { language: string }[]; drivingLicence: string[] };
      assert.ok(cv.profile && Array.isArray(cv.workExperience) && cv.education.length > 0 && cv.languages.length > 0 && Array.isArray(cv.drivingLicence));
    }
    for (const g of snap.job_goal) {
      assert.ok(g.concrete ? g.occupation_code !== null && /^\d{4}$/.test(g.occupation_code) : g.occupation_text !== null);
      if (g.industry_code !== null) assert.match(g.industry_code, /^\d{6}$/);
    }
    assert.ok(new Set(snap.job_goal.map((g) => g.tier)).size === 3, 'A, B and C goals');
    const kinds = new Set(snap.contact.map((k) => k.kind));
    for (const kind of ['meeting', 'start_meeting', 'three_party', 'rehabilitation_team', 'company_follow_up', 'phone', 'sms', 'home_visit', 'walk', 'no_show']) {
      assert.ok(kinds.has(kind), `some ${kind}`);
    }
    for (const k of snap.contact.filter((x) => x.kind === 'start_meeting')) assert.ok(k.attendee_roles.length >= 4);
    // Contacts every 2-8 weeks: the median gap between conversations of an active course is 3-6 weeks.
    const gaps: number[] = [];
    const byCourse = new Map<string, string[]>();
    for (const k of snap.contact) if (k.course_id && ['meeting', 'home_visit', 'walk', 'three_party', 'company_follow_up'].includes(k.kind)) byCourse.set(k.course_id, [...(byCourse.get(k.course_id) ?? []), k.contact_date]);
    for (const dates of byCourse.values()) {
      dates.sort();
      for (let i = 1; i < dates.length; i++) gaps.push(daysBetween(dates[i - 1] ?? '', dates[i] ?? ''));
    }
    gaps.sort((a, b) => a - b);
    const median = gaps[Math.floor(gaps.length / 2)] ?? 0;
    assert.ok(median >= 14 && median <= 42, `median gap ${median}`);
  });

  test('every demo plan and CV passes the same validation as a save through the API', () => {
    for (const p of snap.plan_version) {
      const result = PlanContentSchema.safeParse(p.content);
      assert.ok(result.success, `plan ${p.course_id} v${p.version_no}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    for (const v of snap.cv_version) {
      const result = CvContentSchema.safeParse(v.content);
      assert.ok(result.success, `cv v${v.version_no}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
  });

  test('some citizens are deliberately behind', () => {
    const active = snap.course.filter((c) => c.end_date === null && ['flere-skal-med', 'stv', 'trin-model'].includes(c.model_id) && (c.model_id !== 'flere-skal-med' || c.group_code === '1'));
    const withCv = new Set(snap.cv_version.map((v) => v.citizen_id));
    const withPlan = new Set(snap.plan_version.map((p) => p.course_id));
    const last = new Map<string, string>();
    for (const k of snap.contact) if (k.course_id && k.contact_date > (last.get(k.course_id) ?? '')) last.set(k.course_id, k.contact_date);
    const old = (c: { enrolment_date: string }) => daysBetween(c.enrolment_date, today) > 60;
    const noCv = active.filter((c) => old(c) && !withCv.has(c.citizen_id)).length;
    const noPlan = active.filter((c) => old(c) && !withPlan.has(c.id)).length;
    const stale = active.filter((c) => daysBetween(last.get(c.id) ?? c.enrolment_date, today) > 60).length;
    for (const [what, n] of [['without a CV', noCv], ['without a plan', noPlan], ['without contact for 60 days', stale]] as const) {
      assert.ok(n >= 3 && n <= active.length * 0.2, `${n} of ${active.length} ${what}`);
    }
  });

  test('social support: CTI courses, caseloads and measurements on schedule', () => {
    const courses = snap.course.filter((c) => c.model_id === 'social-stoette');
    const support = new Map(snap.support_course.map((s) => [s.course_id, s]));
    for (const c of courses.filter((x) => x.current_phase.startsWith('cti-'))) assert.ok(support.has(c.id), 'a CTI phase needs a CTI course');
    const byId = new Map(courses.map((c) => [c.id, c]));
    const bases = snap.support_course.map((s) => s.legal_basis);
    assert.ok(bases.filter((b) => b === 'LAB § 31 b').length > bases.length / 2, 'mostly LAB § 31 b');
    assert.ok(snap.support_course.some((s) => s.planned_months === 6) && snap.support_course.some((s) => s.planned_months === 9));
    assert.ok(snap.support_course.some((s) => s.closing_meeting_date !== null && s.closing_meeting_network), 'some finished with a closing meeting');
    // The CTI worker is a mentor, with at most 10 active courses.
    const ctiOpen = new Map<string, number>();
    for (const s of snap.course_staff.filter((x) => x.role === 'cti_worker' && x.to_date === null)) ctiOpen.set(s.staff_id, (ctiOpen.get(s.staff_id) ?? 0) + 1);
    assert.ok(ctiOpen.size >= 1 && [...ctiOpen.values()].every((n) => n <= 10));
    // Measurements at the scheduled points, scored by the instrument's rule.
    let nullScores = 0;
    for (const m of snap.measurement) {
      const expected = scoreOf(m.instrument as Instrument, m.answers as Record<string, number | null>);
      assert.equal(m.score === null ? null : Number(m.score), expected, `${m.instrument} score`);
      if (m.score === null) nullScores++;
      const s = m.course_id ? support.get(m.course_id) : undefined;
      const course = m.course_id ? byId.get(m.course_id) : undefined;
      if (s && course && isCtiCourseLength(s.planned_months)) {
        const lastDay = [s.end_date, course.end_date].filter((d): d is string => d !== null).sort()[0];
        const plan = ctiMeasurementPlan({ courseStart: course.enrolment_date, ctiStart: s.start_date, months: ctiMeasurementMonths[s.planned_months], ...(lastDay ? { lastDay } : {}) });
        const point = plan.find((p) => p.point === m.scheduled_point);
        assert.ok(point, 'a scheduled point');
        assert.ok(Math.abs(daysBetween(point.date, m.measured_on)) <= 25, `measured ${m.measured_on} for ${point.date}`);
      } else if (course) {
        assert.equal(m.scheduled_point, 0, 'only the baseline before the CTI course starts');
        assert.ok(daysBetween(course.enrolment_date, m.measured_on) <= 25, `baseline ${m.measured_on} at the start ${course.enrolment_date}`);
      }
    }
    assert.ok(nullScores >= 1, 'some measurements miss an item');
    // WHO-5 improves modestly on average from baseline to the last measurement; some decline.
    const who = snap.measurement.filter((m) => m.instrument === 'WHO-5' && m.score !== null);
    const changes: number[] = [];
    for (const courseId of new Set(who.map((m) => m.course_id))) {
      const list = who.filter((m) => m.course_id === courseId).sort((a, b) => a.scheduled_point - b.scheduled_point);
      const first = list[0];
      const lastM = list.at(-1);
      if (first && lastM && first.scheduled_point === 0 && lastM.scheduled_point > 0) changes.push(Number(lastM.score) - Number(first.score));
    }
    const mean = changes.reduce((a, b) => a + b, 0) / changes.length;
    assert.ok(changes.length >= 5 && mean > 0 && mean < 25, `WHO-5 change ${mean.toFixed(1)} over ${changes.length}`);
    const baselines = who.filter((m) => m.scheduled_point === 0).map((m) => Number(m.score));
    const baseline = baselines.reduce((a, b) => a + b, 0) / baselines.length;
    assert.ok(baseline > 30 && baseline < 65, `WHO-5 baseline ${baseline.toFixed(1)}`);
  });

  test('Bedre Ressourceforløb: time rules kept by most, broken by some', () => {
    const brf = new Set(snap.course.filter((c) => c.model_id === 'bedre-ressourceforloeb').map((c) => c.id));
    const tracks = snap.rehab_track.filter((r) => brf.has(r.course_id));
    const met = tracks.filter((r) => r.team_meeting_date && r.preparation_start);
    const prepOk = met.filter((r) => daysBetween(r.preparation_start ?? '', r.team_meeting_date ?? '') <= 84).length;
    const handed = tracks.filter((r) => r.recommendation_handed_over && r.team_meeting_date);
    const handOk = handed.filter((r) => daysBetween(r.team_meeting_date ?? '', r.recommendation_handed_over ?? '') <= 1).length;
    const first = tracks.filter((r) => r.first_caseworker_meeting && r.team_meeting_date);
    const firstOk = first.filter((r) => daysBetween(r.team_meeting_date ?? '', r.first_caseworker_meeting ?? '') <= 14).length;
    for (const [what, ok, all] of [['preparation', prepOk, met.length], ['hand-over', handOk, handed.length], ['first meeting', firstOk, first.length]] as const) {
      assert.ok(all >= 10 && ok >= all * 0.6 && ok < all, `${what}: ${ok} of ${all} in time`);
    }
    assert.ok(snap.measurement.some((m) => m.instrument === 'BRF-11' && m.scheduled_point === 0));
    assert.ok(snap.measurement.some((m) => m.instrument === 'BRF-11' && m.scheduled_point > 0));
  });

  test('TRIN model: housing area, outreach and group activities', async () => {
    const trin = snap.course.filter((c) => c.model_id === 'trin-model');
    const outreach = await h.db.selectFrom('unit').select('id').where('kind', '=', 'outreach_office').executeTakeFirstOrThrow();
    const areas = await housingAreasOf(h.db, (await h.db.selectFrom('unit').select('id').where('kind', '=', 'municipality').executeTakeFirstOrThrow()).id);
    assert.deepEqual(areas.map((a) => a.name), ['Solbakken']);
    const place = new Map(snap.housing.map((c) => [c.id, housingMembership({ addressLine: c.address_line, postcode: c.postcode }, areas)]));
    for (const c of trin) {
      assert.equal(c.housing_area, 'Solbakken');
      assert.equal(c.served_from_outreach, true);
      assert.equal(c.unit_id, outreach.id);
      // The address, not a hand-kept label, puts every TRIN citizen in the area.
      assert.deepEqual(place.get(c.citizen_id), { status: 'inside', area: 'Solbakken', by: 'address' });
    }
    const outreachCitizens = new Set((await h.db.selectFrom('citizen').select('id').where('unit_id', '=', outreach.id).execute()).map((c) => c.id));
    assert.equal([...place].filter(([, m]) => m.status === 'inside').length, outreachCitizens.size);
    assert.ok([...place].every(([id, m]) => (m.status === 'inside') === outreachCitizens.has(id)));
    assert.ok(snap.group_activity.length >= 2);
    const trinIds = new Set(trin.map((c) => c.id));
    for (const a of snap.group_activity) {
      const participants = snap.group_activity_participant.filter((p) => p.activity_id === a.id);
      assert.ok(participants.length >= 5, `${a.name}: ${participants.length}`);
      for (const p of participants) {
        assert.ok(trinIds.has(p.course_id));
        assert.ok(p.joined_on >= a.start_date && (a.end_date === null || (p.left_on !== null && p.left_on <= a.end_date)));
        assert.ok(p.left_on === null || p.left_on >= p.joined_on);
      }
    }
  });

  test('the rule engine finds satisfied, due and overdue results for the demo jobformidler', async () => {
    const broker = await h.db.selectFrom('staff').select('id').where('username', '=', 'jobformidler').executeTakeFirstOrThrow();
    const mine = await loadCourseFacts(h.db, { staffId: broker.id, activeOnly: true });
    assert.ok(mine.length >= 15, `${mine.length} active courses`);
    const statuses = new Map<string, number>();
    for (const f of mine) {
      for (const r of evaluate(compileRuleSet(getModel(f.modelId, f.modelVersion)), f, today)) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }
    for (const status of ['satisfied', 'due', 'overdue']) assert.ok((statuses.get(status) ?? 0) > 0, `some ${status}: ${JSON.stringify(Object.fromEntries(statuses))}`);
    // Across all active courses every model's rules yield overdue items somewhere, and most results are satisfied.
    const all = facts.filter((f) => f.endDate === undefined);
    let satisfied = 0;
    let open = 0;
    for (const f of all) {
      for (const r of evaluate(compileRuleSet(getModel(f.modelId, f.modelVersion)), f, today)) {
        if (r.status === 'satisfied') satisfied++;
        if (r.status === 'due' || r.status === 'overdue') open++;
      }
    }
    assert.ok(satisfied > open * 2, `satisfied ${satisfied}, due or overdue ${open}`);
  });

  test('later areas can read the courses', () => {
    assert.equal(exposed.length, snap.course.length);
    const placements = demoCourses({ citizens: [] } as unknown as DemoContext);
    assert.equal(placements.length, 0);
  });
});

test('the same seed gives identical case data', async () => {
  const a = await freshDb();
  const b = await freshDb();
  try {
    await seedDemo(a.db, { seed: 42, today });
    await seedDemo(b.db, { seed: 42, today });
    assert.deepEqual(await caseSnapshot(b.db), await caseSnapshot(a.db));
  } finally {
    await a.close();
    await b.close();
  }
});

test('the cases area seeds on any day of the year', async () => {
  for (const day of ['2024-02-29', '2026-01-01', addDays(today, 200)]) {
    const h = await freshDb();
    try {
      await seedDemo(h.db, { seed: 3, today: day });
      const n = await h.db.selectFrom('course').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.ok(Number(n.n) > 300, `${day}: ${n.n} courses`);
    } finally {
      await h.close();
    }
  }
  assert.equal(casesArea.name, 'cases');
});

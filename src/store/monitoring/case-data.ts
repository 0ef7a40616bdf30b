/**
 * The case-system part of the person-periods: for every citizen with a
 * course of the model, an enrolment per course that has started (the engine
 * counts a re-enrolled citizen by the course running in the month), the
 * unit and personal job broker spans of every course, the process facts (CV, job goal,
 * plan, agreement with an ordinary-hours clause, placements, contact cadence
 * kept per month) and the case-recorded paid hours per month. Loaded once
 * per computation: the case system holds thousands of courses, not the
 * register's hundreds of thousands of persons, so a handful of batched
 * queries (store/facts.ts's loadCourseFacts and three more) cover it.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CaseFacts, Enrolment, MonthIndex, Span } from '../../domain/monitoring/person-periods.ts';
import { emptyCaseFacts } from '../../domain/monitoring/person-periods.ts';
import type { CourseFacts, IsoDate } from '../../domain/rules/facts.ts';
import { contactFigure } from '../../domain/rules/contact-figure.ts';
import { createRuleSetResolver, DEFAULT_DUE_SOON_DAYS, ruleSetOn, type RuleSetResolver } from '../../domain/rules/engine.ts';
import { prepareCourse } from '../../domain/rules/prepared.ts';
import { toDay } from '../../domain/rules/days.ts';
import { registry } from '../../domain/models/registry.ts';
import { loadCourseFacts } from '../facts.ts';
import { inForce, overrideHistory, toRuleOverride } from '../rule-overrides.ts';
import { lastDayOfMonth, monthIndexOf, monthOfWeek } from './months.ts';

export interface CaseCitizen {
  citizenId: string;
  pseudonym: string;
  birthYear: number;
  sex: 'K' | 'M';
  /** Every course of the model that has started, oldest first. */
  enrolments: Enrolment[];
  /** The courses' units over time, each closed at its course's end. */
  units: Span<string>[];
  jobBrokers: Span<string>[];
  caseFacts: CaseFacts;
  /** Case-recorded paid hours per month: ordinary, and subsidised (løntilskud, fleksjob wages). */
  ordinaryHours: Map<MonthIndex, number>;
  subsidisedHours: Map<MonthIndex, number>;
}

/** Placement types as the monitoring's placement kinds (company-oriented activity or ordinary hours). */
const placementKind: Record<string, CaseFacts['placements'][number]['kind'] | undefined> = {
  virksomhedspraktik: 'company_internship',
  snusepraktik: 'company_internship',
  // A hybrid is a virksomhedspraktik with some paid hours: company-oriented; its paid hours count as ordinary hours.
  hybrid: 'company_internship',
  loentilskud: 'wage_subsidy',
  ordinary_hours: 'ordinary',
  job: 'ordinary',
};

/** Paid hours in these placements are wage-subsidised, not ordinary (fleksjob, løntilskud). */
const subsidisedPlacement = new Set(['loentilskud', 'fleksjob']);

const CHUNK = 5_000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const minDate = (a: IsoDate | null, b: IsoDate | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** Closes a span at the course's end (an open unit row of an ended course ends with it). */
function clamp<T>(span: Span<T>, end: IsoDate | null): Span<T> | null {
  if (end === null) return span;
  if (span.from > end) return null;
  return { value: span.value, from: span.from, to: span.to === null || span.to > end ? end : span.to };
}

/**
 * Per course: every signed agreement (from its first signed version; it holds
 * ordinary hours when any signed version has the clause or a declaration of
 * intent) and the first signature of a version with an ordinary-hours clause.
 */
function signedAgreements(rows: readonly { agreement_id: string; course_id: string; clause: boolean; intent: boolean; signed: string }[]) {
  const byAgreement = new Map<string, { course: string; from: IsoDate; ordinaryHours: boolean }>();
  const out = new Map<string, { agreements: { from: IsoDate; ordinaryHours: boolean }[]; firstWithClause: IsoDate | null }>();
  for (const r of rows) {
    const seen = byAgreement.get(r.agreement_id);
    if (seen) {
      seen.from = minDate(seen.from, r.signed)!;
      seen.ordinaryHours ||= r.clause || r.intent;
    } else byAgreement.set(r.agreement_id, { course: r.course_id, from: r.signed, ordinaryHours: r.clause || r.intent });
    let entry = out.get(r.course_id);
    if (!entry) out.set(r.course_id, (entry = { agreements: [], firstWithClause: null }));
    if (r.clause) entry.firstWithClause = minDate(entry.firstWithClause, r.signed);
  }
  for (const a of byAgreement.values()) out.get(a.course)!.agreements.push({ from: a.from, ordinaryHours: a.ordinaryHours });
  return out;
}

/** A rule-set resolver for every unit (each governed by the overrides on it and above it), overrides loaded once. */
async function allUnitsResolver(db: Kysely<Database>): Promise<RuleSetResolver> {
  const units = await db.selectFrom('unit').select(['id', 'parent_id']).execute();
  const parent = new Map(units.map((u) => [u.id, u.parent_id]));
  const overrides = inForce(await overrideHistory(db, [...parent.keys()])).map(toRuleOverride);
  return createRuleSetResolver(
    (modelId, version) => registry.get(modelId, version),
    (unitId) => {
      const chain = new Set<string>();
      for (let id = unitId ?? null; id; id = parent.get(id) ?? null) chain.add(id);
      return overrides.filter((o) => chain.has(o.unitId));
    },
  );
}

/**
 * Per month of the course up to `asOf`: was the model's contact rule kept at
 * the month's end (or the course's last day)? The rule engine's verdict on the
 * rule (contactFigure): overdue = not kept; months where the rule does not
 * apply (other group, phase) are not assessable and left out.
 */
function contactCadence(resolve: RuleSetResolver, facts: CourseFacts, asOf: IsoDate): Map<MonthIndex, boolean> {
  const kept = new Map<MonthIndex, boolean>();
  const c = prepareCourse(facts);
  const asOfDay = toDay(asOf);
  const endDay = facts.endDate ? Math.min(toDay(facts.endDate), asOfDay) : asOfDay;
  for (let m = monthIndexOf(facts.enrolmentDate); m <= monthIndexOf(asOf); m++) {
    const day = Math.min(lastDayOfMonth(m), endDay);
    if (day < toDay(facts.enrolmentDate)) break;
    const ruleSet = ruleSetOn(resolve, c, day);
    if (!ruleSet) continue;
    const rule = contactFigure(ruleSet, c, day, DEFAULT_DUE_SOON_DAYS).rule;
    if (rule) kept.set(m, rule.status !== 'overdue');
  }
  return kept;
}

/** Every citizen with a course of the model that started on or before `asOf`, by citizen id. */
export async function loadCaseCitizens(db: Kysely<Database>, model: string, asOf: IsoDate): Promise<Map<string, CaseCitizen>> {
  const courses = await db
    .selectFrom('course')
    .select(['id', 'citizen_id', 'enrolment_date', 'visitation_date', 'group_code', 'end_date'])
    .where('model_id', '=', model)
    .where('enrolment_date', '<=', asOf)
    .orderBy('enrolment_date')
    .execute();
  const byCitizen = new Map<string, (typeof courses)[number][]>();
  for (const course of courses) {
    const list = byCitizen.get(course.citizen_id);
    if (list) list.push(course);
    else byCitizen.set(course.citizen_id, [course]);
  }
  const out = new Map<string, CaseCitizen>();
  if (byCitizen.size === 0) return out;
  const resolve = await allUnitsResolver(db);
  for (const citizenBatch of chunks([...byCitizen.keys()], 2_000)) {
    const batch = citizenBatch.flatMap((id) => byCitizen.get(id)!);
    const courseIds = batch.map((c) => c.id);
    const [facts, citizens, hours, agreements] = await Promise.all([
      loadCourseFacts(db, { courseIds }),
      db.selectFrom('citizen').select(['id', 'pseudonym', 'birth_date', 'sex']).where('id', 'in', citizenBatch).execute(),
      db
        .selectFrom('placement_hours')
        .innerJoin('placement', 'placement.id', 'placement_hours.placement_id')
        .select(['placement.course_id', 'placement.type', 'placement_hours.week_start', 'placement_hours.actual_paid_hours'])
        .where('placement.course_id', 'in', courseIds)
        .where('placement_hours.actual_paid_hours', '>', 0)
        .where('placement_hours.week_start', '<=', asOf)
        .execute(),
      // Signed = all three parties agreed; the agreement counts from the last of the three dates.
      sql<{ agreement_id: string; course_id: string; clause: boolean; intent: boolean; signed: string }>`
        SELECT wa.id AS agreement_id, wa.course_id, v.ordinary_hours_clause AS clause, v.declaration_of_intent AS intent,
               greatest(v.citizen_agreed_on, v.company_agreed_on, v.jobcentre_agreed_on) AS signed
        FROM work_agreement wa JOIN work_agreement_version v ON v.agreement_id = wa.id
        WHERE wa.course_id IN (${sql.join(courseIds)})
          AND v.citizen_agreed_on IS NOT NULL AND v.company_agreed_on IS NOT NULL AND v.jobcentre_agreed_on IS NOT NULL
          AND greatest(v.citizen_agreed_on, v.company_agreed_on, v.jobcentre_agreed_on) <= ${asOf}
        ORDER BY wa.id, v.version_no`.execute(db),
    ]);
    const factsBy = new Map(facts.map((f) => [f.courseId, f]));
    const citizenBy = new Map(citizens.map((c) => [c.id, c]));
    const agreementsBy = signedAgreements(agreements.rows);
    const hoursBy = new Map<string, { ordinary: Map<MonthIndex, number>; subsidised: Map<MonthIndex, number> }>();
    const citizenOfCourse = new Map(batch.map((c) => [c.id, c.citizen_id]));
    for (const h of hours) {
      const citizenId = citizenOfCourse.get(h.course_id)!;
      let entry = hoursBy.get(citizenId);
      if (!entry) hoursBy.set(citizenId, (entry = { ordinary: new Map(), subsidised: new Map() }));
      const target = subsidisedPlacement.has(h.type) ? entry.subsidised : entry.ordinary;
      const month = monthOfWeek(toDay(h.week_start));
      target.set(month, (target.get(month) ?? 0) + Number(h.actual_paid_hours));
    }
    const first = (dates: readonly IsoDate[]) => dates.filter((d) => d <= asOf).reduce<IsoDate | null>((a, d) => minDate(a, d), null);
    for (const citizenId of citizenBatch) {
      const citizen = citizenBy.get(citizenId);
      const own = byCitizen.get(citizenId)!.filter((c) => factsBy.has(c.id));
      if (!citizen || own.length === 0) continue;
      const entry: CaseCitizen = {
        citizenId,
        pseudonym: citizen.pseudonym,
        birthYear: Number(citizen.birth_date.slice(0, 4)),
        sex: citizen.sex === 'female' ? 'K' : 'M',
        enrolments: [],
        units: [],
        jobBrokers: [],
        caseFacts: { ...emptyCaseFacts(), workAgreements: [] },
        ordinaryHours: hoursBy.get(citizenId)?.ordinary ?? new Map(),
        subsidisedHours: hoursBy.get(citizenId)?.subsidised ?? new Map(),
      };
      const cadence = new Map<MonthIndex, boolean>();
      // Oldest course first: a later course's facts and contact months take precedence.
      for (const course of own) {
        const f = factsBy.get(course.id)!;
        const end = course.end_date;
        entry.enrolments.push({ model, group: course.group_code, date: course.visitation_date ?? course.enrolment_date, end });
        for (const u of f.units) {
          const span = clamp({ value: u.unitId, from: u.from, to: u.to ?? null }, end);
          if (span) entry.units.push(span);
        }
        for (const s of f.staff) {
          if (s.role !== 'job_broker') continue;
          const span = clamp({ value: s.staffId, from: s.from, to: s.to ?? null }, end);
          if (span) entry.jobBrokers.push(span);
        }
        const placements = f.placements
          .filter((p) => p.from <= asOf && placementKind[p.type] !== undefined)
          .map((p) => ({ kind: placementKind[p.type]!, from: p.from, to: p.to ?? null }));
        const cf = entry.caseFacts as { -readonly [K in keyof CaseFacts]: CaseFacts[K] };
        cf.cvFrom = first(f.cvVersions.map((v) => v.date));
        cf.jobGoalFrom = minDate(cf.jobGoalFrom, first(f.jobGoals.map((g) => g.date)));
        cf.planFrom = minDate(cf.planFrom, first(f.planVersions.map((p) => p.date)));
        cf.ordinaryHoursAgreementFrom = minDate(cf.ordinaryHoursAgreementFrom, agreementsBy.get(course.id)?.firstWithClause ?? null);
        cf.firstPlacementFrom = minDate(cf.firstPlacementFrom, first(placements.map((p) => p.from)));
        cf.placements = [...cf.placements, ...placements];
        cf.workAgreements = [...(cf.workAgreements ?? []), ...(agreementsBy.get(course.id)?.agreements ?? [])];
        for (const [m, kept] of contactCadence(resolve, f, asOf)) cadence.set(m, kept);
      }
      (entry.caseFacts as { contactCadenceKept: ReadonlyMap<MonthIndex, boolean> }).contactCadenceKept = cadence;
      out.set(citizenId, entry);
    }
  }
  return out;
}

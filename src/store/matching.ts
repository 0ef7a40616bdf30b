/**
 * Data for matching (domain/companies/matching.ts): the municipality's company
 * network as the score reads it (addresses, open openings with places taken,
 * the occupations known from its openings, cooperation agreements in force,
 * the ordinary-hours record aggregated in
 * SQL), citizens' postcodes and active job goals per course, a caller's
 * caseload, and the job_match rows.
 *
 * "Today" is passed in (the job centre's day, store/facts.ts) rather than
 * taken from the database clock, whose time zone may differ.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { JobGoalProfile, NetworkCompany, OpeningFacts } from '../domain/companies/matching.ts';
import { placesTaken } from './companies/openings.ts';
import { holdsCourseRoleOn } from './course-staff-filter.ts';
import { groupBy } from './group-by.ts';

const none = '00000000-0000-0000-0000-000000000000';
const orNone = (ids: readonly string[]) => (ids.length ? [...ids] : [none]);

/** A company of the network with what the API shows besides the score's inputs. */
export interface MatchCompany extends NetworkCompany {
  mainPostcode: string | null;
  mainCity: string | null;
  openings: MatchOpening[];
}

export interface MatchOpening extends OpeningFacts {
  companyId: string;
  hoursMin: number;
  hoursMax: number;
  /** Last day the opening is open, if it has one. */
  openTo: string | null;
}

export interface NetworkFilter {
  companyId?: string;
  /** Only this opening, whatever its status (candidates for one opening). */
  openingId?: string;
}

/**
 * The municipality's companies with everything the score reads. Openings are
 * those open today (status open, not past open_to) unless one is asked for;
 * an opening's `placesTaken` is the API's (placements there not ended,
 * running or agreed to start: `placesTaken` in companies/openings.ts).
 * The company's record counts placements from their start: `placements` is
 * every placement that has started at the company, `withPaidHours` those
 * with actual paid hours > 0 or ended converted to paid (the same definition
 * as the company's stats).
 */
export async function loadNetwork(db: Kysely<Database>, municipalityId: string, today: string, filter: NetworkFilter = {}): Promise<MatchCompany[]> {
  let companyQuery = db.selectFrom('company').select(['id', 'name', 'industry_code']).where('municipality_id', '=', municipalityId);
  if (filter.companyId) companyQuery = companyQuery.where('id', '=', filter.companyId);
  const companies = await companyQuery.orderBy('id').execute();
  if (companies.length === 0) return [];
  const ids = companies.map((c) => c.id);

  let openingQuery = db
    .selectFrom('opening')
    .leftJoin(placesTaken(db, today, ids).as('taken'), 'taken.opening_id', 'opening.id')
    .select([
      'opening.id',
      'opening.company_id',
      'opening.title',
      'opening.occupation_code',
      'opening.industry_code',
      'opening.postcode',
      'opening.hours_min',
      'opening.hours_max',
      'opening.paid_from_start',
      'opening.places',
      'opening.status',
      'opening.open_to',
      'taken.n as places_taken',
    ])
    .where('opening.company_id', 'in', ids);
  openingQuery = filter.openingId
    ? openingQuery.where('opening.id', '=', filter.openingId)
    : openingQuery.where('opening.status', '=', 'open').where((w) => w.or([w('opening.open_to', 'is', null), w('opening.open_to', '>=', today)]));

  const [addresses, openings, occupations, agreements, records] = await Promise.all([
    db
      .selectFrom('company_address')
      .select(['company_id', 'kind', 'postcode', 'city'])
      .where('company_id', 'in', ids)
      .orderBy(sql`kind = 'main'`, 'desc')
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    openingQuery.orderBy('opening.open_from').orderBy('opening.id').execute(),
    // The jobs the company is known to have: every opening with a DISCO code that had opened by today, whatever its status now.
    db
      .selectFrom('opening')
      .select(['company_id', 'occupation_code'])
      .distinct()
      .where('company_id', 'in', ids)
      .where('occupation_code', 'is not', null)
      .where('open_from', '<=', today)
      .orderBy('company_id')
      .orderBy('occupation_code')
      .execute(),
    sql<{ company_id: string; readiness: boolean; fixed_places: number | null; open: boolean }>`
      SELECT company_id,
             bool_or(ordinary_hours_readiness) AS readiness,
             sum(places) FILTER (WHERE kind = 'fixed_places')::int AS fixed_places,
             bool_or(kind = 'open') AS open
        FROM cooperation_agreement
       WHERE company_id IN (${sql.join(ids)})
         AND from_date <= ${today} AND (to_date IS NULL OR to_date >= ${today})
       GROUP BY company_id`.execute(db),
    sql<{ company_id: string; placements: number; with_paid_hours: number; running: number }>`
      SELECT p.company_id,
             count(*)::int AS placements,
             count(*) FILTER (WHERE p.end_reason = 'converted_to_paid' OR coalesce(h.paid, 0) > 0)::int AS with_paid_hours,
             count(*) FILTER (WHERE p.to_date IS NULL OR p.to_date >= ${today})::int AS running
        FROM placement p
        LEFT JOIN (SELECT placement_id, sum(actual_paid_hours) AS paid FROM placement_hours GROUP BY placement_id) h
          ON h.placement_id = p.id
       WHERE p.company_id IN (${sql.join(ids)}) AND p.from_date <= ${today}
       GROUP BY p.company_id`.execute(db),
  ]);

  const agreementBy = new Map(agreements.rows.map((a) => [a.company_id, a]));
  const recordBy = new Map(records.rows.map((r) => [r.company_id, r]));
  const addressesBy = groupBy(addresses, (a) => a.company_id);
  const openingsBy = groupBy(openings, (o) => o.company_id);
  const occupationsBy = groupBy(occupations, (o) => o.company_id, (o) => o.occupation_code!);
  return companies.map((company) => {
    const own = addressesBy.get(company.id) ?? [];
    const main = own.find((a) => a.kind === 'main') ?? own[0];
    const agreement = agreementBy.get(company.id);
    const record = recordBy.get(company.id);
    return {
      id: company.id,
      name: company.name,
      industryCode: company.industry_code,
      occupationCodes: occupationsBy.get(company.id) ?? [],
      postcodes: [...new Set(own.map((a) => a.postcode))],
      mainPostcode: main?.postcode ?? null,
      mainCity: main?.city ?? null,
      openings: (openingsBy.get(company.id) ?? []).map((o) => ({
        id: o.id,
        companyId: o.company_id,
        title: o.title,
        occupationCode: o.occupation_code,
        // An opening without its own industry is in the company's.
        industryCode: o.industry_code ?? company.industry_code,
        postcode: o.postcode,
        hoursMin: Number(o.hours_min),
        hoursMax: Number(o.hours_max),
        paidFromStart: o.paid_from_start,
        places: o.places,
        placesTaken: Number(o.places_taken ?? 0),
        status: o.status,
        openTo: o.open_to,
      })),
      record: { placements: record?.placements ?? 0, withPaidHours: record?.with_paid_hours ?? 0 },
      agreement: agreement
        ? { ordinaryHoursReadiness: agreement.readiness, fixedPlaces: agreement.fixed_places, placesInUse: record?.running ?? 0, open: agreement.open }
        : null,
    };
  });
}

/** A citizen's course as the reverse ranking and the suggestions read it. */
export interface CourseProfile {
  courseId: string;
  citizenId: string;
  name: string;
  pseudonym: string;
  postcode: string | null;
  city: string | null;
  modelId: string;
  phase: string | null;
  enrolmentDate: string;
  /** Active goals (not ended, or ending after today), tier A before B before C. */
  jobGoals: JobGoalProfile[];
}

/** Which courses the reverse ranking considers: the caller's own, or (leder) all in their units. */
export type CaseloadFilter = { staffId: string } | { unitIds: readonly string[] };

async function profiles(db: Kysely<Database>, courseIds: readonly string[], today: string): Promise<CourseProfile[]> {
  if (courseIds.length === 0) return [];
  const [courses, goals] = await Promise.all([
    db
      .selectFrom('course')
      .innerJoin('citizen', 'citizen.id', 'course.citizen_id')
      .select([
        'course.id',
        'course.citizen_id',
        'course.model_id',
        'course.current_phase',
        'course.enrolment_date',
        'citizen.first_name',
        'citizen.last_name',
        'citizen.pseudonym',
        'citizen.postcode',
        'citizen.city',
      ])
      .where('course.id', 'in', [...courseIds])
      .orderBy('course.id')
      .execute(),
    db
      .selectFrom('job_goal')
      .select(['course_id', 'tier', 'occupation_code', 'occupation_text', 'industry_code'])
      .where('course_id', 'in', [...courseIds])
      .where('set_on', '<=', today)
      .where((w) => w.or([w('ended_on', 'is', null), w('ended_on', '>', today)]))
      .orderBy('tier')
      .orderBy('set_on', 'desc')
      .orderBy('id')
      .execute(),
  ]);
  const goalsBy = groupBy(
    goals,
    (g) => g.course_id,
    (g) => ({ tier: g.tier, occupationCode: g.occupation_code, occupationText: g.occupation_text, industryCode: g.industry_code }),
  );
  return courses.map((c) => ({
    courseId: c.id,
    citizenId: c.citizen_id,
    name: `${c.first_name} ${c.last_name}`,
    pseudonym: c.pseudonym,
    postcode: c.postcode,
    city: c.city,
    modelId: c.model_id,
    phase: c.current_phase,
    enrolmentDate: c.enrolment_date,
    jobGoals: goalsBy.get(c.id) ?? [],
  }));
}

/** One course's citizen and active job goals. */
export async function loadCourseProfile(db: Kysely<Database>, courseId: string, today: string): Promise<CourseProfile | undefined> {
  return (await profiles(db, [courseId], today))[0];
}

/**
 * Active courses of a caseload whose citizens are in `visibleUnitIds`: where
 * the staff member holds a course role today (from <= today <= to, as the
 * engine's caseload), or for a manager every active course in their units.
 */
export async function loadCaseloadProfiles(
  db: Kysely<Database>,
  caseload: CaseloadFilter,
  visibleUnitIds: readonly string[],
  today: string,
): Promise<CourseProfile[]> {
  let query = db
    .selectFrom('course')
    .innerJoin('citizen', 'citizen.id', 'course.citizen_id')
    .select('course.id')
    .where('course.end_date', 'is', null)
    .where('citizen.unit_id', 'in', orNone(visibleUnitIds));
  if ('staffId' in caseload) {
    const { staffId } = caseload;
    query = query.where((eb) => holdsCourseRoleOn(eb, staffId, today));
  } else {
    query = query.where('course.unit_id', 'in', orNone(caseload.unitIds));
  }
  const rows = await query.execute();
  return profiles(
    db,
    rows.map((r) => r.id),
    today,
  );
}

// ------------------------------------------------------------------ matches

export interface ScoreSnapshot {
  score: number;
  components: { key: 'job_goal' | 'distance' | 'ordinary_hours' | 'open_places'; points: number; max: number; reason: string }[];
}

export interface Match {
  id: string;
  courseId: string;
  company: { id: string; name: string };
  opening: { id: string; title: string } | null;
  consultant: { id: string; name: string };
  matchedOn: string;
  rationale: string;
  score: ScoreSnapshot | null;
  status: 'agreed' | 'withdrawn';
  withdrawnOn: string | null;
  withdrawnReason: string | null;
  createdAt: string;
}

function matchQuery(db: Kysely<Database>) {
  return db
    .selectFrom('job_match as m')
    .innerJoin('company as c', 'c.id', 'm.company_id')
    .innerJoin('staff as s', 's.id', 'm.consultant_id')
    .leftJoin('opening as o', 'o.id', 'm.opening_id')
    .select([
      'm.id',
      'm.course_id',
      'm.company_id',
      'c.name as company_name',
      'm.opening_id',
      'o.title as opening_title',
      'm.consultant_id',
      's.display_name as consultant_name',
      'm.matched_on',
      'm.rationale',
      'm.score',
      'm.status',
      'm.withdrawn_on',
      'm.withdrawn_reason',
      'm.created_at',
    ]);
}

type MatchRow = Awaited<ReturnType<ReturnType<typeof matchQuery>['executeTakeFirstOrThrow']>>;

/** The stored score as shown when the match was made; null when absent or not in the expected shape. */
function snapshot(value: unknown): ScoreSnapshot | null {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  if (!parsed || typeof parsed !== 'object') return null;
  const { score, components } = parsed as { score?: unknown; components?: unknown };
  if (typeof score !== 'number' || !Array.isArray(components)) return null;
  return { score, components: components as ScoreSnapshot['components'] };
}

function toMatch(row: MatchRow): Match {
  return {
    id: row.id,
    courseId: row.course_id,
    company: { id: row.company_id, name: row.company_name },
    opening: row.opening_id ? { id: row.opening_id, title: row.opening_title ?? '' } : null,
    consultant: { id: row.consultant_id, name: row.consultant_name },
    matchedOn: row.matched_on,
    rationale: row.rationale,
    score: snapshot(row.score),
    status: row.status,
    withdrawnOn: row.withdrawn_on,
    withdrawnReason: row.withdrawn_reason,
    createdAt: row.created_at.toISOString(),
  };
}

/** A course's matches, newest first. */
export async function listMatches(db: Kysely<Database>, courseId: string): Promise<Match[]> {
  const rows = await matchQuery(db).where('m.course_id', '=', courseId).orderBy('m.matched_on', 'desc').orderBy('m.created_at', 'desc').orderBy('m.id').execute();
  return rows.map(toMatch);
}

export async function getMatch(db: Kysely<Database>, id: string): Promise<Match | undefined> {
  const row = await matchQuery(db).where('m.id', '=', id).executeTakeFirst();
  return row ? toMatch(row) : undefined;
}

export interface MatchInput {
  courseId: string;
  companyId: string;
  openingId: string | null;
  consultantId: string;
  matchedOn: string;
  rationale: string;
  /** The score and its parts at this moment, plus how it was computed. */
  score: ScoreSnapshot & Record<string, unknown>;
}

export async function insertMatch(trx: Kysely<Database>, input: MatchInput, createdBy: string): Promise<string> {
  const row = await trx
    .insertInto('job_match')
    .values({
      course_id: input.courseId,
      company_id: input.companyId,
      opening_id: input.openingId,
      consultant_id: input.consultantId,
      matched_on: input.matchedOn,
      rationale: input.rationale,
      score: JSON.stringify(input.score),
      created_by: createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Withdraws an agreed match; false when it was already withdrawn (nothing changed). */
export async function withdrawMatch(trx: Kysely<Database>, id: string, withdrawnOn: string, reason: string): Promise<boolean> {
  const result = await trx
    .updateTable('job_match')
    .set({ status: 'withdrawn', withdrawn_on: withdrawnOn, withdrawn_reason: reason })
    .where('id', '=', id)
    .where('status', '=', 'agreed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

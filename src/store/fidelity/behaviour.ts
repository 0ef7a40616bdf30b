/**
 * Behavioural fidelity from the case tables (domain/fidelity/behaviour.ts):
 * the model's courses in the units' subtrees, the staff of those units with
 * every course they hold a role on (their whole caseload), and the rule
 * overrides, each loaded once per call with the worklist's loaders
 * (store/facts.ts); then every date is evaluated in memory. The overrides
 * used at a date are those in force on it (changes made later do not count).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { behaviourChecks, summariseChecks, type DatedCourseFacts, type ElementBehaviour } from '../../domain/fidelity/behaviour.ts';
import { registry } from '../../domain/models/registry.ts';
import { isIsoDate } from '../../domain/rules/days.ts';
import { createRuleSetResolver, type RuleSetResolver } from '../../domain/rules/engine.ts';
import type { CourseFacts } from '../../domain/rules/facts.ts';
import { isoDay, loadCourseFacts } from '../facts.ts';
import { inForce, overrideHistory, toRuleOverride, type OverrideRow } from '../rule-overrides.ts';

export interface BehaviourQuery {
  modelId: string;
  /** Each unit counts the courses (and staff) of its subtree. */
  unitIds: readonly string[];
  /** ISO dates to evaluate at (a round's close date, month ends). */
  dates: readonly string[];
}

const CHUNK = 2_000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Rule sets with the overrides in force on `date` for each unit (its own and its ancestors'). */
function resolverOn(history: readonly OverrideRow[], parent: ReadonlyMap<string, string | null>, date: string): RuleSetResolver {
  const overrides = inForce(history.filter((row) => isoDay(new Date(row.setAt)) <= date)).map(toRuleOverride);
  return createRuleSetResolver(
    (modelId, version) => registry.get(modelId, version),
    (unitId) => {
      const chain = new Set<string>();
      for (let id = unitId ?? null; id && !chain.has(id); id = parent.get(id) ?? null) chain.add(id);
      return overrides.filter((o) => chain.has(o.unitId));
    },
  );
}

/** unitId -> date -> one entry per core element of the model that has checkable rules. */
export async function loadBehaviour(db: Kysely<Database>, q: BehaviourQuery): Promise<Map<string, Map<string, ElementBehaviour[]>>> {
  const definition = registry.get(q.modelId);
  if (!definition) throw new Error(`Ukendt model '${q.modelId}'.`);
  for (const date of q.dates) if (!isIsoDate(date)) throw new Error(`Ugyldig dato '${date}': skriv ÅÅÅÅ-MM-DD.`);
  const out = new Map<string, Map<string, ElementBehaviour[]>>();
  const unitIds = [...new Set(q.unitIds)];
  const dates = [...new Set(q.dates)].sort();
  if (unitIds.length === 0 || dates.length === 0) {
    for (const u of unitIds) out.set(u, new Map());
    return out;
  }
  const first = dates[0]!;
  const last = dates.at(-1)!;

  const units = await db.selectFrom('unit').select(['id', 'parent_id']).execute();
  const parent = new Map(units.map((u) => [u.id, u.parent_id]));
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parent_id) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u.id]);
  const subtree = (root: string): Set<string> => {
    const seen = new Set<string>();
    const stack = parent.has(root) ? [root] : [];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(children.get(id) ?? []));
    }
    return seen;
  };
  const subtrees = new Map(unitIds.map((u) => [u, subtree(u)]));
  const all = new Set([...subtrees.values()].flatMap((s) => [...s]));
  if (all.size === 0) {
    for (const u of unitIds) out.set(u, new Map(dates.map((d) => [d, summariseChecks(definition, [])])));
    return out;
  }
  const inUnits = [...all];

  // The model's courses that ran in the period and belonged to one of the units at some time.
  const courses = await db
    .selectFrom('course')
    .select(['course.id', 'course.visitation_date'])
    .where('course.model_id', '=', q.modelId)
    .where('course.enrolment_date', '<=', last)
    .where((eb) => eb.or([eb('course.end_date', 'is', null), eb('course.end_date', '>=', first)]))
    .where((eb) =>
      eb.or([
        eb('course.unit_id', 'in', inUnits),
        eb.exists(eb.selectFrom('course_unit').select('course_unit.course_id').whereRef('course_unit.course_id', '=', 'course.id').where('course_unit.unit_id', 'in', inUnits)),
      ]),
    )
    .execute();
  const visited = new Map(courses.map((c) => [c.id, c.visitation_date]));

  // The units' staff, and every course they held a role on in the period (their caseload counts every model).
  const staffRows = await db.selectFrom('staff').select(['id', 'unit_id']).where('unit_id', 'in', inUnits).execute();
  const caseloadIds = new Set<string>();
  for (const batch of chunks(staffRows.map((s) => s.id))) {
    const rows = await db
      .selectFrom('course_staff')
      .innerJoin('course', 'course.id', 'course_staff.course_id')
      .select('course_staff.course_id')
      .distinct()
      .where('course_staff.staff_id', 'in', batch)
      .where('course_staff.from_date', '<=', last)
      .where((eb) => eb.or([eb('course_staff.to_date', 'is', null), eb('course_staff.to_date', '>=', first)]))
      .where('course.enrolment_date', '<=', last)
      .where((eb) => eb.or([eb('course.end_date', 'is', null), eb('course.end_date', '>=', first)]))
      .execute();
    for (const r of rows) caseloadIds.add(r.course_id);
  }
  const ids = [...new Set([...visited.keys(), ...caseloadIds])];
  const facts: CourseFacts[] = [];
  for (const batch of chunks(ids)) facts.push(...(await loadCourseFacts(db, { courseIds: batch })));
  // The day each course's group was given: a group given after a date is not known on it.
  for (const batch of chunks(ids.filter((id) => !visited.has(id)))) {
    for (const r of await db.selectFrom('course').select(['id', 'visitation_date']).where('id', 'in', batch).execute()) visited.set(r.id, r.visitation_date);
  }
  const dated: DatedCourseFacts[] = facts.map((f) => {
    const v = visited.get(f.courseId);
    return v ? { ...f, visitationDate: v } : f;
  });
  const modelCourses = dated.filter((f) => f.modelId === q.modelId);

  // Overrides on the units and every unit above them.
  const chainUnits = new Set<string>();
  for (const u of [...all, ...staffRows.map((s) => s.unit_id)]) for (let id: string | null = u; id && !chainUnits.has(id); id = parent.get(id) ?? null) chainUnits.add(id);
  const history = await overrideHistory(db, [...chainUnits]);

  const staff = staffRows.map((s) => ({ staffId: s.id, unitId: s.unit_id }));
  for (const u of unitIds) out.set(u, new Map());
  for (const date of dates) {
    const checks = behaviourChecks(
      { modelId: q.modelId, definition, resolve: resolverOn(history, parent, date), courses: modelCourses, units: all, staff, caseloadCourses: dated },
      date,
    );
    for (const u of unitIds) {
      const members = subtrees.get(u)!;
      out.get(u)!.set(
        date,
        summariseChecks(
          definition,
          checks.filter((c) => members.has(c.unitId)),
        ),
      );
    }
  }
  return out;
}

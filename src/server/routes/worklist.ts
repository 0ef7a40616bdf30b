/**
 * The model engine applied to real caseloads: a staff member's worklist,
 * Min sagsstamme rows, and the team overview for managers.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registry } from '../../domain/models/registry.ts';
import { buildWorklist, type WorklistItem } from '../../domain/rules/worklist.ts';
import { checkCaseload, type Caseload, type CaseloadCheck } from '../../domain/rules/caseload.ts';
import { artefactFigures } from '../../domain/rules/artefact-figures.ts';
import { contactFigure } from '../../domain/rules/contact-figure.ts';
import { DEFAULT_DUE_SOON_DAYS, ruleSetOn } from '../../domain/rules/engine.ts';
import { checkTeamSize } from '../../domain/rules/team.ts';
import { toDay } from '../../domain/rules/days.ts';
import { can } from '../../domain/organisation/roles.ts';
import { placementTypes } from '../../domain/rules/facts.ts';
import { loadCourseFacts, today as todayIso } from '../../store/facts.ts';
import { citizenLabels, placementColumns } from '../../store/caseload.ts';
import { phaseOn, prepareCourse, unitOn } from '../../domain/rules/prepared.ts';
import { municipalityResolver } from '../../store/rule-overrides.ts';
import { callerMunicipality, currentUser, isInScope, requirePermission, scopeUnitIds, visibleCitizens } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { forbidden, notFound } from '../errors.ts';
import { errorResponses, uuid } from '../schemas.ts';

const worklistItem = z.object({
  courseId: z.string(),
  modelId: z.string(),
  modelShortName: z.string(),
  ruleId: z.string(),
  coreElementId: z.string(),
  status: z.enum(['due', 'overdue', 'warning']).describe("'warning': past a reference value the source observed, not a prescribed deadline"),
  dueDate: z.string().optional(),
  daysOverdue: z.number().int().optional(),
  daysUntilDue: z.number().int().optional(),
  explanation: z.string(),
});

const caseloadCheck = z.object({
  modelId: z.string(),
  modelShortName: z.string(),
  ruleId: z.string(),
  role: z.string(),
  groups: z.array(z.string()).optional().describe('Visitation groups or tracks the rule counts (e.g. STV AK or RF)'),
  courses: z.number().int().describe('Running courses on which the staff member holds the rule’s role: why the rule applies'),
  max: z.number().int().describe('The maximum in force for the staff member’s unit'),
  status: z.enum(['within', 'exceeded', 'above_reference']).describe("The total caseload against this maximum; 'above_reference': above an observed average, not a prescribed maximum"),
  reference: z.boolean().describe('The maximum is a reference value (observed practice), not a limit'),
});

const caseloadSummary = z
  .object({
    total: z.number().int().describe('Distinct citizens on running courses where the staff member holds a role today'),
    courses: z.number().int().describe('Running courses on the caseload (a citizen can have courses in several models)'),
    byModel: z.array(z.object({ modelId: z.string(), modelShortName: z.string(), citizens: z.number().int(), courses: z.number().int() })),
    checks: z.array(caseloadCheck).describe('Every caseload rule that applies, lowest maximum first'),
    limit: caseloadCheck.nullable().describe('The lowest maximum that applies: the limit the total is held against'),
    status: z.enum(['within', 'exceeded', 'above_reference', 'no_rule']),
  })
  .describe('The staff member’s whole caseload (domain/rules/caseload.ts)');

const shortName = (modelId: string) => registry.get(modelId)?.shortName ?? modelId;

function toItem(item: WorklistItem) {
  return {
    courseId: item.courseId,
    modelId: item.modelId,
    modelShortName: shortName(item.modelId),
    ruleId: item.ruleId,
    coreElementId: item.coreElementId,
    status: item.status,
    ...(item.dueDate ? { dueDate: item.dueDate } : {}),
    ...(item.daysOverdue !== undefined ? { daysOverdue: item.daysOverdue } : {}),
    ...(item.daysUntilDue !== undefined ? { daysUntilDue: item.daysUntilDue } : {}),
    explanation: item.explanation,
  };
}

function toCheck(check: CaseloadCheck) {
  return {
    modelId: check.modelId,
    modelShortName: shortName(check.modelId),
    ruleId: check.ruleId,
    role: check.role,
    ...(check.groups ? { groups: [...check.groups] } : {}),
    courses: check.courseIds.length,
    max: check.max,
    status: check.status,
    reference: check.reference,
  };
}

function toCaseload(caseload: Caseload) {
  return {
    total: caseload.total,
    courses: caseload.courses,
    byModel: caseload.byModel.map((m) => ({ ...m, modelShortName: shortName(m.modelId) })),
    checks: caseload.checks.map(toCheck),
    limit: caseload.limit ? toCheck(caseload.limit) : null,
    status: caseload.status,
  };
}

/** Whose caseload or worklist: the caller's own, or (team.read) a staff member in the caller's units. */
export async function targetStaff(request: FastifyRequest, db: Kysely<Database>, staffId: string | undefined) {
  const user = currentUser(request);
  const id = staffId ?? user.id;
  if (id !== user.id && !can(user.roles, 'team.read')) throw forbidden();
  const staff = await db.selectFrom('staff').select(['id', 'display_name', 'unit_id']).where('id', '=', id).executeTakeFirst();
  if (!staff || (id !== user.id && !(await isInScope(request, staff.unit_id)))) throw notFound('Medarbejderen');
  return staff;
}

export async function worklistRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** Active courses on a staff member's caseload, evaluated today with the municipality's rules. */
  async function evaluateCaseload(request: FastifyRequest, staff: { id: string; unit_id: string }) {
    const today = todayIso();
    const courses = await loadCourseFacts(db, { staffId: staff.id, activeOnly: true });
    const labels = await citizenLabels(db, [...new Set(courses.map((c) => c.citizenId))], today);
    // Only citizens the caller may see (need to know; a citizen who moved away drops out).
    const seen = await visibleCitizens(request, [...labels.keys()]);
    const visible = courses.filter((c) => seen.has(c.citizenId));
    // The staff member is the caller or one in the caller's units: the caller's municipality is theirs.
    const resolve = await municipalityResolver(db, await callerMunicipality(request));
    const worklist = buildWorklist(staff.id, visible, resolve, today);
    // The caseload is the staff member's whole caseload: a count, so citizens outside the caller's units count too.
    const caseload = checkCaseload(staff.id, staff.unit_id, courses, resolve, today);
    await recordAudit(db, request, { action: 'worklist.read', citizenPseudonyms: [...new Set(visible.map((c) => labels.get(c.citizenId)!.pseudonym))] });
    return { today, courses: visible, labels, worklist, caseload, resolve };
  }

  /** Everything due or overdue across a staff member's caseload, grouped by citizen, most urgent first. */
  r.get(
    '/api/worklist',
    {
      schema: {
        tags: ['case work'],
        summary: 'Worklist of due and overdue items (own, or a team member’s for a leder)',
        querystring: z.object({ staff: uuid.optional() }),
        response: {
          200: z.object({
            staffId: z.string(),
            staffName: z.string(),
            asOf: z.string(),
            citizens: z.array(z.object({ citizenId: z.string(), citizenName: z.string(), items: z.array(worklistItem) })),
            caseload: caseloadSummary,
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const staff = await targetStaff(request, db, request.query.staff);
      const { today, labels, worklist, caseload } = await evaluateCaseload(request, staff);
      return {
        staffId: staff.id,
        staffName: staff.display_name,
        asOf: today,
        citizens: worklist.citizens.map((c) => ({ citizenId: c.citizenId, citizenName: labels.get(c.citizenId)!.name, items: c.items.map(toItem) })),
        caseload: toCaseload(caseload),
      };
    },
  );

  /** Min sagsstamme: one row per active course on the staff member's caseload. */
  r.get(
    '/api/caseload',
    {
      schema: {
        tags: ['case work'],
        summary: 'Caseload rows with phase, contact, CV/job goal/plan status and due items',
        querystring: z.object({ staff: uuid.optional() }),
        response: {
          200: z.object({
            staffId: z.string(),
            asOf: z.string(),
            rows: z.array(
              z.object({
                citizenId: z.string(),
                citizenName: z.string(),
                age: z.number().int(),
                courseId: z.string(),
                modelId: z.string(),
                modelShortName: z.string(),
                group: z.string().nullable(),
                phase: z.string().nullable(),
                phaseName: z.string().nullable(),
                lastContactDate: z.string().nullable().describe('Latest counted contact (domain/rules/contact-figure.ts)'),
                daysSinceLastContact: z.number().int().nullable(),
                contactCounts: z.enum(['rule_kinds', 'any']).describe('Which contacts count: those the model’s contact rule counts, or any that reached the citizen'),
                contactRule: z
                  .object({ ruleId: z.string(), maxDays: z.number().int(), status: z.enum(['satisfied', 'due', 'overdue', 'warning']) })
                  .nullable()
                  .describe('The contact rule in force for the course today, with its maximum and the engine’s status; null when none applies'),
                hasCv: z.boolean(),
                hasJobGoal: z.boolean().describe('A job goal in force, concrete where the model’s job-goal rule requires it (domain/rules/artefact-figures.ts)'),
                hasPlan: z.boolean(),
                currentPlacement: z
                  .object({ id: z.string(), type: z.enum(placementTypes), companyName: z.string(), from: z.string() })
                  .nullable()
                  .describe('The running placement (the latest started when several run)'),
                paidHoursLast4Weeks: z
                  .number()
                  .nullable()
                  .describe('Actual paid ordinary hours in the four full weeks before this week; null when no hours were recorded then'),
                overdue: z.number().int(),
                due: z.number().int(),
                warnings: z.number().int(),
                items: z.array(worklistItem),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const staff = await targetStaff(request, db, request.query.staff);
      const { today, courses, labels, worklist, resolve } = await evaluateCaseload(request, staff);
      const day = toDay(today);
      const placements = await placementColumns(db, courses, today);
      const itemsByCourse = new Map<string, WorklistItem[]>();
      for (const citizen of worklist.citizens) {
        for (const item of citizen.items) itemsByCourse.set(item.courseId, [...(itemsByCourse.get(item.courseId) ?? []), item]);
      }
      const rows = courses.map((course) => {
        const label = labels.get(course.citizenId)!;
        // The latest recorded phase, as course.current_phase and the course page show it: a
        // move recorded ahead (a placement starting later, or the day after a placement's
        // last day) shows at once; the engine still applies it from its date.
        const prepared = prepareCourse(course);
        const phase = phaseOn(prepared, Number.POSITIVE_INFINITY) ?? null;
        const ruleSet = ruleSetOn(resolve, prepared, day);
        const contact = contactFigure(ruleSet, prepared, day, DEFAULT_DUE_SOON_DAYS);
        const items = itemsByCourse.get(course.courseId) ?? [];
        const definition = registry.get(course.modelId, course.modelVersion);
        return {
          citizenId: course.citizenId,
          citizenName: label.name,
          age: label.age,
          courseId: course.courseId,
          modelId: course.modelId,
          modelShortName: shortName(course.modelId),
          group: course.group ?? null,
          phase,
          phaseName: definition?.phases.find((p) => p.id === phase)?.name.da ?? null,
          lastContactDate: contact.lastDate,
          daysSinceLastContact: contact.daysSince,
          contactCounts: contact.counts,
          contactRule: contact.rule ?? null,
          ...artefactFigures(ruleSet, prepared, day),
          ...placements.get(course.courseId)!,
          overdue: items.filter((i) => i.status === 'overdue').length,
          due: items.filter((i) => i.status === 'due').length,
          warnings: items.filter((i) => i.status === 'warning').length,
          items: items.map(toItem),
        };
      });
      rows.sort((a, b) => b.overdue - a.overdue || a.citizenName.localeCompare(b.citizenName, 'da'));
      return { staffId: staff.id, asOf: today, rows };
    },
  );

  /** Team overview for a manager: per staff member, the whole caseload against the lowest caseload limit that applies, and overdue items. */
  r.get(
    '/api/team-overview',
    {
      schema: {
        tags: ['case work'],
        summary: 'Caseload and overdue items per staff member in the manager’s units',
        querystring: z.object({ unitId: uuid.optional() }),
        response: {
          200: z.object({
            asOf: z.string(),
            staff: z.array(
              z.object({
                staffId: z.string(),
                name: z.string(),
                unitName: z.string(),
                roles: z.array(z.string()),
                activeCourses: z.number().int().describe('Running courses on the caseload (caseload.courses)'),
                caseload: caseloadSummary,
                overdue: z.number().int(),
                due: z.number().int(),
                warnings: z.number().int(),
              }),
            ),
            teams: z
              .array(
                z.object({
                  unitId: z.string(),
                  unitName: z.string(),
                  modelId: z.string(),
                  modelShortName: z.string(),
                  ruleId: z.string(),
                  count: z.number().int(),
                  min: z.number().int(),
                  max: z.number().int(),
                  status: z.enum(['within', 'below', 'above']),
                  explanation: z.string(),
                }),
              )
              .describe("Team-size rules per unit (TRIN: 3-5 staff); 'below'/'above' are recommendations missed, not limits"),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requirePermission(request, 'team.read');
      const scope = await scopeUnitIds(request);
      const unitIds = request.query.unitId ? scope.filter((id) => id === request.query.unitId) : scope;
      if (request.query.unitId && unitIds.length === 0) throw notFound('Enheden');
      const today = todayIso();
      const staff = await db
        .selectFrom('staff')
        .innerJoin('unit', 'unit.id', 'staff.unit_id')
        .select(['staff.id', 'staff.display_name', 'staff.unit_id', 'staff.roles', 'unit.name as unit_name'])
        .where('staff.unit_id', 'in', unitIds)
        .where('staff.active', '=', true)
        .orderBy('unit.name')
        .orderBy('staff.display_name')
        .execute();
      // Every running course of the staff shown, so each caseload is the person's total; the
      // worklist figures and the audit cover only the courses in the caller's units.
      const courses = await loadCourseFacts(db, { staffId: staff.map((s) => s.id), onDate: today, activeOnly: true });
      const scopeSet = new Set(scope);
      const day = toDay(today);
      const visible = courses.filter((c) => scopeSet.has(unitOn(prepareCourse(c), day) ?? ''));
      const resolve = await municipalityResolver(db, await callerMunicipality(request));
      const labels = await citizenLabels(db, [...new Set(visible.map((c) => c.citizenId))], today);
      await recordAudit(db, request, { action: 'team_overview.read', citizenPseudonyms: [...new Set([...labels.values()].map((l) => l.pseudonym))] });
      const rows = staff
        .map((s) => {
          const worklist = buildWorklist(s.id, visible, resolve, today);
          const items = worklist.citizens.flatMap((c) => c.items);
          const caseload = checkCaseload(s.id, s.unit_id, courses, resolve, today);
          return {
            staffId: s.id,
            name: s.display_name,
            unitName: s.unit_name,
            roles: s.roles,
            activeCourses: caseload.courses,
            caseload: toCaseload(caseload),
            overdue: items.filter((i) => i.status === 'overdue').length,
            due: items.filter((i) => i.status === 'due').length,
            warnings: items.filter((i) => i.status === 'warning').length,
          };
        })
        .filter((row) => row.activeCourses > 0 || row.roles.some((role) => role === 'jobformidler' || role === 'mentor' || role === 'virksomhedskonsulent'));
      const unitNames = new Map(staff.map((s) => [s.unit_id, s.unit_name]));
      for (const u of await db.selectFrom('unit').select(['id', 'name']).where('id', 'in', unitIds).execute()) unitNames.set(u.id, u.name);
      const teams = unitIds.flatMap((unitId) =>
        checkTeamSize(unitId, visible, resolve, today).map((c) => ({
          unitId,
          unitName: unitNames.get(unitId) ?? '',
          modelId: c.modelId,
          modelShortName: shortName(c.modelId),
          ruleId: c.ruleId,
          count: c.count,
          min: c.min,
          max: c.max,
          status: c.status,
          explanation: c.explanation,
        })),
      );
      return { asOf: today, staff: rows, teams };
    },
  );
}

/**
 * The company consultant's worklist (contract section A, "Consultant
 * worklist"): follow-ups due at companies, work agreements without ordinary
 * hours, and owned companies nobody has contacted for a while.
 *
 * Follow-ups cover running placements of active courses where the staff
 * member is job broker, company consultant or mentor today, or that they
 * created. Two sources, each its own item:
 * - planned: the placement's next follow-up date (set at the latest
 *   follow-up, else the work agreement's first date), when it is at most 14
 *   days away or past;
 * - rule: the model's `follow_up_interval` rule evaluated for that placement
 *   alone with the municipality's parameters, when due or overdue.
 */
import { foldFollowUpItems } from '../../../domain/placements/follow-up-items.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registry } from '../../../domain/models/registry.ts';
import { can } from '../../../domain/organisation/roles.ts';
import { missingOrdinaryHoursSince } from '../../../domain/placements/placement.ts';
import { fromDay, toDay } from '../../../domain/rules/days.ts';
import { evaluateCourse } from '../../../domain/rules/engine.ts';
import { danishDate, days, relative } from '../../../domain/rules/explain.ts';
import { placementTypes } from '../../../domain/rules/facts.ts';
import { citizenLabels } from '../../../store/caseload.ts';
import { loadCourseFacts, today } from '../../../store/facts.ts';
import { agreementVersionFlags, followedPlacementIds, ownedCompaniesNotContactedSince, unlinkedAgreements } from '../../../store/placements/company-worklist.ts';
import { listPlacementSummaries } from '../../../store/placements/placements.ts';
import { municipalityResolver } from '../../../store/rule-overrides.ts';
import { callerMunicipality, requirePermission, visibleCitizens } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { forbidden } from '../../errors.ts';
import { errorResponses, personRef, uuid } from '../../schemas.ts';
import { targetStaff } from '../worklist.ts';

/** A planned follow-up shows this many days ahead. */
const PLANNED_AHEAD_DAYS = 14;

const worklistSchema = z.object({
  staff: personRef,
  notContactedDays: z.number().int(),
  followUpsDue: z.array(
    z.object({
      placementId: z.string(),
      citizen: personRef,
      company: personRef,
      type: z.enum(placementTypes),
      dueOn: z.string(),
      status: z.enum(['due', 'overdue']),
      source: z.enum(['planned', 'rule']).describe("'planned': the next follow-up date; 'rule': the model's follow_up_interval rule"),
      explanation: z.string(),
    }),
  ),
  agreementsMissingOrdinaryHours: z.array(
    z.object({
      placementId: z.string().nullable().describe('null for an agreement no placement names yet'),
      workAgreementId: z.string(),
      citizen: personRef,
      company: personRef,
      since: z.string().describe('Day of the first version in the unbroken run without a clause or declaration'),
    }),
  ),
  companiesNotContacted: z.array(z.object({ company: personRef, lastInteractionOn: z.string().nullable(), days: z.number().int().nullable() })),
});

const querystring = z.object({
  staff: uuid.optional().describe('A colleague in the caller’s units (needs team.read)'),
  notContactedDays: z.coerce
    .number({ error: 'Skal være et helt antal dage.' })
    .int({ error: 'Skal være et helt antal dage.' })
    .min(7, { error: 'Mindst 7 dage.' })
    .max(730, { error: 'Højst 730 dage.' })
    .default(90),
});

/** Ids of follow_up_interval rules per model version. */
function followUpRuleIds(modelId: string, version: string): Set<string> {
  const definition = registry.get(modelId, version);
  const ids = new Set<string>();
  for (const element of definition?.coreElements ?? []) for (const rule of element.rules) if (rule.type === 'follow_up_interval') ids.add(rule.id);
  return ids;
}

export function companyWorklistRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** Follow-ups due, agreements without ordinary hours and companies not contacted, for the caller or (team.read) a colleague. */
  r.get(
    '/api/company-worklist',
    {
      schema: {
        tags: ['placements'],
        summary: 'Company consultant worklist: follow-ups, agreements without ordinary hours, companies not contacted',
        querystring,
        response: { 200: worklistSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'citizen.read');
      if (!can(user.roles, 'company.read')) throw forbidden();
      const staff = await targetStaff(request, db, request.query.staff);
      const { notContactedDays } = request.query;
      const day = today();
      const dayNo = toDay(day);
      // The staff member is the caller or one in the caller's units: the caller's municipality is theirs.
      const municipalityId = await callerMunicipality(request);

      const summaries = await listPlacementSummaries(db, { placementIds: await followedPlacementIds(db, staff.id, day) }, day);
      const unlinked = (await unlinkedAgreements(db, staff.id, day)).filter((a) => a.plannedTo === null || a.plannedTo >= day);
      const labels = await citizenLabels(db, [...new Set([...summaries.map((p) => p.citizen.id), ...unlinked.map((a) => a.citizenId)])], day);
      const seen = await visibleCitizens(request, [...labels.keys()]);
      const visible = (citizenId: string) => seen.has(citizenId);
      const placements = summaries.filter((p) => visible(p.citizen.id));
      const running = placements.filter((p) => p.running);

      const followUpsDue: z.infer<typeof worklistSchema>['followUpsDue'] = [];
      for (const p of running) {
        if (p.nextFollowUpOn === null || toDay(p.nextFollowUpOn) > dayNo + PLANNED_AHEAD_DAYS) continue;
        const due = toDay(p.nextFollowUpOn);
        followUpsDue.push({
          placementId: p.id,
          citizen: p.citizen,
          company: p.company,
          type: p.type,
          dueOn: p.nextFollowUpOn,
          status: due < dayNo ? 'overdue' : 'due',
          source: 'planned',
          explanation:
            due < dayNo
              ? `Opfølgningen planlagt til ${danishDate(due)} er ikke registreret (${days(dayNo - due)} for sent).`
              : `Næste opfølgning på virksomheden er planlagt til ${danishDate(due)} (${relative(due, dayNo)}).`,
        });
      }

      const facts = new Map((await loadCourseFacts(db, { courseIds: [...new Set(running.map((p) => p.courseId))] })).map((f) => [f.courseId, f]));
      const resolve = await municipalityResolver(db, municipalityId);
      for (const p of running) {
        const course = facts.get(p.courseId);
        if (!course) continue;
        const ruleIds = followUpRuleIds(course.modelId, course.modelVersion);
        if (ruleIds.size === 0) continue;
        // The rule decides per course by its most urgent placement; evaluated on this placement alone it answers for it.
        const alone = { ...course, placements: course.placements.filter((x) => x.id === p.id), followUps: course.followUps.filter((f) => f.placementId === p.id) };
        for (const result of evaluateCourse(resolve, alone, day) ?? []) {
          if (!ruleIds.has(result.ruleId) || (result.status !== 'due' && result.status !== 'overdue') || !result.dueDate) continue;
          followUpsDue.push({
            placementId: p.id,
            citizen: p.citizen,
            company: p.company,
            type: p.type,
            dueOn: result.dueDate,
            status: result.status,
            source: 'rule',
            explanation: result.explanation,
          });
        }
      }

      const linked = placements.filter((p) => p.workAgreementId !== null && !p.ordinaryHoursClause && !p.declarationOfIntent);
      const versions = await agreementVersionFlags(db, [...linked.map((p) => p.workAgreementId!), ...unlinked.map((a) => a.id)]);
      const followUps = foldFollowUpItems(followUpsDue);
      const agreementsMissingOrdinaryHours: z.infer<typeof worklistSchema>['agreementsMissingOrdinaryHours'] = [];
      for (const p of linked) {
        const since = missingOrdinaryHoursSince(versions.get(p.workAgreementId!) ?? []);
        if (since) agreementsMissingOrdinaryHours.push({ placementId: p.id, workAgreementId: p.workAgreementId!, citizen: p.citizen, company: p.company, since });
      }
      for (const a of unlinked) {
        if (!visible(a.citizenId)) continue;
        const since = missingOrdinaryHoursSince(versions.get(a.id) ?? []);
        if (since) agreementsMissingOrdinaryHours.push({ placementId: null, workAgreementId: a.id, citizen: { id: a.citizenId, name: a.citizenName }, company: a.company, since });
      }
      agreementsMissingOrdinaryHours.sort((a, b) => a.since.localeCompare(b.since) || a.citizen.name.localeCompare(b.citizen.name, 'da'));

      const companies = await ownedCompaniesNotContactedSince(db, staff.id, municipalityId, fromDay(dayNo - notContactedDays));
      const listed = new Set([...followUps.map((f) => f.citizen.id), ...agreementsMissingOrdinaryHours.map((a) => a.citizen.id)]);
      await recordAudit(db, request, {
        action: 'company_worklist.read',
        citizenPseudonyms: [...listed].map((id) => labels.get(id)!.pseudonym),
        detail: { staffId: staff.id },
      });
      return {
        staff: { id: staff.id, name: staff.display_name },
        notContactedDays,
        followUpsDue: followUps,
        agreementsMissingOrdinaryHours,
        companiesNotContacted: companies.map((c) => ({
          company: { id: c.id, name: c.name },
          lastInteractionOn: c.lastInteractionOn,
          days: c.lastInteractionOn ? dayNo - toDay(c.lastInteractionOn) : null,
        })),
      };
    },
  );
}

/**
 * Builds the course responses: the summary for lists and the full course
 * with eligibility, visitation, phase history, the phases it may move to
 * (with refusal codes when not), staff, the rehabilitation and CTI
 * tracks and the rule results from the engine for today.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { courseRoleLabels, holderOn } from '../../../domain/cases/course-roles.ts';
import { ineligibleReasonLabels, isIneligibleReasonCode } from '../../../domain/cases/enrolment-decision.ts';
import { rehabTrackFigures } from '../../../domain/cases/rehab-track.ts';
import { measurementMonths, supportCourseFigures } from '../../../domain/cases/support-course.ts';
import { exclusionReasonLabel, groupName } from '../../../domain/cases/visitation.ts';
import { checkTransition, nextPhases } from '../../../domain/models/phases.ts';
import type { ModelDefinition } from '../../../domain/models/schema.ts';
import { compileRuleSet, evaluate } from '../../../domain/rules/engine.ts';
import { listAssignments, type NamedAssignment } from '../../../store/cases/course-staff.ts';
import { getRehabTrack, getSupportCourse } from '../../../store/cases/course-tracks.ts';
import { getCourse, listCourses, phaseHistory, type CourseRow } from '../../../store/cases/courses.ts';
import { loadCourseFacts } from '../../../store/facts.ts';
import { loadOverridesFor } from '../../../store/rule-overrides.ts';
import { notFound } from '../../errors.ts';
import { courseModel } from './access.ts';
import { evaluateEligibility } from './eligibility.ts';
import type { CourseResponse, CourseSummaryResponse } from './schemas.ts';

const phaseName = (definition: ModelDefinition, phase: string) => definition.phases.find((p) => p.id === phase)?.name.da ?? phase;

function summary(row: CourseRow, definition: ModelDefinition, assignments: readonly NamedAssignment[], today: string): CourseSummaryResponse {
  const broker = holderOn(assignments, 'job_broker', today);
  const leadRole = definition.staffRoles[0]!;
  const lead = holderOn(assignments, leadRole, today);
  return {
    id: row.id,
    citizenId: row.citizenId,
    modelId: row.modelId,
    modelVersion: row.modelVersion,
    modelShortName: definition.shortName,
    modelName: definition.name.da,
    unitId: row.unitId,
    unitName: row.unitName,
    enrolmentDate: row.enrolmentDate,
    group: row.group,
    groupName: groupName(definition, row.group),
    currentPhase: row.currentPhase,
    currentPhaseName: phaseName(definition, row.currentPhase),
    endDate: row.endDate,
    endReason: row.endReason,
    jobBroker: broker ? { id: broker.staffId, name: broker.name } : null,
    lead: { role: leadRole, staff: lead ? { id: lead.staffId, name: lead.name } : null },
    version: row.version,
  };
}

/** A citizen's courses as summaries, newest first. */
export async function courseSummaries(db: Kysely<Database>, citizenId: string, today: string): Promise<CourseSummaryResponse[]> {
  const rows = await listCourses(db, citizenId);
  const assignments = await listAssignments(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    summary(
      row,
      courseModel(row.modelId, row.modelVersion),
      assignments.filter((a) => a.courseId === row.id),
      today,
    ),
  );
}

function ruleTitles(definition: ModelDefinition): Map<string, string> {
  const titles = new Map<string, string>();
  for (const element of definition.coreElements) for (const rule of element.rules) titles.set(rule.id, rule.title.da);
  return titles;
}

/** What was decided at enrolment, as kept on the course. */
function enrolmentDecision(row: CourseRow): CourseResponse['enrolment'] {
  const code = row.ineligibleReasonCode;
  return {
    eligibility: row.eligibilityAtEnrolment,
    ineligibleReason:
      code !== null && isIneligibleReasonCode(code) ? { code, label: ineligibleReasonLabels[code].da, text: row.ineligibleReasonText ?? '' } : null,
    parallelReason: row.parallelReason,
    alreadyInProgramme: row.alreadyInProgramme,
  };
}

export interface DetailOptions {
  today: string;
  /** The day the target group is checked on (default today; the enrolment date right after enrolment). */
  eligibilityAsOf?: string;
}

/** The full course as the API returns it. Reads through `db`; call it after the write's transaction. */
export async function courseDetail(db: Kysely<Database>, courseId: string, options: DetailOptions): Promise<CourseResponse> {
  const { today } = options;
  const row = await getCourse(db, courseId);
  if (!row) throw notFound('Forløbet');
  const definition = courseModel(row.modelId, row.modelVersion);
  const [[facts], phases, assignments, rehab, support, overrides, eligibility] = await Promise.all([
    loadCourseFacts(db, { courseIds: [courseId] }),
    phaseHistory(db, courseId),
    listAssignments(db, [courseId]),
    getRehabTrack(db, courseId),
    getSupportCourse(db, courseId),
    loadOverridesFor(db, row.unitId),
    evaluateEligibility(db, definition, {
      citizenId: row.citizenId,
      citizenUnitId: row.citizenUnitId,
      asOf: options.eligibilityAsOf ?? today,
      housingArea: row.housingArea,
    }),
  ]);
  if (!facts) throw notFound('Forløbet');
  const titles = ruleTitles(definition);
  const rules = evaluate(compileRuleSet(definition, overrides), facts, today).map((result) => ({ ...result, title: titles.get(result.ruleId) ?? result.ruleId }));
  // A course that has ended, or not started yet, has nowhere to move today.
  const closed = (row.endDate !== null && row.endDate <= today) || row.enrolmentDate > today;
  return {
    ...summary(row, definition, assignments, today),
    citizenName: row.citizenName,
    eligibility,
    enrolment: enrolmentDecision(row),
    visitation:
      row.group !== null && row.visitationDate !== null
        ? {
            group: row.group,
            groupName: groupName(definition, row.group),
            date: row.visitationDate,
            decidedBy: row.visitationBy,
            note: row.visitationNote,
            notificationDate: row.notificationDate,
            notificationNote: row.notificationNote,
            exclusionReason: row.exclusionReason ? { id: row.exclusionReason, label: exclusionReasonLabel(definition, row.exclusionReason) ?? row.exclusionReason } : null,
          }
        : null,
    housingArea: row.housingArea,
    servedFromOutreach: row.servedFromOutreach,
    phases: phases.map((p) => ({
      phase: p.toPhase,
      phaseName: phaseName(definition, p.toPhase),
      fromPhase: p.fromPhase,
      date: p.date,
      by: p.by,
      reason: p.reason,
    })),
    nextPhases: closed
      ? []
      : nextPhases(definition, facts, today).map((phase) => {
          const check = checkTransition(definition, facts, phase, today);
          return { phase, phaseName: phaseName(definition, phase), allowed: check.allowed, refusals: check.refusals };
        }),
    staff: assignments.map((a) => ({
      id: a.id,
      staffId: a.staffId,
      name: a.name,
      role: a.role,
      roleLabel: courseRoleLabels[a.role],
      fromDate: a.fromDate,
      toDate: a.toDate,
    })),
    rehabTrack: rehab ? { ...rehab, ...rehabTrackFigures(rehab) } : null,
    supportCourse: support
      ? { ...support, ...supportCourseFigures(support, today, measurementMonths(definition, support.plannedMonths), row.enrolmentDate, row.endDate) }
      : null,
    rules,
  };
}

/**
 * Caseload check per staff member: for each caseload rule of each model the
 * staff member has running courses in, count the courses where they hold the
 * rule's role on the day (only the rule's groups, when it names any) and
 * compare with the maximum in force for the staff member's unit.
 */
import { toDay } from './days.ts';
import type { RuleSetResolver } from './engine.ts';
import { list } from './explain.ts';
import type { CourseFacts, CourseRole, IsoDate } from './facts.ts';
import { attendeeRoleLabels } from './labels.ts';
import { prepareCourse, type PreparedCourse } from './prepared.ts';
import { onCaseload } from './staff.ts';

export interface CaseloadCheck {
  staffId: string;
  modelId: string;
  modelVersion: string;
  ruleId: string;
  coreElementId: string;
  role: CourseRole;
  groups?: readonly string[];
  count: number;
  max: number;
  /**
   * 'above_reference' when the maximum is a reference value (a rule of
   * severity 'warning': an observed average such as FSM's 47, 000 §5.2), not a
   * prescribed limit.
   */
  status: 'within' | 'exceeded' | 'above_reference';
  /** Whether `max` is a reference value rather than a limit. */
  reference: boolean;
  courseIds: string[];
  /** Danish. */
  explanation: string;
}

export function checkCaseload(
  staffId: string,
  staffUnitId: string | undefined,
  courses: readonly CourseFacts[],
  resolve: RuleSetResolver,
  asOf: IsoDate,
): CaseloadCheck[] {
  const day = toDay(asOf);
  const byModel = new Map<string, PreparedCourse[]>();
  for (const course of courses) {
    const c = prepareCourse(course);
    if (!onCaseload(c, staffId, day)) continue;
    const key = `${course.modelId}@${course.modelVersion}`;
    const list = byModel.get(key);
    if (list) list.push(c);
    else byModel.set(key, [c]);
  }
  const checks: CaseloadCheck[] = [];
  for (const prepared of byModel.values()) {
    const { modelId, modelVersion } = prepared[0]!.facts;
    const ruleSet = resolve(modelId, modelVersion, staffUnitId);
    if (!ruleSet) continue;
    for (const rule of ruleSet.staffRules) {
      if (rule.type !== 'caseload_max') continue;
      const groups = rule.def.appliesTo?.groups;
      const counted = prepared.filter(
        (c) => onCaseload(c, staffId, day, rule.def.role) && (!groups || (c.facts.group !== undefined && groups.includes(c.facts.group))),
      );
      const max = rule.params.max;
      const count = counted.length;
      const reference = rule.def.severity === 'warning';
      const status = count <= max ? 'within' : reference ? 'above_reference' : 'exceeded';
      const who = `${attendeeRoleLabels[rule.def.role]}${groups ? ` (gruppe ${list(groups, 'eller')})` : ''}`;
      const bound = reference ? 'referenceværdien (observeret gennemsnit)' : 'grænsen';
      const explanation =
        status === 'within'
          ? `Sagsstammen som ${who} i ${ruleSet.definition.shortName} er ${count} (${reference ? 'referenceværdi' : 'grænse'} ${max}).`
          : `Sagsstammen som ${who} i ${ruleSet.definition.shortName} er ${count}, ${count - max} over ${bound} på ${max}.`;
      const check: CaseloadCheck = {
        staffId,
        modelId,
        modelVersion,
        ruleId: rule.def.id,
        coreElementId: rule.coreElementId,
        role: rule.def.role,
        count,
        max,
        status,
        reference,
        courseIds: counted.map((c) => c.facts.courseId),
        explanation,
      };
      if (groups) check.groups = groups;
      checks.push(check);
    }
  }
  return checks;
}

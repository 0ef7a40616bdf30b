/**
 * Team-scoped rules: how many staff work with a model's citizens in a unit
 * (TRIN: a team of 3-5 outreach staff, 004 "Etablering og rammer"). A team
 * outside the range is a recommendation missed, shown as a warning for the
 * manager, never a deadline.
 */
import { toDay } from './days.ts';
import type { RuleSetResolver } from './engine.ts';
import type { CourseFacts, CourseRole, IsoDate } from './facts.ts';
import { attendeeRoleLabels } from './labels.ts';
import { prepareCourse, unitOn } from './prepared.ts';

export interface TeamSizeCheck {
  unitId: string;
  modelId: string;
  ruleId: string;
  coreElementId: string;
  role?: CourseRole;
  count: number;
  min: number;
  max: number;
  status: 'within' | 'below' | 'above';
  staffIds: string[];
  /** Danish. */
  explanation: string;
}

/**
 * For each team rule of each model with running courses in the unit on the
 * day: the distinct staff holding the rule's role (any role when it names
 * none) on those courses, against the range in force for the unit.
 */
export function checkTeamSize(unitId: string, courses: readonly CourseFacts[], resolve: RuleSetResolver, asOf: IsoDate): TeamSizeCheck[] {
  const day = toDay(asOf);
  const byModel = new Map<string, ReturnType<typeof prepareCourse>[]>();
  for (const course of courses) {
    const c = prepareCourse(course);
    if (day < c.enrolment || day > c.end || unitOn(c, day) !== unitId) continue;
    const key = `${course.modelId}@${course.modelVersion}`;
    byModel.set(key, [...(byModel.get(key) ?? []), c]);
  }
  const checks: TeamSizeCheck[] = [];
  for (const prepared of byModel.values()) {
    const { modelId, modelVersion } = prepared[0]!.facts;
    const ruleSet = resolve(modelId, modelVersion, unitId);
    for (const rule of ruleSet?.teamRules ?? []) {
      if (rule.type !== 'team_size') continue;
      const staff = new Set<string>();
      for (const c of prepared) {
        for (const s of c.staff) if (s.from <= day && day <= s.to && (!rule.def.role || s.role === rule.def.role)) staff.add(s.staffId);
      }
      const { min, max } = rule.params;
      const count = staff.size;
      const status = count < min ? 'below' : count > max ? 'above' : 'within';
      const who = rule.def.role ? `medarbejdere som ${attendeeRoleLabels[rule.def.role]}` : 'medarbejdere';
      const explanation =
        status === 'within'
          ? `${count} ${who} arbejder med ${ruleSet!.definition.shortName} i enheden (anbefalet ${min}-${max}).`
          : `${count} ${who} arbejder med ${ruleSet!.definition.shortName} i enheden; anbefalet er et team på ${min}-${max}.`;
      const check: TeamSizeCheck = { unitId, modelId, ruleId: rule.def.id, coreElementId: rule.coreElementId, count, min, max, status, staffIds: [...staff].sort(), explanation };
      if (rule.def.role) check.role = rule.def.role;
      checks.push(check);
    }
  }
  return checks;
}

/**
 * A staff member's caseload on a day, and the caseload rules it is held
 * against.
 *
 * The reports give caseloads as totals: the number of citizens (sager) a
 * person works with, whatever the programme (000 §2.2.1 and §5.2: a
 * personal job broker's 47 cases; 001 §2.2.1: S (AK) 45-65, S (RF) 35, VK
 * 30-35; 003 §4.5: 35-45 for both S and VK; 004 "Mindre sagsstamme kan
 * være mere effektivt": under 50 per caseworker). So the
 * figure checked is the total: distinct citizens on running courses where
 * the staff member holds any role on the day, with the split per model
 * beside it. A model's caseload rule applies to the staff member when they
 * hold the rule's role on at least one of its running courses (in the
 * rule's groups, when it names any); the total is held against the lowest
 * maximum of the rules that apply, each maximum as the staff member's unit
 * has set it.
 */
import { toDay } from './days.ts';
import type { RuleSetResolver } from './engine.ts';
import type { CourseFacts, CourseRole, IsoDate } from './facts.ts';
import { prepareCourse, type PreparedCourse } from './prepared.ts';
import { onCaseload } from './staff.ts';

/** 'above_reference': over a reference value (an observed average), which warns but is no limit. */
export type CaseloadStatus = 'within' | 'exceeded' | 'above_reference';

/** One model's share of the caseload. */
export interface CaseloadModelCount {
  modelId: string;
  /** Distinct citizens with a running course in the model. */
  citizens: number;
  courses: number;
}

/** A caseload rule that applies to the staff member, with the total held against its maximum. */
export interface CaseloadCheck {
  modelId: string;
  modelVersion: string;
  ruleId: string;
  coreElementId: string;
  role: CourseRole;
  groups?: readonly string[];
  /** The running courses that make the rule apply: the staff member holds its role on them (in its groups). */
  courseIds: string[];
  /** The maximum in force for the staff member's unit. */
  max: number;
  /**
   * Whether `max` is a reference value (a rule of severity 'warning': an
   * observed average such as FSM's 47, 000 §5.2) rather than a prescribed limit.
   */
  reference: boolean;
  /** The total caseload against this maximum. */
  status: CaseloadStatus;
}

export interface Caseload {
  staffId: string;
  /** Distinct citizens on running courses where the staff member holds a role on the day. */
  total: number;
  /** Running courses on the caseload (a citizen can have courses in more than one model). */
  courses: number;
  /** Per model, largest first. */
  byModel: CaseloadModelCount[];
  /** Every caseload rule that applies, lowest maximum first. */
  checks: CaseloadCheck[];
  /** The lowest prescribed maximum among the rules that apply (else the lowest reference value): the one limit the total is held against; absent when none applies. */
  limit?: CaseloadCheck;
  /** The total against the limit; 'no_rule' when no caseload rule applies. */
  status: CaseloadStatus | 'no_rule';
}

/** The one comparison of a caseload with a maximum (a limit, or a reference value when `reference`). */
export function caseloadStatus(total: number, max: number, reference = false): CaseloadStatus {
  if (total <= max) return 'within';
  return reference ? 'above_reference' : 'exceeded';
}

/** The staff member's caseload on `asOf`, checked against every caseload rule that applies to them. */
export function checkCaseload(
  staffId: string,
  staffUnitId: string | undefined,
  courses: readonly CourseFacts[],
  resolve: RuleSetResolver,
  asOf: IsoDate,
): Caseload {
  const day = toDay(asOf);
  const own: PreparedCourse[] = [];
  for (const course of courses) {
    const c = prepareCourse(course);
    if (onCaseload(c, staffId, day)) own.push(c);
  }
  const citizens = new Set(own.map((c) => c.facts.citizenId));
  const total = citizens.size;

  const byModel = new Map<string, { citizens: Set<string>; courses: number }>();
  const byVersion = new Map<string, PreparedCourse[]>();
  for (const c of own) {
    const { modelId, modelVersion } = c.facts;
    const model = byModel.get(modelId) ?? { citizens: new Set<string>(), courses: 0 };
    model.citizens.add(c.facts.citizenId);
    model.courses += 1;
    byModel.set(modelId, model);
    const key = `${modelId}@${modelVersion}`;
    byVersion.set(key, [...(byVersion.get(key) ?? []), c]);
  }

  const checks: CaseloadCheck[] = [];
  for (const prepared of byVersion.values()) {
    const { modelId, modelVersion } = prepared[0]!.facts;
    const ruleSet = resolve(modelId, modelVersion, staffUnitId);
    if (!ruleSet) continue;
    for (const rule of ruleSet.staffRules) {
      if (rule.type !== 'caseload_max') continue;
      const groups = rule.def.appliesTo?.groups;
      const inRole = prepared.filter(
        (c) => onCaseload(c, staffId, day, rule.def.role) && (!groups || (c.facts.group !== undefined && groups.includes(c.facts.group))),
      );
      if (inRole.length === 0) continue;
      const max = rule.params.max;
      const reference = rule.def.severity === 'warning';
      const check: CaseloadCheck = {
        modelId,
        modelVersion,
        ruleId: rule.def.id,
        coreElementId: rule.coreElementId,
        role: rule.def.role,
        courseIds: inRole.map((c) => c.facts.courseId),
        max,
        status: caseloadStatus(total, max, reference),
        reference,
      };
      if (groups) check.groups = groups;
      checks.push(check);
    }
  }
  // Prescribed limits lead; a reference value is the limit shown only when no prescribed limit applies.
  checks.sort((a, b) => Number(a.reference) - Number(b.reference) || a.max - b.max || a.modelId.localeCompare(b.modelId) || a.ruleId.localeCompare(b.ruleId));
  const limit = checks[0];

  const caseload: Caseload = {
    staffId,
    total,
    courses: own.length,
    byModel: [...byModel]
      .map(([modelId, m]) => ({ modelId, citizens: m.citizens.size, courses: m.courses }))
      .sort((a, b) => b.citizens - a.citizens || a.modelId.localeCompare(b.modelId)),
    checks,
    status: !limit ? 'no_rule' : checks.some((c) => c.status === 'exceeded') ? 'exceeded' : checks.some((c) => c.status === 'above_reference') ? 'above_reference' : 'within',
  };
  if (limit) caseload.limit = limit;
  return caseload;
}

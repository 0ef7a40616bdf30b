/**
 * A staff member's worklist: everything due or overdue across the courses
 * on their caseload on the day, grouped by citizen, most urgent first.
 * Urgency: overdue before due before warning; among overdue the longest
 * overdue first; among due the nearest deadline first. Warnings (a figure
 * past an observed reference value, not a deadline) come last and are never
 * counted as overdue.
 */
import { toDay } from './days.ts';
import { DEFAULT_DUE_SOON_DAYS, evaluatePrepared, ruleSetOn, type EvaluateOptions, type RuleSetResolver } from './engine.ts';
import type { CourseFacts, IsoDate } from './facts.ts';
import { prepareCourse } from './prepared.ts';
import type { RuleResult } from './result.ts';
import { onCaseload } from './staff.ts';

export interface WorklistItem extends RuleResult {
  status: 'due' | 'overdue' | 'warning';
  courseId: string;
  modelId: string;
  /** Days past the deadline (overdue or warning, > 0) or until it (due, >= 0). */
  daysOverdue?: number;
  daysUntilDue?: number;
}

export interface WorklistCitizen {
  citizenId: string;
  items: WorklistItem[];
}

export interface Worklist {
  staffId: string;
  asOf: IsoDate;
  citizens: WorklistCitizen[];
  /** Courses on the caseload that could not be evaluated (unknown model or version). */
  skipped: { courseId: string; reason: string }[];
}

export function buildWorklist(
  staffId: string,
  courses: readonly CourseFacts[],
  resolve: RuleSetResolver,
  asOf: IsoDate,
  options: EvaluateOptions = {},
): Worklist {
  const day = toDay(asOf);
  const byCitizen = new Map<string, WorklistItem[]>();
  const skipped: Worklist['skipped'] = [];
  for (const course of courses) {
    const c = prepareCourse(course);
    if (!onCaseload(c, staffId, day)) continue;
    const ruleSet = ruleSetOn(resolve, c, day);
    if (!ruleSet) {
      skipped.push({ courseId: course.courseId, reason: `Ukendt model ${course.modelId} version ${course.modelVersion}.` });
      continue;
    }
    for (const r of evaluatePrepared(ruleSet, c, day, options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS)) {
      if (r.status !== 'due' && r.status !== 'overdue' && r.status !== 'warning') continue;
      const item: WorklistItem = { ...r, status: r.status, courseId: course.courseId, modelId: course.modelId };
      if (r.dueDate !== undefined) {
        const diff = day - toDay(r.dueDate);
        if (r.status === 'due') item.daysUntilDue = -diff;
        else item.daysOverdue = diff;
      }
      const list = byCitizen.get(course.citizenId);
      if (list) list.push(item);
      else byCitizen.set(course.citizenId, [item]);
    }
  }
  const citizens = [...byCitizen].map(([citizenId, items]) => ({ citizenId, items: items.sort(byUrgency) }));
  citizens.sort((a, b) => byUrgency(a.items[0]!, b.items[0]!) || a.citizenId.localeCompare(b.citizenId));
  return { staffId, asOf, citizens, skipped };
}

const urgencyRank: Record<WorklistItem['status'], number> = { overdue: 0, due: 1, warning: 2 };

/** Negative when `a` is more urgent than `b`. */
export function byUrgency(a: WorklistItem, b: WorklistItem): number {
  if (a.status !== b.status) return urgencyRank[a.status] - urgencyRank[b.status];
  const da = a.dueDate ?? '9999-12-31';
  const db = b.dueDate ?? '9999-12-31';
  return da < db ? -1 : da > db ? 1 : a.ruleId.localeCompare(b.ruleId);
}

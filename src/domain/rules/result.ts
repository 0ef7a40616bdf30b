/**
 * What evaluating one rule on one course gives, and the two ways a deadline
 * turns into a status:
 * - an open task (something not yet done, e.g. no CV): 'due' until its
 *   deadline, 'overdue' after it;
 * - a recurring requirement that is met right now (e.g. last contact 10 days
 *   ago, limit 42): 'satisfied' while the next deadline is more than
 *   `dueSoonDays` away, 'due' inside that window, 'overdue' after it.
 * A deadline day itself is still in time.
 */
import type { IsoDate } from './facts.ts';

export type RuleStatus = 'satisfied' | 'due' | 'overdue' | 'not_applicable';

export interface RuleResult {
  ruleId: string;
  coreElementId: string;
  status: RuleStatus;
  /** Deadline for 'due' and 'overdue'; the next deadline for a recurring rule that is satisfied. */
  dueDate?: IsoDate;
  /** Danish, for the job broker. */
  explanation: string;
  /** Set when the requirement was met, but after its deadline. */
  late?: true;
}

/** An evaluator's answer; the engine adds the rule and core-element ids. */
export interface Outcome {
  status: RuleStatus;
  /** Deadline as a day number. */
  due?: number;
  explanation: string;
  late?: true;
}

export interface EvalContext {
  asOf: number;
  /** How many days ahead a recurring deadline shows as 'due'. */
  dueSoonDays: number;
}

export function notApplicable(explanation: string): Outcome {
  return { status: 'not_applicable', explanation };
}

export function openTask(due: number, asOf: number, explanation: string): Outcome {
  return { status: asOf > due ? 'overdue' : 'due', due, explanation };
}

export function recurring(due: number, ctx: EvalContext, explanation: string): Outcome {
  const status = ctx.asOf > due ? 'overdue' : due - ctx.asOf <= ctx.dueSoonDays ? 'due' : 'satisfied';
  return { status, due, explanation };
}

export function done(explanation: string, late: boolean): Outcome {
  return late ? { status: 'satisfied', explanation, late: true } : { status: 'satisfied', explanation };
}

/** Orders outcomes by urgency: overdue before due before satisfied, earlier deadline first. */
export function moreUrgent(a: Outcome, b: Outcome): Outcome {
  const rank = (o: Outcome) => (o.status === 'overdue' ? 0 : o.status === 'due' ? 1 : o.status === 'satisfied' ? 2 : 3);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? a : b;
  return (a.due ?? Infinity) <= (b.due ?? Infinity) ? a : b;
}

/**
 * What evaluating one rule on one course gives, and the two ways a deadline
 * turns into a status:
 * - an open task (something not yet done, e.g. no CV): 'due' until its
 *   deadline, 'overdue' after it;
 * - a recurring requirement that is met right now (e.g. last contact 10 days
 *   ago, limit 42): 'satisfied' while the next deadline is more than
 *   `dueSoonDays` away, 'due' inside that window, 'overdue' after it.
 * A deadline day itself is still in time.
 *
 * 'warning' is what a rule of severity 'warning' gives instead of 'overdue'
 * (the engine converts it): a figure past a value the source reports as
 * observed practice or an average, shown beside the figure, not a missed
 * deadline. Evaluators may also return it for something to look at that no
 * deadline can fix (e.g. a change of job broker).
 */
import type { IsoDate } from './facts.ts';

export type RuleStatus = 'satisfied' | 'due' | 'overdue' | 'warning' | 'not_applicable';
export const ruleStatuses: readonly RuleStatus[] = ['satisfied', 'due', 'overdue', 'warning', 'not_applicable'];

export interface RuleResult {
  ruleId: string;
  coreElementId: string;
  status: RuleStatus;
  /** Deadline for 'due', 'overdue' and a 'warning' past a reference; the next deadline for a recurring rule that is satisfied. */
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

export function warning(explanation: string, due?: number): Outcome {
  return due === undefined ? { status: 'warning', explanation } : { status: 'warning', due, explanation };
}

/** Orders outcomes by urgency: overdue before due before warning before satisfied, earlier deadline first. */
export function moreUrgent(a: Outcome, b: Outcome): Outcome {
  const rank = (o: Outcome) => (o.status === 'overdue' ? 0 : o.status === 'due' ? 1 : o.status === 'warning' ? 2 : o.status === 'satisfied' ? 3 : 4);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? a : b;
  return (a.due ?? Infinity) <= (b.due ?? Infinity) ? a : b;
}

/**
 * "Days since contact" for a course: the one figure every screen shows
 * (Min sagsstamme, its export, the course's rule list), decided here so it
 * can never disagree with the model's contact rule.
 *
 * When the course's model has a contact rule (FSM ke2.contact), the kinds
 * that rule counts are the kinds counted here (a text message is not a
 * conversation); otherwise every contact that reached the citizen counts.
 * Whether the figure is too old is the engine's verdict on that rule, with
 * the maximum in force for the course's unit (a municipality's 30 days
 * instead of the default 42); without a rule that applies to the course
 * there is no limit, and so no warning.
 */
import type { CompiledRuleOf } from './compiled.ts';
import { latestContact } from './contacts.ts';
import { fromDay } from './days.ts';
import { evaluatePrepared, type RuleSet } from './engine.ts';
import type { IsoDate } from './facts.ts';
import type { PreparedCourse } from './prepared.ts';
import type { RuleStatus } from './result.ts';

export interface ContactFigure {
  /** Latest counted contact up to the day; null when there is none. */
  lastDate: IsoDate | null;
  daysSince: number | null;
  /** Which contacts count: the kinds of the model's contact rule, or any contact that reached the citizen. */
  counts: 'rule_kinds' | 'any';
  /** The contact rule in force for the course on the day; absent when none applies. */
  rule?: {
    ruleId: string;
    /** The maximum number of days between contacts, as the course's unit has set it. */
    maxDays: number;
    /** The engine's status for the rule: 'overdue' when the contact is too old (or the first is late). */
    status: Exclude<RuleStatus, 'not_applicable'>;
  };
}

/** The contact figure of a course on day `asOf`, under the rule set the course is evaluated with (none for an unknown model). */
export function contactFigure(ruleSet: RuleSet | undefined, c: PreparedCourse, asOf: number, dueSoonDays: number): ContactFigure {
  const rule = ruleSet?.courseRules.find((r): r is CompiledRuleOf<'last_contact_within_days'> => r.type === 'last_contact_within_days');
  const last = latestContact(c, asOf, rule?.def.kinds);
  const figure: ContactFigure = {
    lastDate: Number.isNaN(last) ? null : fromDay(last),
    daysSince: Number.isNaN(last) ? null : asOf - last,
    counts: rule ? 'rule_kinds' : 'any',
  };
  if (ruleSet && rule) {
    // The engine decides whether the rule applies (group, phase, course running) and its status.
    const only: RuleSet = { ...ruleSet, courseRules: [rule], phaseScoped: rule.def.appliesTo?.phases !== undefined };
    const [result] = evaluatePrepared(only, c, asOf, dueSoonDays);
    if (result && result.status !== 'not_applicable') figure.rule = { ruleId: rule.def.id, maxDays: rule.params.days, status: result.status };
  }
  return figure;
}

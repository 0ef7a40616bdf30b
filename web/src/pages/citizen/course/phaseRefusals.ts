/**
 * Wording of a refused phase move: the domain returns codes (what is missing,
 * which move is not declared) and this phrases them, e.g. 'Mangler: plan og CV.'
 */
import type { Course, TransitionRefusal } from '../../../api/courses.ts';
import type { Condition } from '../../../api/models.ts';
import type { Translate } from '../../../i18n/index.tsx';
import { joinList, milestoneText } from '../../models/text.ts';

/** What is missing, as a noun phrase after 'Mangler:'. */
function missingText(t: Translate, condition: Condition): string {
  switch (condition.kind) {
    case 'job_goal_exists':
      return t(condition.concrete ? 'courses.missing.job_goal_exists.concrete' : 'courses.missing.job_goal_exists.any');
    case 'plan_exists':
    case 'cv_exists':
    case 'placement_active':
    case 'placement_ended':
      return t(`courses.missing.${condition.kind}`);
    case 'milestone_reached':
      return t('courses.missing.milestone_reached', { milestone: milestoneText(t, condition.milestone) });
    case 'cti_phase_reached':
      return t('courses.missing.cti_phase_reached', { phase: condition.phase });
    case 'group_is':
      return t('courses.missing.group_is', { groups: joinList(t, condition.groups, 'or') });
  }
}

/** The name of a phase the course knows of (its history and next phases), else the id. */
function phaseNameIn(course: Course, id: string): string {
  if (id === course.currentPhase) return course.currentPhaseName;
  return course.nextPhases.find((p) => p.phase === id)?.phaseName ?? course.phases.find((p) => p.phase === id)?.phaseName ?? id;
}

/** One sentence per refusal. */
export function refusalText(t: Translate, course: Course, refusal: TransitionRefusal): string {
  const name = (id: string) => `«${phaseNameIn(course, id)}»`;
  switch (refusal.code) {
    case 'missing':
      return t('courses.refusal.missing', { items: joinList(t, refusal.conditions.map((c) => missingText(t, c))) });
    case 'must_start_in':
      return t('courses.refusal.mustStartIn', { phase: name(refusal.phase) });
    case 'not_allowed':
      return t('courses.refusal.notAllowed', { from: name(refusal.from), to: name(refusal.to) });
    case 'unknown_phase':
      return t('courses.refusal.unknownPhase', { phase: refusal.phase });
  }
}

/** All refusals of a next phase as one text. */
export function refusalsText(t: Translate, course: Course, refusals: readonly TransitionRefusal[]): string {
  return refusals.map((r) => refusalText(t, course, r)).join(' ');
}

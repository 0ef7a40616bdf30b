/** Plan drafts: empty entries, local checks and clean-up before saving. */
import type { Barrier, PlanContent, PlanGoal, SubGoal } from '../../../api/records.ts';
import type { Translate } from '../../../i18n/index.tsx';
import { isIsoDate, newId } from '../dates.ts';

export const emptyPlan: PlanContent = { resources: '', barriers: [], goals: [] };

export const newBarrier = (): Barrier => ({ text: '', ownWords: true });
export const newSubGoal = (): SubGoal => ({ id: newId('sub'), title: '', status: 'not_started', targetDate: null, supportedBy: null });
export const newGoal = (): PlanGoal => ({ ...newSubGoal(), id: newId('goal'), subGoals: [] });

/** A deep copy, so editing never changes the version shown beside the form. */
export function copyPlan(content: PlanContent): PlanContent {
  return {
    resources: content.resources ?? '',
    barriers: (content.barriers ?? []).map((b) => ({ ...b })),
    goals: (content.goals ?? []).map((g) => ({ ...g, subGoals: (g.subGoals ?? []).map((s) => ({ ...s })) })),
  };
}

function cleanGoal<T extends SubGoal>(goal: T): T {
  const supportedBy = goal.supportedBy?.trim() ?? '';
  return { ...goal, title: goal.title.trim(), targetDate: goal.targetDate || null, supportedBy: supportedBy || null };
}

export function cleanPlan(content: PlanContent): PlanContent {
  return {
    resources: content.resources.trim(),
    barriers: content.barriers.map((b) => ({ text: b.text.trim(), ownWords: b.ownWords })),
    goals: content.goals.map((g) => ({ ...cleanGoal(g), subGoals: g.subGoals.map(cleanGoal) })),
  };
}

/** Errors by API field path (`content.goals.0.title`). */
export function checkPlan(t: Translate, content: PlanContent): Record<string, string> {
  const found: Record<string, string> = {};
  content.barriers.forEach((b, i) => {
    if (!b.text.trim()) found[`content.barriers.${i}.text`] = t('rec.plan.barrierRequired', { no: i + 1 });
  });
  const checkGoal = (goal: SubGoal, path: string, label: string) => {
    if (!goal.title.trim()) found[`${path}.title`] = t('rec.plan.goalTitleRequired', { goal: label });
    if (goal.targetDate && !isIsoDate(goal.targetDate)) found[`${path}.targetDate`] = t('rec.dateInvalid');
  };
  content.goals.forEach((goal, i) => {
    checkGoal(goal, `content.goals.${i}`, t('rec.plan.goalN', { no: i + 1 }));
    goal.subGoals.forEach((sub, j) =>
      checkGoal(sub, `content.goals.${i}.subGoals.${j}`, t('rec.plan.subGoalN', { goal: i + 1, no: j + 1 })),
    );
  });
  return found;
}

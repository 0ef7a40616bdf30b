/**
 * The course's model's hours goal on the hours screens: its label, the
 * dashed goal line the charts draw, and which goal the citizen's combined
 * hours are measured against. The goal and whether it was reached come from
 * the domain (src/domain/placements/hours.ts) through the API.
 */
import type { Translate } from '../../i18n/index.tsx';
import type { HoursGoal } from './weeks.ts';

export const GOAL_COLOUR = '#b0180c';

/** 'Mål: 30 lønnede timer om ugen' / '... om måneden'. */
export function goalLabel(t: Translate, goal: HoursGoal): string {
  return t(`pl.hours.goalMarker.${goal.period}`, { hours: goal.hours });
}

/** An ECharts mark line at the goal, for the series of paid hours. */
export function goalMarkLine(t: Translate, goal: HoursGoal) {
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: GOAL_COLOUR, type: 'dashed', width: 2 },
    label: { formatter: goalLabel(t, goal), position: 'insideEndTop', color: GOAL_COLOUR, fontSize: 12 },
    data: [{ yAxis: goal.hours }],
  };
}

/**
 * The goal the citizen's hours across placements are measured against: that
 * of the chosen course's model when one of its placements is listed, else
 * that of the newest placement's course (the list is newest first).
 */
export function combinedGoal(placements: readonly { courseId: string; goal: HoursGoal | null }[], courseId: string): HoursGoal | null {
  return (placements.find((p) => p.courseId === courseId) ?? placements[0])?.goal ?? null;
}

/**
 * Phase moves that follow a placement's start or end, read from the model
 * definition (no model is named here):
 *
 * - start: a transition from the phase the course is in on the start day to
 *   a phase whose entry conditions include `placement_active` (TRIN 2 ->
 *   TRIN 3, jobmatch -> virksomhedsforløb), dated the start day;
 * - end: a transition from the phase the course is in on the day after the
 *   last day, conditioned (`when`) on `placement_ended` (TRIN 3 -> TRIN 2,
 *   virksomhedsforløb -> jobmatch), dated that day. `placement_ended` only
 *   holds when no other placement is running then, so a placement that turns
 *   into a paid job starting the next day keeps the course where it is.
 *
 * The move must pass checkTransition on its day (exit, entry and transition
 * conditions), the day must lie within the course, and no phase change may be
 * recorded after it (a backdated start never rewrites later history).
 * The facts must already contain the placement as started or ended.
 *
 * An end can reveal starts that made no move when they were registered,
 * because another placement was running then: a placement ended late (after
 * the next one had started) or one registered to start later. `phaseMovesOnEnd`
 * therefore follows the end with the start of the next placement (and that
 * placement's end, if it has one), so the course is in TRIN 3 again while the
 * next placement runs.
 *
 * A placement that never starts can be cancelled; `phaseChangeToUndoOnCancel`
 * picks the move its start made, so the cancellation takes it back.
 */
import { checkTransition, type Condition } from '../models/phases.ts';
import type { ModelDefinition } from '../models/schema.ts';
import { fromDay, toDay } from '../rules/days.ts';
import type { CourseFacts } from '../rules/facts.ts';
import { isRunning } from './placement.ts';

export interface PhaseMove {
  from: string;
  to: string;
  /** The day the course enters `to`. */
  on: string;
}

const has = (conditions: readonly Condition[], kind: Condition['kind']) => conditions.some((c) => c.kind === kind);

function follow(definition: ModelDefinition, facts: CourseFacts, on: string, candidate: (t: ModelDefinition['transitions'][number]) => boolean): PhaseMove | null {
  if (on < facts.enrolmentDate || (facts.endDate !== undefined && on > facts.endDate)) return null;
  if (facts.phaseHistory.some((p) => p.from > on)) return null;
  for (const transition of definition.transitions.filter(candidate)) {
    const check = checkTransition(definition, facts, transition.to, on);
    if (check.allowed && check.from === transition.from) return { from: transition.from, to: transition.to, on };
  }
  return null;
}

/** The phase move a placement starting on `start` triggers, or null. */
export function phaseMoveOnStart(definition: ModelDefinition, facts: CourseFacts, start: string): PhaseMove | null {
  const entersWithPlacement = new Set(definition.phases.filter((p) => has(p.entry, 'placement_active')).map((p) => p.id));
  return follow(definition, facts, start, (t) => entersWithPlacement.has(t.to));
}

/** The phase move a placement whose last day is `end` triggers, or null. */
export function phaseMoveOnEnd(definition: ModelDefinition, facts: CourseFacts, end: string): PhaseMove | null {
  return follow(definition, facts, fromDay(toDay(end) + 1), (t) => has(t.when, 'placement_ended'));
}

/** The facts with a move recorded, as the next check must see them. */
const withMove = (facts: CourseFacts, move: PhaseMove): CourseFacts => ({ ...facts, phaseHistory: [...facts.phaseHistory, { phaseId: move.to, from: move.on }] });

/** A move and the placement event that made it: a start on `move.on`, or an end the day before. */
export interface FollowedMove {
  move: PhaseMove;
  placementId: string;
  event: 'start' | 'end';
}

/**
 * Every move the end of placement `placementId` on its last day `end`
 * triggers, in date order: the move back on the day after `end`; then, for
 * the placement that starts next after that day, the move its start makes now
 * that the course is back (and the move its own end makes, and so on). Empty
 * when the end moves nothing.
 */
export function phaseMovesOnEnd(definition: ModelDefinition, facts: CourseFacts, placementId: string, end: string): FollowedMove[] {
  const moves: FollowedMove[] = [];
  let current = facts;
  let back: FollowedMove | null = ((move) => (move ? { move, placementId, event: 'end' as const } : null))(phaseMoveOnEnd(definition, current, end));
  // Each round passes a later placement start, so the placements bound the rounds.
  for (let round = 0; back && round <= facts.placements.length; round++) {
    moves.push(back);
    current = withMove(current, back.move);
    const on = back.move.on;
    const next = [...facts.placements].filter((p) => p.from > on).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))[0];
    const start = next ? phaseMoveOnStart(definition, current, next.from) : null;
    if (!next || !start) break;
    moves.push({ move: start, placementId: next.id, event: 'start' });
    current = withMove(current, start);
    const again = next.to ? phaseMoveOnEnd(definition, current, next.to) : null;
    back = again ? { move: again, placementId: next.id, event: 'end' } : null;
  }
  return moves;
}

/** A recorded phase change as the course's phase history holds it. */
export interface RecordedPhaseChange {
  fromPhase: string | null;
  toPhase: string;
  /** The day the course entered `toPhase`. */
  date: string;
}

/**
 * The phase change to undo when the placement `cancelled` is cancelled before
 * it started: the move its start made. That is the course's latest recorded
 * change (`changes` oldest first, as the phase history lists them) when it is
 * dated the placement's start, leads from a phase into one whose entry needs
 * `placement_active`, and is the phase the course is in; and no other
 * placement of the course runs or starts on that day (the move is then that
 * placement's as well). Returns that change, or null when there is nothing to
 * undo (the start moved nothing, or a later change has been recorded since).
 */
export function phaseChangeToUndoOnCancel<C extends RecordedPhaseChange>(
  definition: ModelDefinition,
  course: { currentPhase: string; changes: readonly C[]; placements: readonly { id: string; from: string; to?: string | null }[] },
  cancelled: { id: string; from: string },
): (C & { fromPhase: string }) | null {
  const latest = course.changes.at(-1);
  if (!latest || latest.fromPhase === null || latest.date !== cancelled.from || latest.toPhase !== course.currentPhase) return null;
  if (!definition.phases.some((p) => p.id === latest.toPhase && has(p.entry, 'placement_active'))) return null;
  const otherRuns = course.placements.some((p) => p.id !== cancelled.id && isRunning(p, latest.date));
  return otherRuns ? null : (latest as C & { fromPhase: string });
}

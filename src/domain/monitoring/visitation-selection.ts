/**
 * One Flere skal med visitation group per citizen, from the several
 * visitation rows a municipality may have registered (000 §6 Bilag 1,
 * "Registerdata"). The evaluator followed Deloitte's sort rules so the
 * figures match the monthly monitoring reports; Jobspor follows them exactly.
 *
 * 0. Rows whose end date lies before their start date are dropped.
 * 1. Window 1 (primo August 2017 – ultimo January 2018), groups 1, 2, 3, 6:
 *    the start date closest to 31 January 2018 wins (all starts lie before
 *    it, so: the latest start); on the same start date the row with the
 *    longest time to its end date; on the same end date group 1, then 2, 3, 6.
 * 2. Window 2 (primo February – ultimo March 2018), groups 1, 2, 3: the start
 *    date closest to 1 February 2018 wins (all starts lie after it, so: the
 *    earliest start); then the longest time to the end date; then 1, 2, 3.
 * 3. Group 6 (postponed visitation): a citizen given group 6 by window 1 who
 *    was given group 1, 2 or 3 in window 2 follows window 2's rules.
 *
 * Reading of the text where it is silent (documented in docs/measures.md):
 * - A row belongs to a window when its start date lies in it ("data fra
 *   primo august 2017 til ultimo januar 2018" describes the visitations made
 *   then; the anchors 31 January / 1 February only order starts inside each
 *   window).
 * - A citizen with rows in both windows whose window-1 row is group 1, 2 or 3
 *   keeps the window-1 group. The report describes the two windows as two
 *   separate procedures and names exactly one case that crosses them (group 6
 *   then 1/2/3); if window 2 overrode window 1 in general, that special rule
 *   would be redundant. Window 2 therefore decides only for citizens with no
 *   window-1 row and for window-1 group 6.
 * - A citizen with group 6 in window 1 and nothing in window 2 keeps group 6.
 * - An open end date (null) is the longest possible time to the end.
 */
import { dayNumber } from '../rules/days.ts';
import type { IsoDate } from '../rules/facts.ts';
import type { Enrolment } from './person-periods.ts';

export interface VisitationRow {
  group: string;
  start: IsoDate;
  /** null = open (no end registered). */
  end: IsoDate | null;
}

export interface VisitationWindow {
  from: IsoDate;
  to: IsoDate;
  /** Groups the window includes, in priority order for the last tie-break. */
  groups: readonly string[];
  /** Which start the window prefers: the one closest to `to` (latest) or to `from` (earliest). */
  prefer: 'latest' | 'earliest';
}

export interface VisitationSelectionOptions {
  first?: VisitationWindow;
  second?: VisitationWindow;
  /** The postponed-visitation group that window 2 may replace. */
  postponedGroup?: string;
}

/** 000 Bilag 1's windows. */
export const fsmVisitationWindows: Required<VisitationSelectionOptions> = {
  first: { from: '2017-08-01', to: '2018-01-31', groups: ['1', '2', '3', '6'], prefer: 'latest' },
  second: { from: '2018-02-01', to: '2018-03-31', groups: ['1', '2', '3'], prefer: 'earliest' },
  postponedGroup: '6',
};

/**
 * The one visitation row that gives the citizen's group, or null when no row
 * qualifies. Returns the row object itself (so callers keep their own fields).
 */
export function selectFsmVisitation<T extends VisitationRow>(rows: readonly T[], options: VisitationSelectionOptions = {}): T | null {
  const first = options.first ?? fsmVisitationWindows.first;
  const second = options.second ?? fsmVisitationWindows.second;
  const postponed = options.postponedGroup ?? fsmVisitationWindows.postponedGroup;
  const valid = rows.filter((row) => row.end === null || dayNumber(row.end) >= dayNumber(row.start));
  const fromFirst = selectInWindow(valid, first);
  if (fromFirst && fromFirst.group !== postponed) return fromFirst;
  const fromSecond = selectInWindow(valid, second);
  return fromSecond ?? fromFirst;
}

/** The best row of one window by its three ordered criteria, or null when none lies in it. */
export function selectInWindow<T extends VisitationRow>(rows: readonly T[], window: VisitationWindow): T | null {
  const from = dayNumber(window.from);
  const to = dayNumber(window.to);
  let best: T | null = null;
  for (const row of rows) {
    const start = dayNumber(row.start);
    if (Number.isNaN(start) || start < from || start > to || !window.groups.includes(row.group)) continue;
    if (best === null || better(row, best, window)) best = row;
  }
  return best;
}

function better(a: VisitationRow, b: VisitationRow, window: VisitationWindow): boolean {
  const startA = dayNumber(a.start);
  const startB = dayNumber(b.start);
  if (startA !== startB) return window.prefer === 'latest' ? startA > startB : startA < startB;
  const endA = a.end === null ? Infinity : dayNumber(a.end);
  const endB = b.end === null ? Infinity : dayNumber(b.end);
  if (endA !== endB) return endA > endB; // same start: longest time to the end date
  return window.groups.indexOf(a.group) < window.groups.indexOf(b.group);
}

/** A visitation row of any model (the register's `visitations` extract or the case system). */
export interface ModelVisitationRow extends VisitationRow {
  model: string;
}

/**
 * A person's enrolments from their visitation rows.
 *
 * Flere skal med: rows that start inside 000 Bilag 1's windows give the one
 * row selectFsmVisitation picks, exactly as the evaluation did. Rows outside
 * the windows (visitations after the trial's midway status, or before it)
 * follow the same ordering as a rolling rule: each start date gives one
 * enrolment (on the same start, the longest time to the end, then group
 * 1, 2, 3, 6), and the engine counts the person in month m by the latest
 * start on or before m, which is Bilag 1's "start closest to the reference
 * date" with the month's end as the reference. A later visitation to group
 * 1, 2 or 3 therefore replaces group 6 from its start, as Bilag 1's group-6
 * rule does.
 *
 * Other models have no such rule: every row whose end is not before its
 * start is its own enrolment.
 */
export function enrolmentsFromVisitations(rows: readonly ModelVisitationRow[], options: VisitationSelectionOptions = {}): Enrolment[] {
  const enrolments: Enrolment[] = [];
  const first = options.first ?? fsmVisitationWindows.first;
  const second = options.second ?? fsmVisitationWindows.second;
  const inWindows = (row: VisitationRow) => {
    const start = dayNumber(row.start);
    return (start >= dayNumber(first.from) && start <= dayNumber(first.to)) || (start >= dayNumber(second.from) && start <= dayNumber(second.to));
  };
  const fsmRows = rows.filter((row) => row.model === FSM_MODEL && (row.end === null || dayNumber(row.end) >= dayNumber(row.start)));
  const fsm = selectFsmVisitation(fsmRows.filter(inWindows), options);
  if (fsm) enrolments.push({ model: FSM_MODEL, group: fsm.group, date: fsm.start, end: fsm.end });
  const rolling = { from: '0001-01-01', to: '9999-12-31', groups: first.groups, prefer: 'latest' as const };
  const byStart = new Map<string, ModelVisitationRow[]>();
  for (const row of fsmRows) if (!inWindows(row)) byStart.set(row.start, [...(byStart.get(row.start) ?? []), row]);
  for (const sameStart of byStart.values()) {
    const chosen = selectInWindow(sameStart, rolling);
    if (chosen) enrolments.push({ model: FSM_MODEL, group: chosen.group, date: chosen.start, end: chosen.end });
  }
  for (const row of rows) {
    if (row.model === FSM_MODEL) continue;
    if (row.end !== null && dayNumber(row.end) < dayNumber(row.start)) continue;
    enrolments.push({ model: row.model, group: row.group === '' ? null : row.group, date: row.start, end: row.end });
  }
  return enrolments;
}

const FSM_MODEL = 'flere-skal-med';

/**
 * The fidelity report's figures (issue 12 §3; docs/fidelity.md):
 * the element × round table of 003 Tables 1-3 for one breakdown (total, by
 * role, by unit), the change between consecutive rounds with its colour, and
 * the same changes and colours for behavioural fidelity beside it.
 *
 * Pure assembly on top of scoring.ts: every round is scored with
 * scoreBreakdown (pooled at respondent level, small cells suppressed with
 * complements), so a cell that is suppressed in a round has no figure there,
 * and a change is shown only where both rounds have a figure. The colour
 * rule is the instrument's, else the model definition's, else ±5 pp (003
 * §3.1; +5 exactly is yellow).
 */
import type { Name, SourceRef } from '../rules/source.ts';
import { behaviourPercent, type ElementBehaviour } from './behaviour.ts';
import { changePoints, DEFAULT_COLOUR_RULE, fidelityColour, type ColourThresholds, type FidelityColour } from './colour.ts';
import type { Instrument, InstrumentSource } from './instrument.ts';
import { scoreBreakdown, type Breakdown, type BreakdownDimension, type CellScore, type SurveyResponse } from './scoring.ts';

export interface ColourRuleWithSource extends ColourThresholds {
  source: InstrumentSource | SourceRef;
}

/** The colour rule that applies: the instrument's, else the model definition's fidelity scale's, else 003's ±5 pp. */
export function colourRuleFor(instrument: Pick<Instrument, 'colourRule'>, modelRule?: ColourRuleWithSource | null): ColourRuleWithSource {
  return instrument.colourRule ?? modelRule ?? DEFAULT_COLOUR_RULE;
}

/** One figure of one cell; null figures are suppressed or have no answers. */
export interface SectionFigure {
  /** Respondents who answered the section; null when the figure is suppressed (only "under the minimum" is told). */
  respondents: number | null;
  shareAgreeing: number | null;
  mean: number | null;
  suppressed: boolean;
}

export interface Change {
  points: number;
  colour: FidelityColour;
}

export interface GroupTotals {
  complete: number | null;
  meanTotal: number | null;
  band: Name | null;
}

export interface ReportGroup {
  /** 'total', a respondent role or a unit id. */
  key: string;
  /** Suppressed in every round in which it has respondents (nothing of it is shown). */
  suppressed: boolean;
  /** Per round: whether the group's cell is suppressed there. */
  suppressedIn: boolean[];
  /** Per round: the group's respondents, null when suppressed. */
  respondents: (number | null)[];
  /** [section][round] */
  figures: SectionFigure[][];
  /** [section][round - 1]: change from the previous round; null where either side has no figure. */
  changes: (Change | null)[][];
  /** 'sum' scoring: per round; null for other scoring. */
  totals: GroupTotals[] | null;
}

export interface RoundScores {
  /** Respondents of the round (the whole population of the report), null when under the minimum. */
  respondents: number | null;
}

export interface ElementTable {
  rounds: RoundScores[];
  /** 'total' first, then the breakdown's cells (roles in the instrument's order, units by key; the caller may re-sort). */
  groups: ReportGroup[];
}

const EMPTY: SectionFigure = { respondents: 0, shareAgreeing: null, mean: null, suppressed: false };
const HIDDEN: SectionFigure = { respondents: null, shareAgreeing: null, mean: null, suppressed: true };

/** The change and its colour between two shares (0-100), or null when either is missing. */
export function changeBetween(start: number | null | undefined, end: number | null | undefined, rule: ColourThresholds): Change | null {
  if (start === null || start === undefined || end === null || end === undefined) return null;
  return { points: changePoints(start, end), colour: fidelityColour(start, end, rule) };
}

function figuresOf(inst: Instrument, cell: CellScore | null, suppressed: boolean): SectionFigure[] {
  if (suppressed || !cell) return inst.sections.map(() => HIDDEN);
  return cell.sections.map((s) => {
    const hidden = s.respondents > 0 && s.shareAgreeing === null;
    return hidden ? HIDDEN : { respondents: s.respondents, shareAgreeing: s.shareAgreeing, mean: s.mean, suppressed: false };
  });
}

function totalsOf(cell: CellScore | null, suppressed: boolean): GroupTotals {
  if (suppressed || !cell?.total) return { complete: null, meanTotal: null, band: null };
  const t = cell.total;
  return { complete: t.meanTotal === null && t.complete > 0 ? null : t.complete, meanTotal: t.meanTotal, band: t.band?.label ?? null };
}

/**
 * The element × round table for one breakdown. `rounds` are in the order to
 * show (oldest first); each holds the responses of the report's population
 * (already restricted to a unit filter, with unit ids mapped to the round's
 * units for a unit breakdown). A `withheld` round shows no figure at all
 * (a round still open: two looks at it while answers arrive would show the
 * answer given in between).
 */
export function elementTable(
  inst: Instrument,
  rounds: readonly (readonly SurveyResponse[])[],
  by: BreakdownDimension,
  minCellSize: number,
  rule: ColourThresholds = DEFAULT_COLOUR_RULE,
  withheld: readonly boolean[] = [],
): ElementTable {
  const breakdowns = rounds.map((responses, r) => {
    const b = scoreBreakdown(inst, responses, by, minCellSize);
    return withheld[r] ? withhold(b) : b;
  });
  const keys = new Set<string>();
  for (const b of breakdowns) for (const c of b.cells) keys.add(c.key);
  const order = by === 'role' ? [...keys].sort((a, b) => roleIndex(inst, a) - roleIndex(inst, b) || a.localeCompare(b)) : [...keys].sort();
  const group = (key: string, cellOf: (round: number) => { present: boolean; suppressed: boolean; score: CellScore | null }): ReportGroup => {
    const perRound = rounds.map((_, r) => cellOf(r));
    const figures = inst.sections.map((_, s) =>
      perRound.map((c) => (!c.present ? EMPTY : figuresOf(inst, c.score, c.suppressed)[s]!)),
    );
    const changes = figures.map((row) => row.slice(1).map((f, i) => changeBetween(row[i]!.shareAgreeing, f.shareAgreeing, rule)));
    const present = perRound.filter((c) => c.present);
    return {
      key,
      suppressed: present.length > 0 && present.every((c) => c.suppressed),
      suppressedIn: perRound.map((c) => c.present && c.suppressed),
      respondents: perRound.map((c) => (!c.present ? 0 : c.suppressed ? null : c.score!.respondents)),
      figures,
      changes,
      totals: inst.scoring.method === 'sum' ? perRound.map((c) => (!c.present ? { complete: 0, meanTotal: null, band: null } : totalsOf(c.score, c.suppressed))) : null,
    };
  };
  const total = group('total', (r) => {
    const b = breakdowns[r]!;
    return { present: rounds[r]!.length > 0, suppressed: b.total === null, score: b.total };
  });
  const cells = order.map((key) =>
    group(key, (r) => {
      const cell = breakdowns[r]!.cells.find((c) => c.key === key);
      return cell ? { present: true, suppressed: cell.suppressed, score: cell.score } : { present: false, suppressed: false, score: null };
    }),
  );
  return {
    rounds: breakdowns.map((b, r) => ({ respondents: b.total === null ? (rounds[r]!.length === 0 ? 0 : null) : rounds[r]!.length })),
    groups: by === 'total' ? [total] : [total, ...cells],
  };
}

/** A breakdown with nothing shown: every cell and the total hidden (a round still open). */
export function withhold(b: Breakdown): Breakdown {
  return { ...b, total: null, cells: b.cells.map((c) => ({ key: c.key, suppressed: true, score: null })) };
}

function roleIndex(inst: Instrument, role: string): number {
  const i = (inst.respondentRoles as readonly string[]).indexOf(role);
  return i === -1 ? inst.respondentRoles.length : i;
}

/** The core elements the instrument's sections measure, in section order, each once. */
export function sectionCoreElements(inst: Instrument): string[] {
  return [...new Set(inst.sections.map((s) => s.coreElement).filter((e): e is string => e !== undefined))];
}

export interface BehaviourPoint {
  coreElementId: string;
  asOf: string;
  met: number;
  checks: number;
  /** 0-100; null when no check applied. */
  percent: number | null;
}

export interface BehaviourRow {
  coreElementId: string;
  /** Per date; null where the element has no behavioural figure. */
  points: (BehaviourPoint | null)[];
  /** [date - 1]: change from the previous date under the same colour rule; null where either side has no percent. */
  changes: (Change | null)[];
}

/**
 * Behavioural fidelity beside the survey: per core element, the figure at
 * each date (a round's close, or a month end) and the change between
 * consecutive dates coloured by the same rule as the survey. `at(i)` gives
 * the elements' figures at `dates[i]` (undefined or missing elements: no
 * figure).
 */
export function behaviourRows(
  coreElementIds: readonly string[],
  dates: readonly string[],
  at: (index: number) => readonly ElementBehaviour[] | undefined,
  rule: ColourThresholds = DEFAULT_COLOUR_RULE,
): BehaviourRow[] {
  const lists = dates.map((_, i) => at(i) ?? []);
  return coreElementIds.map((coreElementId) => {
    const points = dates.map((asOf, i): BehaviourPoint | null => {
      const e = lists[i]!.find((x) => x.coreElementId === coreElementId);
      return e ? { coreElementId, asOf, met: e.met, checks: e.checks, percent: behaviourPercent(e) } : null;
    });
    const changes = points.slice(1).map((p, i) => changeBetween(points[i]?.percent, p?.percent, rule));
    return { coreElementId, points, changes };
  });
}

/** Pooled behavioural percent over all core elements: all met checks over all checks; null when none applied. */
export function pooledBehaviourPercent(list: readonly ElementBehaviour[] | undefined, coreElementIds?: readonly string[]): number | null {
  if (!list) return null;
  const used = coreElementIds ? list.filter((e) => coreElementIds.includes(e.coreElementId)) : list;
  return behaviourPercent({ met: used.reduce((s, e) => s + e.met, 0), checks: used.reduce((s, e) => s + e.checks, 0) });
}

/** The mean share agreeing over the sections that have a figure; null when none has. */
export function meanShare(figures: readonly SectionFigure[]): number | null {
  const shown = figures.map((f) => f.shareAgreeing).filter((v): v is number => v !== null);
  return shown.length ? shown.reduce((s, v) => s + v, 0) / shown.length : null;
}

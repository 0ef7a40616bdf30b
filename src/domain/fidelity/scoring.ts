/**
 * Scores survey responses (issue 12 §3). Per section (core element): the
 * share agreeing and the mean score, pooled at respondent level: each
 * respondent's share and mean over the items they answered, then the mean
 * over respondents. 003's total is pooled like this over all respondents,
 * not a mean of the municipalities' figures (seed-tables README, Tabel 3).
 * "Don't know" (null) is left out. 'sum' scoring also sums each complete
 * response and bands the mean total.
 */
import { itemsFor, type Instrument, type RespondentRole, type ScoreBand } from './instrument.ts';
import { suppressedCells } from './suppression.ts';

/** One respondent's answers: item id -> scale value, null for "don't know". */
export interface SurveyResponse {
  role: RespondentRole;
  unitId: string;
  answers: Readonly<Record<string, number | null>>;
}

export interface SectionScore {
  sectionId: string;
  /** Respondents who answered at least one of the section's items. */
  respondents: number;
  /** 0-100; null when no respondent answered. */
  shareAgreeing: number | null;
  /** On the scale's values after reverse scoring; null when no respondent answered. */
  mean: number | null;
}

export interface TotalScore {
  /** Responses that answered every item their role is asked. */
  complete: number;
  meanTotal: number | null;
  band: ScoreBand | null;
}

export interface CellScore {
  respondents: number;
  sections: SectionScore[];
  /** Only for 'sum' scoring. */
  total: TotalScore | null;
}

/** The scored value of one answer: reverse-scored items count as (lowest + highest - value). */
export function scoredValue(inst: Instrument, itemId: string, value: number): number {
  const item = inst.sections.flatMap((s) => s.items).find((i) => i.id === itemId);
  if (!item) throw new RangeError(`unknown item '${itemId}'`);
  const scale = inst.scales.find((s) => s.id === item.scale)!;
  if (!scale.points.some((p) => p.value === value)) throw new RangeError(`${value} is not a value of scale '${scale.id}' (item '${itemId}')`);
  return item.reverse ? scale.points[0]!.value + scale.points[scale.points.length - 1]!.value - value : value;
}

/** Scores a set of responses (one cell of a breakdown) without suppression. */
export function scoreResponses(inst: Instrument, responses: readonly SurveyResponse[]): CellScore {
  const scales = new Map(inst.scales.map((s) => [s.id, s]));
  const sections = inst.sections.map((section): SectionScore => {
    let respondents = 0;
    let shareSum = 0;
    let meanSum = 0;
    for (const r of responses) {
      let answered = 0;
      let agreeing = 0;
      let sum = 0;
      for (const item of section.items) {
        const raw = r.answers[item.id];
        if (raw === null || raw === undefined) continue;
        const v = scoredValue(inst, item.id, raw);
        answered += 1;
        sum += v;
        if (scales.get(item.scale)!.agreement.includes(v)) agreeing += 1;
      }
      if (answered === 0) continue;
      respondents += 1;
      shareSum += agreeing / answered;
      meanSum += sum / answered;
    }
    return {
      sectionId: section.id,
      respondents,
      shareAgreeing: respondents ? (100 * shareSum) / respondents : null,
      mean: respondents ? meanSum / respondents : null,
    };
  });
  return { respondents: responses.length, sections, total: inst.scoring.method === 'sum' ? totalScore(inst, responses) : null };
}

function totalScore(inst: Instrument, responses: readonly SurveyResponse[]): TotalScore {
  const totals: number[] = [];
  for (const r of responses) {
    const items = itemsFor(inst, r.role);
    if (items.some((i) => r.answers[i.id] === null || r.answers[i.id] === undefined)) continue;
    totals.push(items.reduce((s, i) => s + scoredValue(inst, i.id, r.answers[i.id] as number), 0));
  }
  const meanTotal = totals.length ? totals.reduce((s, t) => s + t, 0) / totals.length : null;
  return { complete: totals.length, meanTotal, band: meanTotal === null ? null : bandOf(inst.scoring.bands ?? [], meanTotal) };
}

/** The band a total falls in; a mean total between two bands' integer bounds goes to the lower band. */
export function bandOf(bands: readonly ScoreBand[], total: number): ScoreBand | null {
  const sorted = [...bands].sort((a, b) => a.from - b.from);
  let found: ScoreBand | null = null;
  for (const b of sorted) if (total >= b.from) found = b;
  return found && total <= sorted[sorted.length - 1]!.to ? found : null;
}

export type BreakdownDimension = 'total' | 'role' | 'unit';

/** A cell of a breakdown; a suppressed cell has no figures, and its size is shown only as "under the minimum". */
export interface BreakdownCell {
  key: string;
  suppressed: boolean;
  /** null when suppressed. */
  score: CellScore | null;
}

export interface Breakdown {
  dimension: BreakdownDimension;
  minCellSize: number;
  /** null (suppressed) when all respondents together are fewer than the minimum. */
  total: CellScore | null;
  cells: BreakdownCell[];
}

/**
 * Scores responses split by role or unit, with the total, and suppresses
 * small cells so that none can be recovered from the total: first whole
 * cells by respondents, then each section's figure by the respondents who
 * answered it (a section answered by too few is hidden, with complements).
 */
export function scoreBreakdown(
  inst: Instrument,
  responses: readonly SurveyResponse[],
  dimension: BreakdownDimension,
  minCellSize: number,
): Breakdown {
  const totalRaw = scoreResponses(inst, responses);
  const totalHidden = responses.length < minCellSize;
  const total = totalHidden ? null : hideSmallSections(totalRaw, minCellSize);
  if (dimension === 'total') return { dimension, minCellSize, total, cells: [] };
  const groups = new Map<string, SurveyResponse[]>();
  for (const r of responses) {
    const key = dimension === 'role' ? r.role : r.unitId;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(r);
  }
  const keys = [...groups.keys()].sort();
  const raw = keys.map((k) => scoreResponses(inst, groups.get(k)!));
  if (totalHidden) return { dimension, minCellSize, total, cells: keys.map((key) => ({ key, suppressed: true, score: null })) };
  const cellHidden = suppressedCells(raw.map((c) => c.respondents), minCellSize);
  // Section by section, hide figures answered by too few, with complements across the shown cells.
  const sectionHidden = inst.sections.map((_, s) => suppressedCells(raw.map((c) => c.sections[s]!.respondents), minCellSize, cellHidden));
  // Mean totals ('sum' scoring) likewise, by complete responses: one hidden mean total would be the total's minus the shown ones.
  const meanTotalHidden = suppressedCells(raw.map((c) => c.total?.complete ?? 0), minCellSize, cellHidden);
  const cells = keys.map((key, i): BreakdownCell => {
    if (cellHidden[i]) return { key, suppressed: true, score: null };
    const c = raw[i]!;
    return {
      key,
      suppressed: false,
      score: { ...c, sections: c.sections.map((s, k) => (sectionHidden[k]![i] ? { ...s, shareAgreeing: null, mean: null } : s)), total: c.total && meanTotalHidden[i] ? { complete: c.total.complete, meanTotal: null, band: null } : c.total },
    };
  });
  return { dimension, minCellSize, total, cells };
}

function hideSmallSections(c: CellScore, minCellSize: number): CellScore {
  return {
    ...c,
    sections: c.sections.map((s) => (s.respondents > 0 && s.respondents < minCellSize ? { ...s, shareAgreeing: null, mean: null } : s)),
    total: c.total && c.total.complete < minCellSize ? { complete: c.total.complete, meanTotal: null, band: null } : c.total,
  };
}

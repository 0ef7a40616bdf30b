/**
 * A scenario from evidence rather than assumptions: the change in one
 * consequence is taken from an effect estimate of the evaluation area (e.g.
 * the ATT in self-sufficiency weeks with its confidence interval), and the
 * scenario is evaluated at the estimate and at both interval bounds. The net
 * result is linear in the change, so the interval of the net result is the
 * range of the three evaluations.
 */
import { ProblemList, type EconomicsResult } from './problems.ts';
import { evaluateScenario, type ScenarioInput, type ScenarioResult } from './scenario.ts';
import type { ConsequenceId, UnitPriceSet } from './unit-prices.ts';

/** An effect estimate with its interval, in units of the consequence per citizen over the measured window. */
export interface EffectEvidence {
  estimate: number;
  ciLow: number;
  ciHigh: number;
  /** Length of the outcome window the effect was measured over (e.g. 12 for the months 1-12 window). */
  windowMonths: number;
  /** Confidence level of the interval (e.g. 0.95); carried through. */
  level?: number;
  /** Where the estimate comes from (a saved analysis id), carried through. */
  analysisId?: string;
}

export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

export interface EvidenceScenarioResult {
  consequence: ConsequenceId;
  level: number | null;
  analysisId: string | null;
  /** The effect as units a year: effect × 12 / window months. */
  quantityPerYear: Interval;
  atEstimate: ScenarioResult;
  atCiLow: ScenarioResult;
  atCiHigh: ScenarioResult;
  /** Net result per citizen and for the cohort, as intervals. */
  netPerCitizen: { municipality: Interval; state: Interval; total: Interval };
  netCohort: { municipality: Interval; state: Interval; total: Interval };
}

/**
 * Evaluates `base` with the change in `consequence` set from the evidence
 * (replacing any change of that consequence in `base`; other changes are kept).
 */
export function scenarioFromEffect(
  base: ScenarioInput,
  consequence: ConsequenceId,
  effect: EffectEvidence,
  prices: UnitPriceSet,
): EconomicsResult<EvidenceScenarioResult> {
  const p = new ProblemList();
  const okEstimate = p.number('effect.estimate', effect?.estimate);
  const okLow = p.number('effect.ciLow', effect?.ciLow);
  const okHigh = p.number('effect.ciHigh', effect?.ciHigh);
  if (okEstimate && okLow && okHigh && !(effect.ciLow <= effect.estimate && effect.estimate <= effect.ciHigh)) p.add('effect', 'ci_order');
  p.range('effect.windowMonths', effect?.windowMonths, 1, 1200);
  if (effect?.level !== undefined) p.range('effect.level', effect.level, 0, 1);
  if (!p.empty) return { ok: false, problems: p.problems };

  const perYear = (x: number) => (x * 12) / effect.windowMonths;
  const run = (x: number) =>
    evaluateScenario(
      { ...base, changes: [...(base.changes ?? []).filter((c) => c.consequence !== consequence), { consequence, quantityPerYear: perYear(x) }] },
      prices,
    );
  const atEstimate = run(effect.estimate);
  if (!atEstimate.ok) return atEstimate;
  const atCiLow = run(effect.ciLow);
  const atCiHigh = run(effect.ciHigh);
  if (!atCiLow.ok) return atCiLow;
  if (!atCiHigh.ok) return atCiHigh;

  const interval = (pick: (r: ScenarioResult) => number): Interval => {
    const values = [pick(atCiLow.value), pick(atCiHigh.value)];
    return { estimate: pick(atEstimate.value), low: Math.min(...values), high: Math.max(...values) };
  };
  const nets = (which: 'perCitizen' | 'cohort') => ({
    municipality: interval((r) => r[which].net.municipality),
    state: interval((r) => r[which].net.state),
    total: interval((r) => r[which].net.total),
  });
  return {
    ok: true,
    value: {
      consequence,
      level: effect.level ?? null,
      analysisId: effect.analysisId ?? null,
      quantityPerYear: { estimate: perYear(effect.estimate), low: perYear(effect.ciLow), high: perYear(effect.ciHigh) },
      atEstimate: atEstimate.value,
      atCiLow: atCiLow.value,
      atCiHigh: atCiHigh.value,
      netPerCitizen: nets('perCitizen'),
      netCohort: nets('cohort'),
    },
  };
}

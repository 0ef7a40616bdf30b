import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateAtt, estimateIpwAtt, type AttEstimate } from './att.ts';
import { summarizeMatch, type MatchSummary } from './balance.ts';
import { coxph, type CoxCoefficient } from './cox.ts';
import { designMatrix } from './design.ts';
import { logisticRegression } from './glm.ts';
import { nearestNeighbourMatch } from './nearest.ts';
import { PLANTED_COVARIATES, plantedEffectPopulation, type PlantedPopulation } from './planted-effect.ts';

// Fixed factor levels (first = reference), so the designs do not depend on which levels a seed produces first.
const LEVELS = {
  sex: ['F', 'M'],
  origin: ['danish', 'nonwestern', 'western'],
  education: ['basic', 'higher', 'upper_secondary'],
};

export interface PlantedAnalysis {
  naive: AttEstimate;
  matched: AttEstimate;
  ipw: AttEstimate;
  cox: CoxCoefficient;
  balance: MatchSummary;
  nMatchedTreated: number;
}

/** The estimators as an analyst would run them on the population (no access to the truth). */
export function analysePlanted(pop: PlantedPopulation): PlantedAnalysis {
  const rows = pop.persons.map((p) => ({ ...p }));
  const treat = pop.persons.map((p) => p.treat);
  const y = pop.persons.map((p) => p.monthsOrdinaryHours1to12);
  const design = designMatrix(rows, [...PLANTED_COVARIATES], { levels: LEVELS });

  // Naive: plain regression y ~ treat with the classical (iid) standard error.
  const naive = estimateAtt({ treat, y }, { vcov: 'iid' });

  // Propensity score (MatchIt's default distance: glm, logit link), 1:1 nearest neighbour without replacement.
  const ps = logisticRegression(design.matrix, treat, { columnNames: design.columnNames }).fittedValues;
  const m = nearestNeighbourMatch(treat, ps);
  const subclass = m.subclass!;
  const matched = estimateAtt({ treat, y, weights: m.weights, subclass: subclass.map((s) => s ?? 0) }, { vcov: 'cluster' });

  // IPW for the ATT: treated 1, controls ps / (1 - ps), HC0 standard errors.
  const ipw = estimateIpwAtt({ treat, y, ps });

  // Balance as MatchIt's summary: every factor level as its own dummy column.
  const full = designMatrix(rows, [...PLANTED_COVARIATES], { levels: LEVELS, intercept: false });
  const covariates: { name: string; values: number[] }[] = full.columnNames.map((name, j) => ({ name, values: full.matrix.getColumn(j) }));
  for (const [term, levels] of Object.entries(LEVELS)) {
    if (full.terms.find((t) => t.name === term && t.kind === 'categorical' && t.codedLevels.length === levels.length)) continue;
    const ref = levels[0]!;
    covariates.push({ name: `${term}${ref}`, values: pop.persons.map((p) => ((p as unknown as Record<string, string>)[term] === ref ? 1 : 0)) });
  }
  const balance = summarizeMatch({
    treat, covariates, distance: ps, weights: m.weights, matchMatrix: m.matchMatrix, treatedIndex: m.treatedIndex,
  });

  // Cox model of the time to the first month with ordinary hours on treat + the covariates (Efron ties).
  const coxData = pop.persons.map((p, i) => ({
    time: p.timeToOrdinaryHours,
    event: p.ordinaryHoursEvent,
    x: [p.treat, ...design.matrix.getRow(i).slice(1)],
  }));
  const coxFit = coxph(coxData, { names: ['treat', ...design.columnNames.slice(1)] });

  return {
    naive, matched, ipw, cox: coxFit.coefficients[0]!, balance,
    nMatchedTreated: m.matchMatrix.filter((r) => r[0] !== null).length,
  };
}

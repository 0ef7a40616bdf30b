/**
 * The result view rendered to markup (react-dom/server; the lazily loaded
 * charts show their fallback): what the effect card, the balance, survival
 * and event-study tables and the cohort summary say for fixed results.
 * The browser test (test/browser/evaluation.test.ts) covers the charts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';
import { renderToStaticMarkup } from 'react-dom/server';
import type { AnalysisResult, Run, SavedAnalysisSummary, ShownResult } from '../../api/evaluation.ts';
import { I18nProvider } from '../../i18n/index.tsx';

// The alerts' icon imports the DKFDS sprite as a Vite asset ('…svg?url'); outside Vite it resolves to an empty address.
register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(specifier, context, next) { return specifier.startsWith('dkfds-dist/') ? { url: 'data:text/javascript,export default ""', shortCircuit: true } : next(specifier, context); }`,
  )}`,
);
const { ResultView } = await import('./ResultView.tsx');
const { RunProgress } = await import('./RunProgress.tsx');
const { SavedAnalyses } = await import('./SavedAnalyses.tsx');

const est = (estimate: number, se: number, p: number) => ({ estimate, se, ciLow: estimate - 1.96 * se, ciHigh: estimate + 1.96 * se, p });
const row = (name: string, t: number, c: number, smd: number) => ({ name, meansTreated: t, meansControl: c, stdMeanDiff: smd, varRatio: 1.1, ecdfMean: 0.02, ecdfMax: 0.08, stdPairDist: 0.3 });

const nearest: AnalysisResult = {
  method: 'nearest',
  outcome: 'any_hours',
  window: '1-6',
  estimand: 'att',
  level: 0.95,
  effect: est(0.05, 0.02, 0.012),
  bootstrap: { ciLow: 0.01, ciHigh: 0.09, replicates: 200, seed: 1 },
  naive: est(-0.03, 0.02, 0.13),
  meanTreated: 0.31,
  meanControl: 0.26,
  nTreated: 140,
  nControl: 2100,
  nMatchedTreated: 138,
  nMatchedControl: 138,
  covariates: ['age', 'weeks_kontanthjaelp_52'],
  droppedCovariates: [{ name: 'cluster', reason: 'constant' }],
  balance: { before: [row('distance', 0.2, 0.1, 0.9), row('age', 34, 41, -0.52), row('weeks_kontanthjaelp_52', 40, 22, 0.8)], after: [row('distance', 0.2, 0.2, 0.01), row('age', 34, 34.5, -0.04), row('weeks_kontanthjaelp_52', 40, 38, 0.12)] },
  sampleSizes: null,
  survival: {
    outcome: 'time_to_hours',
    sample: 'matched',
    curves: [
      { group: 'treated', n: 138, events: 60, time: [1, 2, 4, 8, 14, 24], surv: [0.95, 0.9, 0.8, 0.7, 0.6, 0.55], lower: [0.9, 0.85, 0.74, 0.63, 0.52, 0.46], upper: [0.99, 0.95, 0.87, 0.78, 0.69, 0.65], nRisk: [138, 130, 120, 100, 80, 50], median: null },
      { group: 'control', n: 138, events: 45.25, time: [1, 3, 6, 12, 20], surv: [0.97, 0.92, 0.85, 0.75, 0.68], lower: [0.93, 0.87, 0.79, 0.68, 0.6], upper: [1, 0.97, 0.91, 0.83, 0.77], nRisk: [138, 132, 125, 110, 90], median: null },
    ],
    logRank: { chiSquare: 4.2, df: 1, p: 0.04 },
    hazardRatio: est(1.42, 0.15, 0.02),
  },
  eventStudy: null,
  warnings: [{ code: 'poor_balance', values: { name: 'education7', smd: 0.1234 } }],
};

const cohort: ShownResult['cohort'] = {
  nTreated: 140,
  nControl: 2100,
  excluded: { not_in_register: 2, not_in_target_group: 9, missing_birth_year: 0, never_qualifies: 300, exposed: 4 },
  nullOutcomes: { any_hours_1_6: 0, any_hours_7_12: 30 },
  truncatedLookback: 80,
  rule: { states: ['kontanthjaelp'], atLeast: 4, ofLast: 8 },
  seed: 7,
  timeZeroFrom: '2023-01-02',
  timeZeroTo: '2023-12-18',
};

const request: ShownResult['request'] = {
  cohort: { modelId: 'flere-skal-med', treated: { kind: 'case_data', unitId: '11111111-2222-4333-8444-555555555555', from: '2023-01-01', to: '2023-12-31', by: 'course' } },
  analysis: { method: 'nearest', outcome: 'any_hours', window: '1-6' },
};

function render(node: React.ReactNode): string {
  return renderToStaticMarkup(<I18nProvider>{node}</I18nProvider>)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('the result view', () => {
  test('the effect card gives the ATT in percentage points with CI, p, bootstrap, the unadjusted difference and the counts', () => {
    const text = render(<ResultView shown={{ request, cohort, result: nearest, reproducibility: null }} />);
    assert.match(text, /Effekt på deltagerne \(ATT\)/);
    assert.match(text, /Andel med ordinære løntimer, 1\.–6\. måned efter start/);
    assert.match(text, / \+5,0 procentpoint /);
    assert.match(text, /95 % konfidensinterval: \+1,1 procentpoint til \+8,9 procentpoint/);
    assert.match(text, /p = 0,012/);
    assert.match(text, /Bootstrap-interval \(200 gentagelser\): \+1,0 procentpoint til \+9,0 procentpoint/);
    assert.match(text, /Ujusteret forskel −3,0 procentpoint/);
    assert.match(text, /Gennemsnit: deltagere 31,0 %, sammenligning 26,0 %/);
    assert.match(text, /Matchede deltagere \/ kontroller 138 \/ 138/);
    assert.match(text, /Balancen efter matchning er dårlig/);
    assert.match(text, /Tal: variabel = Uddannelse: 7, standardiseret forskel = 0,123/);
    assert.match(text, /Kommuneklynge \(ens for alle\)/);
  });

  test('the balance table has a row per covariate with before and after, the survival table the curves at 3-24 months', () => {
    const text = render(<ResultView shown={{ request, cohort, result: nearest, reproducibility: null }} />);
    assert.match(text, /Alder 34,000 34,000 41,000 34,500 −0,520 −0,040 1,10 1,10 0,020 \/ 0,080 0,020 \/ 0,080/);
    assert.match(text, /Uger på kontanthjælp, seneste år 40,000/);
    assert.match(text, /Log-rank-test: χ² = 4,20 \(1 frihedsgrad\), p = 0,040/);
    assert.match(text, /Cox hazard ratio: 1,42 \(1,13 til 1,71\), p = 0,020/);
    // Treated at 3 months: the step at 2 (90 %); at 18 the step at 14; at 24: 55 %. Control ends at 20: month 24 unknown.
    assert.match(text, /Deltagere 138 borgere, 60 hændelser 90,0 % 85,0 %–95,0 % 80,0 % 74,0 %–87,0 % 70,0 % 63,0 %–78,0 % 60,0 % 52,0 %–69,0 % 55,0 % 46,0 %–65,0 % ikke nået/);
    assert.match(text, /Sammenligning 138 borgere, 45,3 hændelser 92,0 % 87,0 %–97,0 % 85,0 % 79,0 %–91,0 % 75,0 % 68,0 %–83,0 % 75,0 % 68,0 %–83,0 % – ikke nået/);
  });

  test('the cohort summary names the exclusions, the rule, the period and the seed', () => {
    const text = render(<ResultView shown={{ request, cohort, result: nearest, reproducibility: null }} />);
    assert.match(text, /Deltagere, der ikke var i målgruppen ved start: 9/);
    assert.match(text, /Manglende effektmål Andel med ordinære løntimer, 1\.–6\. måned efter start: 0/);
    assert.match(text, /Kontroller, der aldrig opfylder målgruppen: 300/);
    assert.match(text, /mindst 4 af de seneste 8 uger på kontanthjælp/);
    assert.match(text, /Start mellem 02\.01\.2023 – 18\.12\.2023/);
    assert.match(text, /Seed 7/);
  });

  test('a hazard ratio has no unit, and Cox has no unadjusted difference when none is given', () => {
    const cox: AnalysisResult = { ...nearest, method: 'cox', outcome: 'time_to_hours', window: null, estimand: 'hazard_ratio', effect: est(1.42, 0.15, 0.02), bootstrap: null, naive: null, meanTreated: null, meanControl: null, warnings: [] };
    const text = render(<ResultView shown={{ request, cohort, result: cox, reproducibility: null }} />);
    assert.match(text, /Hazard ratio \(Cox\) Tid til første måned med ordinære løntimer 1,42 95 % konfidensinterval: 1,13 til 1,71/);
    assert.doesNotMatch(text, /Ujusteret forskel/);
  });
});

describe('difference-in-differences', () => {
  test('the event study table lists the months with estimates in the outcome unit, the pre-trend test and its warning', () => {
    const did: AnalysisResult = {
      ...nearest,
      method: 'did',
      window: '1-12',
      estimand: 'did',
      effect: est(0.061, 0.021, 0.004),
      bootstrap: null,
      balance: null,
      survival: null,
      eventStudy: { points: [-3, -2, 0, 1].map((k) => ({ ...est(k * 0.01, 0.01, 0.5), k })), preTrend: { statistic: 11.8, df: 2, p: 0.003 } },
      warnings: [{ code: 'pre_trends_not_flat' }],
    };
    const text = render(<ResultView shown={{ request, cohort, result: did, reproducibility: null }} />);
    assert.match(text, /Difference-in-differences \(TWFE\)/);
    assert.match(text, /udviklede sig forskelligt allerede før start/);
    assert.match(text, /Test af før-trends: χ² = 11,80 \(2 frihedsgrader\), p = 0,003/);
    assert.match(text, /Måned i forhold til start Estimat Konfidensinterval p −3 −3,0 −5,0 – −1,0 0,500 −2 −2,0 −4,0 – 0,0 0,500 0 0,0 −2,0 – \+2,0 0,500 1 \+1,0 −1,0 – \+3,0 0,500/);
    assert.doesNotMatch(text, /Balance pr\. baggrundsvariabel/);
  });
});

describe('progress and saved analyses', () => {
  test('a running run shows its stage in Danish with the percent', () => {
    const run = { id: 'r', status: 'running', stage: 'propensity', progress: 0.256 } as Run;
    const markup = renderToStaticMarkup(
      <I18nProvider>
        <RunProgress run={run} onCancel={() => undefined} cancelling={false} />
      </I18nProvider>,
    );
    assert.match(markup, /Beregner propensity score: 26 %/);
    assert.match(markup, /<progress[^>]*max="100"[^>]*value="26"/);
    assert.match(markup, />Annullér</);
  });

  test('the saved list shows method, outcome and the effect with its interval', () => {
    const saved: SavedAnalysisSummary = {
      id: '11111111-2222-4333-8444-555555555555',
      name: 'FSM 2023',
      modelId: 'flere-skal-med',
      method: 'nearest',
      outcome: 'hours',
      window: '7-12',
      estimand: 'att',
      effect: est(12.5, 4, 0.002),
      nTreated: 140,
      createdBy: 'Henrik Dahl',
      createdAt: '2024-07-01T10:00:00Z',
    };
    const text = render(<SavedAnalyses analyses={[saved]} options={null} openId={null} onOpen={() => undefined} onDelete={() => undefined} />);
    assert.match(text, /FSM 2023 flere-skal-med Nærmeste nabo \(propensity score\) Ordinære løntimer i alt, 7\.–12\. måned efter start \+12,5 timer \(\+4,7 timer – \+20,3 timer\) 140 01\.07\.2024, 12\.00 af Henrik Dahl/);
  });
});

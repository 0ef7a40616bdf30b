/**
 * The report's renderers on a hand-made saved analysis with every block
 * (balance, survival, event study, warnings): the HTML is self-contained,
 * escapes what users typed and carries the hashes and tables; the PDF
 * (uncompressed, to read its text) carries the effect and the hashes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderReportHtml, renderReportPdf, reportFileName } from './report.ts';
import type { SavedAnalysis } from './schemas.ts';

const estimate = { estimate: 0.125, se: 0.05, ciLow: 0.027, ciHigh: 0.223, p: 0.012 };
const row = (name: string) => ({ name, meansTreated: 40, meansControl: 41, stdMeanDiff: 0.1, varRatio: 1.2, ecdfMean: 0.1, ecdfMax: 0.2, stdPairDist: 0.3 });
const analysis: SavedAnalysis = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Analyse <b>&</b> "test"',
  modelId: 'flere-skal-med',
  method: 'nearest',
  outcome: 'any_hours',
  window: '1-12',
  estimand: 'att',
  effect: estimate,
  nTreated: 40,
  createdBy: 'Lise Leder',
  createdAt: '2026-12-07T10:00:00.000Z',
  request: {
    cohort: { modelId: 'flere-skal-med', treated: { kind: 'file', fileName: 'deltagere.csv', csv: `sha256:${'f'.repeat(64)}` }, seed: 2 },
    analysis: { method: 'nearest', outcome: 'any_hours', window: '1-12', ratio: 2 },
  },
  cohort: {
    nTreated: 40,
    nControl: 400,
    excluded: { not_in_register: 1, not_in_target_group: 2, missing_birth_year: 0, never_qualifies: 5, exposed: 3 },
    nullOutcomes: {},
    truncatedLookback: 0,
    rule: { states: ['kontanthjaelp'], atLeast: 4, ofLast: 8 },
    seed: 2,
    timeZeroFrom: '2018-04-01',
    timeZeroTo: '2018-06-28',
  },
  result: {
    method: 'nearest',
    outcome: 'any_hours',
    window: '1-12',
    estimand: 'att',
    level: 0.95,
    effect: estimate,
    bootstrap: { ciLow: 0.02, ciHigh: 0.23, replicates: 500, seed: 1 },
    naive: { ...estimate, estimate: 0.2 },
    meanTreated: 0.5,
    meanControl: 0.375,
    nTreated: 40,
    nControl: 400,
    nMatchedTreated: 40,
    nMatchedControl: 80,
    covariates: ['age', 'sex'],
    droppedCovariates: [{ name: 'cluster', reason: 'constant' }],
    balance: { before: [row('age'), row('sexK')], after: [row('age'), { ...row('sexK'), varRatio: null }] },
    sampleSizes: null,
    survival: {
      outcome: 'time_to_hours',
      sample: 'matched',
      curves: [
        { group: 'treated', n: 40, events: 20, time: [1, 3], surv: [0.9, 0.6], lower: [0.8, 0.5], upper: [1, 0.7], nRisk: [40, 30], median: null },
        { group: 'control', n: 80, events: 30, time: [2], surv: [0.7], lower: [0.6], upper: [0.8], nRisk: [80], median: 9 },
      ],
      logRank: { chiSquare: 4.2, df: 1, p: 0.04 },
      hazardRatio: { estimate: 1.4, se: 0.2, ciLow: 1.05, ciHigh: 1.9, p: 0.02 },
    },
    eventStudy: { points: [{ k: -3, ...estimate }, { k: 0, ...estimate, estimate: 0.3 }], preTrend: { statistic: 1.1, df: 2, p: 0.58 } },
    warnings: [{ code: 'poor_balance', values: { smd: 0.15, name: 'age' } }],
  },
  reproducibility: {
    specSha256: 'a'.repeat(64),
    treatedSha256: 'b'.repeat(64),
    fileSha256: 'f'.repeat(64),
    registerImports: [{ id: 7, kind: 'benefit_weeks', fileName: 'ydelser.csv', sha256: 'c'.repeat(64), periodFrom: '2017-01-02', periodTo: '2019-12-29' }],
    dataPeriod: { benefitFrom: '2017-01-02', benefitTo: '2019-12-29', hoursFrom: '2017-01', hoursTo: '2019-12' },
    software: { jobspor: '0.1.0', node: 'v20.20.2', mlMatrix: '6.15.1', commit: 'd'.repeat(40) },
    computedAt: '2026-12-07T09:59:00.000Z',
  },
};

test('HTML: self-contained, escaped, with the hashes, the effect and every table', () => {
  const html = renderReportHtml(analysis);
  assert.match(html, /^<!DOCTYPE html>\n<html lang="da">/);
  assert.doesNotMatch(html, /<script|<link|src=|url\(/);
  assert.ok(html.includes('Analyse &lt;b&gt;&amp;&lt;/b&gt; &quot;test&quot;'));
  assert.ok(!html.includes('<b>&</b>'));
  for (const hash of ['a', 'b', 'c', 'f'].map((c) => c.repeat(64))) assert.ok(html.includes(hash), hash);
  assert.ok(html.includes('d'.repeat(40)), 'the commit');
  assert.ok(html.includes('<dd>0,125</dd>'), 'the effect in Danish notation');
  assert.ok(html.includes('[0,027; 0,223]'), 'its interval');
  assert.ok(html.includes('Balance før og efter') && html.includes('Forløb (Kaplan-Meier)') && html.includes('Event study'));
  // The survival table holds each curve as a step function at every time of either curve.
  assert.ok(html.includes('<tr><td>2</td><td>0,9</td><td>40</td><td>0,7</td><td>80</td></tr>'), 'month 2: treated still at 0.9');
  assert.ok(html.includes('<tr><td>1</td><td>0,9</td><td>40</td><td>1</td><td>80</td></tr>'), 'month 1: no control event yet');
  assert.ok(html.includes('<tr><td>-3</td>'));
  assert.ok(html.includes('Dårlig balance efter matching'));
});

/** The text shown by an uncompressed pdfkit PDF (as cv-pdf.test.ts reads it), lines joined. */
function shownText(pdf: Buffer): string {
  return [...pdf.toString('latin1').matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)]
    .map((m) => [...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''))
    .join('');
}

test('PDF: the effect and the hashes in its text', async () => {
  const pdf = await renderReportPdf(analysis, {}, { compress: false });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const text = shownText(pdf);
  for (const shown of ['a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64), '0,125', 'Reproducerbarhed', 'Balance før og efter']) assert.ok(text.includes(shown), shown);
});

test('the file name is a safe slug with the day', () => {
  assert.equal(reportFileName(analysis, 'pdf'), 'effektevaluering-flere-skal-med-analyse-b-b-test-2026-12-07.pdf');
});

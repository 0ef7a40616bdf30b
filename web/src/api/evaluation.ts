/**
 * The evaluation API (issue 13, src/server/routes/evaluation): the form's
 * options, analysis runs (started, polled, cancelled), saved analyses and
 * their reports. The body types are inferred from the server's Zod schemas
 * (type-only import, so no Zod ends up in the bundle) instead of being copied.
 */
import { request } from './client.ts';
import type {
  AnalysisResultBody,
  EvaluationOptions,
  Reproducibility,
  Run,
  RunRequest,
  SavedAnalysis,
  SavedAnalysisSummary,
} from '../../../src/server/routes/evaluation/schemas.ts';

export type { AnalysisResultBody, EvaluationOptions, Reproducibility, Run, RunRequest, SavedAnalysis, SavedAnalysisSummary };

export type AnalysisResult = AnalysisResultBody;
export type CohortSummary = NonNullable<Run['cohort']>;
export type EvaluationMethod = AnalysisResult['method'];
export type AnalysisOutcome = AnalysisResult['outcome'];
export type OutcomeWindow = NonNullable<AnalysisResult['window']>;
export type AnalysisStage = Run['stage'];
export type RunStatus = Run['status'];
export type WarningCode = AnalysisResult['warnings'][number]['code'];
export type BalanceRow = NonNullable<AnalysisResult['balance']>['before'][number];
export type SurvivalSummary = NonNullable<AnalysisResult['survival']>;
export type EventStudy = NonNullable<AnalysisResult['eventStudy']>;
export type TargetGroupRule = CohortSummary['rule'];
export type BenefitState = TargetGroupRule['states'][number];
export type ReportFormat = 'html' | 'pdf' | 'json';

/** What the result view needs, from a finished run or a saved analysis. */
export interface ShownResult {
  request: RunRequest;
  cohort: CohortSummary;
  result: AnalysisResult;
  reproducibility: Reproducibility | null;
}

const base = '/api/evaluation';
const id = (value: string) => encodeURIComponent(value);

export const evaluationApi = {
  options: () => request<EvaluationOptions>('GET', `${base}/options`),
  startRun: (body: RunRequest) => request<Run>('POST', `${base}/runs`, body),
  run: (runId: string) => request<Run>('GET', `${base}/runs/${id(runId)}`),
  cancelRun: (runId: string) => request<Run>('DELETE', `${base}/runs/${id(runId)}`),
  save: (runId: string, name: string) => request<SavedAnalysis>('POST', `${base}/analyses`, { runId, name }),
  analyses: () => request<{ analyses: SavedAnalysisSummary[] }>('GET', `${base}/analyses`),
  analysis: (analysisId: string) => request<SavedAnalysis>('GET', `${base}/analyses/${id(analysisId)}`),
  remove: (analysisId: string) => request<void>('DELETE', `${base}/analyses/${id(analysisId)}`),
};

/** The address of a saved analysis' report; an ordinary link (the browser keeps the session cookie). */
export function reportHref(analysisId: string, format: ReportFormat): string {
  return `${base}/analyses/${id(analysisId)}/report?format=${format}`;
}

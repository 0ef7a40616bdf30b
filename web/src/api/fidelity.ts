/**
 * The fidelity API (issue 12, src/server/routes/fidelity): instruments,
 * survey rounds with their candidates, the signed-in staff member's open
 * invitations and questionnaires, and the reports (element × round table,
 * heatmap, trend, fidelity against outcome, exports). The body types are
 * inferred from the server's Zod schemas (type-only import, so no Zod ends
 * up in the bundle) instead of being copied.
 */
import { ApiError, query, request } from './client.ts';
import type {
  BehaviourFigure,
  FidelityReport,
  Heatmap,
  ImportReport,
  InstrumentIssues,
  InstrumentSummary,
  Invitation,
  NewRound,
  OutcomeScatter,
  Questionnaire,
  RoundSummary,
  SectionFigure,
  SubmitResponse,
  Trend,
} from '../../../src/server/routes/fidelity/schemas.ts';

export type {
  BehaviourFigure,
  FidelityReport,
  Heatmap,
  ImportReport,
  InstrumentIssues,
  InstrumentSummary,
  Invitation,
  NewRound,
  OutcomeScatter,
  Questionnaire,
  RoundSummary,
  SectionFigure,
  SubmitResponse,
  Trend,
};

export type Wave = RoundSummary['wave'];
export type RoundStatus = RoundSummary['status'];
export type RespondentRole = InstrumentSummary['respondentRoles'][number];
export type Breakdown = FidelityReport['by'];
export type FidelityColour = NonNullable<FidelityReport['groups'][number]['changes'][number][number]>['colour'];
export type ReportGroup = FidelityReport['groups'][number];
export type ReportChange = ReportGroup['changes'][number][number];
export type QuestionnaireSection = Questionnaire['sections'][number];
export type QuestionnaireScale = Questionnaire['scales'][number];

/** A staff member who may be invited (GET /candidates). */
export interface Candidate {
  staffId: string;
  displayName: string;
  unitId: string;
  unitName: string;
  roles: RespondentRole[];
}

export const waves: readonly Wave[] = ['baseline', 'midway', 'end', 'named'];

export interface ReportParams {
  model: string;
  /** Round ids in the order to show; the server's default when absent. */
  rounds?: string[];
  by?: Breakdown;
  unit?: string;
}

export type ExportFormat = 'xlsx' | 'pdf';

const base = '/api/fidelity';
const id = (value: string) => encodeURIComponent(value);

function reportQuery(params: ReportParams): string {
  return query({ model: params.model, rounds: params.rounds?.length ? params.rounds.join(',') : undefined, by: params.by, unit: params.unit });
}

export const fidelityApi = {
  instruments: () => request<{ instruments: InstrumentSummary[] }>('GET', `${base}/instruments`),
  instrument: (instrumentId: string, version: string) => request<Record<string, unknown>>('GET', `${base}/instruments/${id(instrumentId)}/${id(version)}`),
  checkInstrument: (definition: unknown) => request<InstrumentIssues>('POST', `${base}/instruments/check`, definition),
  loadInstrument: (definition: unknown) => request<InstrumentSummary>('POST', `${base}/instruments`, definition),

  /** Staff of the units (and their subtrees) who may be invited, with the respondent roles they may answer as. */
  candidates: (unitIds: readonly string[]) => request<{ candidates: Candidate[] }>('GET', `${base}/candidates${query({ units: unitIds.join(',') })}`),
  rounds: (model?: string) => request<{ rounds: RoundSummary[] }>('GET', `${base}/rounds${query({ model })}`),
  startRound: (round: NewRound) => request<RoundSummary>('POST', `${base}/rounds`, round),
  /** Sends an empty JSON object: the route's body schema is an (optional) object, and a POST without a body is refused as invalid. */
  closeRound: (roundId: string) => request<RoundSummary>('POST', `${base}/rounds/${id(roundId)}/close`, {}),
  /** Imports answers collected elsewhere (CSV text); a dry run only validates. */
  importAnswers: (roundId: string, csv: string, options: { dryRun: boolean; fileName?: string }) =>
    fetchCsv(`${base}/rounds/${id(roundId)}/import${query({ dryRun: options.dryRun ? 'true' : 'false', fileName: options.fileName })}`, csv),

  /** The signed-in staff member's open invitations (any role). */
  invitations: () => request<{ invitations: Invitation[] }>('GET', `${base}/invitations`),
  questionnaire: (invitationId: string) => request<Questionnaire>('GET', `${base}/invitations/${id(invitationId)}`),
  /** Stores the anonymous answer and spends the invitation. */
  submit: (invitationId: string, answers: SubmitResponse) => request<void>('POST', `${base}/invitations/${id(invitationId)}/response`, answers),

  report: (params: ReportParams) => request<FidelityReport>('GET', `${base}/report${reportQuery(params)}`),
  heatmap: (model: string, round: string) => request<Heatmap>('GET', `${base}/heatmap${query({ model, round })}`),
  trend: (model: string, options: { unit?: string; months?: number } = {}) => request<Trend>('GET', `${base}/trend${query({ model, unit: options.unit, months: options.months })}`),
  outcome: (model: string, round: string, measure?: string) => request<OutcomeScatter>('GET', `${base}/outcome${query({ model, round, measure })}`),
};

/** The address of a report download; an ordinary link (the browser keeps the session cookie). */
export function exportHref(params: ReportParams, format: ExportFormat): string {
  return `${base}/export${query({ model: params.model, rounds: params.rounds?.length ? params.rounds.join(',') : undefined, by: params.by, unit: params.unit, format })}`;
}

/**
 * POSTs a CSV body (text/csv); the JSON client only sends JSON. The server's
 * CSRF guard admits text/csv on the import route only (csvUploadRoutes in
 * src/server/csrf.ts). Errors come back in the API's error shape.
 */
async function fetchCsv(path: string, csv: string): Promise<ImportReport> {
  const response = await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', 'Content-Type': 'text/csv' }, body: csv });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; fields?: Record<string, string> } } | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? `http_${response.status}`, error?.message ?? `HTTP ${response.status}`, error?.fields ?? {});
  }
  return body as ImportReport;
}

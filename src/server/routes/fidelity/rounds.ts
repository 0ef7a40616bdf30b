/**
 * Fidelity instruments and survey rounds over HTTP (issue 12 §1-2; contract
 * in ./schemas.ts): list, read, check and load instrument versions; start,
 * list and close rounds in the caller's municipality; the signed-in staff
 * member's invitations, questionnaire and anonymous answer; and answers
 * imported from CSV. Managing needs fidelity.manage (leder, analytiker),
 * reading rounds fidelity.read; answering needs only an unspent invitation
 * of one's own. No answer here carries a staff id, and the audit trail of an
 * answer names the round, never the response.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { validateInstrument } from '../../../domain/fidelity/instrument.ts';
import { importAnswers } from '../../../store/fidelity/answer-import.ts';
import { FidelityError, getInstrument, listInstruments, storeInstrument, summarise } from '../../../store/fidelity/instruments.ts';
import { listInvitations, questionnaireFor } from '../../../store/fidelity/invitations.ts';
import { submitResponse } from '../../../store/fidelity/responses.ts';
import { closeRound, createRound, getRound, listCandidates, listRounds } from '../../../store/fidelity/rounds.ts';
import { today } from '../../../store/facts.ts';
import { callerMunicipality, currentUser, requirePermission, scopeUnitIds } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { ApiError, badRequest, conflict, notFound } from '../../errors.ts';
import { errorResponses } from '../../schemas.ts';
import {
  candidatesQuery,
  candidatesResponse,
  importQuery,
  importReport,
  instrumentDefinition,
  instrumentIssues,
  instrumentSummary,
  invitationsResponse,
  newRound,
  questionnaire,
  roundId,
  roundsQuery,
  roundsResponse,
  roundSummary,
  submitResponse as submitResponseSchema,
} from './schemas.ts';

const tags = ['fidelity'];

/** The CSV import route; csrf.ts admits its text/csv body by this path. */
export const fidelityImportRoute = '/api/fidelity/rounds/:id/import';

/** Largest answers CSV accepted (a few thousand responses are well under a megabyte). */
export const maxImportBytes = 5 * 1024 * 1024;

/** A FidelityError as the API's error (Danish message, the field at fault). */
function apiError(error: unknown): never {
  if (error instanceof FidelityError) {
    if (error.kind === 'not_found') throw notFound(error.message.replace(/ findes ikke\.$/, ''));
    if (error.kind === 'conflict') throw conflict(error.message, { [error.field]: error.message });
    const fields: Record<string, string> = { [error.field]: error.message };
    for (const issue of error.issues) fields[issue.path || 'definition'] ??= issue.message;
    throw badRequest(error.message, fields);
  }
  throw error;
}

/** A round whose units are not all in the caller's scope is another unit's round: 404 for closing and importing. */
async function requireRoundInScope(request: FastifyRequest, trx: Kysely<Database>, id: string, municipalityId: string): Promise<void> {
  const round = await getRound(trx, id, municipalityId, today()).catch(apiError);
  const scope = new Set(await scopeUnitIds(request));
  if (!round.units.every((u) => scope.has(u.id))) throw notFound('Runden');
}

const idVersion = z.object({ id: z.string().min(1), version: z.string().min(1) });

export async function fidelityRoundRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.db;

  // The import's body is the CSV text; limited to maxImportBytes on its route.
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: maxImportBytes }, (_request, body, done) => done(null, body));

  /** Instrument versions the caller's municipality may use (built-in and its own). */
  r.get(
    '/api/fidelity/instruments',
    { schema: { tags, summary: 'Fidelity instruments (built-in and loaded)', response: { 200: z.object({ instruments: z.array(instrumentSummary) }), ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'fidelity.read');
      const municipalityId = await callerMunicipality(request);
      const instruments = await listInstruments(db(), municipalityId);
      return { instruments: instruments.map((s) => summarise(s.instrument, s.builtin, s.loadedAt)) };
    },
  );

  /** One instrument version's full definition. */
  r.get(
    '/api/fidelity/instruments/:id/:version',
    { schema: { tags, summary: 'A fidelity instrument version (full definition)', params: idVersion, response: { 200: instrumentDefinition, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'fidelity.read');
      const stored = await getInstrument(db(), request.params.id, request.params.version, await callerMunicipality(request));
      if (!stored) throw notFound('Måleredskabet');
      return stored.instrument as unknown as Record<string, unknown>;
    },
  );

  /** Validates a definition without storing it: the problems with their paths, or what was found. */
  r.post(
    '/api/fidelity/instruments/check',
    { schema: { tags, summary: 'Check a fidelity instrument definition (nothing is stored)', body: z.unknown(), response: { 200: instrumentIssues, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'fidelity.manage');
      const result = validateInstrument(request.body);
      if (!result.ok) return { ok: false, issues: result.issues, summary: null };
      const { builtin: _b, loadedAt: _l, ...summary } = summarise(result.instrument, false, '');
      return { ok: true, issues: [], summary };
    },
  );

  /** Loads an instrument version for the caller's municipality; the same version again with the same content is accepted unchanged. */
  r.post(
    '/api/fidelity/instruments',
    {
      schema: {
        tags,
        summary: 'Load a fidelity instrument version (400 with the problems; 409 when the version exists with other content)',
        body: z.unknown(),
        response: { 201: instrumentSummary, 200: instrumentSummary, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'fidelity.manage');
      const municipalityId = await callerMunicipality(request);
      const result = await db()
        .transaction()
        .execute(async (trx) => {
          const stored = await storeInstrument(trx, request.body, { municipalityId, loadedBy: user.id });
          if (stored.status === 'created') {
            await recordAudit(trx, request, { action: 'fidelity.instrument.load', detail: { id: stored.stored.instrument.id, version: stored.stored.instrument.version } });
          }
          return stored;
        })
        .catch(apiError);
      const { instrument, builtin, loadedAt } = result.stored;
      return reply.status(result.status === 'created' ? 201 : 200).send(summarise(instrument, builtin, loadedAt));
    },
  );

  /** Staff who may be invited in the given units (and the units below them), with their respondent roles. */
  r.get(
    '/api/fidelity/candidates',
    { schema: { tags, summary: 'Staff who may answer a round in the given units', querystring: candidatesQuery, response: { 200: candidatesResponse, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'fidelity.manage');
      const ids = [...new Set(request.query.units.split(',').map((s) => s.trim()).filter(Boolean))];
      const scope = new Set(await scopeUnitIds(request));
      const bad = ids.find((id) => !scope.has(id));
      if (ids.length === 0) throw badRequest('Vælg mindst én enhed.', { units: 'Vælg mindst én enhed.' });
      if (bad !== undefined) throw badRequest('Enheden findes ikke eller ligger uden for dine enheder.', { units: `Enheden ${bad} findes ikke eller ligger uden for dine enheder.` });
      return { candidates: await listCandidates(db(), ids) };
    },
  );

  /** The municipality's rounds, newest first, with status and counts. */
  r.get(
    '/api/fidelity/rounds',
    { schema: { tags, summary: "The caller's municipality's survey rounds", querystring: roundsQuery, response: { 200: roundsResponse, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'fidelity.read');
      const municipalityId = await callerMunicipality(request);
      return { rounds: await listRounds(db(), { municipalityId, ...(request.query.model ? { modelId: request.query.model } : {}) }, today()) };
    },
  );

  /** Starts a round: the instrument version, the units, the dates and who answers as what. */
  r.post(
    '/api/fidelity/rounds',
    { schema: { tags, summary: 'Start a survey round (invites the chosen staff)', body: newRound, response: { 201: roundSummary, ...errorResponses } } },
    async (request, reply) => {
      const user = requirePermission(request, 'fidelity.manage');
      const municipalityId = await callerMunicipality(request);
      const scope = await scopeUnitIds(request);
      const body = request.body;
      const round = await db()
        .transaction()
        .execute(async (trx) => {
          const id = await createRound(trx, body, { municipalityId, scopeUnitIds: scope, createdBy: user.id });
          await recordAudit(trx, request, {
            action: 'fidelity.round.create',
            detail: { round: id, instrument: body.instrumentId, version: body.instrumentVersion, wave: body.wave, units: body.unitIds.length, invited: body.respondents.length },
          });
          return getRound(trx, id, municipalityId, today());
        })
        .catch(apiError);
      return reply.status(201).send(round);
    },
  );

  /** Closes a round by hand; answers are no longer accepted. */
  r.post(
    '/api/fidelity/rounds/:id/close',
    { schema: { tags, summary: 'Close a survey round by hand', params: roundId, response: { 200: roundSummary, ...errorResponses } } },
    async (request) => {
      requirePermission(request, 'fidelity.manage');
      const municipalityId = await callerMunicipality(request);
      await scopeUnitIds(request);
      return db()
        .transaction()
        .execute(async (trx) => {
          await requireRoundInScope(request, trx, request.params.id, municipalityId);
          const round = await closeRound(trx, request.params.id, municipalityId, today());
          await recordAudit(trx, request, { action: 'fidelity.round.close', detail: { round: round.id } });
          return round;
        })
        .catch(apiError);
    },
  );

  /** The signed-in staff member's unspent invitations of open rounds (any role). */
  r.get(
    '/api/fidelity/invitations',
    { schema: { tags, summary: 'My open invitations to answer a fidelity survey', response: { 200: invitationsResponse, ...errorResponses } } },
    async (request) => {
      const user = currentUser(request);
      return { invitations: await listInvitations(db(), user.id, today()) };
    },
  );

  /** The questionnaire of one of my invitations: the items my respondent role answers. */
  r.get(
    '/api/fidelity/invitations/:id',
    { schema: { tags, summary: 'The questionnaire of my invitation (404 when not mine, 409 when spent or closed)', params: roundId, response: { 200: questionnaire, ...errorResponses } } },
    async (request) => {
      const user = currentUser(request);
      return questionnaireFor(db(), request.params.id, user.id, today()).catch(apiError);
    },
  );

  /** Answers my invitation: stored anonymously (role and unit only), and the invitation is spent, in one transaction. */
  r.post(
    '/api/fidelity/invitations/:id/response',
    {
      schema: {
        tags,
        summary: 'Answer my invitation (anonymous; once)',
        params: roundId,
        body: submitResponseSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await db()
        .transaction()
        .execute(async (trx) => {
          const { roundId: round } = await submitResponse(trx, request.params.id, user.id, request.body.answers, today());
          // The round only: neither the response nor the invitation is named.
          await recordAudit(trx, request, { action: 'fidelity.response.submit', detail: { round } });
        })
        .catch(apiError);
      return reply.status(204).send(null);
    },
  );

  /**
   * Imports answers collected elsewhere (Content-Type text/csv): a header
   * `role,unit,<item id>...`, one response per line. With dryRun=true only
   * the validation report is returned; with any rejected line nothing is stored.
   */
  r.post(
    fidelityImportRoute,
    {
      schema: {
        tags,
        summary: 'Import answers to a round from CSV (text/csv body; all or nothing)',
        description: 'The body is the CSV file as text/csv (at most 5 MB). Header role,unit,<item id>...; unit by id or name; empty or "ved ikke" = don\'t know.',
        consumes: ['text/csv'],
        params: roundId,
        querystring: importQuery,
        body: z.string(),
        response: { 200: importReport, ...errorResponses, 415: errorResponses[400] },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'fidelity.manage');
      const municipalityId = await callerMunicipality(request);
      if (typeof request.body !== 'string') throw new ApiError(415, 'unsupported_media_type', 'Filen skal sendes som text/csv.');
      const dryRun = request.query.dryRun === 'true';
      const text = request.body;
      await scopeUnitIds(request);
      return db()
        .transaction()
        .execute(async (trx) => {
          await requireRoundInScope(request, trx, request.params.id, municipalityId);
          const report = await importAnswers(trx, request.params.id, text, { municipalityId, fileName: request.query.fileName, dryRun, importedBy: user.id, today: today() });
          if (report.stored) {
            await recordAudit(trx, request, { action: 'fidelity.import', detail: { round: request.params.id, import: report.importId, responses: report.rowsAccepted, file: request.query.fileName } });
          }
          return report;
        })
        .catch(apiError);
    },
  );
}

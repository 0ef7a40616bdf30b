/**
 * Register extracts over HTTP (issue 11, docs/registers.md), for
 * administrators and analysts: upload an extract (streamed to a temporary
 * file, then imported in the background with progress to poll), list
 * imports, roll the latest back, and read or load code lists. Schemas:
 * ./registers/schemas.ts (shared with the web app).
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { redactCprLike } from '../../domain/identity/cpr.ts';
import { parseCodeListCsv } from '../../domain/registers/code-list.ts';
import { importRegisterFile } from '../../store/registers/import.ts';
import { listImports, rollbackImport, type StoredImport } from '../../store/registers/imports.ts';
import { refreshMonitoring } from '../../store/monitoring/refresh.ts';
import { findCodeList, listCodeLists, storeCodeList, type StoredCodeList } from '../../store/registers/code-lists.ts';
import { RegisterError } from '../../store/registers/errors.ts';
import { currentUser } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { ApiError, badRequest, conflict, forbidden, notFound } from '../errors.ts';
import { errorResponses } from '../schemas.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { ImportJobs } from './registers/jobs.ts';
import { codeList, codeListList, codeListUpload, importJob, importList, registerImport, uploadAccepted, uploadQuery } from './registers/schemas.ts';

/** The one route that takes a raw (non-JSON) body; csrf.ts admits it by this path. */
export const registerUploadRoute = '/api/registers/uploads';

/** Largest extract accepted over HTTP (26 million rows of long benefit weeks are about 1 GB). */
export const maxUploadBytes = 8 * 1024 ** 3;

/** Register extracts are for administrators and analysts (the population beyond the caseload, pseudonymised). */
function requireRegisterRole(request: FastifyRequest): SessionUser {
  const user = currentUser(request);
  if (!user.roles.some((role) => role === 'admin' || role === 'analytiker')) throw forbidden();
  return user;
}

function importBody(i: StoredImport) {
  return {
    id: i.id,
    kind: i.kind,
    fileName: i.fileName,
    sha256: i.sha256,
    periodFrom: i.periodFrom,
    periodTo: i.periodTo,
    rowsRead: i.rowsRead,
    rowsKept: i.rowsKept,
    importedBy: i.importedBy,
    importedAt: i.importedAt,
    rolledBackAt: i.rolledBackAt,
    canRollBack: i.canRollBack,
    report: i.report,
  };
}

function codeListBody(l: StoredCodeList) {
  return { id: l.id, name: l.name, version: l.version, entries: { ...l.entries }, loadedAt: l.loadedAt };
}

/** The API's answer to a refused register operation, in Danish. */
function apiError(error: unknown): never {
  if (!(error instanceof RegisterError)) throw error;
  switch (error.code) {
    case 'import_not_found':
      throw notFound('Importen');
    case 'already_rolled_back':
      throw conflict('Importen er allerede rullet tilbage.', { id: error.code });
    case 'not_latest':
      throw conflict('Kun den seneste aktive import af samme slags kan rulles tilbage. Rul de senere tilbage først.', { id: error.code });
    case 'code_list_not_found':
      throw badRequest('Kodelisten findes ikke.', { codeList: 'Ukendt kodeliste eller version.' });
    case 'bad_code_list':
      throw badRequest('Kodelisten kan ikke læses.', { csv: error.message });
  }
}

/** Counts the bytes of an upload and stops it past the limit. */
function byteCounter(onBytes: (total: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      if (total > maxUploadBytes) {
        done(new ApiError(400, 'validation', `Filen er for stor (højst ${maxUploadBytes / 1024 ** 3} GB).`));
        return;
      }
      onBytes(total);
      done(null, chunk);
    },
  });
}

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, installationSecret, uploadDir } = app.ctx;
  const jobs = new ImportJobs();
  const running = new Set<Promise<unknown>>();
  // The upload's body is the file itself: handed to the route as the request stream.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
  // Imports still running when the server stops are waited for, so they end (commit or roll back) cleanly.
  app.addHook('onClose', async () => {
    await Promise.allSettled([...running]);
  });

  /** Every register import, newest first, with its validation report. */
  r.get(
    '/api/registers/imports',
    { schema: { tags: ['registers'], summary: 'List register imports', response: { 200: importList, ...errorResponses } } },
    async (request) => {
      requireRegisterRole(request);
      return { imports: (await listImports(db)).map(importBody) };
    },
  );

  /**
   * Uploads an extract as the raw request body (Content-Type
   * application/octet-stream) and starts its import in the background.
   * Answers 202 with the job to poll once the file has been received.
   */
  r.post(
    registerUploadRoute,
    {
      schema: {
        tags: ['registers'],
        summary: 'Upload a register extract (raw body) and start its import',
        description: 'The body is the file: CSV or Parquet, as application/octet-stream. Poll GET /api/registers/jobs/{id} for progress and the validation report.',
        consumes: ['application/octet-stream'],
        querystring: uploadQuery,
        response: { 202: uploadAccepted, ...errorResponses, 415: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const user = requireRegisterRole(request);
      if (!(request.body && typeof (request.body as Readable).pipe === 'function')) {
        throw new ApiError(415, 'unsupported_media_type', 'Filen skal sendes som application/octet-stream.');
      }
      const query = request.query;
      const reference = query.codeList ? /^(.+):(\d+)$/.exec(query.codeList)! : null;
      const codeListRef = reference ? { name: reference[1]!, version: Number(reference[2]) } : undefined;
      if (codeListRef) await findCodeList(db, codeListRef.name, codeListRef.version).catch(apiError);
      const job = jobs.create(user.id);
      const declared = Number(request.headers['content-length']);
      jobs.update(job.id, { bytesTotal: Number.isFinite(declared) && declared > 0 ? declared : null });
      await mkdir(uploadDir, { recursive: true, mode: 0o700 });
      const path = join(uploadDir, `${job.id}.upload`);
      try {
        await pipeline(
          request.body as Readable,
          byteCounter((bytes) => jobs.update(job.id, { bytesRead: bytes })),
          createWriteStream(path, { mode: 0o600 }),
        );
      } catch (error) {
        await rm(path, { force: true });
        jobs.update(job.id, { phase: 'failed', error: { code: 'upload_failed', message: 'Filen blev ikke modtaget helt.' } });
        throw error instanceof ApiError ? error : badRequest('Filen blev ikke modtaget helt. Prøv igen.');
      }
      const size = (await stat(path)).size;
      const fileName = query.fileName.split(/[\\/]/).pop()!;
      await recordAudit(db, request, {
        action: 'register.upload',
        detail: { jobId: job.id, kind: query.kind, fileName: redactCprLike(fileName), bytes: size },
      });
      jobs.update(job.id, { phase: 'reading', bytesRead: 0, bytesTotal: size });
      const work = importRegisterFile(db, path, {
        kind: query.kind,
        fileName,
        actor: { staffId: user.id, label: user.username },
        secret: installationSecret,
        codeList: codeListRef,
        maxRejectedShare: query.maxRejectedShare,
        dryRun: query.dryRun === 'true',
        onProgress: (p) => jobs.update(job.id, { phase: p.phase === 'done' ? 'writing' : p.phase, bytesRead: p.bytesRead, bytesTotal: p.bytesTotal, rowsRead: p.rowsRead }),
      })
        .then(async (outcome) => {
          if (outcome.importId !== null) {
            // The stored monitoring figures follow the register; a failed recompute leaves the import in place (it can be rerun).
            jobs.update(job.id, { phase: 'deriving' });
            await refreshMonitoring(db, { staffId: user.id, label: user.username }, app.ctx.monitoringCloseDays).catch((error: unknown) => {
              request.log.error({ err: { name: (error as Error).name } }, 'monitoring recompute after register import failed');
            });
          }
          jobs.update(job.id, { phase: 'done', outcome });
        })
        .catch((error: unknown) => {
          const code = error instanceof RegisterError ? error.code : 'import_failed';
          request.log.error({ err: { name: (error as Error).name, code } }, 'register import failed');
          jobs.update(job.id, { phase: 'failed', error: { code, message: 'Importen mislykkedes; intet er skrevet.' } });
        })
        .finally(async () => {
          await rm(path, { force: true });
          running.delete(work);
        });
      running.add(work);
      return reply.status(202).send({ jobId: job.id });
    },
  );

  /** The progress of an upload's import; with the validation report once done. */
  r.get(
    '/api/registers/jobs/:id',
    {
      schema: {
        tags: ['registers'],
        summary: 'Progress of a register import job',
        params: z.object({ id: z.string().max(64) }),
        response: { 200: importJob, ...errorResponses },
      },
    },
    async (request) => {
      requireRegisterRole(request);
      const job = jobs.get(request.params.id);
      if (!job) throw notFound('Importjobbet');
      return job;
    },
  );

  /** Rolls an import back: only the latest active import of its kind. */
  r.post(
    '/api/registers/imports/:id/rollback',
    {
      schema: {
        tags: ['registers'],
        summary: 'Roll back a register import',
        params: z.object({ id: z.coerce.number({ error: 'Skal være et import-id.' }).int().min(1).max(2_147_483_647) }),
        response: { 200: registerImport, ...errorResponses },
      },
    },
    async (request) => {
      const user = requireRegisterRole(request);
      await rollbackImport(db, request.params.id, { staffId: user.id, label: user.username }).catch(apiError);
      await recordAudit(db, request, { action: 'register.rollback.request', detail: { importId: request.params.id } });
      await refreshMonitoring(db, { staffId: user.id, label: user.username }, app.ctx.monitoringCloseDays);
      const rolled = (await listImports(db)).find((i) => i.id === request.params.id)!;
      return importBody(rolled);
    },
  );

  /** The stored code lists (imports use Jobspor's own state names without one). */
  r.get(
    '/api/registers/code-lists',
    { schema: { tags: ['registers'], summary: 'List code lists', response: { 200: codeListList, ...errorResponses } } },
    async (request) => {
      requireRegisterRole(request);
      return { codeLists: (await listCodeLists(db)).map(codeListBody) };
    },
  );

  /** Stores a code list (CSV source_code,state) as the next version of its name. */
  r.post(
    '/api/registers/code-lists',
    { schema: { tags: ['registers'], summary: 'Load a code list', body: codeListUpload, response: { 201: codeList, ...errorResponses } } },
    async (request, reply) => {
      requireRegisterRole(request);
      const parsed = parseCodeListCsv(request.body.csv);
      if (!parsed.ok) {
        throw badRequest('Kodelisten har fejl; intet er gemt.', Object.fromEntries(parsed.problems.map((p) => [`csv.line.${p.line}`, p.message])));
      }
      const list = await storeCodeList(db, request.body.name, parsed.entries).catch(apiError);
      await recordAudit(db, request, { action: 'register.code_list.load', detail: { name: list.name, version: list.version } });
      return reply.status(201).send(codeListBody(list));
    },
  );
}

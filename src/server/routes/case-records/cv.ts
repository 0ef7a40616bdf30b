/**
 * The citizen's CV: versions (every save kept, `baseVersion` concurrency as
 * for the plan), a printable HTML "Kompetence-CV" and a PDF download. Neither
 * document carries the CPR number or birth date.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../../db/errors.ts';
import { CvContentSchema, StoredCvContentSchema } from '../../../domain/cases/cv.ts';
import { renderCvHtml, type CvDocument } from '../../../domain/cases/cv-print.ts';
import { slugFileName } from '../../../domain/csv.ts';
import { cvHolder, getCvVersion, listCvVersions, saveCvVersion } from '../../../store/cases/cv.ts';
import { isoDay } from '../../../store/facts.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { notFound } from '../../errors.ts';
import { errorResponses, idParams } from '../../schemas.ts';
import { printPolicy } from '../../security-headers.ts';
import { renderCvPdf } from './cv-pdf.ts';
import { accessibleCitizen, baseVersionSchema, staleVersion, versionSummarySchema, written } from './shared.ts';

const cvVersionSchema = versionSummarySchema.extend({ content: StoredCvContentSchema });

const documentQuery = z.object({ versionNo: z.coerce.number().int().min(1).optional().describe('An earlier version; the current one when omitted') });

/**
 * ASCII file name of a PDF download: the prefix, the citizen's name and an
 * optional suffix as slugs, "kompetence-cv-soeren-aabo.pdf".
 */
export function pdfFileName(prefix: string, name: string, suffix = ''): string {
  return slugFileName([prefix, name, suffix], 'pdf');
}

export function cvRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The CV version and holder a print or PDF is made from; 404 when there is no CV (version). */
  async function printable(request: FastifyRequest, citizenId: string, versionNo: number | undefined, action: string) {
    requirePermission(request, 'citizen.read');
    const citizen = await accessibleCitizen(request, db, citizenId);
    const [version, holder] = await Promise.all([getCvVersion(db, citizen.id, versionNo), cvHolder(db, citizen.id)]);
    if (!version || !holder) throw notFound(versionNo === undefined ? 'CV’et' : 'CV-versionen');
    await recordAudit(db, request, { action, citizenPseudonyms: [citizen.pseudonym], detail: { versionNo: version.versionNo } });
    const document: CvDocument = { holder, content: version.content, versionNo: version.versionNo, savedOn: isoDay(new Date(version.createdAt)) };
    return document;
  }

  /** The current CV and the list of all versions (newest first). */
  r.get(
    '/api/citizens/:id/cv',
    {
      schema: {
        tags: ['records'],
        summary: 'Read a citizen’s current CV and its version history',
        params: idParams,
        response: { 200: z.object({ current: cvVersionSchema.nullable(), versions: z.array(versionSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const citizen = await accessibleCitizen(request, db, request.params.id);
      const [current, versions] = await Promise.all([getCvVersion(db, citizen.id), listCvVersions(db, citizen.id)]);
      await recordAudit(db, request, { action: 'cv.read', citizenPseudonyms: [citizen.pseudonym] });
      return { current: current ?? null, versions };
    },
  );

  /** One earlier (or the current) version of the CV. */
  r.get(
    '/api/citizens/:id/cv/versions/:versionNo',
    {
      schema: {
        tags: ['records'],
        summary: 'Read one version of a citizen’s CV',
        params: idParams.extend({ versionNo: z.coerce.number().int().min(1) }),
        response: { 200: cvVersionSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const citizen = await accessibleCitizen(request, db, request.params.id);
      const version = await getCvVersion(db, citizen.id, request.params.versionNo);
      if (!version) throw notFound('CV-versionen');
      await recordAudit(db, request, { action: 'cv.read', citizenPseudonyms: [citizen.pseudonym], detail: { versionNo: version.versionNo } });
      return version;
    },
  );

  /** Saves a new CV version (versionNo = baseVersion + 1); 409 stale when baseVersion is not the newest. */
  r.post(
    '/api/citizens/:id/cv',
    {
      schema: {
        tags: ['records'],
        summary: 'Save a new version of a citizen’s CV',
        params: idParams,
        body: z.object({ baseVersion: baseVersionSchema, content: CvContentSchema }),
        response: { 201: cvVersionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'citizen.write');
      const citizen = await accessibleCitizen(request, db, request.params.id);
      const { baseVersion, content } = request.body;
      const versionNo = await db
        .transaction()
        .execute(async (trx) => {
          const saved = await saveCvVersion(trx, citizen.id, baseVersion, content, user.id);
          if (!saved.ok) throw staleVersion('CV’et', baseVersion, saved.currentVersionNo);
          await recordAudit(trx, request, { action: 'cv.create', citizenPseudonyms: [citizen.pseudonym], detail: { versionNo: saved.versionNo } });
          return saved.versionNo;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw staleVersion('CV’et', baseVersion, baseVersion + 1);
          throw error;
        });
      return reply.status(201).send(written(await getCvVersion(db, citizen.id, versionNo), 'CV version'));
    },
  );

  /** The printable "Kompetence-CV" (HTML with print CSS), current version unless one is asked for. */
  r.get(
    '/api/citizens/:id/cv/print',
    {
      schema: {
        tags: ['records'],
        summary: 'Printable Kompetence-CV (text/html)',
        params: idParams,
        querystring: documentQuery,
        response: { 200: z.string().describe('text/html document'), ...errorResponses },
      },
      onSend: printPolicy,
    },
    async (request, reply) => {
      const document = await printable(request, request.params.id, request.query.versionNo, 'cv.print');
      return reply.type('text/html; charset=utf-8').send(renderCvHtml(document));
    },
  );

  /** The Kompetence-CV as a PDF download. */
  r.get(
    '/api/citizens/:id/cv.pdf',
    {
      schema: {
        tags: ['records'],
        summary: 'Kompetence-CV as PDF (application/pdf, attachment)',
        params: idParams,
        querystring: documentQuery,
        response: { 200: z.any().describe('application/pdf document'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const document = await printable(request, request.params.id, request.query.versionNo, 'cv.pdf');
      const pdf = await renderCvPdf(document);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${pdfFileName('kompetence-cv', `${document.holder.firstName} ${document.holder.lastName}`)}"`)
        .send(pdf);
    },
  );
}

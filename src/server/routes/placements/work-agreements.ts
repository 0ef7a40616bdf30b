/**
 * Work agreements (docs/contracts/companies-api.md, section C): the agreement
 * between citizen, company and job centre before a placement starts. Every
 * save is a new version (`baseVersion` concurrency as for the plan; 409 stale
 * otherwise), with its ordinary-hours flags computed from the content. Reads,
 * prints and PDFs are citizen data: course access (404 outside scope) and one
 * audit row with the citizen's pseudonym each.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../../db/errors.ts';
import { checkCourseDay } from '../../../domain/cases/course-day.ts';
import {
  checkAgreementDates,
  clauseFlags,
  StoredWorkAgreementContentSchema,
  WorkAgreementContentSchema,
  type WorkAgreementContent,
} from '../../../domain/placements/work-agreement.ts';
import { renderWorkAgreementHtml, type WorkAgreementDocument } from '../../../domain/placements/work-agreement-print.ts';
import type { CourseKey } from '../../../store/cases/keys.ts';
import { companyKey } from '../../../store/companies/companies.ts';
import {
  agreementParties,
  getWorkAgreement,
  getWorkAgreementVersion,
  insertWorkAgreement,
  insertWorkAgreementVersion,
  listWorkAgreements,
  matchKey,
  workAgreementKey,
  type WorkAgreementVersion,
} from '../../../store/placements/work-agreements.ts';
import { callerMunicipality, requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest, notFound } from '../../errors.ts';
import { errorResponses, idParams, isoDate, personRef, staffRef, uuid } from '../../schemas.ts';
import { printPolicy } from '../../security-headers.ts';
import { accessibleCourse, staleVersion, today, versionNumberFrom, written } from '../case-records/shared.ts';
import { candidateCourse } from '../courses/access.ts';
import { agreementPdfFileName, renderWorkAgreementPdf } from './work-agreement-pdf.ts';

const tags = ['work-agreements'];

const versionMetaSchema = z.object({
  versionNo: z.number().int(),
  madeOn: z.string(),
  ordinaryHoursClause: z.boolean().describe("Ordinary paid hours agreed now (ordinaryHours.kind 'now' with hours)"),
  declarationOfIntent: z.boolean().describe("A declaration of intent on ordinary hours (ordinaryHours.kind 'declaration_of_intent' with text)"),
  citizenAgreedOn: z.string().nullable(),
  companyAgreedOn: z.string().nullable(),
  jobcentreAgreedOn: z.string().nullable(),
  createdAt: z.string(),
  createdBy: staffRef,
});
const versionSchema = versionMetaSchema.extend({ content: StoredWorkAgreementContentSchema });
const workAgreementSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  citizen: personRef,
  company: personRef.extend({ cvr: z.string() }),
  matchId: z.string().nullable(),
  placementId: z.string().nullable().describe('The placement that names this agreement (the latest started), or null'),
  current: versionSchema,
  versions: z.array(versionMetaSchema).describe('Every version without content, newest first'),
});

const optionalDate = isoDate
  .nullable()
  .optional()
  .transform((v) => v ?? null);
/** What every version is saved with. */
const termsShape = {
  madeOn: isoDate.describe('The day this version was made (not in the future, not before the course’s enrolment)'),
  content: WorkAgreementContentSchema,
  citizenAgreedOn: optionalDate.describe('The day the citizen agreed to this version'),
  companyAgreedOn: optionalDate.describe('The day the company agreed to this version'),
  jobcentreAgreedOn: optionalDate.describe('The day the job centre agreed to this version'),
};
const createBody = z.object({ companyId: uuid, matchId: uuid.nullable().optional(), ...termsShape });
/**
 * A version number of an agreement: numbered from 1 (an agreement is made
 * with its first version), and a PostgreSQL integer, so a huge one is a 400
 * on its field rather than a database error.
 */
const agreementVersion = <T extends z.ZodNumber | z.ZodCoercedNumber>(number: T): T =>
  versionNumberFrom(number, 1).max(2_147_483_647, { error: 'Versionen findes ikke.' }) as T;
const updateBody = z.object({
  baseVersion: agreementVersion(z.number({ error: 'Angiv den version, du har redigeret.' })).describe('The version number the edit started from'),
  ...termsShape,
});
type Terms = { madeOn: string; content: WorkAgreementContent; citizenAgreedOn: string | null; companyAgreedOn: string | null; jobcentreAgreedOn: string | null };

/** A version number in a path or query. */
const versionNo = agreementVersion(z.coerce.number({ error: 'Skal være et versionsnummer.' }));

const documentQuery = z.object({ version: versionNo.optional().describe('An earlier version; the current one when omitted') });

/** The version row's values: the terms plus the flags computed from the content. */
const versionValues = (terms: Terms) => ({ ...terms, ...clauseFlags(terms.content) });

/** Reasons by field when a date breaks the rules of domain/placements/work-agreement.ts or madeOn is not a day of the course. */
function dateErrors(terms: Terms, course: CourseKey, previous: WorkAgreementVersion | null): Record<string, string> {
  const day = today();
  const errors = checkAgreementDates(terms, { today: day, enrolmentDate: course.enrolmentDate, previous });
  // The agreement rules already word the future and the enrolment; the course's end is the day rule's alone.
  const madeOn = errors.madeOn
    ? null
    : checkCourseDay(terms.madeOn, course, day, { afterEnd: (endDate) => `Forløbet sluttede ${endDate}; en aftale kan ikke laves efter forløbets afslutning.` });
  if (madeOn) errors.madeOn = madeOn;
  return errors;
}

const refused = (fields: Record<string, string>) => badRequest('Arbejdsaftalen kan ikke gemmes.', fields);

export function workAgreementRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The agreement and its course, after the permission and the scope check (404 outside it, as for courses). */
  async function accessibleAgreement(request: FastifyRequest, id: string, permission: 'citizen.read' | 'placement.write') {
    const user = requirePermission(request, permission);
    const key = await workAgreementKey(db, id);
    if (!key) throw notFound('Arbejdsaftalen');
    return { user, key, course: await accessibleCourse(request, db, key.courseId, 'Arbejdsaftalen') };
  }

  /** The document a print or PDF is made from, audited; 404 when the version does not exist. */
  async function printable(request: FastifyRequest, id: string, versionNo: number | undefined, action: string): Promise<WorkAgreementDocument> {
    const { course } = await accessibleAgreement(request, id, 'citizen.read');
    const [version, first, parties] = await Promise.all([getWorkAgreementVersion(db, id, versionNo), getWorkAgreementVersion(db, id, 1), agreementParties(db, id)]);
    if (!version || !parties) throw notFound(versionNo === undefined ? 'Arbejdsaftalen' : 'Versionen af arbejdsaftalen');
    await recordAudit(db, request, {
      action,
      citizenPseudonyms: [course.pseudonym],
      detail: { courseId: course.courseId, workAgreementId: id, versionNo: version.versionNo },
    });
    return {
      ...parties,
      versionNo: version.versionNo,
      madeOn: version.madeOn,
      firstMadeOn: first?.madeOn ?? version.madeOn,
      content: version.content,
      citizenAgreedOn: version.citizenAgreedOn,
      companyAgreedOn: version.companyAgreedOn,
      jobcentreAgreedOn: version.jobcentreAgreedOn,
      printedOn: today(),
    };
  }

  /** The course's work agreements, newest first, each with its current version and version list. */
  r.get(
    '/api/courses/:id/work-agreements',
    {
      schema: {
        tags,
        summary: 'List the work agreements of a course',
        params: idParams,
        response: { 200: z.object({ workAgreements: z.array(workAgreementSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const course = await accessibleCourse(request, db, request.params.id);
      const workAgreements = await listWorkAgreements(db, course.courseId);
      await recordAudit(db, request, {
        action: 'work_agreement.list',
        citizenPseudonyms: [course.pseudonym],
        detail: { courseId: course.courseId, count: workAgreements.length },
      });
      return { workAgreements };
    },
  );

  /**
   * Makes a work agreement (version 1) with a company of the caller's
   * municipality, optionally for an agreed match of this course and company.
   */
  r.post(
    '/api/courses/:id/work-agreements',
    {
      schema: {
        tags,
        summary: 'Make a work agreement between citizen, company and job centre (version 1)',
        params: idParams,
        body: createBody,
        response: { 201: workAgreementSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'placement.write');
      // A company consultant may make the agreement for a candidate of their units' pool (then sees the citizen through it).
      const course = (await candidateCourse(request, db, request.params.id)).key;
      const { companyId, matchId, ...terms } = request.body;
      const company = await companyKey(db, companyId, await callerMunicipality(request));
      const fields: Record<string, string> = {};
      if (!company) fields.companyId = 'Virksomheden findes ikke i din kommunes virksomhedsnetværk.';
      if (matchId) {
        const match = await matchKey(db, matchId);
        if (!match || match.courseId !== course.courseId) fields.matchId = 'Matchet findes ikke i dette forløb.';
        else if (company && match.companyId !== company.id) fields.matchId = `Matchet er ikke med ${company.name}.`;
        else if (match.status === 'withdrawn') fields.matchId = 'Matchet er trukket tilbage og kan ikke danne grundlag for en arbejdsaftale.';
      }
      Object.assign(fields, dateErrors(terms, course, null));
      if (!company || Object.keys(fields).length) throw refused(fields);
      const id = await db.transaction().execute(async (trx) => {
        const agreementId = await insertWorkAgreement(trx, { courseId: course.courseId, companyId: company.id, matchId: matchId ?? null, staffId: user.id });
        await insertWorkAgreementVersion(trx, agreementId, 1, versionValues(terms), user.id);
        await recordAudit(trx, request, {
          action: 'work_agreement.create',
          citizenPseudonyms: [course.pseudonym],
          detail: { courseId: course.courseId, workAgreementId: agreementId, companyId: company.id, versionNo: 1 },
        });
        return agreementId;
      });
      return reply.status(201).send(written(await getWorkAgreement(db, id), 'work agreement'));
    },
  );

  /** One work agreement with its current version and version list. */
  r.get(
    '/api/work-agreements/:id',
    {
      schema: {
        tags,
        summary: 'Read a work agreement',
        params: idParams,
        response: { 200: workAgreementSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { course } = await accessibleAgreement(request, request.params.id, 'citizen.read');
      const agreement = written(await getWorkAgreement(db, request.params.id), 'work agreement');
      await recordAudit(db, request, {
        action: 'work_agreement.read',
        citizenPseudonyms: [course.pseudonym],
        detail: { courseId: course.courseId, workAgreementId: agreement.id, versionNo: agreement.current.versionNo },
      });
      return agreement;
    },
  );

  /** One version (earlier or current) of a work agreement, with its content. */
  r.get(
    '/api/work-agreements/:id/versions/:no',
    {
      schema: {
        tags,
        summary: 'Read one version of a work agreement',
        params: idParams.extend({ no: versionNo }),
        response: { 200: versionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { course } = await accessibleAgreement(request, request.params.id, 'citizen.read');
      const version = await getWorkAgreementVersion(db, request.params.id, request.params.no);
      if (!version) throw notFound('Versionen af arbejdsaftalen');
      await recordAudit(db, request, {
        action: 'work_agreement.read',
        citizenPseudonyms: [course.pseudonym],
        detail: { courseId: course.courseId, workAgreementId: request.params.id, versionNo: version.versionNo },
      });
      return version;
    },
  );

  /**
   * Saves a new version (versionNo = baseVersion + 1) with the whole content;
   * 409 stale when baseVersion is not the newest. The company and match stay.
   */
  r.put(
    '/api/work-agreements/:id',
    {
      schema: {
        tags,
        summary: 'Save a new version of a work agreement',
        params: idParams,
        body: updateBody,
        response: { 200: workAgreementSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { user, key, course } = await accessibleAgreement(request, request.params.id, 'placement.write');
      const { baseVersion, ...terms } = request.body;
      await db
        .transaction()
        .execute(async (trx) => {
          const latest = await getWorkAgreementVersion(trx, key.id);
          const current = latest?.versionNo ?? 0;
          if (current !== baseVersion) throw staleVersion('Arbejdsaftalen', baseVersion, current);
          const errors = dateErrors(terms, course, latest ?? null);
          if (Object.keys(errors).length) throw refused(errors);
          await insertWorkAgreementVersion(trx, key.id, baseVersion + 1, versionValues(terms), user.id);
          await recordAudit(trx, request, {
            action: 'work_agreement.update',
            citizenPseudonyms: [course.pseudonym],
            detail: { courseId: course.courseId, workAgreementId: key.id, versionNo: baseVersion + 1 },
          });
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw staleVersion('Arbejdsaftalen', baseVersion, baseVersion + 1);
          throw error;
        });
      return written(await getWorkAgreement(db, key.id), 'work agreement');
    },
  );

  /** The printable Danish agreement (HTML with print CSS), current version unless one is asked for. */
  r.get(
    '/api/work-agreements/:id/print',
    {
      schema: {
        tags,
        summary: 'Printable work agreement (text/html)',
        params: idParams,
        querystring: documentQuery,
        response: { 200: z.string().describe('text/html document'), ...errorResponses },
      },
      onSend: printPolicy,
    },
    async (request, reply) => {
      const document = await printable(request, request.params.id, request.query.version, 'work_agreement.print');
      return reply.type('text/html; charset=utf-8').send(renderWorkAgreementHtml(document));
    },
  );

  /** The work agreement as a PDF download. */
  r.get(
    '/api/work-agreements/:id/pdf',
    {
      schema: {
        tags,
        summary: 'Work agreement as PDF (application/pdf, attachment)',
        params: idParams,
        querystring: documentQuery,
        response: { 200: z.any().describe('application/pdf document'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const document = await printable(request, request.params.id, request.query.version, 'work_agreement.pdf');
      const pdf = await renderWorkAgreementPdf(document);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${agreementPdfFileName(document.citizen.name, document.versionNo)}"`)
        .send(pdf);
    },
  );
}

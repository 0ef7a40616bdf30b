/**
 * Cooperation agreements (samarbejdsaftaler / virksomhedscentre): a fixed
 * number of places or an open pre-agreement, whether the company is ready to
 * pay ordinary hours, and the period. A renegotiation keeps every earlier
 * version with the reason for the change.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../../db/errors.ts';
import { agreementKinds, checkAgreementTerms } from '../../../domain/companies/company.ts';
import { agreementKey, insertAgreement, listAgreements, renegotiateAgreement, type AgreementTermsInput } from '../../../store/companies/agreements.ts';
import { requirePermission } from '../../access.ts';
import { badRequest, notFound, stale } from '../../errors.ts';
import { errorResponses, idParams, isoDate, optionalText, requiredText, versionNumber } from '../../schemas.ts';
import { written } from '../case-records/shared.ts';
import { accessibleCompany, agreementSchema, today } from './shared.ts';

const termFields = {
  kind: z.enum(agreementKinds, { error: 'Aftalen har faste pladser (fixed_places) eller er en åben forhåndsaftale (open).' }),
  places: z.number({ error: 'Antallet af pladser skal være et tal.' }).int({ error: 'Skal være et helt tal.' }).nullable().optional(),
  ordinaryHoursReadiness: z.boolean({ error: 'Angiv om virksomheden er parat til at betale ordinære timer (sand/falsk).' }),
  from: isoDate,
  to: isoDate.nullable().optional(),
  note: optionalText(4000),
};

/** The terms as stored, or a 400 naming each field that is wrong. */
function checkedTerms(body: z.output<z.ZodObject<typeof termFields>>): AgreementTermsInput {
  const terms: AgreementTermsInput = {
    kind: body.kind,
    places: body.places ?? null,
    ordinaryHoursReadiness: body.ordinaryHoursReadiness,
    from: body.from,
    to: body.to ?? null,
    note: body.note ?? null,
  };
  const fields = checkAgreementTerms(terms);
  if (Object.keys(fields).length) throw badRequest('Aftalen kan ikke gemmes.', fields);
  return terms;
}

export function agreementRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  const readAgreement = async (companyId: string, id: string) => written((await listAgreements(db, companyId, today(), id))[0], 'cooperation agreement');

  /** Makes a cooperation agreement with a company (version 1). Places are required for fixed places only. */
  r.post(
    '/api/companies/:id/cooperation-agreements',
    {
      schema: {
        tags: ['companies'],
        summary: 'Make a cooperation agreement with a company',
        params: idParams,
        body: z.object(termFields),
        response: { 201: agreementSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'company.write');
      const company = await accessibleCompany(request, db, request.params.id);
      const terms = checkedTerms(request.body);
      const id = await db.transaction().execute((trx) => insertAgreement(trx, company.id, terms, user.id));
      return reply.status(201).send(await readAgreement(company.id, id));
    },
  );

  /** Renegotiates an agreement: the new terms are in force and kept as a new version with the reason. */
  r.put(
    '/api/cooperation-agreements/:id',
    {
      schema: {
        tags: ['companies'],
        summary: 'Renegotiate a cooperation agreement (keeps the earlier versions)',
        params: idParams,
        body: z.object({ version: versionNumber, ...termFields, reason: requiredText(2000).describe('Why the terms change') }),
        response: { 200: agreementSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'company.write');
      const key = await agreementKey(db, request.params.id);
      if (!key) throw notFound('Samarbejdsaftalen');
      await accessibleCompany(request, db, key.companyId, 'Samarbejdsaftalen');
      const terms = checkedTerms(request.body);
      await db
        .transaction()
        .execute(async (trx) => {
          if (!(await renegotiateAgreement(trx, key.id, request.body.version, terms, request.body.reason, user.id))) throw stale();
        })
        .catch((error: unknown) => {
          // Two renegotiations from the same version: the version number is unique per agreement.
          if (isUniqueViolation(error)) throw stale();
          throw error;
        });
      return readAgreement(key.companyId, key.id);
    },
  );
}

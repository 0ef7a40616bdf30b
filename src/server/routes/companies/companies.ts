/**
 * Companies of the municipality's shared network: list (with a CSV export of
 * the same search), register, read with contact persons, agreements,
 * openings and placement figures, and update. Company data is not citizen
 * data, so these routes are not audited; the company's placements are (see
 * ./placements.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../../db/errors.ts';
import { checkAddresses, sectorLabels, sectors, sizeBands } from '../../../domain/companies/company.ts';
import { listAgreements } from '../../../store/companies/agreements.ts';
import {
  companyByCvr,
  getCompany,
  insertCompany,
  listCompanies,
  updateCompany,
  type AddressColumns,
  type CompanyFilter,
} from '../../../store/companies/companies.ts';
import { listContactPersons } from '../../../store/companies/contacts.ts';
import { listOpenings } from '../../../store/companies/openings.ts';
import { companyStats } from '../../../store/companies/placements.ts';
import { postcodeName } from '../../../store/postcodes.ts';
import { callerMunicipality, requirePermission } from '../../access.ts';
import { ApiError, conflict, notFound, stale } from '../../errors.ts';
import { errorResponses, idParams, optionalText, paging, requiredText, uuid, versionNumber } from '../../schemas.ts';
import { csvDate, sendCsv, toCsv } from './csv.ts';
import {
  accessibleCompany,
  agreementSchema,
  checkOwner,
  companySchema,
  companySummarySchema,
  contactPersonSchema,
  cvrInput,
  emailInput,
  industry10Filter,
  industryCodeInput,
  openingSchema,
  phoneInput,
  postcodeFilter,
  postcodeInput,
  statsSchema,
  today,
  websiteInput,
} from './shared.ts';

const addressInput = z.object({
  kind: z.enum(['main', 'workplace'], { error: 'Adressen er enten hovedadresse (main) eller arbejdssted (workplace).' }),
  addressLine: optionalText(200),
  postcode: postcodeInput,
  city: optionalText(100),
});

/** At least one address, exactly one main; postcodes are checked per address. */
const addressesInput = z.array(addressInput, { error: 'Angiv virksomhedens adresser.' }).superRefine((addresses, ctx) => {
  const fields = checkAddresses(addresses, () => true);
  if (fields.addresses) ctx.addIssue({ code: 'custom', message: fields.addresses });
});

const companyFields = {
  cvr: cvrInput,
  name: requiredText(200),
  industryCode: industryCodeInput,
  sizeBand: z.enum(sizeBands, { error: `Størrelsen er en af ${sizeBands.join(', ')}.` }).nullable().optional(),
  sector: z.enum(sectors, { error: 'Sektoren er privat (private) eller offentlig (public).' }).optional(),
  phone: phoneInput,
  email: emailInput,
  website: websiteInput,
  note: optionalText(4000),
  ownerStaffId: uuid.nullable().optional().describe('The staff member who owns the relationship; default: the caller. Owner unit = the owner’s unit'),
  addresses: addressesInput,
};

const filterQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Words of the name, or the first digits of the CVR number'),
  industry10: industry10Filter.optional(),
  postcode: postcodeFilter.optional().describe('A postcode or its first digits; any address of the company'),
  ownerId: uuid.optional(),
  sector: z.enum(sectors).optional(),
  agreement: z.enum(['any', 'ordinary_hours']).optional().describe('Only companies with an agreement in force (with readiness for ordinary hours)'),
  notContactedDays: z.coerce.number().int().min(0).max(3650).optional().describe('Only companies not contacted in the last N days (or never)'),
  sort: z.enum(['name', 'lastInteraction']).default('name').describe('lastInteraction: never and longest-ago contacted first'),
});

const detailSchema = companySchema.extend({
  contactPersons: z.array(contactPersonSchema),
  agreements: z.array(agreementSchema),
  openings: z.array(openingSchema),
  stats: statsSchema,
});

const toAddressColumns = (addresses: z.output<typeof addressesInput>): AddressColumns[] =>
  addresses.map((a) => ({
    kind: a.kind,
    addressLine: a.addressLine ?? null,
    postcode: a.postcode,
    // A blank town is PostNord's name for the postcode.
    city: a.city ?? postcodeName(a.postcode) ?? null,
  }));

export function companyRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  async function filterOf(request: FastifyRequest, query: z.output<typeof filterQuery>): Promise<CompanyFilter> {
    return {
      municipalityId: await callerMunicipality(request),
      today: today(),
      q: query.q || undefined,
      industry10: query.industry10,
      postcode: query.postcode,
      ownerId: query.ownerId,
      sector: query.sector,
      agreement: query.agreement,
      notContactedDays: query.notContactedDays,
      sort: query.sort,
    };
  }

  async function readCompany(request: FastifyRequest, id: string) {
    const company = await getCompany(db, await callerMunicipality(request), id, today());
    if (!company) throw notFound('Virksomheden');
    return company;
  }

  /** 409 naming the company that already has the CVR number (`existing`, when it could be read). */
  function duplicateCvr(cvr: string, existing: { name: string } | undefined): ApiError {
    return conflict('Virksomheden er allerede registreret.', {
      cvr: existing ? `CVR-nummeret ${cvr} er allerede registreret på ${existing.name}.` : `CVR-nummeret ${cvr} er allerede registreret.`,
    });
  }

  /** The municipality's companies: searched, filtered, sorted and paged. */
  r.get(
    '/api/companies',
    {
      schema: {
        tags: ['companies'],
        summary: 'List the municipality’s companies',
        querystring: filterQuery.extend(paging),
        response: { 200: z.object({ companies: z.array(companySummarySchema), total: z.number().int() }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'company.read');
      const filter = await filterOf(request, request.query);
      return listCompanies(db, { ...filter, limit: request.query.limit, offset: request.query.offset });
    },
  );

  /** The same search as a CSV file for Excel (all matching companies, no paging). */
  r.get(
    '/api/companies.csv',
    {
      schema: {
        tags: ['companies'],
        summary: 'Export companies as CSV (text/csv; Danish Excel)',
        querystring: filterQuery,
        response: { 200: z.string().describe('text/csv; charset=utf-8, BOM, ;-separated'), ...errorResponses },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'company.read');
      const { companies } = await listCompanies(db, await filterOf(request, request.query));
      const headers = [
        'CVR',
        'Navn',
        'Branchekode',
        'Branche',
        'Størrelse',
        'Sektor',
        'Adresse',
        'Postnr',
        'By',
        'Telefon',
        'E-mail',
        'Hjemmeside',
        'Ejer',
        'Ejers enhed',
        'Seneste kontakt',
        'Åbne opslag',
        'Igangværende forløb',
        'Samarbejdsaftale',
        'Parat til ordinære timer',
      ];
      const rows = companies.map((c) => [
        c.cvr,
        c.name,
        c.industry.code,
        c.industry.label,
        // "1-9" alone would be read as a date by Excel; the import reads "1-9 ansatte" back.
        c.sizeBand ? `${c.sizeBand} ansatte` : null,
        sectorLabels[c.sector].da,
        c.addressLine,
        c.postcode,
        c.city,
        c.phone,
        c.email,
        c.website,
        c.owner?.name,
        c.ownerUnit?.name,
        csvDate(c.lastInteractionOn),
        c.openOpenings,
        c.runningPlacements,
        c.hasCooperationAgreement,
        c.ordinaryHoursReady,
      ]);
      return sendCsv(reply, `virksomheder-${today()}.csv`, toCsv(headers, rows));
    },
  );

  /** Registers a company; the caller owns the relationship unless another owner is named. */
  r.post(
    '/api/companies',
    {
      schema: {
        tags: ['companies'],
        summary: 'Register a company',
        body: z.object(companyFields),
        response: { 201: companySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'company.write');
      const body = request.body;
      const municipalityId = await callerMunicipality(request);
      const owner =
        body.ownerStaffId === undefined
          ? { staffId: user.id, unitId: user.unitId }
          : body.ownerStaffId === null
            ? null
            : await checkOwner(request, db, body.ownerStaffId);
      const existing = await companyByCvr(db, municipalityId, body.cvr);
      if (existing) throw duplicateCvr(body.cvr, existing);
      const id = await db
        .transaction()
        .execute((trx) =>
          insertCompany(
            trx,
            municipalityId,
            {
              cvr: body.cvr,
              name: body.name,
              industryCode: body.industryCode ?? null,
              sizeBand: body.sizeBand ?? null,
              sector: body.sector ?? 'private',
              phone: body.phone ?? null,
              email: body.email ?? null,
              website: body.website ?? null,
              note: body.note ?? null,
              ownerStaffId: owner?.staffId ?? null,
              ownerUnitId: owner?.unitId ?? null,
            },
            toAddressColumns(body.addresses),
            user.id,
          ),
        )
        .catch(async (error: unknown) => {
          // Two registrations of the same CVR number at once: the unique index decides.
          if (isUniqueViolation(error)) throw duplicateCvr(body.cvr, await companyByCvr(db, municipalityId, body.cvr));
          throw error;
        });
      return reply.status(201).send(await readCompany(request, id));
    },
  );

  /** One company with its contact persons, cooperation agreements, openings and placement figures. */
  r.get(
    '/api/companies/:id',
    {
      schema: {
        tags: ['companies'],
        summary: 'Read a company',
        params: idParams,
        response: { 200: detailSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'company.read');
      const company = await readCompany(request, request.params.id);
      const day = today();
      const municipalityId = await callerMunicipality(request);
      const [contactPersons, agreements, { openings }, stats] = await Promise.all([
        listContactPersons(db, company.id),
        listAgreements(db, company.id, day),
        listOpenings(db, { municipalityId, today: day, companyId: company.id }),
        companyStats(db, company.id, day),
      ]);
      return { ...company, contactPersons, agreements, openings, stats };
    },
  );

  /** Updates a company; `version` must be the stored one. Addresses, when given, replace all. */
  r.patch(
    '/api/companies/:id',
    {
      schema: {
        tags: ['companies'],
        summary: 'Update a company',
        params: idParams,
        body: z.object({
          version: versionNumber,
          cvr: cvrInput.optional(),
          name: requiredText(200).optional(),
          industryCode: companyFields.industryCode,
          sizeBand: companyFields.sizeBand,
          sector: companyFields.sector,
          phone: companyFields.phone,
          email: companyFields.email,
          website: companyFields.website,
          note: companyFields.note,
          ownerStaffId: companyFields.ownerStaffId,
          addresses: addressesInput.optional(),
        }),
        response: { 200: companySchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'company.write');
      const company = await accessibleCompany(request, db, request.params.id);
      const body = request.body;
      if (body.cvr !== undefined && body.cvr !== company.cvr) {
        const other = await companyByCvr(db, company.municipalityId, body.cvr);
        if (other) throw duplicateCvr(body.cvr, other);
      }
      const owner =
        body.ownerStaffId === undefined ? undefined : body.ownerStaffId === null ? null : await checkOwner(request, db, body.ownerStaffId);
      await db
        .transaction()
        .execute(async (trx) => {
          const saved = await updateCompany(
            trx,
            company.id,
            body.version,
            {
              cvr: body.cvr,
              name: body.name,
              industryCode: body.industryCode,
              sizeBand: body.sizeBand,
              sector: body.sector,
              phone: body.phone,
              email: body.email,
              website: body.website,
              note: body.note,
              ownerStaffId: owner === undefined ? undefined : (owner?.staffId ?? null),
              ownerUnitId: owner === undefined ? undefined : (owner?.unitId ?? null),
            },
            body.addresses ? toAddressColumns(body.addresses) : undefined,
          );
          if (!saved) throw stale();
        })
        .catch(async (error: unknown) => {
          if (isUniqueViolation(error) && body.cvr) throw duplicateCvr(body.cvr, await companyByCvr(db, company.municipalityId, body.cvr));
          throw error;
        });
      return readCompany(request, company.id);
    },
  );
}

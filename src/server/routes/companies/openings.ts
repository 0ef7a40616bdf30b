/**
 * Openings: tasks a citizen can do at a company for a few hours a week, with
 * industry, place, hours range and whether paid hours are possible from the
 * start. Listed across the municipality's network (with a CSV export) and on
 * the company page.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkOpening, formatHours, openingStatusLabels, openingStatuses, roundHours } from '../../../domain/companies/company.ts';
import { getContactPerson } from '../../../store/companies/contacts.ts';
import { getOpening, insertOpening, listOpenings, openingKey, updateOpening, type OpeningFilter } from '../../../store/companies/openings.ts';
import { callerMunicipality, requirePermission } from '../../access.ts';
import { badRequest, notFound, stale } from '../../errors.ts';
import { errorResponses, idParams, isoDate, paging, requiredText, uuid, versionNumber } from '../../schemas.ts';
import { written } from '../case-records/shared.ts';
import { csvDate, sendCsv, toCsv } from './csv.ts';
import {
  accessibleCompany,
  industry10Filter,
  industryCodeInput,
  occupationCodeInput,
  openingSchema,
  postcodeFilter,
  postcodeInput,
  today,
} from './shared.ts';

const hours = z
  .number({ error: 'Timer om ugen skal være et tal.' })
  .min(0, { error: 'Timer om ugen kan ikke være negative.' })
  .max(80, { error: 'Højst 80 timer om ugen.' });

const openingFields = {
  title: requiredText(200),
  tasks: requiredText(4000).describe('What the citizen would do'),
  occupationCode: occupationCodeInput,
  industryCode: industryCodeInput.describe('DB07 code; default: the company’s'),
  postcode: postcodeInput.describe('Where the work is done'),
  hoursMin: hours.describe('Hours a week, lowest'),
  hoursMax: hours.describe('Hours a week, highest (not below hoursMin)'),
  paidFromStart: z.boolean({ error: 'Angiv om der kan være betalte timer fra start (sand/falsk).' }).default(false),
  places: z.number({ error: 'Antallet af pladser skal være et tal.' }).int({ error: 'Skal være et helt tal.' }).min(1, { error: 'Mindst 1 plads.' }).max(100, { error: 'Højst 100 pladser.' }).default(1),
  openFrom: isoDate,
  openTo: isoDate.nullable().optional(),
  contactPersonId: uuid.nullable().optional(),
};

const filterQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Words matched against title, tasks and company name'),
  industry10: industry10Filter.optional(),
  postcode: postcodeFilter.optional(),
  status: z.enum(openingStatuses).optional(),
  paidFromStart: z.enum(['true', 'false']).optional(),
});

export function openingRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  async function filterOf(request: FastifyRequest, query: z.output<typeof filterQuery>): Promise<OpeningFilter> {
    return {
      municipalityId: await callerMunicipality(request),
      today: today(),
      q: query.q || undefined,
      industry10: query.industry10,
      postcode: query.postcode,
      status: query.status,
      paidFromStart: query.paidFromStart === undefined ? undefined : query.paidFromStart === 'true',
    };
  }

  /** A contact person named on an opening must work at the opening's company. */
  async function checkContactPerson(companyId: string, contactPersonId: string | null | undefined, fields: Record<string, string>) {
    if (!contactPersonId) return;
    const person = await getContactPerson(db, contactPersonId);
    if (!person || person.companyId !== companyId) fields.contactPersonId = 'Kontaktpersonen hører ikke til denne virksomhed.';
  }

  const readOpening = async (request: FastifyRequest, id: string) =>
    written(await getOpening(db, await callerMunicipality(request), id, today()), 'opening');

  /** Openings across the municipality's network: open ones first, newest first. */
  r.get(
    '/api/openings',
    {
      schema: {
        tags: ['companies'],
        summary: 'List openings in the municipality’s company network',
        querystring: filterQuery.extend(paging),
        response: { 200: z.object({ openings: z.array(openingSchema), total: z.number().int() }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'company.read');
      return listOpenings(db, { ...(await filterOf(request, request.query)), limit: request.query.limit, offset: request.query.offset });
    },
  );

  /** The same search as a CSV file for Excel (no paging). */
  r.get(
    '/api/openings.csv',
    {
      schema: {
        tags: ['companies'],
        summary: 'Export openings as CSV (text/csv; Danish Excel)',
        querystring: filterQuery,
        response: { 200: z.string().describe('text/csv; charset=utf-8, BOM, ;-separated'), ...errorResponses },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'company.read');
      const { openings } = await listOpenings(db, await filterOf(request, request.query));
      const headers = [
        'Virksomhed',
        'Titel',
        'Opgaver',
        'Stillingskode (DISCO-08)',
        'Branchekode',
        'Branche',
        'Postnr',
        'By',
        'Timer pr. uge fra',
        'Timer pr. uge til',
        'Betalte timer fra start',
        'Pladser',
        'Besatte pladser',
        'Status',
        'Åben fra',
        'Åben til',
        'Kontaktperson',
      ];
      const rows = openings.map((o) => [
        o.companyName,
        o.title,
        o.tasks,
        o.occupationCode,
        o.industry.code,
        o.industry.label,
        o.postcode,
        o.city,
        o.hoursMin,
        o.hoursMax,
        o.paidFromStart,
        o.places,
        o.placesTaken,
        openingStatusLabels[o.status].da,
        csvDate(o.openFrom),
        csvDate(o.openTo),
        o.contactPerson?.name,
      ]);
      return sendCsv(reply, `opslag-${today()}.csv`, toCsv(headers, rows));
    },
  );

  /** Adds an opening at a company; the industry defaults to the company's. */
  r.post(
    '/api/companies/:id/openings',
    {
      schema: {
        tags: ['companies'],
        summary: 'Add an opening at a company',
        params: idParams,
        body: z.object(openingFields),
        response: { 201: openingSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'company.write');
      const company = await accessibleCompany(request, db, request.params.id);
      const body = request.body;
      const input = {
        title: body.title,
        tasks: body.tasks,
        occupationCode: body.occupationCode ?? null,
        industryCode: body.industryCode === undefined ? company.industryCode : body.industryCode,
        postcode: body.postcode,
        hoursMin: roundHours(body.hoursMin),
        hoursMax: roundHours(body.hoursMax),
        paidFromStart: body.paidFromStart,
        places: body.places,
        status: 'open' as const,
        openFrom: body.openFrom,
        openTo: body.openTo ?? null,
        contactPersonId: body.contactPersonId ?? null,
      };
      const fields = checkOpening(input);
      await checkContactPerson(company.id, input.contactPersonId, fields);
      if (Object.keys(fields).length) throw badRequest('Opslaget kan ikke gemmes.', fields);
      const id = await db.transaction().execute((trx) => insertOpening(trx, company.id, input, user.id));
      return reply.status(201).send(await readOpening(request, id));
    },
  );

  /** Updates an opening (including its status: open, filled, closed); `version` must be the stored one. */
  r.patch(
    '/api/openings/:id',
    {
      schema: {
        tags: ['companies'],
        summary: 'Update an opening',
        params: idParams,
        body: z.object({
          version: versionNumber,
          title: openingFields.title.optional(),
          tasks: openingFields.tasks.optional(),
          occupationCode: openingFields.occupationCode,
          industryCode: openingFields.industryCode,
          postcode: openingFields.postcode.optional(),
          hoursMin: hours.optional(),
          hoursMax: hours.optional(),
          paidFromStart: z.boolean().optional(),
          places: z.number().int().min(1, { error: 'Mindst 1 plads.' }).max(100, { error: 'Højst 100 pladser.' }).optional(),
          status: z.enum(openingStatuses, { error: 'Status er open, filled eller closed.' }).optional(),
          openFrom: isoDate.optional(),
          openTo: openingFields.openTo,
          contactPersonId: openingFields.contactPersonId,
        }),
        response: { 200: openingSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'company.write');
      const key = await openingKey(db, request.params.id);
      if (!key || key.municipalityId !== (await callerMunicipality(request))) throw notFound('Opslaget');
      const { version, ...body } = request.body;
      const changes = {
        ...body,
        hoursMin: body.hoursMin === undefined ? undefined : roundHours(body.hoursMin),
        hoursMax: body.hoursMax === undefined ? undefined : roundHours(body.hoursMax),
      };
      // The checks apply to the opening as it will be, stored values filling what is not sent.
      const fields = checkOpening({
        hoursMin: changes.hoursMin ?? Number(key.hours_min),
        hoursMax: changes.hoursMax ?? Number(key.hours_max),
        openFrom: changes.openFrom ?? key.open_from,
        openTo: changes.openTo === undefined ? key.open_to : changes.openTo,
      });
      if (fields.hoursMax && changes.hoursMin !== undefined && changes.hoursMax === undefined) {
        // Only the minimum was sent: the minimum is what is wrong.
        fields.hoursMin = `Laveste antal timer kan ikke være højere end højeste (${formatHours(Number(key.hours_max))}).`;
        delete fields.hoursMax;
      }
      await checkContactPerson(key.companyId, changes.contactPersonId, fields);
      if (Object.keys(fields).length) throw badRequest('Opslaget kan ikke gemmes.', fields);
      await db.transaction().execute(async (trx) => {
        if (!(await updateOpening(trx, key.id, version, changes))) throw stale();
      });
      return readOpening(request, key.id);
    },
  );
}

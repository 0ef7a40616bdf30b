/**
 * Contact persons at a company and the contact log (visits, calls, e-mails,
 * job orders, call days, meetings) by staff member. A contact person who
 * leaves is made inactive rather than deleted, so the log keeps its names.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { interactionKinds } from '../../../domain/companies/company.ts';
import {
  getContactPerson,
  getInteraction,
  insertContactPerson,
  insertInteraction,
  listInteractions,
  updateContactPerson,
} from '../../../store/companies/contacts.ts';
import { requirePermission } from '../../access.ts';
import { badRequest, notFound } from '../../errors.ts';
import { errorResponses, idParams, isoDate, optionalText, requiredText, uuid } from '../../schemas.ts';
import { written } from '../case-records/shared.ts';
import { accessibleCompany, contactPersonSchema, emailInput, interactionSchema, phoneInput, today } from './shared.ts';

const contactPersonFields = {
  name: requiredText(120),
  title: optionalText(120),
  phone: phoneInput,
  email: emailInput,
  note: optionalText(2000),
};

export function contactRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** Adds a contact person at a company. */
  r.post(
    '/api/companies/:id/contact-persons',
    {
      schema: {
        tags: ['companies'],
        summary: 'Add a contact person at a company',
        params: idParams,
        body: z.object(contactPersonFields),
        response: { 201: contactPersonSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'company.write');
      const company = await accessibleCompany(request, db, request.params.id);
      const body = request.body;
      const id = await db
        .transaction()
        .execute((trx) =>
          insertContactPerson(trx, company.id, { name: body.name, title: body.title ?? null, phone: body.phone ?? null, email: body.email ?? null, note: body.note ?? null }),
        );
      return reply.status(201).send(written(await getContactPerson(db, id), 'contact person'));
    },
  );

  /** Updates a contact person; `active: false` when they leave the company. */
  r.patch(
    '/api/contact-persons/:id',
    {
      schema: {
        tags: ['companies'],
        summary: 'Update a contact person',
        params: idParams,
        body: z.object({
          name: contactPersonFields.name.optional(),
          title: contactPersonFields.title,
          phone: contactPersonFields.phone,
          email: contactPersonFields.email,
          note: contactPersonFields.note,
          active: z.boolean({ error: 'Angiv om kontaktpersonen er aktiv (sand/falsk).' }).optional(),
        }),
        response: { 200: contactPersonSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'company.write');
      const person = await getContactPerson(db, request.params.id);
      if (!person) throw notFound('Kontaktpersonen');
      await accessibleCompany(request, db, person.companyId, 'Kontaktpersonen');
      await db.transaction().execute((trx) => updateContactPerson(trx, person.id, request.body));
      return written(await getContactPerson(db, person.id), 'contact person');
    },
  );

  /** The company's contact log, newest first. */
  r.get(
    '/api/companies/:id/interactions',
    {
      schema: {
        tags: ['companies'],
        summary: 'List the contacts with a company',
        params: idParams,
        response: { 200: z.object({ interactions: z.array(interactionSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'company.read');
      const company = await accessibleCompany(request, db, request.params.id);
      return { interactions: await listInteractions(db, company.id) };
    },
  );

  /** Logs a contact with the company by the caller; the date cannot be in the future. */
  r.post(
    '/api/companies/:id/interactions',
    {
      schema: {
        tags: ['companies'],
        summary: 'Log a contact with a company',
        params: idParams,
        body: z.object({
          kind: z.enum(interactionKinds, { error: `Kontaktformen er en af ${interactionKinds.join(', ')}.` }),
          date: isoDate,
          contactPersonId: uuid.nullable().optional(),
          note: optionalText(4000),
        }),
        response: { 201: interactionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'company.write');
      const company = await accessibleCompany(request, db, request.params.id);
      const body = request.body;
      const fields: Record<string, string> = {};
      if (body.date > today()) fields.date = 'Datoen ligger i fremtiden; log kontakten når den har fundet sted.';
      if (body.contactPersonId) {
        const person = await getContactPerson(db, body.contactPersonId);
        if (!person || person.companyId !== company.id) fields.contactPersonId = 'Kontaktpersonen hører ikke til denne virksomhed.';
      }
      if (Object.keys(fields).length) throw badRequest('Kontakten kan ikke gemmes.', fields);
      const id = await db
        .transaction()
        .execute((trx) =>
          insertInteraction(trx, company.id, { kind: body.kind, date: body.date, contactPersonId: body.contactPersonId ?? null, note: body.note ?? null }, user.id),
        );
      return reply.status(201).send(written(await getInteraction(db, id), 'interaction'));
    },
  );
}

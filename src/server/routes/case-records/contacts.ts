/**
 * Contacts with the citizen. Everyone who works with the citizen records
 * them (permission case.record: job brokers, company consultants, mentors,
 * managers); the staff member is the logged-in user.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attendeeRoles, checkContact, ContactInputSchema, contactKinds, contentCategories, durationBands } from '../../../domain/cases/contact.ts';
import { getContact, insertContact, listContacts } from '../../../store/cases/contacts.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest } from '../../errors.ts';
import { errorResponses, idParams, staffRef, uuid } from '../../schemas.ts';
import { accessibleCitizen, checkCourseOfCitizen, today, written } from './shared.ts';

const contactSchema = z.object({
  id: z.string(),
  citizenId: z.string(),
  courseId: z.string().nullable(),
  kind: z.enum(contactKinds),
  date: z.string(),
  durationBand: z.enum(durationBands).nullable(),
  place: z.string().nullable(),
  contentCategories: z.array(z.string()).describe(`Of: ${contentCategories.join(', ')}`),
  attendeeRoles: z.array(z.string()).describe(`Of: ${attendeeRoles.join(', ')}`),
  note: z.string().nullable(),
  staff: staffRef.describe('Who recorded the contact'),
  createdAt: z.string(),
});

export function contactRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** A citizen's contacts, newest first; `courseId` limits them to one course. */
  r.get(
    '/api/citizens/:id/contacts',
    {
      schema: {
        tags: ['records'],
        summary: 'List contacts with a citizen',
        params: idParams,
        querystring: z.object({ courseId: uuid.optional() }),
        response: { 200: z.object({ contacts: z.array(contactSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const citizen = await accessibleCitizen(request, db, request.params.id);
      await checkCourseOfCitizen(db, request.query.courseId, citizen.id);
      const contacts = await listContacts(db, citizen.id, request.query.courseId);
      await recordAudit(db, request, { action: 'contact.list', citizenPseudonyms: [citizen.pseudonym] });
      return { contacts };
    },
  );

  /** Records a contact. The date may not be in the future; a start meeting must list who attended. */
  r.post(
    '/api/citizens/:id/contacts',
    {
      schema: {
        tags: ['records'],
        summary: 'Record a contact with a citizen',
        params: idParams,
        body: ContactInputSchema.extend({ courseId: uuid.nullable().optional() }),
        response: { 201: contactSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'case.record');
      const citizen = await accessibleCitizen(request, db, request.params.id);
      const body = request.body;
      const errors = checkContact(body, today());
      if (Object.keys(errors).length) throw badRequest('Kontakten kan ikke gemmes.', errors);
      await checkCourseOfCitizen(db, body.courseId, citizen.id, 'courseId', { field: 'date', value: body.date });
      const id = await db.transaction().execute(async (trx) => {
        const contactId = await insertContact(
          trx,
          citizen.id,
          {
            courseId: body.courseId ?? null,
            kind: body.kind,
            date: body.date,
            durationBand: body.durationBand ?? null,
            place: body.place || null,
            contentCategories: body.contentCategories ?? [],
            attendeeRoles: body.attendeeRoles ?? [],
            note: body.note || null,
          },
          user.id,
        );
        await recordAudit(trx, request, { action: 'contact.create', citizenPseudonyms: [citizen.pseudonym], detail: { contactId, courseId: body.courseId ?? null } });
        return contactId;
      });
      return reply.status(201).send(written(await getContact(db, id), 'contact'));
    },
  );
}

/**
 * Group activities (gruppeforløb) run by a team or an outreach office, and
 * the courses taking part. Activities are listed for the caller's units;
 * participants only for citizens the caller may see.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../../db/errors.ts';
import { toDay } from '../../../domain/rules/days.ts';
import { danishDate } from '../../../domain/rules/explain.ts';
import { courseKey } from '../../../store/cases/keys.ts';
import {
  activityKey,
  insertActivity,
  insertParticipant,
  listActivities,
  participation,
  setParticipantLeft,
  type ActivityRow,
} from '../../../store/cases/group-activities.ts';
import { canSeeCitizen, isInScope, requirePermission, scopeUnitIds, visibleCitizens } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { today } from '../../../store/facts.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { errorResponses, idParams, uuid } from '../../schemas.ts';
import { accessibleCourse } from './access.ts';
import { activityBody, activitySchema, participantBody, participantEndBody, participantParams } from './schemas.ts';

const date = (iso: string) => danishDate(toDay(iso));

/** The activity without participants the caller may not see (need to know: visibleCitizens). */
async function visible(request: FastifyRequest, activity: ActivityRow) {
  const seen = await visibleCitizens(request, activity.participants.map((p) => p.citizenId));
  const participants = activity.participants.filter((p) => seen.has(p.citizenId));
  return {
    response: {
      ...activity,
      participants: participants.map((p) => ({ courseId: p.courseId, citizenId: p.citizenId, citizenName: p.citizenName, joinedOn: p.joinedOn, leftOn: p.leftOn })),
    },
    pseudonyms: participants.map((p) => p.pseudonym),
  };
}

export async function groupActivityRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  async function accessibleActivity(request: FastifyRequest, id: string) {
    const key = await activityKey(db, id);
    if (!key || !(await isInScope(request, key.unit_id))) throw notFound('Gruppeforløbet');
    return key;
  }

  /** The activity as returned after a change; every participant shown is a read of their data. */
  async function read(request: FastifyRequest, id: string) {
    const [activity] = await listActivities(db, { unitIds: await scopeUnitIds(request), activityId: id });
    if (!activity) throw notFound('Gruppeforløbet');
    const shown = await visible(request, activity);
    if (shown.pseudonyms.length) await recordAudit(db, request, { action: 'group_activity.read', citizenPseudonyms: shown.pseudonyms });
    return shown.response;
  }

  /** Group activities in the caller's units (or one of them), newest first, with participants. */
  r.get(
    '/api/group-activities',
    {
      schema: {
        tags: ['courses'],
        summary: 'List group activities',
        querystring: z.object({ unitId: uuid.optional() }),
        response: { 200: z.object({ activities: z.array(activitySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const scope = await scopeUnitIds(request);
      const { unitId } = request.query;
      if (unitId && !scope.includes(unitId)) throw notFound('Enheden');
      const activities = await Promise.all((await listActivities(db, { unitIds: unitId ? [unitId] : scope })).map((a) => visible(request, a)));
      await recordAudit(db, request, { action: 'group_activity.list', citizenPseudonyms: [...new Set(activities.flatMap((a) => a.pseudonyms))] });
      return { activities: activities.map((a) => a.response) };
    },
  );

  /** Creates a group activity in one of the caller's units. */
  r.post(
    '/api/group-activities',
    {
      schema: {
        tags: ['courses'],
        summary: 'Create a group activity',
        body: activityBody,
        response: { 201: activitySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'citizen.write');
      const body = request.body;
      const unit = await db.selectFrom('unit').select(['id', 'kind']).where('id', '=', body.unitId).executeTakeFirst();
      if (!unit || !(await isInScope(request, body.unitId))) {
        throw badRequest('Ukendt enhed.', { unitId: 'Enheden findes ikke, eller du har ikke adgang til den.' });
      }
      if (unit.kind === 'municipality') {
        throw badRequest('Vælg en enhed under kommunen.', { unitId: 'Et gruppeforløb hører til et jobcenter, et team eller et udkørende kontor.' });
      }
      if (body.endDate && body.endDate < body.startDate) {
        throw badRequest('Ugyldig periode.', { endDate: `Slutdatoen kan ikke ligge før startdatoen (${date(body.startDate)}).` });
      }
      const id = await db.transaction().execute(async (trx) => {
        const activityId = await insertActivity(trx, {
          unitId: body.unitId,
          name: body.name,
          description: body.description ?? null,
          startDate: body.startDate,
          endDate: body.endDate ?? null,
          createdBy: user.id,
        });
        await recordAudit(trx, request, { action: 'group_activity.create', detail: { activityId, unitId: body.unitId } });
        return activityId;
      });
      return reply.status(201).send(await read(request, id));
    },
  );

  /** Adds a course to the activity from `joinedOn` (within the activity's and the course's dates). */
  r.post(
    '/api/group-activities/:id/participants',
    {
      schema: {
        tags: ['courses'],
        summary: 'Add a participant to a group activity',
        params: idParams,
        body: participantBody,
        response: { 200: activitySchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.write');
      const activity = await accessibleActivity(request, request.params.id);
      const body = request.body;
      const course = await courseKey(db, body.courseId);
      if (!course || !(await canSeeCitizen(request, course.citizenId))) {
        throw badRequest('Ukendt forløb.', { courseId: 'Forløbet findes ikke, eller du har ikke adgang til det.' });
      }
      const fields: Record<string, string> = {};
      if (body.joinedOn < activity.start_date) fields.joinedOn = `Gruppeforløbet starter først ${date(activity.start_date)}.`;
      else if (activity.end_date && body.joinedOn > activity.end_date) fields.joinedOn = `Gruppeforløbet sluttede ${date(activity.end_date)}.`;
      else if (body.joinedOn < course.enrolmentDate) fields.joinedOn = `Borgerens forløb starter først ${date(course.enrolmentDate)}.`;
      else if (course.endDate && body.joinedOn > course.endDate) fields.joinedOn = `Borgerens forløb sluttede ${date(course.endDate)}.`;
      if (Object.keys(fields).length > 0) throw badRequest('Borgeren kan ikke deltage fra den dato.', fields);
      const duplicate = () => conflict('Borgeren deltager allerede i gruppeforløbet.', { courseId: 'Forløbet er allerede tilmeldt.' });
      await db
        .transaction()
        .execute(async (trx) => {
          if (await participation(trx, activity.id, course.courseId)) throw duplicate();
          await insertParticipant(trx, activity.id, course.courseId, body.joinedOn);
          await recordAudit(trx, request, {
            action: 'group_activity.participant.add',
            citizenPseudonyms: [course.pseudonym],
            detail: { activityId: activity.id, courseId: course.courseId },
          });
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw duplicate();
          throw error;
        });
      return read(request, activity.id);
    },
  );

  /** Records the day a participant left the activity (null: back in it). */
  r.patch(
    '/api/group-activities/:id/participants/:courseId',
    {
      schema: {
        tags: ['courses'],
        summary: 'Record that a participant left a group activity',
        params: participantParams,
        body: participantEndBody,
        response: { 200: activitySchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.write');
      const activity = await accessibleActivity(request, request.params.id);
      const course = await accessibleCourse(request, db, request.params.courseId);
      const { leftOn } = request.body;
      await db.transaction().execute(async (trx) => {
        const current = await participation(trx, activity.id, course.courseId);
        if (!current) throw notFound('Deltagelsen');
        if (leftOn !== null && leftOn > today()) {
          throw badRequest('Ugyldig dato.', { leftOn: 'Datoen for udmeldelse kan ikke ligge i fremtiden.' });
        }
        if (leftOn !== null && leftOn < current.joined_on) {
          throw badRequest('Ugyldig dato.', { leftOn: `Borgeren kom med i gruppeforløbet ${date(current.joined_on)}; datoen kan ikke ligge før.` });
        }
        await setParticipantLeft(trx, activity.id, course.courseId, leftOn);
        await recordAudit(trx, request, {
          action: 'group_activity.participant.leave',
          citizenPseudonyms: [course.pseudonym],
          detail: { activityId: activity.id, courseId: course.courseId, leftOn },
        });
      });
      return read(request, activity.id);
    },
  );
}

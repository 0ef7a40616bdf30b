/**
 * Matches: recorded when citizen, company and consultant agree on a company
 * (and possibly an opening) for a course. The server scores the match at that
 * moment and keeps the score with it, as an explanation of what the system
 * showed, not a control. A match is withdrawn, never deleted.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkCourseDay } from '../../../domain/cases/course-day.ts';
import { defaultMatchParams, scoreMatch } from '../../../domain/companies/matching.ts';
import type { Role } from '../../../domain/organisation/roles.ts';
import type { CourseKey } from '../../../store/cases/keys.ts';
import { openingKey } from '../../../store/companies/openings.ts';
import { today as todayIso } from '../../../store/facts.ts';
import {
  getMatch,
  insertMatch,
  listMatches,
  loadCourseProfile,
  loadNetwork,
  withdrawMatch,
  type Match,
} from '../../../store/matching.ts';
import { postcodeDirectory } from '../../../store/postcodes.ts';
import { callerMunicipality, requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { errorResponses, idParams, isoDate, requiredText, uuid } from '../../schemas.ts';
import { written } from '../case-records/shared.ts';
import { accessibleCourse, candidateCourse, checkMunicipalityStaff } from '../courses/access.ts';
import { matchSchema } from './schemas.ts';

/** Staff roles that broker matches with companies. */
const consultantRoles: readonly Role[] = ['virksomhedskonsulent', 'jobformidler'];

const statusLabel = { filled: 'besat', closed: 'lukket' } as const;

export function matchRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The consultant's roles must broker matches; the reason names who is missing the role. */
  const brokers = (isCaller: boolean) => (roles: readonly string[]) =>
    roles.some((role) => (consultantRoles as readonly string[]).includes(role))
      ? null
      : isCaller
        ? 'Du er hverken virksomhedskonsulent eller jobformidler; vælg den konsulent, der har lavet matchet.'
        : 'Konsulenten skal have rollen virksomhedskonsulent eller jobformidler.';

  /** A match's course, when the caller may see it; 404 otherwise. */
  async function accessibleMatch(request: FastifyRequest, id: string): Promise<{ match: Match; course: CourseKey }> {
    const match = await getMatch(db, id);
    if (!match) throw notFound('Matchet');
    return { match, course: await accessibleCourse(request, db, match.courseId, 'Matchet') };
  }

  /** A course's matches, newest first, agreed and withdrawn. Audited. */
  r.get(
    '/api/courses/:id/matches',
    {
      schema: {
        tags: ['matching'],
        summary: 'List a course’s matches with companies',
        params: idParams,
        response: { 200: z.object({ matches: z.array(matchSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const course = await accessibleCourse(request, db, request.params.id);
      const matches = await listMatches(db, course.courseId);
      await recordAudit(db, request, { action: 'match.list', citizenPseudonyms: [course.pseudonym], detail: { courseId: course.courseId } });
      return { matches };
    },
  );

  /**
   * Records a match. The company must be in the caller's municipality, an
   * opening must be the company's and open, the consultant (default: the
   * caller) active staff in the municipality who brokers (virksomhedskonsulent
   * or jobformidler), the date not in the future nor before enrolment. The
   * score is recomputed now and stored with the match.
   */
  r.post(
    '/api/courses/:id/matches',
    {
      schema: {
        tags: ['matching'],
        summary: 'Record a match between a course and a company or opening (score stored)',
        params: idParams,
        body: z.object({
          companyId: uuid,
          openingId: uuid.nullable().optional(),
          consultantId: uuid.optional().describe('Default: the caller'),
          matchedOn: isoDate,
          rationale: requiredText(2000).describe('Why this match: the citizen’s, the company’s and the consultant’s reasons'),
        }),
        response: { 201: matchSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'placement.write');
      // A company consultant may match a candidate from their units' pool (and then sees the citizen through the match).
      const course = (await candidateCourse(request, db, request.params.id)).key;
      const body = request.body;
      const today = todayIso();
      const municipalityId = await callerMunicipality(request);
      const fields: Record<string, string> = {};

      const [company] = await loadNetwork(db, municipalityId, today, { companyId: body.companyId, ...(body.openingId ? { openingId: body.openingId } : {}) });
      if (!company) fields.companyId = 'Virksomheden findes ikke i kommunens virksomhedsnetværk.';
      const opening = body.openingId ? company?.openings[0] : undefined;
      if (body.openingId && company && !opening) {
        fields.openingId = (await openingKey(db, body.openingId)) ? 'Opslaget hører ikke til den valgte virksomhed.' : 'Opslaget findes ikke.';
      } else if (opening && opening.status !== 'open') {
        fields.openingId = `Opslaget er ${statusLabel[opening.status]}; et match kan kun laves på et åbent opslag.`;
      } else if (opening?.openTo && opening.openTo < today) {
        // Open means status open and not past its last day (docs/matching.md), as the suggestions have it.
        fields.openingId = `Opslaget lukkede ${opening.openTo}; et match kan kun laves på et åbent opslag.`;
      }

      const consultantId = body.consultantId ?? user.id;
      const consultant = await checkMunicipalityStaff(request, db, consultantId, 'consultantId', brokers(!body.consultantId));
      Object.assign(fields, consultant.fields);

      const dayProblem = checkCourseDay(body.matchedOn, course, today, {
        beforeEnrolment: (enrolmentDate) => `Matchet kan ikke ligge før forløbets start (${enrolmentDate}).`,
        afterEnd: (endDate) => `Forløbet sluttede ${endDate}; matchet skal ligge inden.`,
      });
      if (dayProblem) fields.matchedOn = dayProblem;

      if (Object.keys(fields).length || !company) throw badRequest('Matchet kan ikke gemmes.', fields);

      const profile = await loadCourseProfile(db, course.courseId, today);
      if (!profile) throw new Error('course just checked could not be read');
      const { score, components, distanceKm } = scoreMatch(profile, { company, opening: opening ?? null }, postcodeDirectory(), defaultMatchParams);
      const id = await db.transaction().execute(async (trx) => {
        const matchId = await insertMatch(
          trx,
          {
            courseId: course.courseId,
            companyId: company.id,
            openingId: opening?.id ?? null,
            consultantId,
            matchedOn: body.matchedOn,
            rationale: body.rationale,
            score: { score, components, distanceKm, computedOn: today, maxKm: defaultMatchParams.maxKm },
          },
          user.id,
        );
        await recordAudit(trx, request, {
          action: 'match.create',
          citizenPseudonyms: [course.pseudonym],
          detail: { courseId: course.courseId, matchId, companyId: company.id, openingId: opening?.id ?? null, score },
        });
        return matchId;
      });
      return reply.status(201).send(written(await getMatch(db, id), 'match'));
    },
  );

  /** Withdraws a match (not before it was made, not in the future), with the reason. The match stays as history. */
  r.patch(
    '/api/matches/:id',
    {
      schema: {
        tags: ['matching'],
        summary: 'Withdraw a match',
        params: idParams,
        body: z.object({ withdrawnOn: isoDate, withdrawnReason: requiredText(2000) }),
        response: { 200: matchSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'placement.write');
      const { match, course } = await accessibleMatch(request, request.params.id);
      const { withdrawnOn, withdrawnReason } = request.body;
      if (withdrawnOn > todayIso()) throw badRequest('Ugyldig dato.', { withdrawnOn: 'Datoen ligger i fremtiden.' });
      if (withdrawnOn < match.matchedOn) throw badRequest('Ugyldig dato.', { withdrawnOn: `Matchet kan ikke trækkes tilbage før det blev lavet (${match.matchedOn}).` });
      await db.transaction().execute(async (trx) => {
        if (!(await withdrawMatch(trx, match.id, withdrawnOn, withdrawnReason))) {
          const when = match.withdrawnOn ? ` ${match.withdrawnOn}` : '';
          throw conflict('Matchet er allerede trukket tilbage.', { withdrawnOn: `Matchet blev trukket tilbage${when}.` });
        }
        await recordAudit(trx, request, { action: 'match.withdraw', citizenPseudonyms: [course.pseudonym], detail: { courseId: course.courseId, matchId: match.id } });
      });
      return written(await getMatch(db, match.id), 'match');
    },
  );
}

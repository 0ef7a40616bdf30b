/**
 * The candidate profile a company consultant matches from (issue 9 item 20):
 * what an employer would ask about (name, age, where they live, the course's
 * model and phase, current job goals and the CV's work experience,
 * education, courses, competences, languages and driving licence), never
 * contact details, CPR, benefits or case notes (contacts, plan, measurements,
 * job-goal notes). Open to whoever may see the course, and to a manager or
 * company consultant for an active course in their units (candidateCourse).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { StoredCvContentSchema } from '../../../domain/cases/cv.ts';
import { ageOn } from '../../../domain/identity/cpr.ts';
import { candidateFacts } from '../../../store/candidate-profile.ts';
import { getCvVersion } from '../../../store/cases/cv.ts';
import { listJobGoals } from '../../../store/cases/job-goals.ts';
import { today as todayIso } from '../../../store/facts.ts';
import { requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { errorResponses, idParams } from '../../schemas.ts';
import { candidateCourse } from '../courses/access.ts';

const candidateCvSchema = StoredCvContentSchema.pick({
  profile: true,
  workExperience: true,
  education: true,
  courses: true,
  competences: true,
  languages: true,
  drivingLicence: true,
});

export const candidateProfileSchema = z.object({
  citizen: z.object({ id: z.string(), name: z.string(), age: z.number().int(), postcode: z.string().nullable(), city: z.string().nullable() }),
  course: z.object({ id: z.string(), modelId: z.string(), phase: z.string().nullable() }),
  jobGoals: z.array(
    z.object({
      tier: z.enum(['A', 'B', 'C']),
      occupationCode: z.string().nullable().describe('DISCO-08'),
      occupationText: z.string().nullable(),
      industryCode: z.string().nullable(),
      concrete: z.boolean(),
    }),
  ),
  cv: candidateCvSchema.nullable(),
  fullAccess: z.boolean().describe('The caller may also open the citizen’s case (false: the profile is all they may see)'),
});

export function candidateProfileRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** A course's candidate profile for matching, without contact details or case notes. Audited. */
  r.get(
    '/api/courses/:id/candidate-profile',
    {
      schema: {
        tags: ['matching'],
        summary: 'Candidate profile of a course for matching (no contact details or case notes)',
        params: idParams,
        response: { 200: candidateProfileSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      requirePermission(request, 'company.read');
      const { key, profileOnly } = await candidateCourse(request, db, request.params.id);
      const today = todayIso();
      const [facts, goals, cv] = await Promise.all([candidateFacts(db, key.courseId), listJobGoals(db, key.courseId, today), getCvVersion(db, key.citizenId)]);
      if (!facts) throw new Error('course just checked could not be read');
      const { citizen, course } = facts;
      await recordAudit(db, request, { action: 'candidate_profile.read', citizenPseudonyms: [key.pseudonym], detail: { courseId: key.courseId, profileOnly } });
      return {
        citizen: {
          id: citizen.id,
          name: `${citizen.firstName} ${citizen.lastName}`,
          age: ageOn(citizen.birthDate, today),
          postcode: citizen.postcode,
          city: citizen.city,
        },
        course,
        jobGoals: goals
          .filter((g) => g.endedOn === null || g.endedOn > today)
          .map((g) => ({ tier: g.tier, occupationCode: g.occupationCode, occupationText: g.occupationText, industryCode: g.industryCode, concrete: g.concrete })),
        cv: cv ? candidateCvSchema.parse(cv.content) : null,
        fullAccess: !profileOnly,
      };
    },
  );
}

/**
 * Courses (section A of docs/contracts/case-work-api.md): eligibility,
 * enrolment and the course record, visitation and phases, staff, the
 * rehabilitation and CTI tracks, and group activities. Each part lives in
 * ./courses/; this module registers them.
 */
import type { FastifyInstance } from 'fastify';
import { groupActivityRoutes } from './courses/group-activities.ts';
import { eligibilityRoutes } from './courses/eligibility.ts';
import { courseLifecycleRoutes } from './courses/lifecycle.ts';
import { courseStaffRoutes } from './courses/staff.ts';
import { courseTrackRoutes } from './courses/tracks.ts';
import { courseProgressRoutes } from './courses/visitation-phase.ts';

export async function courseRoutes(app: FastifyInstance): Promise<void> {
  await eligibilityRoutes(app);
  await courseLifecycleRoutes(app);
  await courseProgressRoutes(app);
  await courseStaffRoutes(app);
  await courseTrackRoutes(app);
  await groupActivityRoutes(app);
}

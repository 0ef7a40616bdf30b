/**
 * Case records (contract section B): the plan and job goals of a course, the
 * citizen's CV, contacts, measurements and the timeline. One module per
 * record type under ./case-records/.
 */
import type { FastifyInstance } from 'fastify';
import { contactRoutes } from './case-records/contacts.ts';
import { cvRoutes } from './case-records/cv.ts';
import { jobGoalRoutes } from './case-records/job-goals.ts';
import { measurementRoutes } from './case-records/measurements.ts';
import { planRoutes } from './case-records/plan.ts';
import { timelineRoutes } from './case-records/timeline.ts';

export async function caseRecordRoutes(app: FastifyInstance): Promise<void> {
  planRoutes(app);
  jobGoalRoutes(app);
  cvRoutes(app);
  contactRoutes(app);
  measurementRoutes(app);
  timelineRoutes(app);
}

/**
 * Demo area "cases": courses under all five intervention models for the
 * citizens the earlier areas made, over the last 18 months, with phase
 * histories along the transitions each model declares, staff, plans, job
 * goals, CVs, contacts, CTI support courses, rehabilitation tracks,
 * measurements and group activities. See cases/ for one module per model.
 *
 * Order matters only for who is free: Flere skal med takes its whole target
 * group in Team Job og Virksomhed first, then social support and STV draw
 * from who is left; Bedre Ressourceforløb takes Team Ressource's citizens on
 * the way to and newly in a resource programme before STV's RF track; the
 * TRIN model takes the outreach office's target group. A citizen has at
 * most one course (ended or active), so one active course per model holds.
 */
import { seedBedreRessourceforloeb } from './cases/bedre-ressourceforloeb.ts';
import { createCaseContext, insertCaseRows, type DemoCourse } from './cases/context.ts';
import { seedFlereSkalMed } from './cases/flere-skal-med.ts';
import { seedSocialStoette } from './cases/social-stoette.ts';
import { seedStv } from './cases/stv.ts';
import { seedTrinModel } from './cases/trin-model.ts';
import type { DemoArea, DemoContext } from './context.ts';

export type { DemoCourse, DemoPlacementPeriod } from './cases/context.ts';
export { endReasons } from './cases/course.ts';

/** The courses made, per seed run (keyed by the shared citizens array), for later areas. */
const coursesBySeed = new WeakMap<DemoContext['citizens'], DemoCourse[]>();

/** Courses the cases area made in this seed run (empty before it has run). */
export function demoCourses(ctx: DemoContext): readonly DemoCourse[] {
  return coursesBySeed.get(ctx.citizens) ?? [];
}

export const casesArea: DemoArea = {
  name: 'cases',
  async run(ctx) {
    const cc = createCaseContext(ctx);
    const { random } = ctx;
    seedFlereSkalMed(cc, random.fork('flere-skal-med'));
    seedSocialStoette(cc, random.fork('social-stoette'));
    seedBedreRessourceforloeb(cc, random.fork('bedre-ressourceforloeb'));
    seedStv(cc, random.fork('stv'), { ak: 30, rf: 40 });
    seedTrinModel(cc, random.fork('trin-model'));
    await insertCaseRows(cc);
    coursesBySeed.set(ctx.citizens, cc.courses);
  },
};

/**
 * Demo area "companies": Fjordby Kommune's company network over the last 18
 * months (about 300 companies across industries with contact persons, a
 * contact log with monthly ringedage, ~40 cooperation agreements and ~80
 * openings), and for every company period in the case data (a course's run
 * of virksomhedsforløb / TRIN 3 / CTI phases) a match, a work agreement, a
 * placement with weekly hours, follow-ups and, after conversions, aftercare.
 *
 * Placement dates follow the phase histories exactly: a course in a company
 * phase today has one running placement that started the day it entered the
 * phase; a course that went back had a placement ending the day before.
 * See companies/ for one module per part.
 */
import { postcodeDirectory } from '../../store/postcodes.ts';
import { demoCourses } from './cases.ts';
import { getModel } from '../../domain/models/registry.ts';
import { companyPhases, modelVersion } from './cases/course.ts';
import type { DemoArea, DemoContext, DemoStaff } from './context.ts';
import { addDays, addMonths } from './dates.ts';
import { mondayOf } from './companies/hours.ts';
import { buildInteractions } from './companies/interactions.ts';
import { buildNetwork, settleOpenings } from './companies/network.ts';
import { PlacementBuilder, type JobGoal } from './companies/placements.ts';
import { CompanyRows, insertCompanyRows } from './companies/rows.ts';

async function loadGoals(ctx: DemoContext): Promise<Map<string, JobGoal[]>> {
  const rows = await ctx.trx
    .selectFrom('job_goal')
    .select(['course_id', 'tier', 'industry_code', 'occupation_code', 'occupation_text', 'set_on', 'ended_on'])
    .orderBy('course_id')
    .orderBy('set_on')
    .orderBy('id')
    .execute();
  const out = new Map<string, JobGoal[]>();
  for (const r of rows) {
    const goal: JobGoal = {
      tier: r.tier as JobGoal['tier'],
      industry: r.industry_code,
      occupationCode: r.occupation_code,
      occupationText: r.occupation_text,
      text: r.occupation_text ?? 'praktiske opgaver',
      setOn: String(r.set_on),
      endedOn: r.ended_on === null ? null : String(r.ended_on),
    };
    const list = out.get(r.course_id);
    if (list) list.push(goal);
    else out.set(r.course_id, [goal]);
  }
  return out;
}

async function loadPostcodes(ctx: DemoContext): Promise<Map<string, string | null>> {
  const rows = await ctx.trx.selectFrom('citizen').select(['id', 'postcode']).orderBy('id').execute();
  return new Map(rows.map((r) => [r.id, r.postcode]));
}

export const companiesArea: DemoArea = {
  name: 'companies',
  async run(ctx) {
    const { random } = ctx;
    const lastDay = addDays(ctx.today, -1);
    const window = { windowStart: addMonths(ctx.today, -18), lastDay };
    const rows = new CompanyRows();
    const network = buildNetwork(ctx, random.fork('network'), rows, window);

    const courses = demoCourses(ctx);
    const builder = new PlacementBuilder(
      {
        goals: await loadGoals(ctx),
        citizens: new Map(ctx.citizens.map((c) => [c.id, c])),
        postcodes: await loadPostcodes(ctx),
        staff: new Map<string, DemoStaff>(ctx.staff.map((s) => [s.id, s])),
        companies: network.companies,
        directory: postcodeDirectory(),
        lastDay,
        lastFullWeek: addDays(mondayOf(ctx.today), -7),
      },
      rows,
    );
    const placements = random.fork('placements');
    for (const course of courses) {
      const used = new Set<string>();
      const stream = placements.fork(course.id);
      for (const period of course.placements) builder.period(stream, course, period, used);
    }
    // Courses waiting for a company (in a phase with a move into a company phase) may have a match ahead,
    // made once every placement is known so it is never on an opening that is already full.
    const upcoming = random.fork('upcoming');
    for (const course of courses) {
      const company = companyPhases[course.modelId] ?? [];
      const waiting = course.endDate === null && getModel(course.modelId, modelVersion).transitions.some((t) => t.from === course.currentPhase && company.includes(t.to));
      if (waiting && upcoming.chance(0.3)) builder.upcoming(upcoming.fork(course.id), course);
    }
    settleOpenings(network.companies);
    // Scores last: each is computed from the rows as they stood on its match date.
    builder.scoreMatches();
    buildInteractions(random.fork('interactions'), rows, network, window);
    await insertCompanyRows(ctx, rows);
  },
};

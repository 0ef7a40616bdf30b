/**
 * Contacts over a course: a conversation every few weeks (the models'
 * observed practice is every 4-6 weeks, 000 §4.2.2), phone calls and SMS in
 * between, now and then a no-show followed by a new meeting, a three-party
 * meeting before a company start and follow-ups at the company, with hours
 * that grow in the manner of the STV citizen trajectories (001 §2.3).
 */
import type { CourseRole } from '../../../domain/rules/facts.ts';
import { addDays, minDate } from '../dates.ts';
import type { Random } from '../random.ts';
import type { CourseBuilder } from './course.ts';
import {
  emailNotes,
  followUpNote,
  homeVisitNotes,
  meetingNotes,
  noShowNotes,
  phoneNotes,
  placementBreakNotes,
  smsNotes,
  threePartyNote,
  walkNotes,
} from './texts.ts';

/**
 * Hours a week in the placement and paid hours among them, one step per
 * follow-up. Modelled on the six citizens in 001 §2.3 (Hanne 30 -> 20 hours
 * with 5 paid; Lina 2 -> 12 with 4 paid; Sanne 9 -> 13.5; Henrik 3 -> 12,
 * then 12 -> 37 with 10 paid; Henriette 11 paid hours as a temp).
 */
export const hourLadders: readonly (readonly (readonly [number, number])[])[] = [
  [[30, 0], [20, 0], [20, 0], [20, 5], [20, 5], [25, 8]],
  [[2, 0], [4, 0], [6, 0], [8, 0], [12, 0], [12, 4]],
  [[9, 0], [9, 0], [11, 0], [13.5, 0], [13.5, 0]],
  [[3, 0], [6, 0], [9, 0], [12, 0], [12, 0]],
  [[12, 0], [18, 0], [25, 0], [30, 0], [37, 10]],
  [[11, 11], [11, 11], [13, 11], [15, 11]],
  [[6, 0], [10, 0], [15, 0], [15, 3], [20, 6], [25, 10]],
];

export interface ContactPlan {
  /** First and last day contacts may fall on. */
  from: string;
  to: string;
  /** Mean days between conversations. */
  cadence: number;
  /** The first conversation's note (e.g. the visitation talk). */
  firstNote?: string;
  /** Role of the staff member who holds the conversations. */
  role: CourseRole;
  place: string;
  /** Company phases of the model (follow-ups there). */
  companyPhases: readonly string[];
  task: string;
  /** Share of conversations as home visits or walks. */
  outreachShare?: number;
  /** Content categories outside the company phases. */
  categories: readonly string[];
}

function pickKind(random: Random, outreachShare: number): 'meeting' | 'home_visit' | 'walk' {
  const r = random.next();
  return r < outreachShare / 2 ? 'home_visit' : r < outreachShare ? 'walk' : 'meeting';
}

/** Phase of the course on `date`. */
export function phaseOn(b: CourseBuilder, date: string): string {
  let phase = b.phases[0]?.phase ?? '';
  for (const p of b.phases) if (p.from <= date) phase = p.phase;
  return phase;
}

/** Writes the contacts of a course between plan.from and plan.to. */
export function contactStream(random: Random, b: CourseBuilder, plan: ContactPlan): void {
  if (plan.to < plan.from) return;
  const staffOn = (date: string, role: CourseRole = plan.role) => b.holder(role, date) ?? b.holder(plan.role, date) ?? null;
  const roles = (date: string, ...extra: string[]) => ['citizen', plan.role, ...extra.filter((r) => b.holder(r as CourseRole, date))];
  // One hours ladder per stay at a company, starting where the three-party meeting agreed.
  const ladders = new Map<string, readonly (readonly [number, number])[]>();
  const runStart = (date: string): string => {
    let start = '';
    b.phases.forEach((p, i) => {
      const before = b.phases[i - 1];
      if (p.from <= date && plan.companyPhases.includes(p.phase) && (!before || !plan.companyPhases.includes(before.phase))) start = p.from;
    });
    return start;
  };
  const ladderFor = (start: string) => {
    let l = ladders.get(start);
    if (!l) ladders.set(start, (l = random.pick(hourLadders)));
    return l;
  };
  const companyStarts = new Set<string>();
  let ladder = ladderFor(runStart(plan.from));
  let step = 0;
  let currentRun = '';
  // Three-party meetings just before each start at a company; a note when a placement breaks off.
  b.phases.forEach((p, i) => {
    const before = b.phases[i - 1];
    if (!before || p.from < plan.from || p.from > plan.to) return;
    if (plan.companyPhases.includes(p.phase) && !plan.companyPhases.includes(before.phase)) {
      companyStarts.add(p.from);
      const day = addDays(p.from, -random.int(1, 6));
      if (day >= plan.from && day >= before.from) {
        b.contact({
          kind: 'three_party',
          date: day,
          duration: random.chance(0.5) ? 'ge60' : '30to59',
          place: 'Virksomheden',
          categories: ['placement', 'ordinary_hours', 'job_goal'],
          attendees: roles(day, 'company_consultant', 'mentor').concat('employer'),
          staffId: staffOn(day, 'company_consultant'),
          note: threePartyNote(ladderFor(p.from)[0]?.[0] ?? 10, plan.task),
        });
      }
    } else if (!plan.companyPhases.includes(p.phase) && plan.companyPhases.includes(before.phase)) {
      b.contact({
        kind: 'phone',
        date: p.from,
        duration: 'lt30',
        place: null,
        categories: ['placement'],
        attendees: roles(p.from),
        staffId: staffOn(p.from),
        note: random.pick(placementBreakNotes),
      });
    }
  });

  let day = plan.from;
  let first = true;
  while (day <= plan.to) {
    const phase = phaseOn(b, day);
    const run = plan.companyPhases.includes(phase) ? runStart(day) : '';
    if (run !== currentRun) {
      if (run) ladder = ladderFor(run);
      step = 0;
      currentRun = run;
    }
    const inCompany = plan.companyPhases.includes(phase);
    const staffId = staffOn(day);
    if (first) {
      b.contact({
        kind: 'meeting',
        date: day,
        duration: '30to59',
        place: plan.place,
        categories: [...plan.categories.slice(0, 2)],
        attendees: roles(day),
        staffId,
        note: plan.firstNote ?? random.pick(meetingNotes),
      });
      first = false;
    } else if (random.chance(0.07)) {
      b.contact({ kind: 'no_show', date: day, duration: null, place: plan.place, categories: [], attendees: [plan.role], staffId, note: random.pick(noShowNotes) });
      const again = addDays(day, random.int(3, 10));
      if (again <= plan.to) {
        const kind = random.chance(0.4) ? 'home_visit' : 'meeting';
        b.contact({
          kind,
          date: again,
          duration: '30to59',
          place: kind === 'home_visit' ? 'Borgerens hjem' : plan.place,
          categories: [...plan.categories.slice(0, 2)],
          attendees: roles(again),
          staffId: staffOn(again),
          note: kind === 'home_visit' ? random.pick(homeVisitNotes) : random.pick(meetingNotes),
        });
        day = again;
      }
    } else if (inCompany && random.chance(0.55)) {
      const [hours, paid] = ladder[Math.min(step, ladder.length - 1)] ?? [10, 0];
      step++;
      const consultant = b.holder('company_consultant', day);
      b.contact({
        kind: 'company_follow_up',
        date: day,
        duration: '30to59',
        place: 'Virksomheden',
        categories: paid > 0 ? ['placement', 'ordinary_hours'] : ['placement', 'ordinary_hours', 'job_goal'],
        attendees: [...roles(day, 'company_consultant'), 'employer'],
        staffId: consultant ?? staffId,
        note: followUpNote(hours, paid, plan.task),
      });
    } else {
      const kind = pickKind(random, plan.outreachShare ?? 0.08);
      const categories = inCompany ? ['placement', 'ordinary_hours'] : random.shuffle(plan.categories).slice(0, random.int(1, 3));
      b.contact({
        kind,
        date: day,
        duration: kind === 'meeting' ? (random.chance(0.8) ? '30to59' : 'lt30') : random.chance(0.5) ? 'ge60' : '30to59',
        place: kind === 'home_visit' ? 'Borgerens hjem' : kind === 'walk' ? 'Gåtur i nærområdet' : plan.place,
        categories,
        attendees: roles(day, ...(random.chance(0.15) ? ['mentor'] : [])),
        staffId,
        note: kind === 'home_visit' ? random.pick(homeVisitNotes) : kind === 'walk' ? random.pick(walkNotes) : random.pick(meetingNotes),
      });
    }
    const gap = Math.round(random.normal(plan.cadence, plan.cadence * 0.28, 14, 60));
    const next = addDays(day, gap);
    // A phone call, SMS or e-mail between conversations about half the time.
    if (random.chance(0.5)) {
      const between = addDays(day, random.int(3, Math.max(4, gap - 3)));
      if (between <= plan.to && !companyStarts.has(between)) {
        const r = random.next();
        const kind = r < 0.55 ? 'phone' : r < 0.9 ? 'sms' : 'email';
        b.contact({
          kind,
          date: between,
          duration: kind === 'phone' ? 'lt30' : null,
          place: null,
          categories: [random.pick(plan.categories)],
          attendees: roles(between),
          staffId: staffOn(between),
          note: kind === 'phone' ? random.pick(phoneNotes) : kind === 'sms' ? random.pick(smsNotes) : random.pick(emailNotes),
        });
      }
    }
    day = next;
  }
}

/** The day contacts stop for a citizen who is behind: more than 60 days before the last day. */
export function staleFrom(random: Random, lastDay: string, from: string): string {
  const stop = addDays(lastDay, -random.int(61, 110));
  return stop < from ? minDate(from, lastDay) : stop;
}

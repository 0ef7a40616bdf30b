/**
 * The contact log of the company network over the 18 months: regular visits,
 * calls and e-mails by the relationship owner (more often for partners),
 * the consultants' monthly "ringedag" (001 case 4: the company consultants
 * meet once a month and call companies together), and the entries that
 * follow from agreements, job orders and placement starts. About a fifth of
 * the companies have not been contacted for more than 90 days and a few
 * newly imported ones never, so the consultants' worklists have items.
 */
import type { CompanyInteractionKind } from '../../../db/schema.ts';
import type { DemoStaff, UnitKey } from '../context.ts';
import type { Row } from '../cases/context.ts';
import { stamp } from '../cases/context.ts';
import { addDays, dayNumber, maxDate } from '../dates.ts';
import type { Random } from '../random.ts';
import type { CompanyEvent, Network, NetworkCompany } from './network.ts';
import type { CompanyRows } from './rows.ts';
import { interactionNotes } from './texts.ts';

/** The monthly ringedag per team: [weekday (0 = Monday), nth in the month]. */
const ringedagByUnit: Record<UnitKey, readonly [number, number]> = {
  jobOgVirksomhed: [3, 1], // first Thursday
  ressource: [1, 2], // second Tuesday
  outreach: [2, 2], // second Wednesday
  jobcentre: [3, 1],
  municipality: [3, 1],
};

/** The nth given weekday (0 = Monday) of the month that `anyDay` is in. */
export function nthWeekday(anyDay: string, weekday: number, nth: number): string {
  const first = `${anyDay.slice(0, 7)}-01`;
  const d = dayNumber(first);
  const dow = (((d + 3) % 7) + 7) % 7;
  return addDays(first, ((weekday - dow + 7) % 7) + 7 * (nth - 1));
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}-01`;
    if (month > to) return out;
    out.push(month);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
}

export function buildInteractions(random: Random, rows: CompanyRows, network: Network, window: { windowStart: string; lastDay: string }): void {
  const { windowStart, lastDay } = window;
  const { companies, consultants } = network;
  const entries = new Map<NetworkCompany, CompanyEvent[]>();
  const add = (c: NetworkCompany, e: CompanyEvent) => {
    const list = entries.get(c);
    if (list) list.push(e);
    else entries.set(c, [e]);
  };
  const colleague = (c: NetworkCompany): DemoStaff => (random.chance(0.85) ? c.owner : random.pick(consultants));

  // Dormant relationships: no contact after a cut-off more than 90 days ago (only where nothing else happened since).
  const cutoff = new Map<NetworkCompany, string>();
  for (const c of companies) {
    if (c.engagement === 'partner' || c.engagement === 'never' || !random.chance(c.engagement === 'occasional' ? 0.3 : 0.15)) continue;
    const cut = addDays(lastDay, -random.int(92, 300));
    const lastEvent = c.events.map((e) => e.date).sort().at(-1);
    if ((lastEvent === undefined || lastEvent < cut) && c.createdOn < cut) cutoff.set(c, cut);
  }
  const contactable = (c: NetworkCompany, day: string) => c.engagement !== 'never' && c.createdOn <= day && day <= (cutoff.get(c) ?? lastDay);

  for (const c of companies) {
    if (c.engagement === 'never') continue;
    const start = maxDate(c.createdOn, windowStart);
    // A company added during the window starts with a first conversation.
    if (c.createdOn >= windowStart) add(c, { date: c.createdOn, kind: random.pick(['visit', 'call'] as const), staffId: c.owner.id, note: 'Ny virksomhed i netværket; første kontakt.' });
    const kinds: readonly (readonly [CompanyInteractionKind, number])[] = [['visit', 3], ['call', 4], ['email', 2], ['meeting', 1]];
    if (c.engagement === 'occasional') {
      const n = random.int(1, 4);
      for (let k = 0; k < n; k++) {
        const d = random.dateBetween(start, lastDay);
        if (contactable(c, d)) add(c, { date: d, kind: random.weighted(kinds), staffId: colleague(c).id, note: '' });
      }
    } else {
      const [lo, hi] = c.engagement === 'partner' ? [18, 40] : [40, 100];
      for (let d = addDays(start, random.int(0, hi)); d <= lastDay; d = addDays(d, random.int(lo, hi))) {
        if (contactable(c, d)) add(c, { date: d, kind: random.weighted(kinds), staffId: colleague(c).id, note: '' });
      }
    }
    for (const e of c.events) if (e.date >= windowStart && e.date <= lastDay) add(c, e);
  }

  // Ringedag: each consultant calls 6-12 of their companies on the team's monthly day.
  for (const consultant of consultants) {
    const [weekday, nth] = ringedagByUnit[consultant.unitKey];
    const own = companies.filter((c) => c.owner.id === consultant.id);
    for (const month of monthsBetween(windowStart.slice(0, 7) + '-01', lastDay)) {
      const day = nthWeekday(month, weekday, nth);
      if (day < windowStart || day > lastDay) continue;
      const callable = random.shuffle(own.filter((c) => contactable(c, day)));
      for (const c of callable.slice(0, random.int(6, 12))) add(c, { date: day, kind: 'ringedag', staffId: consultant.id, note: '' });
    }
  }

  for (const c of companies) {
    const list = (entries.get(c) ?? []).sort((a, b) => a.date.localeCompare(b.date));
    const active = c.contacts.filter((p) => p.active);
    list.forEach((e, i) => {
      const contact = active.length > 0 && random.chance(0.85) ? random.pick(active) : null;
      const row: Row<'company_interaction'> = {
        id: random.uuid(),
        company_id: c.id,
        kind: e.kind,
        interaction_date: e.date,
        staff_id: e.staffId,
        contact_person_id: contact?.id ?? null,
        note: e.note || random.pick(interactionNotes[e.kind]),
        created_at: stamp(e.date, 10 + ((i * 37) % 400)),
      };
      rows.company_interaction.push(row);
    });
  }
}

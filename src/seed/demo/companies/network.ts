/**
 * The company network of Fjordby Kommune: companies with valid, unique CVR
 * numbers and real postcodes, their addresses and contact persons, the
 * relationship owners (company consultants, some job brokers), cooperation
 * agreements with their version history, and openings. Placements and the
 * contact log are added later (placements.ts, interactions.ts) from what is
 * kept here.
 */
import type { CompanyInteractionKind, CompanySizeBand } from '../../../db/schema.ts';
import { cvrCheckDigit } from '../../../domain/companies/cvr.ts';
import { postcodeName } from '../../../store/postcodes.ts';
import type { DemoContext, DemoStaff } from '../context.ts';
import type { Row } from '../cases/context.ts';
import { stamp } from '../cases/context.ts';
import { addDays, addMonths, addYears, maxDate, minDate } from '../dates.ts';
import { asciiSlug, mobileNumber, personName, settledOrigins, streetAddress, streets } from '../names.ts';
import type { Random } from '../random.ts';
import { catalogue, companyPostcodes, housingOrganisationName, municipalityPostcodes, type IndustryEntry, type Task } from './catalogue.ts';
import type { CompanyRows } from './rows.ts';
import { agreementMeetingNote, agreementNotes, renegotiationNote, renegotiationReasons } from './texts.ts';

export type Engagement = 'partner' | 'regular' | 'occasional' | 'never';

export interface ContactPerson {
  id: string;
  name: string;
  title: string;
  phone: string;
  email: string;
  active: boolean;
}

/** Terms of a cooperation agreement from the day a version was made. */
export interface AgreementTerms {
  madeOn: string;
  kind: 'fixed_places' | 'open';
  places: number | null;
  readiness: boolean;
  from: string;
  to: string | null;
}

export interface NetworkOpening {
  id: string;
  task: Task;
  places: number;
  openFrom: string;
  openTo: string | null;
  paidFromStart: boolean;
  /** Placements started from the opening, by start date. */
  taken: { from: string; to: string | null }[];
  row: Row<'opening'>;
}

/** A contact-log entry that follows from something else (an agreement, a job order, a placement start). */
export interface CompanyEvent {
  date: string;
  kind: CompanyInteractionKind;
  staffId: string;
  note: string;
}

export interface NetworkCompany {
  id: string;
  cvr: string;
  name: string;
  entry: IndustryEntry;
  code: string | null;
  sector: 'private' | 'public';
  size: CompanySizeBand;
  postcode: string;
  /** Where citizens work: the workplace address if there is one, else the main address. */
  workPostcode: string;
  owner: DemoStaff;
  contacts: ContactPerson[];
  createdOn: string;
  engagement: Engagement;
  agreements: AgreementTerms[][];
  openings: NetworkOpening[];
  events: CompanyEvent[];
  /** Placement periods at the company (to = last day, or the last seeded day while running). */
  busy: { from: string; to: string }[];
  /** Placements here that had paid hours, by the day the paid hours began. */
  paidSince: string[];
}

export interface Network {
  companies: NetworkCompany[];
  /** Relationship owners who are company consultants, by unit. */
  consultants: DemoStaff[];
  brokers: DemoStaff[];
}

export interface NetworkWindow {
  windowStart: string;
  lastDay: string;
}

/** A short town name for company names ('Nykøbing Sj' → 'Nykøbing'). */
function townOf(postcode: string): string {
  const name = postcodeName(postcode) ?? 'Holbæk';
  return name.replace(/ (Sj|Sjælland|S|V|N|Ø|C)$/u, '');
}

/** Landline prefixes by area (Holbæk 59, Roskilde 46, Vestsjælland south 57/58, Taastrup 43). */
function landline(random: Random, postcode: string): string {
  const n = Number(postcode);
  const prefix = n < 3000 ? '43' : n < 4100 ? '46' : n < 4300 ? random.pick(['57', '58']) : '59';
  let digits = prefix;
  while (digits.length < 8) digits += String(random.int(0, 9));
  return digits;
}

function uniqueCvr(random: Random, used: Set<string>): string {
  for (;;) {
    // Numbers in the range the register has issued (10000000-45999999).
    const first = String(random.int(1_000_000, 4_599_999));
    const digit = cvrCheckDigit(first);
    if (digit === null) continue;
    const cvr = `${first}${digit}`;
    if (used.has(cvr)) continue;
    used.add(cvr);
    return cvr;
  }
}

function fillName(random: Random, template: string, entry: IndustryEntry, town: string, usedInstitutions: Set<string>): string | null {
  let name = template;
  if (name.includes('{inst}')) {
    const free = (entry.institutions ?? []).filter((i) => !usedInstitutions.has(`${entry.key}:${i}`));
    if (free.length === 0) return null;
    const inst = random.pick(free);
    usedInstitutions.add(`${entry.key}:${inst}`);
    name = name.replace('{inst}', inst);
  }
  const person = personName(random, random.chance(0.5) ? 'female' : 'male', random.int(1955, 1990), 'danish');
  return name
    .replace('{town}', town)
    .replace('{surname}', person.lastName.split(' ').at(-1) ?? person.lastName)
    .replace('{first}', person.firstName)
    .replace('{word}', random.pick(entry.words ?? ['Fjord']))
    .replace('{street}', random.pick(streets));
}

function companyName(random: Random, entry: IndustryEntry, postcode: string, used: Set<string>, usedInstitutions: Set<string>): string {
  const town = townOf(postcode);
  for (let attempt = 0; attempt < 30; attempt++) {
    const name = fillName(random, random.pick(entry.names), entry, town, usedInstitutions);
    if (name && !used.has(name)) {
      used.add(name);
      return name;
    }
  }
  // Rare: every template taken in this town; a second shop gets its street.
  for (let n = 2; ; n++) {
    const name = `${fillName(random, entry.names[0] ?? entry.key, entry, town, usedInstitutions) ?? entry.key}, afd. ${random.pick(streets)}${n > 2 ? ` ${n}` : ''}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** The domain part of e-mail addresses: '{name}.example' (reserved, never a real address). */
function mailDomain(name: string, sector: 'private' | 'public'): string {
  if (sector === 'public' && name.startsWith('Fjordby Kommune')) return 'fjordby.example';
  const base = asciiSlug(name.replace(/\b(ApS|A\/S|I\/S|IVS)\b/gu, '').replace(/\(.*\)/gu, ''));
  return `${base.slice(0, 40).replace(/-+$/u, '')}.example`;
}

const companyNotes = [
  'Ønsker kontakt via mail.',
  'Stor sæsonvariation; travlt fra maj til august.',
  'Har tidligere haft borgere i løntilskud.',
  'Kontakt helst før kl. 10.',
  'Medlem af det lokale erhvervsnetværk.',
  'Har gode erfaringer med småjob.',
] as const;

/** Builds companies, addresses and contact persons. */
function buildCompanies(ctx: DemoContext, random: Random, rows: CompanyRows, w: NetworkWindow, owners: { consultants: DemoStaff[]; brokers: DemoStaff[] }): NetworkCompany[] {
  const municipality = ctx.units.get('municipality');
  if (!municipality) throw new Error('Demo seed: the municipality unit is missing.');
  const usedCvr = new Set<string>();
  const usedNames = new Set<string>();
  const usedInstitutions = new Set<string>();
  const outreachConsultant = owners.consultants.find((s) => s.unitKey === 'outreach') ?? owners.consultants[0];
  if (!outreachConsultant) throw new Error('Demo seed: no company consultant to own the network.');
  // Consultants carry most relationships (the demo login a little more); job brokers own a handful each.
  const ownerWeights: [DemoStaff, number][] = [
    ...owners.consultants.map((s): [DemoStaff, number] => [s, s.demoLogin ? 6 : s.unitKey === 'jobOgVirksomhed' ? 5 : 4]),
    ...owners.brokers.map((s): [DemoStaff, number] => [s, 0.4]),
  ];
  const companies: NetworkCompany[] = [];
  for (const entry of catalogue) {
    for (let i = 0; i < entry.count; i++) {
      const postcode = entry.local || entry.sector === 'public' ? random.weighted(municipalityPostcodes) : random.weighted(companyPostcodes);
      const size = random.weighted(entry.sizes);
      const name = companyName(random, entry, postcode, usedNames, usedInstitutions);
      const cvr = uniqueCvr(random, usedCvr);
      const id = random.uuid();
      const owner = name === housingOrganisationName ? outreachConsultant : random.weighted(ownerWeights);
      const createdOn = random.chance(0.84)
        ? random.dateBetween(addYears(w.windowStart, -6), addDays(w.windowStart, -1))
        : random.dateBetween(w.windowStart, addDays(w.lastDay, -10));
      const domain = mailDomain(name, entry.sector);
      const phone = landline(random, postcode);
      const edited = random.chance(0.35) ? random.dateBetween(maxDate(createdOn, w.windowStart), w.lastDay) : null;

      // Chains and larger firms outside the municipality have a workplace in it.
      const far = !municipalityPostcodes.some(([p]) => p === postcode);
      const workplace = (far && size !== '1-9' && random.chance(0.7)) || random.chance(0.06) ? random.weighted(municipalityPostcodes.filter(([p]) => p !== postcode)) : null;

      rows.company.push({
        id,
        municipality_id: municipality.id,
        cvr,
        name,
        industry_code: entry.code,
        size_band: size,
        sector: entry.sector,
        phone,
        email: entry.sector === 'public' && domain === 'fjordby.example' ? `${asciiSlug(name.replace('Fjordby Kommune, ', '')).slice(0, 30)}@${domain}` : `kontakt@${domain}`,
        website: entry.sector === 'private' && random.chance(0.7) ? `https://www.${domain}` : null,
        note: random.chance(0.18) ? random.pick(companyNotes) : null,
        owner_staff_id: owner.id,
        owner_unit_id: owner.unitId,
        version: edited ? 2 : 1,
        created_by: owner.id,
        created_at: stamp(createdOn, random.int(0, 419)),
        updated_at: stamp(edited ?? createdOn, 419),
      });
      rows.company_address.push({
        id: random.uuid(),
        company_id: id,
        kind: 'main',
        address_line: name === housingOrganisationName ? 'Solbakken 1' : streetAddress(random, 0),
        postcode,
        city: postcodeName(postcode) ?? null,
        created_at: stamp(createdOn, 1),
      });
      if (workplace) {
        rows.company_address.push({
          id: random.uuid(),
          company_id: id,
          kind: 'workplace',
          address_line: streetAddress(random, 0),
          postcode: workplace,
          city: postcodeName(workplace) ?? null,
          created_at: stamp(createdOn, 2),
        });
      }

      const contacts: ContactPerson[] = [];
      const n = random.weighted<number>([[1, 45], [2, 40], [3, 15]]);
      for (let k = 0; k < n; k++) {
        const person = personName(random, random.chance(0.55) ? 'female' : 'male', random.int(1960, 1998), random.chance(0.88) ? 'danish' : random.weighted(settledOrigins));
        const full = `${person.firstName} ${person.lastName}`;
        const mail = `${asciiSlug(person.firstName).split('-')[0] ?? 'kontakt'}${random.chance(0.4) ? `.${asciiSlug(person.lastName).replace(/-/g, '')}` : ''}@${domain}`;
        const active = k === 0 || random.chance(0.9);
        const cp: ContactPerson = { id: random.uuid(), name: full, title: entry.titles[k % entry.titles.length] ?? 'Kontaktperson', phone: random.chance(0.75) ? mobileNumber(random) : phone, email: mail, active };
        contacts.push(cp);
        rows.company_contact_person.push({
          id: cp.id,
          company_id: id,
          name: full,
          title: cp.title,
          phone: cp.phone,
          email: mail,
          note: active ? (k === 0 ? 'Primær kontaktperson.' : null) : 'Stoppet i virksomheden.',
          active,
          created_at: stamp(createdOn, 3 + k),
          updated_at: stamp(active ? createdOn : (edited ?? createdOn), 3 + k),
        });
      }

      companies.push({
        id,
        cvr,
        name,
        entry,
        code: entry.code,
        sector: entry.sector,
        size,
        postcode,
        workPostcode: workplace ?? postcode,
        owner,
        contacts,
        createdOn,
        engagement: 'occasional',
        agreements: [],
        openings: [],
        events: [],
        busy: [],
        paidSince: [],
      });
    }
  }
  return companies;
}

const sizeWeight: Record<CompanySizeBand, number> = { '1-9': 0.4, '10-49': 2, '50-249': 3, '250+': 3 };

/** Cooperation agreements (~40), some renegotiated once; every version is kept. */
function buildAgreements(random: Random, rows: CompanyRows, companies: NetworkCompany[], w: NetworkWindow): void {
  const target = random.int(37, 43);
  const pool = companies.map((c): [NetworkCompany, number] => [
    c,
    sizeWeight[c.size] * (c.sector === 'public' ? 2 : 1) * (c.entry.key === 'housing' ? 20 : 1) * (c.code === null ? 0.1 : 1),
  ]);
  const chosen = new Set<NetworkCompany>();
  while (chosen.size < target) chosen.add(random.weighted(pool.filter(([c]) => !chosen.has(c))));
  for (const c of companies.filter((x) => chosen.has(x))) {
    const fixed = random.chance(0.55);
    const places = fixed ? (c.size === '1-9' ? 1 : c.size === '10-49' ? random.int(1, 2) : c.size === '50-249' ? random.int(2, 4) : random.int(3, 6)) : null;
    const readiness = random.chance(0.5);
    const early = maxDate(addYears(w.windowStart, -3), c.createdOn);
    const from = random.chance(0.3) && early < w.windowStart ? random.dateBetween(early, addDays(w.windowStart, -1)) : random.dateBetween(maxDate(w.windowStart, c.createdOn), maxDate(maxDate(w.windowStart, c.createdOn), addDays(w.lastDay, -30)));
    const to = random.chance(0.22) ? addDays(addMonths(from, random.pick([12, 24])), -1) : null;
    const unit = c.name.includes(',') ? (c.name.split(',').at(-1)?.trim() ?? 'afdelingen') : 'butikken og på lageret';
    const note = `${random.pick(fixed ? agreementNotes.fixed : agreementNotes.open).replace('{unit}', unit)}${readiness ? agreementNotes.readiness : ''}`;
    const versions: (AgreementTerms & { note: string; reason: string | null })[] = [{ madeOn: from, kind: fixed ? 'fixed_places' : 'open', places, readiness, from, to, note, reason: null }];

    // Renegotiated once with a reason that fits the terms.
    const renegotiateFrom = maxDate(addDays(from, 60), w.windowStart);
    const renegotiateTo = minDate(addDays(w.lastDay, -5), to ?? w.lastDay);
    if (random.chance(0.32) && renegotiateFrom <= renegotiateTo) {
      const on = random.dateBetween(renegotiateFrom, renegotiateTo);
      const prev = versions[0];
      if (!prev) throw new Error('unreachable');
      const options = renegotiationReasons.filter((r) =>
        r.startsWith('Virksomheden vil nu') ? !prev.readiness : r.startsWith('Færre pladser') ? (prev.places ?? 0) >= 2 : true,
      );
      const reason = random.pick(options);
      const next = { ...prev, madeOn: on, reason };
      if (reason.startsWith('Flere pladser')) {
        next.kind = 'fixed_places';
        next.places = (prev.places ?? 0) + random.int(1, 2);
      } else if (reason.startsWith('Virksomheden vil nu')) {
        next.readiness = true;
        next.note = `${prev.note}${agreementNotes.readiness}`;
      } else if (reason.startsWith('Færre pladser')) {
        next.places = (prev.places ?? 2) - 1;
      } else if (reason.startsWith('Aftalen forlænget')) {
        next.to = prev.to ? addDays(addMonths(prev.to, 12), 0) : null;
      }
      versions.push(next);
    }

    const id = random.uuid();
    const current = versions.at(-1);
    if (!current) throw new Error('unreachable');
    rows.cooperation_agreement.push({
      id,
      company_id: c.id,
      kind: current.kind,
      places: current.places,
      ordinary_hours_readiness: current.readiness,
      from_date: current.from,
      to_date: current.to,
      note: current.note,
      version: versions.length,
      created_at: stamp(from, random.int(0, 300)),
      updated_at: stamp(current.madeOn, 400),
    });
    versions.forEach((v, i) => {
      rows.cooperation_agreement_version.push({
        id: random.uuid(),
        agreement_id: id,
        version_no: i + 1,
        kind: v.kind,
        places: v.places,
        ordinary_hours_readiness: v.readiness,
        from_date: v.from,
        to_date: v.to,
        note: v.note,
        reason: v.reason,
        created_by: c.owner.id,
        created_at: stamp(v.madeOn, 300 + i),
      });
      if (v.madeOn >= w.windowStart && v.madeOn <= w.lastDay) c.events.push({ date: v.madeOn, kind: 'meeting', staffId: c.owner.id, note: i === 0 ? agreementMeetingNote : renegotiationNote });
    });
    c.agreements.push(versions.map(({ madeOn, kind, places, readiness, from: f, to: t }) => ({ madeOn, kind, places, readiness, from: f, to: t })));
    c.engagement = 'partner';
  }
}

/** Partners, regular and occasional contacts, and a few companies never contacted yet (imported lately). */
function assignEngagement(random: Random, companies: NetworkCompany[], w: NetworkWindow): void {
  const rest = random.shuffle(companies.filter((c) => c.engagement !== 'partner'));
  let extraPartners = random.int(16, 22);
  let never = random.int(4, 7);
  for (const c of rest) {
    if (never > 0 && c.createdOn >= addDays(w.lastDay, -75) && c.sector === 'private') {
      c.engagement = 'never';
      never--;
    } else if (extraPartners > 0 && c.size !== '1-9') {
      c.engagement = 'partner';
      extraPartners--;
    } else c.engagement = random.chance(0.5) ? 'regular' : 'occasional';
  }
}

/** Openings (~80) at ~55 companies: small tasks for a few hours a week. */
function buildOpenings(random: Random, rows: CompanyRows, companies: NetworkCompany[], w: NetworkWindow, consultants: DemoStaff[]): void {
  const target = random.int(74, 88);
  const weight: Record<Engagement, number> = { partner: 5, regular: 1.5, occasional: 0.4, never: 0 };
  const pool = companies.map((c): [NetworkCompany, number] => [c, weight[c.engagement] * (c.code === null ? 0.2 : 1)]);
  let made = 0;
  while (made < target) {
    const c = random.weighted(pool);
    if (c.openings.length >= 3) continue;
    const count = Math.min(target - made, c.openings.length > 0 ? 1 : random.weighted<number>([[1, 70], [2, 25], [3, 5]]));
    for (let k = 0; k < count; k++) {
      const unused = c.entry.tasks.filter((t) => !c.openings.some((o) => o.task === t));
      const task = random.pick(unused.length > 0 ? unused : c.entry.tasks);
      const hoursMin = Math.max(4, Math.min(10, task.hours[0] + random.int(0, 2)));
      const hoursMax = Math.min(15, Math.max(hoursMin + 1, Math.min(task.hours[1] + 2, hoursMin + random.int(2, 6))));
      // Placements taken from open openings fill some of them later (settleOpenings).
      const status = random.weighted<'open' | 'filled' | 'closed'>([['open', 72], ['filled', 10], ['closed', 18]]);
      const earliest = maxDate(w.windowStart, c.createdOn);
      let openFrom: string;
      let openTo: string | null = null;
      if (status === 'open') openFrom = random.dateBetween(maxDate(earliest, addDays(w.lastDay, -270)), addDays(w.lastDay, -2));
      else if (status === 'filled') openFrom = random.dateBetween(earliest, maxDate(earliest, addDays(w.lastDay, -30)));
      else {
        openFrom = random.dateBetween(earliest, maxDate(earliest, addDays(w.lastDay, -120)));
        openTo = minDate(addDays(openFrom, random.int(30, 120)), addDays(w.lastDay, -1));
        if (openTo < openFrom) openTo = openFrom;
      }
      if (openFrom > w.lastDay) openFrom = w.lastDay;
      const createdBy = random.chance(0.8) ? c.owner : random.pick(consultants);
      const places = c.size === '1-9' ? 1 : random.weighted<number>([[1, 60], [2, 30], [3, 10]]);
      const contact = c.contacts.find((p) => p.active);
      const id = random.uuid();
      const paidFromStart = task.paid ? random.chance(0.6) : random.chance(0.04);
      const row: Row<'opening'> = {
        id,
        company_id: c.id,
        title: task.title,
        tasks: task.tasks,
        occupation_code: task.occupation,
        industry_code: c.code,
        postcode: c.workPostcode,
        hours_min: hoursMin,
        hours_max: hoursMax,
        paid_from_start: paidFromStart,
        places,
        status,
        open_from: openFrom,
        open_to: openTo,
        contact_person_id: contact && random.chance(0.85) ? contact.id : null,
        version: status === 'open' ? 1 : 2,
        created_by: createdBy.id,
        created_at: stamp(openFrom, random.int(0, 300)),
        updated_at: stamp(openTo ?? openFrom, 400),
      };
      rows.opening.push(row);
      c.openings.push({ id, task, places, openFrom, openTo, paidFromStart, taken: [], row });
      c.events.push({ date: openFrom, kind: 'job_order', staffId: createdBy.id, note: `Jobordre: ${task.title.charAt(0).toLowerCase()}${task.title.slice(1)}.` });
      made++;
    }
  }
}

/**
 * Sets an opening's status from the placements made from it: filled when its
 * places are taken by running placements, and dated when that happened (an
 * opening made as filled is dated no earlier than the last placement taken
 * from it, so it was open on that placement's match date).
 */
export function settleOpenings(companies: readonly NetworkCompany[]): void {
  for (const c of companies) {
    for (const o of c.openings) {
      if (o.taken.length === 0) continue;
      const running = o.taken.filter((t) => t.to === null).length;
      const lastStart = o.taken.map((t) => t.from).sort().at(-1) ?? o.openFrom;
      if (running >= o.places) {
        o.row.status = 'filled';
        o.row.open_to = null;
        o.row.version = 2;
        o.row.updated_at = stamp(lastStart, 410);
      } else if (o.row.status === 'closed' && o.openTo !== null && o.openTo < lastStart) {
        o.row.open_to = lastStart;
        o.row.updated_at = stamp(lastStart, 410);
      } else if (o.row.status === 'filled' && String(o.row.updated_at) < stamp(lastStart, 410)) {
        // Marked filled when it was made, but placements were still taken from it: filled when the last one started.
        o.row.updated_at = stamp(lastStart, 410);
      }
    }
  }
}

export function buildNetwork(ctx: DemoContext, random: Random, rows: CompanyRows, w: NetworkWindow): Network {
  const consultants = ctx.staff.filter((s) => s.roles.includes('virksomhedskonsulent'));
  const brokers = ctx.staff.filter((s) => s.roles.includes('jobformidler'));
  if (consultants.length === 0) throw new Error('Demo seed: no virksomhedskonsulent to own companies.');
  const companies = buildCompanies(ctx, random.fork('companies'), rows, w, { consultants, brokers });
  buildAgreements(random.fork('agreements'), rows, companies, w);
  assignEngagement(random.fork('engagement'), companies, w);
  buildOpenings(random.fork('openings'), rows, companies, w, consultants);
  return { companies, consultants, brokers };
}

/** The agreement terms in force at the company on `day`, if any. */
export function agreementOn(c: NetworkCompany, day: string): AgreementTerms | undefined {
  let found: AgreementTerms | undefined;
  for (const versions of c.agreements) {
    const current = versions.filter((v) => v.madeOn <= day).at(-1) ?? (versions[0] && versions[0].from <= day ? versions[0] : undefined);
    if (current && current.from <= day && (current.to === null || day <= current.to)) {
      if (!found || (current.readiness && !found.readiness)) found = current;
    }
  }
  return found;
}

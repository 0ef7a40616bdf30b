/**
 * Demo area "organisation": Fjordby Kommune, its job centre, two teams and
 * an outreach office in the housing area Solbakken, and 27 staff members,
 * among them the six fixed demo logins.
 */
import type { HousingArea } from '../../domain/organisation/housing-areas.ts';
import type { Role } from '../../domain/organisation/roles.ts';
import { addDays, addYears } from './dates.ts';
import { insertRows, requireUnit, type DemoArea, type DemoContext, type DemoStaff, type DemoUnit, type UnitKey } from './context.ts';
import { asciiSlug, housingArea, personName, settledOrigins } from './names.ts';

/** Staff e-mail domain; a reserved test TLD, so no mail can reach anyone real. */
export const staffMailDomain = 'fjordby.example';

export const demoUnits: readonly Omit<DemoUnit, 'id'>[] = [
  { key: 'municipality', name: 'Fjordby Kommune', kind: 'municipality', parentKey: null, housingArea: null },
  { key: 'jobcentre', name: 'Jobcenter Fjordby', kind: 'jobcentre', parentKey: 'municipality', housingArea: null },
  { key: 'jobOgVirksomhed', name: 'Team Job og Virksomhed', kind: 'team', parentKey: 'jobcentre', housingArea: null },
  { key: 'ressource', name: 'Team Ressource og Rehabilitering', kind: 'team', parentKey: 'jobcentre', housingArea: null },
  {
    key: 'outreach',
    name: 'Jobcenter Nord – Udkørende kontor, Solbakken',
    kind: 'outreach_office',
    parentKey: 'jobcentre',
    housingArea: 'Solbakken',
  },
];

/** The six demo logins (password 'demo'): fixed usernames, names and units. */
export const demoLogins: readonly { username: string; role: Role; unitKey: UnitKey; firstName: string; lastName: string }[] = [
  { username: 'jobformidler', role: 'jobformidler', unitKey: 'jobOgVirksomhed', firstName: 'Mette', lastName: 'Holm' },
  { username: 'virksomhedskonsulent', role: 'virksomhedskonsulent', unitKey: 'jobOgVirksomhed', firstName: 'Jonas', lastName: 'Kjær' },
  { username: 'mentor', role: 'mentor', unitKey: 'jobOgVirksomhed', firstName: 'Amina', lastName: 'Yusuf' },
  { username: 'leder', role: 'leder', unitKey: 'jobcentre', firstName: 'Birgitte', lastName: 'Lund' },
  { username: 'analytiker', role: 'analytiker', unitKey: 'jobcentre', firstName: 'Henrik', lastName: 'Dahl' },
  { username: 'admin', role: 'admin', unitKey: 'municipality', firstName: 'Susanne', lastName: 'Friis' },
];

/**
 * Staff per unit and role, including the demo logins. Caseloads follow:
 * 6 jobformidlere for ~276 citizens in Team Job og Virksomhed (~46 each),
 * 4 for ~180 in Team Ressource (~45), 3 for ~144 at the outreach office
 * (~48, under the 004 ceiling of 50).
 */
export const staffPlan: readonly { unitKey: UnitKey; role: Role; count: number }[] = [
  { unitKey: 'municipality', role: 'admin', count: 1 },
  { unitKey: 'jobcentre', role: 'leder', count: 1 },
  { unitKey: 'jobcentre', role: 'analytiker', count: 1 },
  { unitKey: 'jobOgVirksomhed', role: 'leder', count: 1 },
  { unitKey: 'jobOgVirksomhed', role: 'jobformidler', count: 6 },
  { unitKey: 'jobOgVirksomhed', role: 'virksomhedskonsulent', count: 3 },
  { unitKey: 'jobOgVirksomhed', role: 'mentor', count: 1 },
  { unitKey: 'ressource', role: 'leder', count: 1 },
  { unitKey: 'ressource', role: 'jobformidler', count: 4 },
  { unitKey: 'ressource', role: 'virksomhedskonsulent', count: 1 },
  { unitKey: 'ressource', role: 'mentor', count: 1 },
  { unitKey: 'outreach', role: 'leder', count: 1 },
  { unitKey: 'outreach', role: 'jobformidler', count: 3 },
  { unitKey: 'outreach', role: 'virksomhedskonsulent', count: 1 },
  { unitKey: 'outreach', role: 'mentor', count: 1 },
];

async function seedUnits(ctx: DemoContext): Promise<void> {
  const rows = demoUnits.map((unit) => {
    const id = ctx.random.uuid();
    const parentId = unit.parentKey ? requireUnit(ctx, unit.parentKey).id : null;
    ctx.units.set(unit.key, { ...unit, id });
    return { id, parent_id: parentId, kind: unit.kind, name: unit.name, housing_area: unit.housingArea };
  });
  await insertRows(ctx, 'unit', rows);
}

/** The demo municipality's housing areas as its admin would define them: the blocks of Solbakken, 4300. */
export const demoHousingAreas: readonly HousingArea[] = [
  { id: 'solbakken', name: housingArea.name, postcodes: [], addresses: [{ street: housingArea.name, postcode: housingArea.postcode, from: 1, to: housingArea.lastNumber }] },
];

/** The municipality's housing areas, so the TRIN target group can be checked from the first start. */
async function seedHousingAreas(ctx: DemoContext): Promise<void> {
  // A stream of its own, so adding areas leaves every other generated value unchanged.
  const random = ctx.random.fork('housing-areas');
  const municipality = requireUnit(ctx, 'municipality');
  await insertRows(
    ctx,
    'housing_area',
    demoHousingAreas.map((area) => ({
      id: random.uuid(),
      municipality_id: municipality.id,
      name: area.name,
      postcodes: [...area.postcodes],
      addresses: JSON.stringify(area.addresses),
    })),
  );
}

async function seedStaff(ctx: DemoContext): Promise<void> {
  const { random } = ctx;
  const mailbox = (firstName: string, lastName: string) => `${asciiSlug(firstName)}.${asciiSlug(lastName)}`.replace(/-/g, '.');
  // Demo logins' mailboxes are reserved as usernames too, so no one else gets 'mette.holm'.
  const usedUsernames = new Set<string>(demoLogins.flatMap((l) => [l.username, mailbox(l.firstName, l.lastName)]));
  const usedNames = new Set<string>(demoLogins.map((l) => `${l.firstName} ${l.lastName}`));
  const demoLeft = [...demoLogins];
  const staff: (DemoStaff & { email: string; activeFrom: string })[] = [];

  for (const { unitKey, role, count } of staffPlan) {
    const unit = requireUnit(ctx, unitKey);
    for (let i = 0; i < count; i++) {
      const demoIndex = demoLeft.findIndex((l) => l.role === role && l.unitKey === unitKey);
      const demo = demoIndex >= 0 ? demoLeft.splice(demoIndex, 1)[0] : undefined;
      let firstName: string;
      let lastName: string;
      let username: string;
      let localPart: string;
      if (demo) {
        ({ firstName, lastName, username } = demo);
        localPart = mailbox(firstName, lastName);
      } else {
        // Staff are mostly of Danish origin, a few not; born 1962-1998.
        for (;;) {
          const birthYear = random.int(1962, 1998);
          const origin = random.chance(0.08) ? random.weighted(settledOrigins) : 'danish';
          ({ firstName, lastName } = personName(random, random.chance(0.62) ? 'female' : 'male', birthYear, origin));
          // Staff carry one surname for short usernames.
          lastName = lastName.split(' ').at(-1) ?? lastName;
          if (!usedNames.has(`${firstName} ${lastName}`)) break;
        }
        const base = mailbox(firstName, lastName);
        username = base;
        for (let n = 2; usedUsernames.has(username); n++) username = `${base}${n}`;
        localPart = username;
      }
      usedUsernames.add(username);
      usedNames.add(`${firstName} ${lastName}`);
      // Hired between 15 years and 4 months ago.
      const activeFrom = random.dateBetween(addYears(ctx.today, -15), addDays(ctx.today, -120));
      staff.push({
        id: random.uuid(),
        username,
        displayName: `${firstName} ${lastName}`,
        roles: [role],
        unitKey,
        unitId: unit.id,
        demoLogin: demo !== undefined,
        email: `${localPart}@${staffMailDomain}`,
        activeFrom,
      });
    }
  }
  if (demoLeft.length > 0) throw new Error(`Demo seed: no staff slot for demo login(s) ${demoLeft.map((l) => l.username).join(', ')}.`);

  await insertRows(
    ctx,
    'staff',
    staff.map((s) => ({
      id: s.id,
      username: s.username,
      display_name: s.displayName,
      email: s.email,
      unit_id: s.unitId,
      roles: s.roles,
      password_hash: ctx.passwordHash,
      active_from: s.activeFrom,
    })),
  );
  for (const { email: _email, activeFrom: _from, ...s } of staff) ctx.staff.push(s);
}

export const organisationArea: DemoArea = {
  name: 'organisation',
  async run(ctx) {
    await seedUnits(ctx);
    await seedHousingAreas(ctx);
    await seedStaff(ctx);
  },
};

/**
 * The shared context every demo area seeder receives, and the small helpers
 * they share. An area reads what earlier areas created (units, staff,
 * citizens and their benefit histories) from the context and adds its own.
 */
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Role } from '../../domain/organisation/roles.ts';
import type { Sex } from '../../domain/identity/cpr.ts';
import type { Random } from './random.ts';
import type { Origin } from './names.ts';

/** Stable keys for the demo organisation units. */
export type UnitKey = 'municipality' | 'jobcentre' | 'jobOgVirksomhed' | 'ressource' | 'outreach';

export interface DemoUnit {
  key: UnitKey;
  id: string;
  name: string;
  kind: 'municipality' | 'jobcentre' | 'team' | 'outreach_office';
  parentKey: UnitKey | null;
  housingArea: string | null;
}

export interface DemoStaff {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  unitKey: UnitKey;
  unitId: string;
  /** One of the six fixed demo logins. */
  demoLogin: boolean;
}

/**
 * The benefit-history profile a citizen was generated from. Later areas use
 * it to pick plausible citizens (e.g. courses under Flere skal med for
 * 'longTermActivityReady'), but target-group membership must always be
 * computed from the spells, never read from this label.
 */
export type CitizenProfile =
  | 'longTermActivityReady' // activity-ready cash benefit, continuously > 5 years
  | 'activityReady' // activity-ready cash benefit, < 5 years
  | 'jobReady' // job-ready cash benefit
  | 'educationBenefit' // uddannelseshjælp, under 30
  | 'integrationBenefit' // integrationsydelse
  | 'resourceProgramme' // in ressourceforløb
  | 'towardsResourceProgramme'; // activity-ready, being prepared for the rehabilitation team

export type BenefitType =
  | 'kontanthjaelp'
  | 'uddannelseshjaelp'
  | 'integrationsydelse'
  | 'ressourceforloeb'
  | 'sygedagpenge'
  | 'dagpenge'
  | 'ledighedsydelse'
  | 'fleksjob'
  | 'foertidspension';

export type Readiness = 'aktivitetsparat' | 'jobparat';

export interface DemoSpell {
  id: string;
  benefitType: BenefitType;
  readiness: Readiness | null;
  from: string;
  /** Inclusive; null = ongoing. */
  to: string | null;
  source: 'case' | 'register';
}

export interface DemoCitizen {
  id: string;
  pseudonym: string;
  firstName: string;
  lastName: string;
  sex: Sex;
  birthDate: string;
  unitKey: UnitKey;
  unitId: string;
  responsibleStaffId: string;
  profile: CitizenProfile;
  /** Where the name comes from; also bounds e.g. when an integration-benefit spell can start. */
  origin: Origin;
  /** Filled in by the benefits area, oldest first. */
  spells: DemoSpell[];
  /** The registered address, which places the citizen in a housing area (or none). */
  address: { addressLine: string; postcode: string };
}

export interface DemoContext {
  /** The one transaction the whole seed runs in. */
  trx: Kysely<Database>;
  /** This area's own deterministic stream (forked from the seed by area name). */
  random: Random;
  seed: number;
  /** ISO date the data set is built around. */
  today: string;
  /** Start of the 18-month history window ('today' minus 18 months). */
  historyStart: string;
  /** argon2id hash of the demo password, computed once. */
  passwordHash: string;
  units: Map<UnitKey, DemoUnit>;
  staff: DemoStaff[];
  citizens: DemoCitizen[];
  /** Row counts per table inserted so far, for the summary and for logging. */
  inserted: Record<string, number>;
  /** The installation secret, when the demo register is to be imported (register.ts); absent = no register. */
  registerSecret?: Uint8Array;
  /** Synthetic register persons per other municipality (register.ts). */
  registerPersonsPerMunicipality?: number;
  /**
   * Work that needs its own transactions (the register import): run in order
   * after the seed has committed, or discarded when it rolls back.
   */
  afterCommit: AfterCommit[];
}

export interface AfterCommit {
  run(db: Kysely<Database>): Promise<void>;
  discard(): void;
}

export interface DemoArea {
  name: string;
  run(ctx: DemoContext): Promise<void>;
}

export function requireUnit(ctx: DemoContext, key: UnitKey): DemoUnit {
  const unit = ctx.units.get(key);
  if (!unit) throw new Error(`Demo seed: unit '${key}' has not been seeded yet (check the area order).`);
  return unit;
}

export function staffWithRole(ctx: DemoContext, role: Role, unitKey?: UnitKey): DemoStaff[] {
  return ctx.staff.filter((s) => s.roles.includes(role) && (unitKey === undefined || s.unitKey === unitKey));
}

export function staffByUsername(ctx: DemoContext, username: string): DemoStaff {
  const found = ctx.staff.find((s) => s.username === username);
  if (!found) throw new Error(`Demo seed: no staff member '${username}'.`);
  return found;
}

export const insertBatchSize = 200;

/** Inserts rows in multi-row statements of `batchSize` rows and counts them in ctx.inserted. */
export async function insertRows<T extends keyof Database & string>(
  ctx: DemoContext,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  batchSize = insertBatchSize,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    const chunk = rows.slice(i, i + batchSize);
    // Kysely cannot narrow a generic table name; the row type is checked at the call site.
    await ctx.trx.insertInto(table).values(chunk as never).execute();
  }
  ctx.inserted[table] = (ctx.inserted[table] ?? 0) + rows.length;
}

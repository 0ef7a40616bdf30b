/**
 * The demo municipality: a realistic, deterministic data set for demo mode
 * and for developing screens against. Fjordby Kommune with a job centre,
 * two teams and an outreach office, 27 staff (six fixed demo logins with the
 * password 'demo'), 600 citizens and 18 months (and more) of benefit history.
 *
 * The seed is a list of area seeders run in order inside one transaction;
 * each gets the shared context with its own random stream (forked by area
 * name, so adding an area does not change the data of the others). A later
 * issue extends the data set by writing e.g. `companies.ts` exporting a
 * `DemoArea` and appending it to `demoAreas` below.
 *
 * Callers decide when seeding is allowed (demo mode only); this module only
 * refuses a database that already has staff.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { hashPassword } from '../../platform/password.ts';
import { benefitsArea } from './benefits.ts';
import { casesArea } from './cases.ts';
import { citizensArea } from './citizens.ts';
import { companiesArea } from './companies.ts';
import type { AfterCommit, DemoArea, DemoContext } from './context.ts';
import { addMonths, isIsoDate, localToday } from './dates.ts';
import { demoLogins, organisationArea } from './organisation.ts';
import { fidelityArea } from './fidelity.ts';
import { Random } from './random.ts';
import { registerArea } from './register.ts';

export type { DemoArea, DemoContext, DemoCitizen, DemoSpell, DemoStaff, DemoUnit, UnitKey, CitizenProfile } from './context.ts';
export { demoLogins } from './organisation.ts';

/** The password of every demo staff member (demo mode only). */
export const demoPassword = 'demo';

/** The seed number used when none is given (the same default as `jobspor seed --demo`). */
export const defaultDemoSeed = 1;

/** The areas, in order. Append new areas at the end. */
export const demoAreas: readonly DemoArea[] = [organisationArea, citizensArea, benefitsArea, casesArea, companiesArea, registerArea, fidelityArea];

export interface DemoOptions {
  /** Seed number; the same seed and `today` give identical data. */
  seed?: number;
  /** ISO date the data set is built around; default the current date. */
  today?: string;
  /**
   * The installation secret (platform/installation-secret.ts). Given, the
   * seed also imports the demo register extracts (register.ts) keyed by it,
   * after the seed's own transaction; absent, there is no register.
   */
  registerSecret?: Uint8Array;
  /** Synthetic register persons per other municipality (default register.ts demoPersonsPerMunicipality); tests use fewer. */
  registerPersonsPerMunicipality?: number;
}

export interface DemoSummary {
  units: number;
  staff: number;
  citizens: number;
  benefitSpells: number;
  logins: { username: string; role: string; unit: string }[];
}

/** Seeds the demo municipality into an empty database (no staff rows), in one transaction. */
export function seedDemo(db: Kysely<Database>, options: DemoOptions = {}): Promise<DemoSummary> {
  return runDemoSeed(db, demoAreas, options);
}

/** Runs the given areas as one seed; `seedDemo` with the standard areas is the normal entry point. */
export async function runDemoSeed(db: Kysely<Database>, areas: readonly DemoArea[], options: DemoOptions = {}): Promise<DemoSummary> {
  const seed = options.seed ?? defaultDemoSeed;
  if (!Number.isSafeInteger(seed)) throw new Error(`Demo seed: the seed must be an integer, got ${String(options.seed)}.`);
  const today = options.today ?? localToday();
  if (!isIsoDate(today)) throw new Error(`Demo seed: 'today' must be an ISO date (YYYY-MM-DD), got '${today}'.`);
  const names = new Set<string>();
  for (const area of areas) {
    if (names.has(area.name)) throw new Error(`Demo seed: two areas are called '${area.name}'.`);
    names.add(area.name);
  }

  // Hashed once (argon2id is deliberately slow) and before the transaction opens.
  const passwordHash = await hashPassword(demoPassword);
  const root = new Random(seed);

  const afterCommit: AfterCommit[] = [];
  let summary: DemoSummary;
  try {
    summary = await seedInTransaction();
  } catch (error) {
    for (const task of afterCommit) task.discard();
    throw error;
  }
  for (const task of afterCommit) await task.run(db);
  return summary;

  function seedInTransaction(): Promise<DemoSummary> {
    return db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('staff')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      if (Number(existing.n) > 0) {
        throw new Error(
          `Demo seed refused: the database already has ${Number(existing.n)} staff member(s). The demo data can only be seeded into an empty database.`,
        );
      }
      const ctx: DemoContext = {
        trx,
        random: root,
        seed,
        today,
        historyStart: addMonths(today, -18),
        passwordHash,
        units: new Map(),
        staff: [],
        citizens: [],
        inserted: {},
        ...(options.registerSecret ? { registerSecret: options.registerSecret } : {}),
      ...(options.registerPersonsPerMunicipality !== undefined ? { registerPersonsPerMunicipality: options.registerPersonsPerMunicipality } : {}),
        afterCommit,
      };
      for (const area of areas) {
        try {
          await area.run({ ...ctx, random: root.fork(area.name) });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(`Demo seed: area '${area.name}' failed: ${message}`, { cause: error });
        }
      }
      return {
        units: ctx.units.size,
        staff: ctx.staff.length,
        citizens: ctx.citizens.length,
        benefitSpells: ctx.inserted['benefit_spell'] ?? 0,
        // In the order of `demoLogins` (front line first).
        logins: demoLogins.flatMap((login) =>
          ctx.staff
            .filter((s) => s.demoLogin && s.username === login.username)
            .map((s) => ({ username: s.username, role: login.role, unit: ctx.units.get(s.unitKey)?.name ?? '' })),
        ),
      };
    });
  }
}

/**
 * Clusters (klynger) of comparable municipalities: a unit's report compares
 * it with its cluster. Seeded from a framework condition in the register
 * when none are stored (the share of residents on long-term public benefit,
 * domain/monitoring/clusters.ts), grouped into clusters of near-equal size
 * by that share; an analyst or administrator may then edit them (basis
 * 'manual').
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { longTermBenefitShares, seedClusters, type FrameworkShare } from '../../domain/monitoring/clusters.ts';
import { endOfMonth, monthKey, monthOfDay } from '../../domain/monitoring/months.ts';
import { toDay } from '../../domain/rules/days.ts';
import type { MonthIndex } from '../../domain/monitoring/person-periods.ts';
import { registry } from '../../domain/models/registry.ts';
import { personPeriodBatches } from './person-periods.ts';
import { loadUnitDirectory } from './units.ts';

export interface StoredCluster {
  id: string;
  name: string;
  municipalities: { code: string; name: string }[];
}

export interface ClusterList {
  clusters: StoredCluster[];
  basis: string;
}

export interface ClusterInput {
  clusters: { id: string; name: string; municipalities: readonly string[] }[];
}

export class ClusterInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/**
 * The framework condition per municipality (domain/monitoring/clusters.ts:
 * residents on public benefit in at least 80 % of their covered weeks in
 * the 12 months up to the latest covered month), over every register person
 * in batches; the month it is measured in. Null when no extract covers a week.
 */
export async function registerFrameworkShares(db: Kysely<Database>): Promise<{ month: MonthIndex; shares: FrameworkShare[] } | null> {
  const last = await sql<{ to: string | null }>`
    SELECT max(period_to) AS "to" FROM register_import WHERE rolled_back_at IS NULL AND kind = 'benefit_weeks'`.execute(db);
  const to = last.rows[0]?.to;
  if (!to) return null;
  // The month of the last covered week (by its Thursday), unless a later week of that month is not covered.
  const thursday = toDay(to) - 3;
  const month = monthOfDay(thursday) - (monthOfDay(thursday + 7) === monthOfDay(thursday) ? 1 : 0);
  const directory = await loadUnitDirectory(db);
  const sums = new Map<string, FrameworkShare>();
  const model = registry.latest()[0]!.id; // any model: everyone is loaded, enrolled or not
  for await (const batch of personPeriodBatches(db, { model, asOf: endOfMonth(month), directory, everyone: true })) {
    for (const share of longTermBenefitShares(batch, month)) {
      const sum = sums.get(share.municipality);
      if (sum) {
        sum.numerator += share.numerator;
        sum.denominator += share.denominator;
      } else sums.set(share.municipality, { ...share });
    }
  }
  return { month, shares: [...sums.values()] };
}

/** Seeds the clusters from the register when none are stored; returns whether it did. */
export async function ensureClusters(db: Kysely<Database>): Promise<boolean> {
  const existing = await db.selectFrom('municipality_cluster').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return false;
  return seedClustersFromRegister(db);
}

/** Replaces the clusters with ones seeded from the register's framework condition; false when the register is empty. */
export async function seedClustersFromRegister(db: Kysely<Database>): Promise<boolean> {
  const framework = await registerFrameworkShares(db);
  if (!framework) return false;
  const measured = framework.shares.filter((s) => s.denominator > 0).length;
  // About 15-20 municipalities a cluster (5 for the whole country), so thirds within a cluster mean something.
  const clusters = seedClusters(framework.shares, { k: Math.max(1, Math.min(5, Math.round(measured / 15))) });
  if (clusters.length === 0) return false;
  const basis = `register:long-term-benefit-share:${monthKey(framework.month)}`;
  const pct = (x: number) => Math.round(x);
  const rows = clusters.flatMap((c) =>
    c.municipalities.map((code) => ({
      municipality_code: code,
      cluster_id: c.id,
      cluster_name: `Klynge ${c.position}: ${pct(c.minShare)}-${pct(c.maxShare)} % på langvarig offentlig forsørgelse`,
      basis,
    })),
  );
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('municipality_cluster').execute();
    await trx.insertInto('municipality_cluster').values(rows).execute();
  });
  return true;
}

/** Every cluster with its municipalities, and how they were made. */
export async function listClusters(db: Kysely<Database>): Promise<ClusterList> {
  const rows = await sql<{ code: string; name: string; cluster_id: string; cluster_name: string; basis: string }>`
    SELECT c.municipality_code AS code, m.name, c.cluster_id, c.cluster_name, c.basis
    FROM municipality_cluster c JOIN municipality m ON m.code = c.municipality_code
    ORDER BY c.cluster_id, m.name`.execute(db);
  const clusters = new Map<string, StoredCluster>();
  const bases = new Set<string>();
  for (const r of rows.rows) {
    bases.add(r.basis);
    let cluster = clusters.get(r.cluster_id);
    if (!cluster) clusters.set(r.cluster_id, (cluster = { id: r.cluster_id, name: r.cluster_name, municipalities: [] }));
    cluster.municipalities.push({ code: r.code, name: r.name });
  }
  const sorted = [...clusters.values()].sort((a, b) => a.id.localeCompare(b.id, 'da', { numeric: true }));
  return { clusters: sorted, basis: bases.size === 1 ? [...bases][0]! : bases.size === 0 ? 'none' : 'manual' };
}

/** The cluster a municipality belongs to, with its members' codes; null when it has none. */
export async function clusterOf(db: Kysely<Database>, code: string): Promise<{ id: string; name: string; members: string[] } | null> {
  const rows = await sql<{ cluster_id: string; cluster_name: string; code: string }>`
    SELECT c.cluster_id, c.cluster_name, c.municipality_code AS code FROM municipality_cluster c
    WHERE c.cluster_id = (SELECT cluster_id FROM municipality_cluster WHERE municipality_code = ${code})`.execute(db);
  if (rows.rows.length === 0) return null;
  return { id: rows.rows[0]!.cluster_id, name: rows.rows[0]!.cluster_name, members: rows.rows.map((r) => r.code) };
}

/** Replaces every cluster (basis 'manual'). Each municipality at most once; every code must be a known municipality. */
export async function saveClusters(db: Kysely<Database>, input: ClusterInput): Promise<void> {
  const seen = new Map<string, string>();
  const ids = new Set<string>();
  input.clusters.forEach((c, i) => {
    if (ids.has(c.id)) throw new ClusterInputError(`Klyngen "${c.id}" findes to gange.`, `clusters.${i}.id`);
    ids.add(c.id);
    c.municipalities.forEach((code, j) => {
      const other = seen.get(code);
      if (other !== undefined) throw new ClusterInputError(`Kommune ${code} er både i klynge "${other}" og "${c.id}".`, `clusters.${i}.municipalities.${j}`);
      seen.set(code, c.id);
    });
  });
  if (seen.size) {
    const known = new Set((await sql<{ code: string }>`SELECT code FROM municipality`.execute(db)).rows.map((r) => r.code));
    input.clusters.forEach((c, i) =>
      c.municipalities.forEach((code, j) => {
        if (!known.has(code)) throw new ClusterInputError(`Ukendt kommunekode ${code}.`, `clusters.${i}.municipalities.${j}`);
      }),
    );
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('municipality_cluster').execute();
    const rows = input.clusters.flatMap((c) => c.municipalities.map((code) => ({ municipality_code: code, cluster_id: c.id, cluster_name: c.name, basis: 'manual' })));
    if (rows.length) await trx.insertInto('municipality_cluster').values(rows).execute();
  });
}

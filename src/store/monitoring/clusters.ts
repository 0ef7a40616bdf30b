/**
 * Clusters (klynger) of comparable municipalities: a unit's report compares
 * it with its cluster. Seeded from a framework condition in the register
 * when none are stored (the share of the municipality's register persons
 * on long-term public benefit: at least 42 of the last 52 covered weeks,
 * i.e. 80 %), grouped into clusters of near-equal size by that share; an
 * analyst or administrator may then edit them (basis 'manual').
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { benefitStateCode, publicBenefitStates } from '../../domain/registers/states.ts';

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

/** Weeks on public benefit among the last 52 that make a person long-term supported (80 %). */
export const LONG_TERM_WEEKS = 42;
/** Target number of municipalities per seeded cluster. */
const CLUSTER_SIZE = 20;

export class ClusterInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** Per municipality with register persons: persons and the share on long-term public benefit at the latest covered week. */
export async function longTermBenefitShares(db: Kysely<Database>): Promise<{ asOf: string | null; shares: { code: string; persons: number; share: number }[] }> {
  const last = await sql<{ to: string | null }>`
    SELECT max(period_to) AS "to" FROM register_import WHERE rolled_back_at IS NULL AND kind = 'benefit_weeks'`.execute(db);
  const asOf = last.rows[0]?.to ?? null;
  if (!asOf) return { asOf: null, shares: [] };
  const codes = publicBenefitStates.map((s) => benefitStateCode[s]);
  const rows = await sql<{ code: string; persons: number; long_term: number }>`
    SELECT rp.municipality AS code, count(*)::int AS persons,
      count(*) FILTER (WHERE (
        SELECT count(*) FROM unnest(t.states[greatest(1, i.idx - 51):i.idx]) s WHERE s = ANY(${codes}::smallint[])
      ) >= ${LONG_TERM_WEEKS})::int AS long_term
    FROM register_person rp
    LEFT JOIN register_person_timeline t ON t.person_id = rp.id
    LEFT JOIN LATERAL (SELECT ((date_trunc('week', ${asOf}::date)::date - t.first_week) / 7 + 1) AS idx) i ON true
    WHERE rp.municipality IS NOT NULL
    GROUP BY rp.municipality`.execute(db);
  return { asOf, shares: rows.rows.map((r) => ({ code: r.code, persons: r.persons, share: r.persons ? r.long_term / r.persons : 0 })) };
}

/** Seeds the clusters from the register when none are stored; returns whether it did. */
export async function ensureClusters(db: Kysely<Database>): Promise<boolean> {
  const existing = await db.selectFrom('municipality_cluster').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return false;
  return seedClustersFromRegister(db);
}

/** Replaces the clusters with ones seeded from the register's framework condition; false when the register is empty. */
export async function seedClustersFromRegister(db: Kysely<Database>): Promise<boolean> {
  const { asOf, shares } = await longTermBenefitShares(db);
  if (!asOf || shares.length === 0) return false;
  const sorted = [...shares].sort((a, b) => a.share - b.share || a.code.localeCompare(b.code));
  const k = Math.max(1, Math.round(sorted.length / CLUSTER_SIZE));
  const basis = `register:long-term-benefit-share:${asOf.slice(0, 7)}`;
  const rows: { municipality_code: string; cluster_id: string; cluster_name: string; basis: string }[] = [];
  for (let c = 0; c < k; c++) {
    const members = sorted.slice(Math.floor((c * sorted.length) / k), Math.floor(((c + 1) * sorted.length) / k));
    if (members.length === 0) continue;
    const pct = (x: number) => Math.round(x * 100);
    const name = `Klynge ${c + 1}: ${pct(members[0]!.share)}-${pct(members[members.length - 1]!.share)} % på langvarig offentlig forsørgelse`;
    for (const m of members) rows.push({ municipality_code: m.code, cluster_id: `k${c + 1}`, cluster_name: name, basis });
  }
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

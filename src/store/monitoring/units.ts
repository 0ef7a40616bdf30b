/**
 * The units the monitoring reports on, as unit keys (schemas.ts):
 * 'country', 'municipality:<kommunekode>', 'unit:<uuid>' (job centre, team;
 * a municipality unit with a kommunekode is its 'municipality:<code>'),
 * 'staff:<uuid>'. Loaded once per computation or request: the whole unit
 * tree is small (hundreds of rows), the municipalities 98 or so.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export type UnitKind = 'country' | 'municipality' | 'jobcentre' | 'team' | 'staff';

export interface CaseUnit {
  id: string;
  parentId: string | null;
  kind: 'municipality' | 'jobcentre' | 'team' | 'outreach_office';
  name: string;
  municipalityCode: string | null;
}

export interface UnitDirectory {
  units: ReadonlyMap<string, CaseUnit>;
  /** Kommunekode -> name (register municipalities, and the case system's own). */
  municipalities: ReadonlyMap<string, string>;
  /** The report key of a case-system unit. */
  keyOf(unitId: string): string;
  /** Keys of the unit and every unit above it, nearest first (cached). */
  ancestorKeys(unitId: string): readonly string[];
  /** The kommunekode of the unit's municipality (its root), if it has one. */
  municipalityCodeOf(unitId: string): string | null;
}

export const COUNTRY = 'country';
export const municipalityKey = (code: string) => `municipality:${code}`;
export const staffKey = (id: string) => `staff:${id}`;

/** Loads every case-system unit and every municipality. */
export async function loadUnitDirectory(db: Kysely<Database>): Promise<UnitDirectory> {
  const [unitRows, municipalityRows] = await Promise.all([
    sql<{ id: string; parent_id: string | null; kind: CaseUnit['kind']; name: string; municipality_code: string | null }>`
      SELECT id, parent_id, kind, name, municipality_code FROM unit`.execute(db),
    sql<{ code: string; name: string }>`SELECT code, name FROM municipality`.execute(db),
  ]);
  const units = new Map<string, CaseUnit>(
    unitRows.rows.map((u) => [u.id, { id: u.id, parentId: u.parent_id, kind: u.kind, name: u.name, municipalityCode: u.municipality_code }]),
  );
  const municipalities = new Map(municipalityRows.rows.map((m) => [m.code, m.name]));
  const keyOf = (unitId: string) => {
    const code = units.get(unitId)?.municipalityCode;
    return code ? municipalityKey(code) : `unit:${unitId}`;
  };
  const ancestors = new Map<string, string[]>();
  const ancestorKeys = (unitId: string) => {
    let keys = ancestors.get(unitId);
    if (!keys) {
      keys = [];
      for (let u = units.get(unitId); u; u = u.parentId ? units.get(u.parentId) : undefined) keys.push(keyOf(u.id));
      ancestors.set(unitId, keys);
    }
    return keys;
  };
  const municipalityCodeOf = (unitId: string) => {
    let u = units.get(unitId);
    while (u?.parentId) u = units.get(u.parentId);
    return u?.municipalityCode ?? null;
  };
  return { units, municipalities, keyOf, ancestorKeys, municipalityCodeOf };
}

/** What a unit key names: its kind and a display name; undefined for an unknown key. */
export async function describeUnitKey(
  db: Kysely<Database>,
  directory: UnitDirectory,
  key: string,
): Promise<{ kind: UnitKind; name: string; unitId: string | null } | undefined> {
  if (key === COUNTRY) return { kind: 'country', name: 'Hele landet', unitId: null };
  const [type, id] = key.split(':') as [string, string];
  if (type === 'municipality') {
    const unit = [...directory.units.values()].find((u) => u.municipalityCode === id);
    const name = directory.municipalities.get(id) ?? unit?.name;
    return name === undefined ? undefined : { kind: 'municipality', name, unitId: unit?.id ?? null };
  }
  if (type === 'unit') {
    const unit = directory.units.get(id);
    // A municipality unit with a kommunekode is reported only as 'municipality:<code>' (its figures are stored there).
    if (!unit || unit.municipalityCode) return undefined;
    return { kind: unit.kind === 'municipality' ? 'municipality' : unit.kind === 'jobcentre' ? 'jobcentre' : 'team', name: unit.name, unitId: unit.id };
  }
  if (type === 'staff') {
    const staff = await db.selectFrom('staff').select(['display_name', 'unit_id']).where('id', '=', id).executeTakeFirst();
    return staff ? { kind: 'staff', name: staff.display_name, unitId: staff.unit_id } : undefined;
  }
  return undefined;
}

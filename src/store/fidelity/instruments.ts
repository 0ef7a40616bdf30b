/**
 * Fidelity instrument versions in the database (issue 12 §1). A version is
 * immutable: storing the same id and version again with the same content is
 * a no-op, with other content a conflict. The built-in instruments
 * (domain/fidelity/instruments) are written on start by
 * syncBuiltinInstruments; an organisation loads its own through the API or
 * `jobspor fidelity load`.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { DefinitionIssue } from '../../domain/models/schema.ts';
import { validateInstrument, type Instrument, type RespondentRole } from '../../domain/fidelity/instrument.ts';
import { builtinInstruments } from '../../domain/fidelity/instruments/index.ts';

/**
 * A refused fidelity operation: `kind` maps to the API's status (invalid
 * 400, not_found 404, conflict 409), `field` names the input at fault.
 */
export class FidelityError extends Error {
  constructor(
    readonly kind: 'invalid' | 'not_found' | 'conflict',
    readonly field: string,
    message: string,
    readonly issues: DefinitionIssue[] = [],
  ) {
    super(message);
  }
}

export interface StoredInstrument {
  instrument: Instrument;
  builtin: boolean;
  municipalityId: string | null;
  loadedAt: string;
}

export interface InstrumentSummaryRow {
  id: string;
  version: string;
  name: { da: string; en: string };
  modelId: string | null;
  builtin: boolean;
  scoring: Instrument['scoring']['method'];
  sections: number;
  items: number;
  respondentRoles: RespondentRole[];
  loadedAt: string;
}

/** JSON with object keys sorted, so two definitions compare equal whatever order jsonb gave their keys. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function summarise(instrument: Instrument, builtin: boolean, loadedAt: string): InstrumentSummaryRow {
  return {
    id: instrument.id,
    version: instrument.version,
    name: { da: instrument.name.da, en: instrument.name.en },
    modelId: instrument.modelId ?? null,
    builtin,
    scoring: instrument.scoring.method,
    sections: instrument.sections.length,
    items: instrument.sections.reduce((n, s) => n + s.items.length, 0),
    respondentRoles: [...instrument.respondentRoles],
    loadedAt,
  };
}

type Row = { id: string; version: string; definition: unknown; builtin: boolean; municipality_id: string | null; loaded_at: Date };

function fromRow(row: Row): StoredInstrument {
  const definition = typeof row.definition === 'string' ? JSON.parse(row.definition) : row.definition;
  const result = validateInstrument(definition);
  // Stored definitions were validated on the way in; a failure here is a schema change without a migration.
  if (!result.ok) throw new Error(`stored fidelity instrument ${row.id} ${row.version} no longer validates: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return { instrument: result.instrument, builtin: row.builtin, municipalityId: row.municipality_id, loadedAt: row.loaded_at.toISOString() };
}

/**
 * The instrument versions a municipality may use: the built-in ones and its
 * own (all of them when `municipalityId` is undefined, as for the CLI).
 */
export async function listInstruments(db: Kysely<Database>, municipalityId?: string): Promise<StoredInstrument[]> {
  let query = db.selectFrom('fidelity_instrument').select(['id', 'version', 'definition', 'builtin', 'municipality_id', 'loaded_at']);
  if (municipalityId !== undefined) {
    query = query.where((eb) => eb.or([eb('builtin', '=', true), eb('municipality_id', 'is', null), eb('municipality_id', '=', municipalityId)]));
  }
  const rows = await query.orderBy('id').orderBy('version').execute();
  return rows.map(fromRow);
}

/** One instrument version, or null when it does not exist (or belongs to another municipality). */
export async function getInstrument(db: Kysely<Database>, id: string, version: string, municipalityId?: string): Promise<StoredInstrument | null> {
  const row = await db
    .selectFrom('fidelity_instrument')
    .select(['id', 'version', 'definition', 'builtin', 'municipality_id', 'loaded_at'])
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) return null;
  if (municipalityId !== undefined && !row.builtin && row.municipality_id !== null && row.municipality_id !== municipalityId) return null;
  return fromRow(row);
}

export interface StoreInstrumentOptions {
  builtin?: boolean;
  municipalityId?: string | null;
  loadedBy?: string | null;
}

/**
 * Validates and stores an instrument version. Returns 'created' or
 * 'unchanged' (the same id, version and content already stored). Throws a
 * FidelityError: 'invalid' with the issues, or 'conflict' when the version
 * exists with other content.
 */
export async function storeInstrument(
  db: Kysely<Database>,
  input: unknown,
  options: StoreInstrumentOptions = {},
): Promise<{ status: 'created' | 'unchanged'; stored: StoredInstrument }> {
  const result = validateInstrument(input);
  if (!result.ok) throw new FidelityError('invalid', 'definition', 'Måleredskabet er ugyldigt.', result.issues);
  const instrument = result.instrument;
  const text = canonicalJson(instrument);
  const compare = (existing: StoredInstrument) => {
    if (canonicalJson(existing.instrument) === text) return { status: 'unchanged' as const, stored: existing };
    throw new FidelityError(
      'conflict',
      'version',
      `Måleredskabet ${instrument.id} findes allerede i version ${instrument.version} med et andet indhold; giv ændringen et nyt versionsnummer.`,
    );
  };
  const existing = await getInstrument(db, instrument.id, instrument.version);
  if (existing) return compare(existing);
  const row = await db
    .insertInto('fidelity_instrument')
    .values({
      id: instrument.id,
      version: instrument.version,
      model_id: instrument.modelId ?? null,
      definition: text,
      builtin: options.builtin ?? false,
      municipality_id: options.builtin ? null : (options.municipalityId ?? null),
      loaded_by: options.loadedBy ?? null,
    })
    // Two servers starting at once may both write a built-in: the second finds it there.
    .onConflict((oc) => oc.columns(['id', 'version']).doNothing())
    .returning('loaded_at')
    .executeTakeFirst();
  if (!row) return compare((await getInstrument(db, instrument.id, instrument.version))!);
  return { status: 'created', stored: { instrument, builtin: options.builtin ?? false, municipalityId: options.municipalityId ?? null, loadedAt: row.loaded_at.toISOString() } };
}

/**
 * Writes the built-in instruments that are missing. Idempotent; a built-in
 * whose content changed without a new version stops start-up (a developer's
 * error: ship the change as a new version).
 */
export async function syncBuiltinInstruments(db: Kysely<Database>, instruments: readonly Instrument[] = builtinInstruments): Promise<{ created: number; unchanged: number }> {
  let created = 0;
  let unchanged = 0;
  for (const instrument of instruments) {
    try {
      const { status } = await storeInstrument(db, instrument, { builtin: true });
      if (status === 'created') created += 1;
      else unchanged += 1;
    } catch (error) {
      if (error instanceof FidelityError) {
        const detail = error.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
        throw new Error(
          `Built-in fidelity instrument ${instrument.id} ${instrument.version}: ${error.kind === 'conflict' ? 'its content changed but its version did not; give it a new version' : `invalid (${detail})`}.`,
        );
      }
      throw error;
    }
  }
  return { created, unchanged };
}

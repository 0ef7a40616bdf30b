/**
 * Stored code lists (register_code_list). A list is never changed once
 * stored: loading a list under an existing name stores the next version.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { identityCodeList, isBenefitState, type CodeList } from '../../domain/registers/code-list.ts';
import type { BenefitState } from '../../domain/registers/states.ts';
import { RegisterError } from './errors.ts';

export interface StoredCodeList extends CodeList {
  id: number;
  loadedAt: string;
}

function toCodeList(row: { id: number; name: string; version: number; entries: Record<string, string>; loaded_at: Date }): StoredCodeList {
  const entries: Record<string, BenefitState> = {};
  for (const [code, state] of Object.entries(row.entries)) if (isBenefitState(state)) entries[code] = state;
  return { id: row.id, name: row.name, version: row.version, entries, loadedAt: new Date(row.loaded_at).toISOString() };
}

/** Stores a list as the next version of `name` (1 for a new name). */
export async function storeCodeList(db: Kysely<Database>, name: string, entries: Record<string, BenefitState>): Promise<StoredCodeList> {
  if (name.trim() === '') throw new RegisterError('bad_code_list', 'A code list needs a name.');
  return db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('register_code_list').select((eb) => eb.fn.max('version').as('v')).where('name', '=', name).executeTakeFirst();
    const row = await trx
      .insertInto('register_code_list')
      .values({ name, version: Number(last?.v ?? 0) + 1, entries: JSON.stringify(entries) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toCodeList(row);
  });
}

/** Every stored list, newest version first within a name. */
export async function listCodeLists(db: Kysely<Database>): Promise<StoredCodeList[]> {
  const rows = await db.selectFrom('register_code_list').selectAll().orderBy('name').orderBy('version', 'desc').execute();
  return rows.map(toCodeList);
}

/** The stored list `name` in `version`, or the shipped identity list for its own name; a RegisterError otherwise. */
export async function findCodeList(db: Kysely<Database>, name: string, version: number): Promise<CodeList> {
  const row = await db.selectFrom('register_code_list').selectAll().where('name', '=', name).where('version', '=', version).executeTakeFirst();
  if (row) return toCodeList(row);
  if (name === identityCodeList.name && version === identityCodeList.version) return identityCodeList;
  throw new RegisterError('code_list_not_found', `There is no code list "${name}" version ${version}.`);
}

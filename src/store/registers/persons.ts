/**
 * Register persons by key, resolved in batches: each distinct person cell
 * of an extract costs one HMAC and takes part in one batched look-up; the
 * ids are then cached for the rest of the import (a Map of person cell →
 * id, about 100 bytes a person). New persons who are citizens in the case
 * system (matched by CPR, store/identity.ts) get the citizen's id and
 * pseudonym; all others a new random pseudonym.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { newPseudonym } from '../../domain/identity/pseudonym.ts';
import { parseRegisterPerson, personKey } from '../../domain/registers/person-key.ts';
import { activeCitizensByCpr } from '../identity.ts';

export class PersonResolver {
  readonly #ids = new Map<string, number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly secret: Uint8Array,
  ) {}

  /** The id of a person cell already resolved (resolve() first). */
  id(person: string): number {
    const id = this.#ids.get(person);
    if (id === undefined) throw new Error('person not resolved');
    return id;
  }

  /** Resolves every person cell not yet known: existing persons are found, new ones created, citizens linked. */
  async resolve(persons: Iterable<string>): Promise<void> {
    const byKey = new Map<string, { cell: string; cpr: string | null }>();
    for (const cell of persons) {
      if (this.#ids.has(cell)) continue;
      const parsed = parseRegisterPerson(cell);
      if (!parsed) throw new Error('resolve() was given an unvalidated person cell');
      byKey.set(personKey(this.secret, parsed), { cell, cpr: parsed.kind === 'cpr' ? parsed.digits : null });
    }
    if (byKey.size === 0) return;
    const keys = [...byKey.keys()];
    const citizens = await activeCitizensByCpr(
      this.db,
      [...byKey.values()].flatMap((p) => (p.cpr ? [p.cpr] : [])),
    );
    const existing = await this.db
      .selectFrom('register_person')
      .select(['id', 'person_key', 'citizen_id'])
      .where(sql<boolean>`person_key = ANY(${keys}::text[])`)
      .execute();
    const relink: { id: number; citizenId: string; pseudonym: string }[] = [];
    for (const row of existing) {
      const person = byKey.get(row.person_key)!;
      this.#ids.set(person.cell, row.id);
      byKey.delete(row.person_key);
      // A person first seen before they became a citizen is linked now.
      const citizen = person.cpr ? citizens.get(person.cpr) : undefined;
      if (citizen && row.citizen_id === null) relink.push({ id: row.id, ...citizen });
    }
    if (relink.length) {
      await sql`UPDATE register_person p SET citizen_id = t.citizen_id, pseudonym = t.pseudonym
        FROM unnest(${relink.map((r) => r.id)}::int[], ${relink.map((r) => r.citizenId)}::uuid[], ${relink.map((r) => r.pseudonym)}::text[])
          AS t(id, citizen_id, pseudonym)
        WHERE p.id = t.id`.execute(this.db);
    }
    if (byKey.size === 0) return;
    const newKeys = [...byKey.keys()];
    const links = newKeys.map((key) => {
      const cpr = byKey.get(key)!.cpr;
      return cpr ? citizens.get(cpr) : undefined;
    });
    const inserted = await sql<{ id: number; person_key: string }>`INSERT INTO register_person (person_key, pseudonym, citizen_id)
      SELECT * FROM unnest(${newKeys}::text[], ${links.map((l) => l?.pseudonym ?? newPseudonym())}::text[], ${links.map((l) => l?.citizenId ?? null)}::uuid[])
      RETURNING id, person_key`.execute(this.db);
    for (const row of inserted.rows) this.#ids.set(byKey.get(row.person_key)!.cell, row.id);
  }
}

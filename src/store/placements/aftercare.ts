/** Aftercare (efterværn) contacts after the citizen got ordinary employment. */
import type { Kysely } from 'kysely';
import type { AftercareContactTable, Database } from '../../db/schema.ts';
import type { StaffRef } from '../cases/versions.ts';

export type AftercareKind = AftercareContactTable['kind'];
export type AftercareWith = AftercareContactTable['with_whom'];

export interface AftercareRecord {
  date: string;
  kind: AftercareKind;
  withWhom: AftercareWith;
  note: string | null;
  nextContactOn: string | null;
}

export interface AftercareContact extends AftercareRecord {
  id: string;
  staff: StaffRef | null;
}

function query(db: Kysely<Database>) {
  return db
    .selectFrom('aftercare_contact')
    .leftJoin('staff', 'staff.id', 'aftercare_contact.staff_id')
    .selectAll('aftercare_contact')
    .select('staff.display_name as staff_name');
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

function toContact(r: Row): AftercareContact {
  return {
    id: r.id,
    date: r.contact_date,
    kind: r.kind,
    withWhom: r.with_whom,
    staff: r.staff_id ? { id: r.staff_id, name: r.staff_name ?? '' } : null,
    note: r.note,
    nextContactOn: r.next_contact_on,
  };
}

/** A placement's aftercare contacts, newest first. */
export async function listAftercare(db: Kysely<Database>, placementId: string): Promise<AftercareContact[]> {
  const rows = await query(db)
    .where('aftercare_contact.placement_id', '=', placementId)
    .orderBy('aftercare_contact.contact_date', 'desc')
    .orderBy('aftercare_contact.created_at', 'desc')
    .execute();
  return rows.map(toContact);
}

export async function getAftercare(db: Kysely<Database>, id: string): Promise<AftercareContact | undefined> {
  const row = await query(db).where('aftercare_contact.id', '=', id).executeTakeFirst();
  return row && toContact(row);
}

export async function insertAftercare(trx: Kysely<Database>, placementId: string, c: AftercareRecord, staffId: string): Promise<string> {
  const row = await trx
    .insertInto('aftercare_contact')
    .values({
      placement_id: placementId,
      contact_date: c.date,
      kind: c.kind,
      with_whom: c.withWhom,
      staff_id: staffId,
      note: c.note,
      next_contact_on: c.nextContactOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Contact persons at a company and the contact log (who from the job centre
 * contacted the company, when and how).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { InteractionKind } from '../../domain/companies/company.ts';
import type { PersonRef } from './companies.ts';

export interface ContactPerson {
  id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  note: string | null;
  active: boolean;
}

export interface ContactPersonInput {
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  note: string | null;
}

const contactPersonColumns = ['id', 'company_id', 'name', 'title', 'phone', 'email', 'note', 'active'] as const;

type ContactPersonRow = Pick<Database['company_contact_person'], 'name' | 'title' | 'phone' | 'email' | 'note'> & { id: string; active: boolean };

const toContactPerson = (row: ContactPersonRow): ContactPerson => ({
  id: row.id,
  name: row.name,
  title: row.title,
  phone: row.phone,
  email: row.email,
  note: row.note,
  active: row.active,
});

/** A company's contact persons, active ones first, then by name. */
export async function listContactPersons(db: Kysely<Database>, companyId: string): Promise<ContactPerson[]> {
  const rows = await db
    .selectFrom('company_contact_person')
    .select(contactPersonColumns)
    .where('company_id', '=', companyId)
    .orderBy('active', 'desc')
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toContactPerson);
}

/** One contact person with the company it belongs to. */
export async function getContactPerson(db: Kysely<Database>, id: string): Promise<(ContactPerson & { companyId: string }) | undefined> {
  const row = await db.selectFrom('company_contact_person').select(contactPersonColumns).where('id', '=', id).executeTakeFirst();
  return row ? { ...toContactPerson(row), companyId: row.company_id } : undefined;
}

export async function insertContactPerson(trx: Kysely<Database>, companyId: string, input: ContactPersonInput): Promise<string> {
  const row = await trx
    .insertInto('company_contact_person')
    .values({ company_id: companyId, ...input })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates the given fields of a contact person. */
export async function updateContactPerson(trx: Kysely<Database>, id: string, changes: Partial<ContactPersonInput & { active: boolean }>): Promise<void> {
  const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  await trx
    .updateTable('company_contact_person')
    .set({ ...set, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export interface Interaction {
  id: string;
  kind: InteractionKind;
  date: string;
  staff: PersonRef;
  contactPerson: PersonRef | null;
  note: string | null;
  createdAt: string;
}

function interactionQuery(db: Kysely<Database>) {
  return db
    .selectFrom('company_interaction as i')
    .innerJoin('staff as s', 's.id', 'i.staff_id')
    .leftJoin('company_contact_person as cp', 'cp.id', 'i.contact_person_id')
    .select(['i.id', 'i.kind', 'i.interaction_date', 'i.staff_id', 's.display_name as staff_name', 'i.contact_person_id', 'cp.name as contact_name', 'i.note', 'i.created_at']);
}

type InteractionRow = Awaited<ReturnType<ReturnType<typeof interactionQuery>['executeTakeFirstOrThrow']>>;

const toInteraction = (row: InteractionRow): Interaction => ({
  id: row.id,
  kind: row.kind,
  date: row.interaction_date,
  staff: { id: row.staff_id, name: row.staff_name },
  contactPerson: row.contact_person_id ? { id: row.contact_person_id, name: row.contact_name ?? '' } : null,
  note: row.note,
  createdAt: row.created_at.toISOString(),
});

/** A company's contact log, newest first. */
export async function listInteractions(db: Kysely<Database>, companyId: string): Promise<Interaction[]> {
  const rows = await interactionQuery(db)
    .where('i.company_id', '=', companyId)
    .orderBy('i.interaction_date', 'desc')
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id')
    .execute();
  return rows.map(toInteraction);
}

export async function getInteraction(db: Kysely<Database>, id: string): Promise<Interaction | undefined> {
  const row = await interactionQuery(db).where('i.id', '=', id).executeTakeFirst();
  return row ? toInteraction(row) : undefined;
}

export async function insertInteraction(
  trx: Kysely<Database>,
  companyId: string,
  input: { kind: InteractionKind; date: string; contactPersonId: string | null; note: string | null },
  staffId: string,
): Promise<string> {
  const row = await trx
    .insertInto('company_interaction')
    .values({
      company_id: companyId,
      kind: input.kind,
      interaction_date: input.date,
      staff_id: staffId,
      contact_person_id: input.contactPersonId,
      note: input.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

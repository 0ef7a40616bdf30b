/** Contacts with the citizen; the staff member is whoever recorded it. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AttendeeRole, ContactKind, ContentCategory, DurationBand } from '../../domain/cases/contact.ts';
import type { StaffRef } from './versions.ts';

export interface ContactRecord {
  courseId: string | null;
  kind: ContactKind;
  date: string;
  durationBand: DurationBand | null;
  place: string | null;
  contentCategories: ContentCategory[];
  attendeeRoles: AttendeeRole[];
  note: string | null;
}

export interface Contact extends ContactRecord {
  id: string;
  citizenId: string;
  staff: StaffRef | null;
  createdAt: string;
}

function query(db: Kysely<Database>) {
  return db.selectFrom('contact').leftJoin('staff', 'staff.id', 'contact.staff_id').selectAll('contact').select('staff.display_name as staff_name');
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

function toContact(row: Row): Contact {
  return {
    id: row.id,
    citizenId: row.citizen_id,
    courseId: row.course_id,
    kind: row.kind as ContactKind,
    date: row.contact_date,
    durationBand: row.duration_band,
    place: row.place,
    contentCategories: row.content_categories as ContentCategory[],
    attendeeRoles: row.attendee_roles as AttendeeRole[],
    note: row.note,
    staff: row.staff_id ? { id: row.staff_id, name: row.staff_name ?? '' } : null,
    createdAt: row.created_at.toISOString(),
  };
}

/** A citizen's contacts, newest first, optionally for one course. */
export async function listContacts(db: Kysely<Database>, citizenId: string, courseId?: string): Promise<Contact[]> {
  let q = query(db).where('contact.citizen_id', '=', citizenId);
  if (courseId) q = q.where('contact.course_id', '=', courseId);
  const rows = await q.orderBy('contact.contact_date', 'desc').orderBy('contact.created_at', 'desc').execute();
  return rows.map(toContact);
}

export async function getContact(db: Kysely<Database>, id: string): Promise<Contact | undefined> {
  const row = await query(db).where('contact.id', '=', id).executeTakeFirst();
  return row ? toContact(row) : undefined;
}

/** Inserts a contact (inside the caller's transaction) and returns its id. */
export async function insertContact(trx: Kysely<Database>, citizenId: string, record: ContactRecord, staffId: string): Promise<string> {
  const row = await trx
    .insertInto('contact')
    .values({
      citizen_id: citizenId,
      course_id: record.courseId,
      kind: record.kind,
      contact_date: record.date,
      duration_band: record.durationBand,
      place: record.place,
      content_categories: record.contentCategories,
      attendee_roles: record.attendeeRoles,
      staff_id: staffId,
      note: record.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

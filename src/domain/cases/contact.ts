/**
 * Contacts with the citizen: what kind, when, how long (duration band as in
 * 002 §4.3.3 kerneelement 5), where, what was talked about and who attended.
 * The rule engine reads these (last contact, start-meeting attendance), so the
 * vocabularies are shared with domain/rules/facts.ts.
 */
import { z } from 'zod';
import { attendeeRoles, contactKinds, type AttendeeRole, type ContactKind } from '../rules/facts.ts';
import { isIsoDate } from '../rules/days.ts';
import { courseRoleLabels } from './course-roles.ts';

export { attendeeRoles, contactKinds, type AttendeeRole, type ContactKind };

export const contactKindLabels: Record<ContactKind, string> = {
  meeting: 'Individuel samtale',
  start_meeting: 'Opstartsmøde',
  three_party: 'Trepartssamtale',
  rehabilitation_team: 'Rehabiliteringsteammøde',
  company_follow_up: 'Opfølgning på virksomheden',
  phone: 'Telefon',
  sms: 'SMS',
  email: 'E-mail',
  home_visit: 'Hjemmebesøg',
  walk: 'Gåtur',
  no_show: 'Udeblivelse',
};

export const durationBands = ['lt30', '30to59', 'ge60'] as const;
export type DurationBand = (typeof durationBands)[number];

export const durationBandLabels: Record<DurationBand, string> = {
  lt30: 'Under 30 min',
  '30to59': '30-59 min',
  ge60: '60 min eller mere',
};

export const contentCategories = [
  'job_goal',
  'plan',
  'cv',
  'job_search',
  'company_contact',
  'placement',
  'ordinary_hours',
  'health',
  'social',
  'housing',
  'economy',
  'education',
  'other',
] as const;
export type ContentCategory = (typeof contentCategories)[number];

export const contentCategoryLabels: Record<ContentCategory, string> = {
  job_goal: 'Jobmål',
  plan: 'Plan',
  cv: 'CV',
  job_search: 'Jobsøgning',
  company_contact: 'Virksomhedskontakt',
  placement: 'Praktik eller løntilskud',
  ordinary_hours: 'Ordinære timer',
  health: 'Helbred',
  social: 'Sociale forhold',
  housing: 'Bolig',
  economy: 'Økonomi',
  education: 'Uddannelse',
  other: 'Andet',
};

export const attendeeRoleLabels: Record<AttendeeRole, string> = { ...courseRoleLabels, citizen: 'Borgeren', employer: 'Arbejdsgiver' };

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `Skal være en af: ${values.join(', ')}.` });

/** A list of vocabulary values; repeats are dropped, order kept. */
const distinct = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(oneOf(values)).max(values.length * 2, { error: 'For mange værdier.' }).transform((list) => [...new Set(list)]);

/** The fields of a contact as entered (the staff member is the logged-in user). */
export const ContactInputSchema = z.object({
  kind: oneOf(contactKinds),
  date: z.string({ error: 'Skal være en dato (ÅÅÅÅ-MM-DD).' }).refine(isIsoDate, { error: 'Skal være en dato (ÅÅÅÅ-MM-DD).' }),
  durationBand: oneOf(durationBands).nullable().optional(),
  place: z.string().trim().max(200, { error: 'Højst 200 tegn.' }).nullable().optional(),
  contentCategories: distinct(contentCategories).optional(),
  attendeeRoles: distinct(attendeeRoles).optional(),
  note: z.string().trim().max(4000, { error: 'Højst 4000 tegn.' }).nullable().optional(),
});
export type ContactInput = z.infer<typeof ContactInputSchema>;

/**
 * Rules across fields, checked against the job centre's today: a contact
 * cannot be recorded before it happened, and a start meeting must say who
 * attended (the start-meeting rule checks the roles). Returns Danish reasons
 * keyed by field; empty when the contact is valid.
 */
export function checkContact(input: ContactInput, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (input.date > today) errors.date = 'Datoen ligger i fremtiden. Registrér kontakten, når den har fundet sted.';
  if (input.kind === 'start_meeting' && !(input.attendeeRoles?.length)) {
    errors.attendeeRoles = 'Angiv hvem der deltog i opstartsmødet.';
  }
  if (input.kind === 'no_show' && input.durationBand) {
    errors.durationBand = 'En udeblivelse har ingen varighed.';
  }
  return errors;
}

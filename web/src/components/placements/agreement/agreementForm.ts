/**
 * The work agreement form's draft: every field as typed (numbers as text, so
 * '7,5' can be typed), converted to and from the API's AgreementTerms, with
 * the checks worth making before sending. Error keys are the API's field
 * paths (`content.ordinaryHours.hoursPerWeek`), so local and server errors
 * land on the same controls.
 */
import { weekdays } from '../../../api/placements.ts';
import type { CompanyDetail, Opening } from '../../../api/companies.ts';
import type {
  AgreementTerms,
  MentorKind,
  OrdinaryHoursKind,
  PlacementType,
  Weekday,
  WorkAgreementContent,
} from '../../../api/placements.ts';
import type { Translate } from '../../../i18n/index.tsx';
import { isIsoDate } from '../../records/dates.ts';
import { addDays, hoursText, parseHours, validHours } from '../weeks.ts';

export interface SubGoalDraft {
  text: string;
  targetDate: string;
}

export interface AgreementDraft {
  madeOn: string;
  citizenAgreedOn: string;
  companyAgreedOn: string;
  jobcentreAgreedOn: string;
  tasks: string;
  hoursPerWeek: string;
  splitByDay: boolean;
  weekdayHours: Record<Weekday, string>;
  subGoals: SubGoalDraft[];
  ordinaryKind: OrdinaryHoursKind;
  ordinaryHours: string;
  ordinaryFrom: string;
  ordinaryText: string;
  accommodations: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  cadenceDays: string;
  firstFollowUp: string;
  hasMentor: boolean;
  mentorName: string;
  mentorKind: MentorKind;
  aids: string;
  placementType: PlacementType | '';
  plannedFrom: string;
  plannedTo: string;
}

/** The seeds' usual cadence of follow-up at the company in the first weeks. */
export const DEFAULT_CADENCE_DAYS = 14;

const emptyWeek = (): Record<Weekday, string> => ({ mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' });

export const newSubGoal = (): SubGoalDraft => ({ text: '', targetDate: '' });

export function emptyDraft(today: string): AgreementDraft {
  return {
    madeOn: today,
    citizenAgreedOn: '',
    companyAgreedOn: '',
    jobcentreAgreedOn: '',
    tasks: '',
    hoursPerWeek: '',
    splitByDay: false,
    weekdayHours: emptyWeek(),
    subGoals: [newSubGoal()],
    ordinaryKind: 'none',
    ordinaryHours: '',
    ordinaryFrom: '',
    ordinaryText: '',
    accommodations: '',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    cadenceDays: String(DEFAULT_CADENCE_DAYS),
    firstFollowUp: addDays(today, 7),
    hasMentor: false,
    mentorName: '',
    mentorKind: 'company',
    aids: '',
    placementType: 'virksomhedspraktik',
    plannedFrom: '',
    plannedTo: '',
  };
}

/**
 * A new agreement's draft filled from what is known: the company's contact
 * person (the opening's, else the first active one) and the opening's hours
 * and tasks; the caller's draft fields win where already typed.
 */
export function prefillDraft(draft: AgreementDraft, company: Pick<CompanyDetail, 'contactPersons'> | null, opening: Pick<Opening, 'title' | 'tasks' | 'hoursMin' | 'hoursMax' | 'paidFromStart' | 'contactPerson'> | null, locale: string): AgreementDraft {
  const next = { ...draft };
  if (company && !next.contactName.trim()) {
    const active = company.contactPersons.filter((p) => p.active);
    const person = active.find((p) => p.id === opening?.contactPerson?.id) ?? active[0];
    if (person) {
      next.contactName = person.name;
      next.contactPhone = person.phone ?? '';
      next.contactEmail = person.email ?? '';
    }
  }
  if (opening) {
    if (!next.tasks.trim()) next.tasks = opening.tasks.trim() || opening.title;
    if (!next.hoursPerWeek.trim()) next.hoursPerWeek = hoursText(opening.hoursMin || opening.hoursMax, locale);
    if (opening.paidFromStart && next.ordinaryKind === 'none') next.ordinaryKind = 'now';
  }
  return next;
}

const text = (value: string | null | undefined) => value ?? '';
const orNull = (value: string) => (value.trim() ? value.trim() : null);

export function draftOf(terms: AgreementTerms, locale: string): AgreementDraft {
  const c = terms.content;
  const week = emptyWeek();
  for (const day of weekdays) week[day] = hoursText(c.weekdayHours?.[day] ?? null, locale);
  return {
    madeOn: terms.madeOn,
    citizenAgreedOn: text(terms.citizenAgreedOn),
    companyAgreedOn: text(terms.companyAgreedOn),
    jobcentreAgreedOn: text(terms.jobcentreAgreedOn),
    tasks: c.tasks,
    hoursPerWeek: hoursText(c.hoursPerWeek, locale),
    splitByDay: Boolean(c.weekdayHours),
    weekdayHours: week,
    subGoals: c.subGoals.length ? c.subGoals.map((g) => ({ text: g.text, targetDate: text(g.targetDate) })) : [newSubGoal()],
    ordinaryKind: c.ordinaryHours.kind,
    ordinaryHours: hoursText(c.ordinaryHours.hoursPerWeek, locale),
    ordinaryFrom: text(c.ordinaryHours.from),
    ordinaryText: text(c.ordinaryHours.text),
    accommodations: text(c.accommodations),
    contactName: c.companyContact.name,
    contactPhone: text(c.companyContact.phone),
    contactEmail: text(c.companyContact.email),
    cadenceDays: String(c.followUpPlan.cadenceDays),
    firstFollowUp: c.followUpPlan.firstDate,
    hasMentor: c.mentor !== null,
    mentorName: c.mentor?.name ?? '',
    mentorKind: c.mentor?.kind ?? 'company',
    aids: text(c.aids),
    placementType: c.placementType,
    plannedFrom: text(c.plannedFrom),
    plannedTo: text(c.plannedTo),
  };
}

/** Hours as a number for the request; what cannot be read stays NaN so the server names the field too. */
const hoursOf = (value: string): number | null => parseHours(value);

/** The request body's terms. Only the fields that belong to the chosen kind of ordinary hours are sent. */
export function termsOf(draft: AgreementDraft): AgreementTerms {
  const kind = draft.ordinaryKind;
  const weekdayHours: Partial<Record<Weekday, number>> = {};
  for (const day of weekdays) {
    const hours = hoursOf(draft.weekdayHours[day]);
    if (hours !== null) weekdayHours[day] = hours;
  }
  const content: WorkAgreementContent = {
    tasks: draft.tasks.trim(),
    hoursPerWeek: hoursOf(draft.hoursPerWeek) ?? Number.NaN,
    weekdayHours: draft.splitByDay ? weekdayHours : null,
    subGoals: draft.subGoals.map((g) => ({ text: g.text.trim(), targetDate: g.targetDate || null })),
    ordinaryHours: {
      kind,
      hoursPerWeek: kind === 'none' ? null : hoursOf(draft.ordinaryHours),
      from: kind === 'none' ? null : draft.ordinaryFrom || null,
      text: kind === 'none' ? null : orNull(draft.ordinaryText),
    },
    accommodations: orNull(draft.accommodations),
    companyContact: { name: draft.contactName.trim(), phone: orNull(draft.contactPhone), email: orNull(draft.contactEmail) },
    followUpPlan: { cadenceDays: Number(draft.cadenceDays.trim() || Number.NaN), firstDate: draft.firstFollowUp },
    mentor: draft.hasMentor ? { name: draft.mentorName.trim(), kind: draft.mentorKind } : null,
    aids: orNull(draft.aids),
    placementType: (draft.placementType || 'virksomhedspraktik') as PlacementType,
    plannedFrom: draft.plannedFrom || null,
    plannedTo: draft.plannedTo || null,
  };
  return {
    madeOn: draft.madeOn,
    content,
    citizenAgreedOn: draft.citizenAgreedOn || null,
    companyAgreedOn: draft.companyAgreedOn || null,
    jobcentreAgreedOn: draft.jobcentreAgreedOn || null,
  };
}

const tenths = (hours: number) => Math.round(hours * 10);

/**
 * Errors by API field path for what can be told before sending: required
 * fields, numbers that cannot be read, the weekday split and the kind of
 * ordinary hours. The server checks the rest (dates against the course).
 */
export function checkDraft(t: Translate, draft: AgreementDraft, today: string): Record<string, string> {
  const found: Record<string, string> = {};
  const checkDate = (path: string, value: string, required: boolean) => {
    if (!value) {
      if (required) found[path] = t('rec.dateRequired');
    } else if (!isIsoDate(value)) found[path] = t('rec.dateInvalid');
  };

  checkDate('madeOn', draft.madeOn, true);
  if (!found['madeOn'] && draft.madeOn > today) found['madeOn'] = t('pl.wa.err.madeOnFuture');
  for (const field of ['citizenAgreedOn', 'companyAgreedOn', 'jobcentreAgreedOn'] as const) {
    checkDate(field, draft[field], false);
    if (!found[field] && draft[field] && draft[field] > today) found[field] = t('pl.wa.err.agreedFuture');
  }

  if (!draft.tasks.trim()) found['content.tasks'] = t('pl.wa.err.tasks');

  const total = parseHours(draft.hoursPerWeek);
  if (total === null) found['content.hoursPerWeek'] = t('pl.wa.err.hoursRequired');
  else if (!validHours(total) || total < 0.5) found['content.hoursPerWeek'] = t('pl.wa.err.hoursRange');

  if (draft.splitByDay) {
    let sum = 0;
    for (const day of weekdays) {
      const hours = parseHours(draft.weekdayHours[day]);
      if (hours === null) continue;
      if (!validHours(hours, 24)) found[`content.weekdayHours.${day}`] = t('pl.wa.err.dayHours');
      else sum += tenths(hours);
    }
    const dayErrors = weekdays.some((day) => found[`content.weekdayHours.${day}`]);
    if (!dayErrors && total !== null && validHours(total) && sum !== tenths(total)) {
      found['content.weekdayHours'] = t('pl.wa.err.daySum', { sum: sum / 10, total });
    }
  }

  if (!draft.subGoals.length) found['content.subGoals'] = t('pl.wa.err.subGoals');
  draft.subGoals.forEach((goal, i) => {
    if (!goal.text.trim()) found[`content.subGoals.${i}.text`] = t('pl.wa.err.subGoalText', { no: i + 1 });
    checkDate(`content.subGoals.${i}.targetDate`, goal.targetDate, false);
  });

  if (draft.ordinaryKind !== 'none') {
    const paid = parseHours(draft.ordinaryHours);
    if (paid !== null && (!validHours(paid) || paid <= 0)) found['content.ordinaryHours.hoursPerWeek'] = t('pl.wa.err.paidRange');
    else if (draft.ordinaryKind === 'now') {
      if (paid === null) found['content.ordinaryHours.hoursPerWeek'] = t('pl.wa.err.paidRequired');
      else if (total !== null && validHours(total) && tenths(paid) > tenths(total)) found['content.ordinaryHours.hoursPerWeek'] = t('pl.wa.err.paidAboveTotal');
    }
    if (draft.ordinaryKind === 'declaration_of_intent' && !draft.ordinaryText.trim()) found['content.ordinaryHours.text'] = t('pl.wa.err.intentText');
    checkDate('content.ordinaryHours.from', draft.ordinaryFrom, false);
  }

  if (!draft.contactName.trim()) found['content.companyContact.name'] = t('pl.wa.err.contactName');
  if (draft.contactEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.contactEmail.trim())) found['content.companyContact.email'] = t('pl.wa.err.email');

  const cadence = Number(draft.cadenceDays.trim());
  if (!draft.cadenceDays.trim() || !Number.isInteger(cadence) || cadence < 7 || cadence > 90) found['content.followUpPlan.cadenceDays'] = t('pl.wa.err.cadence');
  checkDate('content.followUpPlan.firstDate', draft.firstFollowUp, true);
  if (!found['content.followUpPlan.firstDate'] && !found['madeOn'] && draft.firstFollowUp < draft.madeOn) {
    found['content.followUpPlan.firstDate'] = t('pl.wa.err.firstBeforeMade');
  }

  if (draft.hasMentor && !draft.mentorName.trim()) found['content.mentor.name'] = t('pl.wa.err.mentorName');
  if (!draft.placementType) found['content.placementType'] = t('pl.wa.err.type');
  checkDate('content.plannedFrom', draft.plannedFrom, false);
  checkDate('content.plannedTo', draft.plannedTo, false);
  if (!found['content.plannedFrom'] && !found['content.plannedTo'] && draft.plannedFrom && draft.plannedTo && draft.plannedTo < draft.plannedFrom) {
    found['content.plannedTo'] = t('pl.wa.err.plannedTo');
  }
  return found;
}

/**
 * Log a contact: kind, date (today by default, never in the future),
 * duration band, place, content categories, attendee roles (required for a
 * start meeting), the course it belongs to, and a note.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { attendeeRoles, contactKinds, contentCategories, durationBands, recordsApi } from '../../../api/records.ts';
import type { Contact, ContactCreate, ContactKind, CourseSummary, DurationBand } from '../../../api/records.ts';
import { useI18n } from '../../../i18n/index.tsx';
import type { Translate } from '../../../i18n/index.tsx';
import { ErrorSummary } from '../../ErrorSummary.tsx';
import { CheckboxGroup, FormActions, SelectField, TextAreaField, TextField } from '../../FormFields.tsx';
import { courseLabel } from '../CoursePicker.tsx';
import { isIsoDate, todayIso } from '../dates.ts';
import { useRecordForm } from '../formErrors.ts';
import { attendeeLabel, categoryLabel, contactKindLabel, durationLabel } from '../labels.ts';

interface Values {
  courseId: string;
  kind: string;
  date: string;
  durationBand: string;
  place: string;
  contentCategories: string[];
  attendeeRoles: string[];
  note: string;
}

const initial = (courseId: string): Values => ({
  courseId,
  kind: '',
  date: todayIso(),
  durationBand: '',
  place: '',
  contentCategories: [],
  attendeeRoles: [],
  note: '',
});

function check(t: Translate, v: Values): Record<string, string> {
  const found: Record<string, string> = {};
  if (!v.kind) found['kind'] = t('rec.contact.kindRequired');
  if (!isIsoDate(v.date)) found['date'] = t('rec.dateRequired');
  else if (v.date > todayIso()) found['date'] = t('rec.contact.dateFuture');
  if (v.kind === 'start_meeting' && !v.attendeeRoles.length) found['attendeeRoles'] = t('rec.contact.attendeesRequired');
  return found;
}

function body(v: Values): ContactCreate {
  const contact: ContactCreate = { kind: v.kind as ContactKind, date: v.date };
  if (v.courseId) contact.courseId = v.courseId;
  if (v.durationBand) contact.durationBand = v.durationBand as DurationBand;
  if (v.place.trim()) contact.place = v.place.trim();
  if (v.contentCategories.length) contact.contentCategories = v.contentCategories;
  if (v.attendeeRoles.length) contact.attendeeRoles = v.attendeeRoles;
  if (v.note.trim()) contact.note = v.note.trim();
  return contact;
}

interface ContactFormProps {
  citizenId: string;
  /** The citizen's active courses; the newest is chosen by default. */
  courses: CourseSummary[];
  onCreated: (contact: Contact) => void;
  onCancel: () => void;
}

export function ContactForm({ citizenId, courses, onCreated, onCancel }: ContactFormProps) {
  const { t, locale } = useI18n();
  const form = useRecordForm('contact');
  const [values, setValues] = useState<Values>(() => initial(courses[0]?.id ?? ''));
  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((v) => ({ ...v, [field]: value }));
  const bind = form.binder(values, set);

  function submit(event: FormEvent<HTMLFormElement>) {
    return form.submit(event, {
      check: () => check(t, values),
      send: () => recordsApi.createContact(citizenId, body(values)),
      done: (contact) => {
        setValues(initial(values.courseId));
        onCreated(contact);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="jobspor-form records-form" aria-labelledby="contact-form-heading" data-testid="contact-form">
      <h3 id="contact-form-heading">{t('rec.contact.new')}</h3>
      <ErrorSummary items={form.summary} focusKey={form.attempt} />
      <div className="jobspor-form-row">
        <SelectField
          {...bind('kind')}
          label={t('rec.contact.kind')}
          placeholder={t('rec.choose')}
          options={contactKinds.map((kind) => ({ value: kind, label: contactKindLabel(t, kind) }))}
        />
        <TextField {...bind('date')} type="date" max={todayIso()} label={t('rec.contact.date')} />
      </div>
      <div className="jobspor-form-row">
        <SelectField
          {...bind('durationBand')}
          label={t('rec.contact.duration')}
          optional
          placeholder={t('rec.notStated')}
          options={durationBands.map((band) => ({ value: band, label: durationLabel(t, band) }))}
        />
        <TextField {...bind('place')} label={t('rec.contact.place')} hint={t('rec.contact.placeHint')} optional />
      </div>
      {courses.length ? (
        <SelectField
          {...bind('courseId')}
          label={t('rec.contact.course')}
          options={[...courses.map((c) => ({ value: c.id, label: courseLabel(t, locale, c) })), { value: '', label: t('rec.contact.noCourse') }]}
        />
      ) : null}
      <div className="records-checkbox-columns">
        <CheckboxGroup
          id={form.id('contentCategories')}
          name="contentCategories"
          legend={t('rec.contact.categories')}
          options={contentCategories.map((c) => ({ value: c, label: categoryLabel(t, c) }))}
          values={values.contentCategories}
          onValues={(list) => set('contentCategories', list)}
          error={form.error('contentCategories')}
        />
        <CheckboxGroup
          id={form.id('attendeeRoles')}
          name="attendeeRoles"
          legend={t('rec.contact.attendees')}
          hint={t('rec.contact.attendeesHint')}
          options={attendeeRoles.map((r) => ({ value: r, label: attendeeLabel(t, r) }))}
          values={values.attendeeRoles}
          onValues={(list) => set('attendeeRoles', list)}
          error={form.error('attendeeRoles')}
        />
      </div>
      <TextAreaField {...bind('note')} controlClassName="records-textarea" label={t('rec.contact.note')} hint={t('rec.contact.noteHint')} optional />
      <FormActions saving={form.saving} label={t('rec.contact.save')} testId="contact-save" onCancel={onCancel} />
    </form>
  );
}

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
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../../FormFields.tsx';
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
          id={form.id('kind')}
          label={t('rec.contact.kind')}
          placeholder={t('rec.choose')}
          value={values.kind}
          onValue={(kind) => set('kind', kind)}
          options={contactKinds.map((kind) => ({ value: kind, label: contactKindLabel(t, kind) }))}
          error={form.error('kind')}
        />
        <TextField
          id={form.id('date')}
          type="date"
          max={todayIso()}
          label={t('rec.contact.date')}
          value={values.date}
          onValue={(date) => set('date', date)}
          error={form.error('date')}
        />
      </div>
      <div className="jobspor-form-row">
        <SelectField
          id={form.id('durationBand')}
          label={t('rec.contact.duration')}
          optional
          placeholder={t('rec.notStated')}
          value={values.durationBand}
          onValue={(band) => set('durationBand', band)}
          options={durationBands.map((band) => ({ value: band, label: durationLabel(t, band) }))}
          error={form.error('durationBand')}
        />
        <TextField
          id={form.id('place')}
          label={t('rec.contact.place')}
          hint={t('rec.contact.placeHint')}
          optional
          value={values.place}
          onValue={(place) => set('place', place)}
          error={form.error('place')}
        />
      </div>
      {courses.length ? (
        <SelectField
          id={form.id('courseId')}
          label={t('rec.contact.course')}
          value={values.courseId}
          onValue={(courseId) => set('courseId', courseId)}
          options={[...courses.map((c) => ({ value: c.id, label: courseLabel(t, locale, c) })), { value: '', label: t('rec.contact.noCourse') }]}
          error={form.error('courseId')}
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
      <TextAreaField
        id={form.id('note')}
        controlClassName="records-textarea"
        label={t('rec.contact.note')}
        hint={t('rec.contact.noteHint')}
        optional
        value={values.note}
        onValue={(note) => set('note', note)}
        error={form.error('note')}
      />
      <div className="jobspor-actions">
        <button type="submit" className="button button-primary" disabled={form.saving} data-testid="contact-save">
          {form.saving ? t('common.saving') : t('rec.contact.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { courseApi } from '../../../api/courses.ts';
import type { ModelDefinition } from '../../../api/courses.ts';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../../components/FormFields.tsx';
import type { FieldErrors } from '../../../forms.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { useSession } from '../../../session.tsx';
import { localName } from '../../../components/caseload/labels.ts';
import { needsNotification } from './features.ts';
import { FormFrame } from './FormFrame.tsx';
import { useStaffOptions } from './staffOptions.ts';
import type { CourseFormProps } from './types.ts';
import { isoDatePattern, todayIso, useCourseForm } from './useCourseForm.ts';

const fields = ['group', 'date', 'decidedById', 'note', 'notificationRelevant', 'notificationDate', 'notificationNote', 'exclusionReason'] as const;

/**
 * Visitation into one of the model's groups. Flere skal med group 3 records
 * the notification to social services (its date) or, where one is not
 * relevant (000 §1), why not; a random draw that leaves a citizen out records
 * one of the model's permitted reasons.
 */
export function VisitationForm({ course, definition, onSaved, onCancel, onReload }: CourseFormProps & { definition: ModelDefinition }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const form = useCourseForm('visitation-form', fields);
  const deciders = useStaffOptions(null);
  const visitation = definition.visitation;
  const [group, setGroup] = useState(course.visitation?.group ?? '');
  const [date, setDate] = useState(todayIso());
  const [decidedById, setDecidedById] = useState(me.id);
  const [note, setNote] = useState('');
  const [notificationDate, setNotificationDate] = useState('');
  const [notificationNote, setNotificationNote] = useState('');
  const [notificationRelevant, setNotificationRelevant] = useState<'sent' | 'not_relevant'>('sent');
  const [exclusionReason, setExclusionReason] = useState(course.visitation?.exclusionReason?.id ?? '');

  const groups = visitation?.groups ?? [];
  const chosen = groups.find((g) => g.id === group);
  const notification = needsNotification(course.modelId, group);
  const notRelevant = notification && notificationRelevant === 'not_relevant';
  const exclusionReasons = visitation?.method === 'random_draw' && chosen && !chosen.participates ? (visitation.exclusionReasons ?? []) : [];

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!chosen) found['group'] = t('courses.visitation.groupRequired');
    if (!isoDatePattern.test(date)) found['date'] = t('courses.dateRequired');
    if (notification && !notRelevant && !isoDatePattern.test(notificationDate)) found['notificationDate'] = t('courses.visitation.notificationRequired');
    if (notRelevant && !notificationNote.trim()) found['notificationNote'] = t('courses.visitation.notRelevantRequired');
    if (exclusionReasons.length && !exclusionReason) found['exclusionReason'] = t('courses.visitation.exclusionRequired');
    return found;
  }

  async function save() {
    const updated = await form.submit(check, () =>
      courseApi.visitation(course.id, {
        version: course.version,
        group,
        date,
        ...(decidedById ? { decidedById } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(exclusionReasons.length && exclusionReason ? { exclusionReason } : {}),
        ...(notRelevant ? { notificationRelevant: false } : {}),
        ...(notification && !notRelevant && notificationDate ? { notificationDate } : {}),
        ...(notification && notificationNote.trim() ? { notificationNote: notificationNote.trim() } : {}),
      }),
    );
    if (updated) onSaved(updated);
  }

  return (
    <FormFrame
      id="visitation-form"
      title={t('courses.visitation.title')}
      form={form}
      onSubmit={save}
      onCancel={onCancel}
      onReload={onReload}
      submitLabel={t('courses.visitation.submit')}
    >
      {visitation ? <p className="form-hint">{visitation.description}</p> : null}
      <RadioGroup
        id={form.idFor('group')}
        name="visitation-group"
        legend={t('courses.visitation.group')}
        value={group}
        onValue={(value) => {
          setGroup(value);
          form.clearField('group');
        }}
        options={groups.map((g) => ({ value: g.id, label: `${g.id}: ${localName(g.name, lang)} – ${g.description}` }))}
        error={form.errors['group']}
      />
      {exclusionReasons.length ? (
        <SelectField
          id={form.idFor('exclusionReason')}
          label={t('courses.visitation.exclusionReason')}
          value={exclusionReason}
          onValue={setExclusionReason}
          options={exclusionReasons.map((r) => ({ value: r.id, label: r.label }))}
          placeholder={t('courses.choose')}
          error={form.errors['exclusionReason']}
        />
      ) : null}
      <div className="jobspor-form-row">
        <TextField id={form.idFor('date')} label={t('courses.visitation.date')} type="date" value={date} onValue={setDate} error={form.errors['date']} required />
        <SelectField
          id={form.idFor('decidedById')}
          label={t('courses.visitation.decidedBy')}
          value={decidedById}
          onValue={setDecidedById}
          options={deciders.options.length ? deciders.options : [{ value: me.id, label: me.displayName }]}
          error={form.errors['decidedById']}
        />
      </div>
      {notification ? (
        <>
          <RadioGroup
            id={form.idFor('notificationRelevant')}
            name={form.idFor('notificationRelevant')}
            legend={t('courses.visitation.notificationRelevant')}
            hint={t('courses.visitation.notificationRelevantHint')}
            options={[
              { value: 'sent', label: t('courses.visitation.notificationSent') },
              { value: 'not_relevant', label: t('courses.visitation.notificationNotRelevant') },
            ]}
            value={notificationRelevant}
            onValue={(value) => {
              setNotificationRelevant(value === 'not_relevant' ? 'not_relevant' : 'sent');
              form.clearField('notificationDate');
              form.clearField('notificationNote');
            }}
            error={form.errors['notificationRelevant']}
          />
          {notRelevant ? null : (
            <TextField
              id={form.idFor('notificationDate')}
              label={t('courses.visitation.notificationDate')}
              type="date"
              value={notificationDate}
              onValue={(value) => {
                setNotificationDate(value);
                form.clearField('notificationDate');
              }}
              error={form.errors['notificationDate']}
              hint={t('courses.visitation.notificationHint')}
              required
            />
          )}
          <TextAreaField
            id={form.idFor('notificationNote')}
            name={form.idFor('notificationNote')}
            label={t(notRelevant ? 'courses.visitation.notRelevantReason' : 'courses.visitation.notificationNote')}
            value={notificationNote}
            onValue={(value) => {
              setNotificationNote(value);
              form.clearField('notificationNote');
            }}
            error={form.errors['notificationNote']}
            optional={!notRelevant}
            required={notRelevant}
            maxLength={2000}
          />
        </>
      ) : null}
      <TextAreaField id={form.idFor('note')} name={form.idFor('note')} label={t('courses.visitation.note')} value={note} onValue={setNote} error={form.errors['note']} optional maxLength={2000} />
    </FormFrame>
  );
}

import { useState } from 'react';
import { courseApi } from '../../../api/courses.ts';
import { SelectField, TextField } from '../../../components/FormFields.tsx';
import type { FieldErrors } from '../../../forms.ts';
import { useT } from '../../../i18n/index.tsx';
import { da as courseTexts } from '../../../i18n/modules/courses.ts';
import { FormFrame } from './FormFrame.tsx';
import type { CourseFormProps } from './types.ts';
import { isoDatePattern, todayIso, useCourseForm } from './useCourseForm.ts';

const fields = ['endDate', 'endReason'] as const;

/** Common reasons a course ends; the Danish text is what is stored, whatever the UI language. */
const reasons: (keyof typeof courseTexts)[] = [
  'courses.end.reason.job',
  'courses.end.reason.education',
  'courses.end.reason.flexjob',
  'courses.end.reason.pension',
  'courses.end.reason.resource',
  'courses.end.reason.otherBenefit',
  'courses.end.reason.moved',
  'courses.end.reason.declined',
];

/** Ends the course: both the date and the reason are required. */
export function EndCourseForm({ course, onSaved, onCancel, onReload }: CourseFormProps) {
  const t = useT();
  const form = useCourseForm('end-form', fields);
  const [endDate, setEndDate] = useState(todayIso());
  const [choice, setChoice] = useState('');
  const [other, setOther] = useState('');
  const endReason = choice === 'other' ? other.trim() : choice;

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!isoDatePattern.test(endDate)) found['endDate'] = t('courses.dateRequired');
    else if (endDate < course.enrolmentDate) found['endDate'] = t('courses.end.beforeEnrolment');
    if (!endReason) found['endReason'] = t('courses.end.reasonRequired');
    return found;
  }

  async function save() {
    const updated = await form.submit(check, () => courseApi.patchCourse(course.id, { version: course.version, endDate, endReason }));
    if (updated) onSaved(updated);
  }

  return (
    <FormFrame id="end-form" title={t('courses.end.title')} form={form} onSubmit={save} onCancel={onCancel} onReload={onReload} submitLabel={t('courses.end.submit')}>
      <TextField id={form.idFor('endDate')} label={t('courses.end.date')} type="date" value={endDate} onValue={setEndDate} error={form.errors['endDate']} required />
      <SelectField
        id={form.idFor('endReason')}
        label={t('courses.end.reason')}
        value={choice}
        onValue={(value) => {
          setChoice(value);
          form.clearField('endReason');
        }}
        options={[...reasons.map((key) => ({ value: courseTexts[key], label: t(key) })), { value: 'other', label: t('courses.end.reason.other') }]}
        placeholder={t('courses.choose')}
        error={choice === 'other' ? undefined : form.errors['endReason']}
        testId="end-reason"
      />
      {choice === 'other' ? (
        <TextField
          id={`${form.idFor('endReason')}-other`}
          label={t('courses.end.otherReason')}
          value={other}
          onValue={setOther}
          error={form.errors['endReason']}
          maxLength={200}
        />
      ) : null}
    </FormFrame>
  );
}

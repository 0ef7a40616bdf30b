import { useState } from 'react';
import { courseApi } from '../../../api/courses.ts';
import { RadioGroup, TextAreaField, TextField } from '../../../components/FormFields.tsx';
import type { FieldErrors } from '../../../forms.ts';
import { useT } from '../../../i18n/index.tsx';
import { FormFrame } from './FormFrame.tsx';
import { refusalsText } from './phaseRefusals.ts';
import type { CourseFormProps } from './types.ts';
import { isoDatePattern, todayIso, useCourseForm } from './useCourseForm.ts';

const fields = ['toPhase', 'date', 'reason'] as const;


/** Phase change: only the phases the model allows now can be chosen; refused ones show why. */
export function PhaseChangeForm({ course, onSaved, onCancel, onReload }: CourseFormProps) {
  const t = useT();
  const form = useCourseForm('phase-form', fields);
  const firstAllowed = course.nextPhases.find((p) => p.allowed)?.phase ?? '';
  const [toPhase, setToPhase] = useState(firstAllowed);
  const [date, setDate] = useState(todayIso());
  const [reason, setReason] = useState('');

  function check(): FieldErrors {
    const found: FieldErrors = {};
    const target = course.nextPhases.find((p) => p.phase === toPhase);
    if (!target) found['toPhase'] = t('courses.phase.required');
    else if (!target.allowed) found['toPhase'] = refusalsText(t, course, target.refusals) || t('courses.next.refused');
    if (!isoDatePattern.test(date)) found['date'] = t('courses.dateRequired');
    return found;
  }

  async function save() {
    const updated = await form.submit(check, () =>
      courseApi.changePhase(course.id, { version: course.version, toPhase, date, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
    );
    if (updated) onSaved(updated);
  }

  return (
    <FormFrame id="phase-form" title={t('courses.phase.title')} form={form} onSubmit={save} onCancel={onCancel} onReload={onReload} submitLabel={t('courses.phase.submit')} submitDisabled={!firstAllowed}>
      <p>{t('courses.phase.current', { phase: course.currentPhaseName })}</p>
      <RadioGroup
        id={form.idFor('toPhase')}
        name="phase-to"
        legend={t('courses.phase.to')}
        value={toPhase}
        onValue={(value) => {
          setToPhase(value);
          form.clearField('toPhase');
        }}
        options={course.nextPhases.map((p) => ({
          value: p.phase,
          label: p.allowed ? p.phaseName : `${p.phaseName} – ${t('courses.next.refused')}: ${refusalsText(t, course, p.refusals)}`,
          disabled: !p.allowed,
        }))}
        error={form.errors['toPhase']}
        hint={course.nextPhases.some((p) => p.allowed) ? undefined : t('courses.phase.noneAllowed')}
      />
      <TextField id={form.idFor('date')} label={t('courses.phase.date')} type="date" value={date} onValue={setDate} error={form.errors['date']} required />
      <TextAreaField id={form.idFor('reason')} name={form.idFor('reason')} label={t('courses.phase.reason')} value={reason} onValue={setReason} error={form.errors['reason']} optional maxLength={1000} />
    </FormFrame>
  );
}

import { useState } from 'react';
import { courseApi } from '../../../api/courses.ts';
import { Alert } from '../../../components/Alert.tsx';
import { SelectField } from '../../../components/FormFields.tsx';
import type { CaseUnits } from '../../../components/groups/useCaseUnits.ts';
import type { FieldErrors } from '../../../forms.ts';
import { errorText } from '../../../hooks.ts';
import { useT } from '../../../i18n/index.tsx';
import { FormFrame } from './FormFrame.tsx';
import type { CourseFormProps } from './types.ts';
import { useCourseForm } from './useCourseForm.ts';

const fields = ['unitId'] as const;

/**
 * Moves the course to another team or outreach office in the caller's
 * units. The move applies from today; the server keeps the earlier unit in
 * the course's unit history.
 */
export function MoveUnitForm({ course, onSaved, onCancel, onReload, units }: CourseFormProps & { units: CaseUnits }) {
  const t = useT();
  const form = useCourseForm('move-form', fields);
  const [unitId, setUnitId] = useState('');
  const options = units.options.filter((option) => option.value !== course.unitId);

  function check(): FieldErrors {
    return unitId ? {} : { unitId: t('courses.move.unitRequired') };
  }

  async function save() {
    const updated = await form.submit(check, () => courseApi.patchCourse(course.id, { version: course.version, unitId }));
    if (updated) onSaved(updated);
  }

  return (
    <FormFrame id="move-form" title={t('courses.move.title')} form={form} onSubmit={save} onCancel={onCancel} onReload={onReload} submitLabel={t('courses.move.submit')}>
      <p>{t('courses.move.current', { unit: course.unitName })}</p>
      {units.error ? <Alert variant="error">{errorText(t, units.error)}</Alert> : null}
      <SelectField
        id={form.idFor('unitId')}
        label={t('courses.move.unit')}
        value={unitId}
        onValue={(value) => {
          setUnitId(value);
          form.clearField('unitId');
        }}
        options={options}
        placeholder={units.loading ? t('common.loading') : t('courses.choose')}
        hint={t('courses.move.hint')}
        error={form.errors['unitId']}
        testId="move-unit"
      />
    </FormFrame>
  );
}

import { useState } from 'react';
import { courseApi } from '../../../api/courses.ts';
import type { FieldErrors } from '../../../forms.ts';
import { useT } from '../../../i18n/index.tsx';
import { FormFrame } from './FormFrame.tsx';
import { OutreachFields } from './OutreachFields.tsx';
import type { CourseFormProps } from './types.ts';
import { useCourseForm } from './useCourseForm.ts';

const fields = ['housingArea', 'servedFromOutreach'] as const;

/** The step model's outreach details (004): the housing area and whether the outreach office serves the citizen. */
export function OutreachForm({ course, onSaved, onCancel, onReload }: CourseFormProps) {
  const t = useT();
  const form = useCourseForm('outreach-form', fields);
  const [housingArea, setHousingArea] = useState(course.housingArea ?? '');
  const [served, setServed] = useState(course.servedFromOutreach === null ? '' : course.servedFromOutreach ? 'yes' : 'no');

  async function save() {
    const updated = await form.submit(
      (): FieldErrors => ({}),
      () =>
        courseApi.patchCourse(course.id, {
          version: course.version,
          housingArea: housingArea.trim() || null,
          servedFromOutreach: served === '' ? null : served === 'yes',
        }),
    );
    if (updated) onSaved(updated);
  }

  return (
    <FormFrame id="outreach-form" title={t('courses.outreach.title')} form={form} onSubmit={save} onCancel={onCancel} onReload={onReload} submitLabel={t('common.save')}>
      <OutreachFields
        form={form}
        housingArea={housingArea}
        onHousingArea={setHousingArea}
        served={served}
        onServed={setServed}
        radioName="outreach-served"
        allowUnknown
      />
    </FormFrame>
  );
}

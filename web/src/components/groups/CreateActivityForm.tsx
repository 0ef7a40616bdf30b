import { useState } from 'react';
import { courseApi } from '../../api/courses.ts';
import type { GroupActivity, GroupActivityInput } from '../../api/courses.ts';
import type { FieldErrors } from '../../forms.ts';
import { errorText } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import { FormFrame } from '../../pages/citizen/course/FormFrame.tsx';
import { isoDatePattern, todayIso, useCourseForm } from '../../pages/citizen/course/useCourseForm.ts';
import { Alert } from '../Alert.tsx';
import { SelectField, TextAreaField, TextField } from '../FormFields.tsx';
import type { CaseUnits } from './useCaseUnits.ts';

const fields = ['unitId', 'name', 'description', 'startDate', 'endDate'] as const;

interface CreateActivityFormProps {
  units: CaseUnits;
  /** The unit to start in (the caller's own, when it can run activities). */
  defaultUnitId: string;
  onCreated: (activity: GroupActivity) => void;
  onCancel: () => void;
}

/** Creates a group activity (POST /api/group-activities) in a team or outreach office of the caller's units. */
export function CreateActivityForm({ units, defaultUnitId, onCreated, onCancel }: CreateActivityFormProps) {
  const t = useT();
  const form = useCourseForm('create-activity-form', fields);
  const [unitId, setUnitId] = useState(defaultUnitId);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [startDate, setStartDate] = useState(todayIso());
  const [endDate, setEndDate] = useState('');

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!unitId) found['unitId'] = t('courses.groups.create.unitRequired');
    if (!name.trim()) found['name'] = t('courses.groups.create.nameRequired');
    if (!isoDatePattern.test(startDate)) found['startDate'] = t('courses.dateRequired');
    if (endDate && !isoDatePattern.test(endDate)) found['endDate'] = t('courses.dateInvalid');
    else if (endDate && isoDatePattern.test(startDate) && endDate < startDate) found['endDate'] = t('courses.groups.create.endBeforeStart');
    return found;
  }

  async function save() {
    const body: GroupActivityInput = { unitId, name: name.trim(), description: description.trim() || null, startDate, endDate: endDate || null };
    const created = await form.submit(check, () => courseApi.createGroupActivity(body));
    if (created) onCreated(created);
  }

  return (
    <FormFrame
      id="create-activity-form"
      title={t('courses.groups.create.title')}
      form={form}
      onSubmit={save}
      onCancel={onCancel}
      submitLabel={t('courses.groups.create.title')}
      headingLevel={2}
    >
      {units.error ? <Alert variant="error">{errorText(t, units.error)}</Alert> : null}
      {!units.loading && !units.error && !units.options.length ? <Alert variant="warning">{t('courses.groups.create.noUnits')}</Alert> : null}
      <SelectField
        id={form.idFor('unitId')}
        label={t('courses.groups.create.unit')}
        hint={t('courses.groups.create.unitHint')}
        value={unitId}
        onValue={(value) => {
          setUnitId(value);
          form.clearField('unitId');
        }}
        options={units.options}
        placeholder={units.loading ? t('common.loading') : t('courses.choose')}
        error={form.errors['unitId']}
        testId="create-activity-unit"
      />
      <TextField id={form.idFor('name')} label={t('courses.groups.create.name')} value={name} onValue={setName} error={form.errors['name']} maxLength={200} required />
      <TextAreaField
        id={form.idFor('description')}
        name={form.idFor('description')}
        label={t('courses.groups.create.description')}
        hint={t('courses.groups.create.descriptionHint')}
        value={description}
        onValue={setDescription}
        error={form.errors['description']}
        maxLength={2000}
        optional
      />
      <div className="jobspor-form-row">
        <TextField
          id={form.idFor('startDate')}
          label={t('courses.groups.create.startDate')}
          type="date"
          value={startDate}
          onValue={setStartDate}
          error={form.errors['startDate']}
          required
        />
        <TextField
          id={form.idFor('endDate')}
          label={t('courses.groups.create.endDate')}
          hint={t('courses.groups.create.endHint')}
          type="date"
          value={endDate}
          onValue={setEndDate}
          error={form.errors['endDate']}
          optional
        />
      </div>
    </FormFrame>
  );
}

import { useState } from 'react';
import { courseApi } from '../../../api/courses.ts';
import type { Course } from '../../../api/courses.ts';
import { Alert } from '../../../components/Alert.tsx';
import { CheckboxField, SelectField, TextField } from '../../../components/FormFields.tsx';
import { Spinner } from '../../../components/Spinner.tsx';
import type { FieldErrors } from '../../../forms.ts';
import { errorText, useLoad } from '../../../hooks.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { localName } from '../../../components/caseload/labels.ts';
import { EligibilityResult } from './EligibilityResult.tsx';
import { enrolAsksOutreach } from './features.ts';
import { FormFrame } from './FormFrame.tsx';
import { OutreachFields } from './OutreachFields.tsx';
import { useStaffOptions } from './staffOptions.ts';
import { isoDatePattern, todayIso, useCourseForm } from './useCourseForm.ts';

const fields = ['modelId', 'enrolmentDate', 'jobBrokerId', 'housingArea', 'servedFromOutreach', 'confirm'] as const;

interface EnrolFormProps {
  citizenId: string;
  /** Models the citizen already has an active course in (the API refuses a second). */
  activeModels: readonly string[];
  onDone: (course: Course) => void;
  onCancel: () => void;
}

/**
 * Enrolment in a model: choose the model, see the eligibility check and its
 * reasons, then the date and the personal job broker. An ineligible citizen
 * may still be enrolled, but only after confirming having read the reasons.
 */
export function EnrolForm({ citizenId, activeModels, onDone, onCancel }: EnrolFormProps) {
  const { t, lang } = useI18n();
  const form = useCourseForm('enrol', fields);
  const models = useLoad(() => courseApi.models(), []);
  const brokers = useStaffOptions('jobformidler');
  const [modelId, setModelId] = useState('');
  const [date, setDate] = useState(todayIso());
  const [jobBrokerId, setJobBrokerId] = useState('');
  const [housingArea, setHousingArea] = useState('');
  const [outreach, setOutreach] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const eligibility = useLoad(() => (modelId ? courseApi.eligibility(modelId, citizenId) : Promise.resolve(null)), [modelId, citizenId]);

  const modelOptions = (models.data?.models ?? []).map((m) => ({
    value: m.id,
    label: `${localName(m.name, lang)} (${m.shortName})${activeModels.includes(m.id) ? ` – ${t('courses.enrol.alreadyActive')}` : ''}`,
    disabled: activeModels.includes(m.id),
  }));
  const checked = modelId && eligibility.data && !eligibility.loading ? eligibility.data : null;
  const needsConfirm = checked?.status === 'not_eligible';

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!modelId) found['modelId'] = t('courses.enrol.modelRequired');
    if (!isoDatePattern.test(date)) found['enrolmentDate'] = t('courses.dateRequired');
    if (needsConfirm && !confirmed) found['confirm'] = t('courses.enrol.confirmRequired');
    return found;
  }

  async function save() {
    const course = await form.submit(check, () =>
      courseApi.enrol(citizenId, {
        modelId,
        enrolmentDate: date,
        ...(jobBrokerId ? { jobBrokerId } : {}),
        ...(enrolAsksOutreach(modelId) && housingArea.trim() ? { housingArea: housingArea.trim() } : {}),
        ...(enrolAsksOutreach(modelId) && outreach ? { servedFromOutreach: outreach === 'yes' } : {}),
      }),
    );
    if (course) onDone(course);
  }

  return (
    <FormFrame
      id="enrol-form"
      title={t('courses.enrol.title')}
      form={form}
      onSubmit={save}
      onCancel={onCancel}
      submitLabel={needsConfirm ? t('courses.enrol.submitAnyway') : t('courses.enrol.submit')}
      submitDisabled={Boolean(modelId) && (eligibility.loading || !checked)}
    >
      {models.error ? <Alert variant="error">{errorText(t, models.error)}</Alert> : null}
      <SelectField
        id={form.idFor('modelId')}
        label={t('courses.enrol.model')}
        value={modelId}
        onValue={(value) => {
          setModelId(value);
          setConfirmed(false);
          form.clearField('modelId');
        }}
        options={modelOptions}
        placeholder={models.loading ? t('common.loading') : t('courses.enrol.chooseModel')}
        error={form.errors['modelId']}
        hint={t('courses.enrol.modelHint')}
        testId="enrol-model"
      />
      {modelId && eligibility.loading ? <Spinner text={t('courses.eligibility.checking')} /> : null}
      {modelId && eligibility.error ? <Alert variant="error">{errorText(t, eligibility.error)}</Alert> : null}
      {checked ? <EligibilityResult eligibility={checked} heading={t('courses.eligibility.heading')} /> : null}
      {checked ? (
        <>
          {needsConfirm ? (
            <CheckboxField
              id={form.idFor('confirm')}
              label={t('courses.enrol.confirm')}
              checked={confirmed}
              onChecked={(value) => {
                setConfirmed(value);
                form.clearField('confirm');
              }}
              error={form.errors['confirm']}
            />
          ) : null}
          <div className="jobspor-form-row">
            <TextField
              id={form.idFor('enrolmentDate')}
              label={t('courses.enrol.date')}
              type="date"
              value={date}
              onValue={setDate}
              error={form.errors['enrolmentDate']}
              required
            />
            <SelectField
              id={form.idFor('jobBrokerId')}
              label={t('courses.enrol.jobBroker')}
              value={jobBrokerId}
              onValue={setJobBrokerId}
              options={brokers.options}
              placeholder={t('courses.enrol.jobBrokerDefault')}
              hint={t('courses.enrol.jobBrokerHint')}
              error={form.errors['jobBrokerId']}
              optional
            />
          </div>
          {enrolAsksOutreach(modelId) ? (
            <OutreachFields
              form={form}
              housingArea={housingArea}
              onHousingArea={setHousingArea}
              served={outreach}
              onServed={setOutreach}
              radioName="enrol-served-from-outreach"
            />
          ) : null}
        </>
      ) : null}
    </FormFrame>
  );
}

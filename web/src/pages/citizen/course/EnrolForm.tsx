import { useState } from 'react';
import { courseApi } from '../../../api/courses.ts';
import type { Course, CourseRole, CourseSummary, IneligibleReasonCode } from '../../../api/courses.ts';
import { Alert } from '../../../components/Alert.tsx';
import { CheckboxField, SelectField, TextField } from '../../../components/FormFields.tsx';
import { Spinner } from '../../../components/Spinner.tsx';
import type { FieldErrors } from '../../../forms.ts';
import { errorText, useLoad } from '../../../hooks.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { localName } from '../../../components/caseload/labels.ts';
import { alreadyInProgrammePhase } from '../../../../../src/domain/cases/course-tracks.ts';
import { EligibilityResult } from './EligibilityResult.tsx';
import { IneligibleReasonFields, ParallelCourseField } from './EnrolReasonFields.tsx';
import { enrolAsksOutreach } from './features.ts';
import { FormFrame } from './FormFrame.tsx';
import { OutreachFields } from './OutreachFields.tsx';
import { useStaffOptionsFor } from './staffOptions.ts';
import { isoDatePattern, todayIso, useCourseForm } from './useCourseForm.ts';

const fields = [
  'modelId',
  'enrolmentDate',
  'staffRole',
  'staffId',
  'housingArea',
  'servedFromOutreach',
  'ineligibleReasonCode',
  'ineligibleReasonText',
  'parallelReason',
  'alreadyInProgramme',
] as const;

interface EnrolFormProps {
  citizenId: string;
  /** The citizen's active courses (the API refuses a second in the same model, and in another model unless the municipality allows it). */
  activeCourses: readonly Pick<CourseSummary, 'modelId' | 'modelShortName'>[];
  onDone: (course: Course) => void;
  onCancel: () => void;
}

/**
 * Enrolment in a model: choose the model, see the eligibility check and its
 * reasons, then the date, the staff member and their role from the model's
 * roles. A citizen outside the target group may still be enrolled, with a
 * reason category and text; a citizen with an active course in another model
 * only where the municipality allows it, with a reason.
 */
export function EnrolForm({ citizenId, activeCourses, onDone, onCancel }: EnrolFormProps) {
  const { t, lang } = useI18n();
  const form = useCourseForm('enrol', fields);
  const models = useLoad(() => courseApi.models(), []);
  const settings = useLoad(() => courseApi.municipalitySettings(), []);
  const [modelId, setModelId] = useState('');
  const [date, setDate] = useState(todayIso());
  const [role, setRole] = useState('');
  const [staffId, setStaffId] = useState('');
  const [housingArea, setHousingArea] = useState('');
  const [outreach, setOutreach] = useState('');
  const [reasonCode, setReasonCode] = useState('');
  const [reasonText, setReasonText] = useState('');
  const [parallelReason, setParallelReason] = useState('');
  const [inProgramme, setInProgramme] = useState(false);
  // Checked on the enrolment date, as the API checks it (and whether a reason is needed).
  const asOf = isoDatePattern.test(date) ? date : undefined;
  const eligibility = useLoad(() => (modelId ? courseApi.eligibility(modelId, citizenId, asOf) : Promise.resolve(null)), [modelId, citizenId, asOf]);

  const model = models.data?.models.find((m) => m.id === modelId);
  const staffRole: CourseRole | null = model ? ((role || model.staffRoles[0]) as CourseRole) : null;
  const staff = useStaffOptionsFor(staffRole);
  const activeModels = activeCourses.map((c) => c.modelId);
  const otherCourses = activeCourses.filter((c) => c.modelId !== modelId);
  const modelOptions = (models.data?.models ?? []).map((m) => ({
    value: m.id,
    label: `${localName(m.name, lang)} (${m.shortName})${activeModels.includes(m.id) ? ` – ${t('courses.enrol.alreadyActive')}` : ''}`,
    disabled: activeModels.includes(m.id),
  }));
  const checked = modelId && eligibility.data && !eligibility.loading ? eligibility.data : null;
  const outside = checked?.status === 'not_eligible';
  const parallelAllowed = settings.data?.allowParallelCourses === true;
  const parallel = otherCourses.length > 0;
  const hasProgrammePath = alreadyInProgrammePhase(modelId) !== undefined;

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!modelId) found['modelId'] = t('courses.enrol.modelRequired');
    if (!isoDatePattern.test(date)) found['enrolmentDate'] = t('courses.dateRequired');
    if (outside && !reasonCode) found['ineligibleReasonCode'] = t('courses.enrol.reasonCodeRequired');
    if (outside && !reasonText.trim()) found['ineligibleReasonText'] = t('courses.enrol.reasonTextRequired');
    if (parallel && parallelAllowed && !parallelReason.trim()) found['parallelReason'] = t('courses.enrol.parallelReasonRequired');
    return found;
  }

  async function save() {
    const course = await form.submit(check, () =>
      courseApi.enrol(citizenId, {
        modelId,
        enrolmentDate: date,
        ...(staffRole ? { staffRole } : {}),
        ...(staffId ? { staffId } : {}),
        ...(enrolAsksOutreach(modelId) && housingArea.trim() ? { housingArea: housingArea.trim() } : {}),
        ...(enrolAsksOutreach(modelId) && outreach ? { servedFromOutreach: outreach === 'yes' } : {}),
        ...(outside ? { ineligibleReasonCode: reasonCode as IneligibleReasonCode, ineligibleReasonText: reasonText.trim() } : {}),
        ...(parallel && parallelAllowed ? { parallelReason: parallelReason.trim() } : {}),
        ...(hasProgrammePath && inProgramme ? { alreadyInProgramme: true } : {}),
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
      submitLabel={outside ? t('courses.enrol.submitAnyway') : t('courses.enrol.submit')}
      submitDisabled={Boolean(modelId) && (eligibility.loading || !checked)}
    >
      {models.error ? <Alert variant="error">{errorText(t, models.error)}</Alert> : null}
      <SelectField
        id={form.idFor('modelId')}
        label={t('courses.enrol.model')}
        value={modelId}
        onValue={(value) => {
          setModelId(value);
          setRole('');
          setStaffId('');
          setInProgramme(false);
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
      {checked && model ? (
        <>
          {outside ? <IneligibleReasonFields form={form} code={reasonCode} onCode={setReasonCode} text={reasonText} onText={setReasonText} /> : null}
          {parallel ? (
            <ParallelCourseField
              form={form}
              activeCourses={otherCourses.map((c) => c.modelShortName).join(', ')}
              allowed={parallelAllowed}
              reason={parallelReason}
              onReason={setParallelReason}
            />
          ) : null}
          {hasProgrammePath ? (
            <CheckboxField
              id={form.idFor('alreadyInProgramme')}
              name={form.idFor('alreadyInProgramme')}
              label={t('courses.enrol.alreadyInProgramme')}
              hint={t('courses.enrol.alreadyInProgrammeHint')}
              checked={inProgramme}
              onChecked={setInProgramme}
              error={form.errors['alreadyInProgramme']}
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
              id={form.idFor('staffRole')}
              label={t('courses.enrol.staffRole')}
              value={staffRole ?? ''}
              onValue={(value) => {
                setRole(value);
                setStaffId('');
                form.clearField('staffRole');
              }}
              options={model.staffRoles.map((r) => ({ value: r, label: t(`courses.role.${r}`) }))}
              hint={t('courses.enrol.staffRoleHint', { model: model.shortName })}
              error={form.errors['staffRole']}
              testId="enrol-staff-role"
            />
            <SelectField
              id={form.idFor('staffId')}
              label={t('courses.enrol.staff')}
              value={staffId}
              onValue={setStaffId}
              options={staff.options}
              placeholder={t('courses.enrol.staffDefault')}
              hint={t('courses.enrol.staffHint')}
              error={form.errors['staffId']}
              optional
              testId="enrol-staff"
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

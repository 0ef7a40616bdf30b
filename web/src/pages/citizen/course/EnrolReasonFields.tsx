/**
 * The reasons an enrolment may have to carry (issue 9): why a citizen outside
 * the target group is enrolled anyway (a category and the decision in words),
 * and why a citizen already in a course of another model gets a second one,
 * where the municipality allows that at all.
 */
import { ineligibleReasonCodes, ineligibleReasonLabels } from '../../../../../src/domain/cases/enrolment-decision.ts';
import { Alert } from '../../../components/Alert.tsx';
import { SelectField, TextAreaField } from '../../../components/FormFields.tsx';
import { localName } from '../../../components/caseload/labels.ts';
import { useI18n, useT } from '../../../i18n/index.tsx';
import type { CourseForm } from './useCourseForm.ts';

interface IneligibleReasonProps {
  form: CourseForm;
  code: string;
  onCode: (value: string) => void;
  text: string;
  onText: (value: string) => void;
}

/** Category and text for enrolling a citizen outside the target group; both required. */
export function IneligibleReasonFields({ form, code, onCode, text, onText }: IneligibleReasonProps) {
  const { t, lang } = useI18n();
  return (
    <fieldset className="course-enrol-reason" data-testid="enrol-ineligible-reason">
      <legend className="form-label">{t('courses.enrol.ineligibleLegend')}</legend>
      <SelectField
        id={form.idFor('ineligibleReasonCode')}
        label={t('courses.enrol.reasonCode')}
        value={code}
        onValue={(value) => {
          onCode(value);
          form.clearField('ineligibleReasonCode');
        }}
        options={ineligibleReasonCodes.map((c) => ({ value: c, label: localName(ineligibleReasonLabels[c], lang) }))}
        placeholder={t('courses.enrol.reasonCodeChoose')}
        error={form.errors['ineligibleReasonCode']}
        required
        testId="enrol-reason-code"
      />
      <TextAreaField
        id={form.idFor('ineligibleReasonText')}
        name={form.idFor('ineligibleReasonText')}
        label={t('courses.enrol.reasonText')}
        hint={t('courses.enrol.reasonTextHint')}
        value={text}
        onValue={(value) => {
          onText(value);
          form.clearField('ineligibleReasonText');
        }}
        error={form.errors['ineligibleReasonText']}
        maxLength={2000}
        required
      />
    </fieldset>
  );
}

interface ParallelProps {
  form: CourseForm;
  /** Names of the citizen's active courses in other models. */
  activeCourses: string;
  allowed: boolean;
  reason: string;
  onReason: (value: string) => void;
}

/**
 * The citizen already has an active course in another model: where the
 * municipality allows parallel courses, ask why; otherwise say that the
 * enrolment will be refused until the other course has ended.
 */
export function ParallelCourseField({ form, activeCourses, allowed, reason, onReason }: ParallelProps) {
  const t = useT();
  if (!allowed) {
    return (
      <Alert variant="warning" testId="enrol-parallel-refused">
        {t('courses.enrol.parallelRefused', { courses: activeCourses })}
      </Alert>
    );
  }
  return (
    <TextAreaField
      id={form.idFor('parallelReason')}
      name={form.idFor('parallelReason')}
      label={t('courses.enrol.parallelReason')}
      hint={t('courses.enrol.parallelHint', { courses: activeCourses })}
      value={reason}
      onValue={(value) => {
        onReason(value);
        form.clearField('parallelReason');
      }}
      error={form.errors['parallelReason']}
      maxLength={1000}
      required
    />
  );
}

import { useState } from 'react';
import { courseApi, courseRoles } from '../../../api/courses.ts';
import type { RehabTrack } from '../../../api/courses.ts';
import { CheckboxGroup, RadioGroup, TextAreaField, TextField } from '../../../components/FormFields.tsx';
import { courseRoleLabel } from '../../../components/caseload/labels.ts';
import type { FieldErrors } from '../../../forms.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';
import { FormFrame } from './FormFrame.tsx';
import type { CourseFormProps } from './types.ts';
import { isoDatePattern, useCourseForm } from './useCourseForm.ts';

const fields = [
  'preparationStart',
  'teamMeetingDate',
  'teamAttendees',
  'companyConsultantPresent',
  'recommendationGoal',
  'recommendationHandedOver',
  'firstCaseworkerMeeting',
] as const;

/** Who can sit in the rehabilitation team meeting: the course roles and the citizen. */
const attendeeOptions = [...courseRoles, 'citizen'] as const;

/** The rehabilitation track's dates and the time measures the best municipalities kept (003 §2C). */
export function RehabTrackView({ track }: { track: RehabTrack }) {
  const { t, locale } = useI18n();
  const date = (value: string | null) => (value ? formatDate(locale, value) : t('common.none'));
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const weeks = (value: number | null) => (value === null ? t('common.none') : t('courses.rehab.weeks', { count: decimal.format(value) }));
  const days = (value: number | null) => (value === null ? t('common.none') : value === 1 ? t('courses.rehab.day') : t('courses.rehab.days', { count: value }));
  return (
    <section className="course-section" aria-labelledby="course-rehab-heading">
      <h4 id="course-rehab-heading">{t('courses.rehab.heading')}</h4>
      <table className="table structured-list table--compact jobspor-facts" data-testid="course-rehab">
        <tbody>
          <tr>
            <th scope="row">{t('courses.rehab.preparationStart')}</th>
            <td>{date(track.preparationStart)}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.rehab.teamMeetingDate')}</th>
            <td>{date(track.teamMeetingDate)}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.rehab.teamAttendees')}</th>
            <td>{track.teamAttendees.length ? track.teamAttendees.map((r) => courseRoleLabel(t, r)).join(', ') : t('common.none')}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.rehab.companyConsultantPresent')}</th>
            <td>{track.companyConsultantPresent === null ? t('common.none') : track.companyConsultantPresent ? t('caseload.yes') : t('caseload.no')}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.rehab.recommendationGoal')}</th>
            <td>{track.recommendationGoal ?? t('common.none')}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.rehab.recommendationHandedOver')}</th>
            <td>{date(track.recommendationHandedOver)}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.rehab.firstCaseworkerMeeting')}</th>
            <td>{date(track.firstCaseworkerMeeting)}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.rehab.preparationWeeks')}</th>
            <td className="course-computed" data-testid="rehab-preparation-weeks">
              {weeks(track.preparationWeeks)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('courses.rehab.daysToHandOver')}</th>
            <td className="course-computed">{days(track.daysToHandOver)}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.rehab.daysToFirstMeeting')}</th>
            <td className="course-computed">{days(track.daysToFirstMeeting)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

const yesNo = (value: boolean | null | undefined) => (value === null || value === undefined ? '' : value ? 'yes' : 'no');

/** Records the rehabilitation track; every field may be left empty until it happens. */
export function RehabTrackForm({ course, onSaved, onCancel, onReload }: CourseFormProps) {
  const { t } = useI18n();
  const form = useCourseForm('rehab-form', fields);
  const track = course.rehabTrack;
  const [values, setValues] = useState({
    preparationStart: track?.preparationStart ?? '',
    teamMeetingDate: track?.teamMeetingDate ?? '',
    recommendationGoal: track?.recommendationGoal ?? '',
    recommendationHandedOver: track?.recommendationHandedOver ?? '',
    firstCaseworkerMeeting: track?.firstCaseworkerMeeting ?? '',
  });
  const [attendees, setAttendees] = useState<string[]>(track?.teamAttendees ?? []);
  const [consultant, setConsultant] = useState(yesNo(track?.companyConsultantPresent));
  const set = (field: keyof typeof values) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    form.clearField(field);
  };

  function check(): FieldErrors {
    const found: FieldErrors = {};
    const dates = ['preparationStart', 'teamMeetingDate', 'recommendationHandedOver', 'firstCaseworkerMeeting'] as const;
    for (const field of dates) if (values[field] && !isoDatePattern.test(values[field])) found[field] = t('courses.dateInvalid');
    const { preparationStart, teamMeetingDate, recommendationHandedOver, firstCaseworkerMeeting } = values;
    if (preparationStart && teamMeetingDate && teamMeetingDate < preparationStart) found['teamMeetingDate'] = t('courses.rehab.orderTeamMeeting');
    if (teamMeetingDate && recommendationHandedOver && recommendationHandedOver < teamMeetingDate) found['recommendationHandedOver'] = t('courses.rehab.orderHandedOver');
    if (teamMeetingDate && firstCaseworkerMeeting && firstCaseworkerMeeting < teamMeetingDate) found['firstCaseworkerMeeting'] = t('courses.rehab.orderFirstMeeting');
    return found;
  }

  async function save() {
    const orNull = (value: string) => (value.trim() ? value.trim() : null);
    const updated = await form.submit(check, () =>
      courseApi.saveRehabTrack(course.id, {
        version: course.version,
        preparationStart: orNull(values.preparationStart),
        teamMeetingDate: orNull(values.teamMeetingDate),
        teamAttendees: attendees,
        companyConsultantPresent: consultant === '' ? null : consultant === 'yes',
        recommendationGoal: orNull(values.recommendationGoal),
        recommendationHandedOver: orNull(values.recommendationHandedOver),
        firstCaseworkerMeeting: orNull(values.firstCaseworkerMeeting),
      }),
    );
    if (updated) onSaved(updated);
  }

  const dateField = (field: 'preparationStart' | 'teamMeetingDate' | 'recommendationHandedOver' | 'firstCaseworkerMeeting', hint?: string) => (
    <TextField
      id={form.idFor(field)}
      label={t(`courses.rehab.${field}`)}
      type="date"
      value={values[field]}
      onValue={set(field)}
      error={form.errors[field]}
      hint={hint}
      optional
    />
  );

  return (
    <FormFrame id="rehab-form" title={t('courses.rehab.title')} form={form} onSubmit={save} onCancel={onCancel} onReload={onReload} submitLabel={t('common.save')}>
      <div className="jobspor-form-row">
        {dateField('preparationStart', t('courses.rehab.preparationHint'))}
        {dateField('teamMeetingDate')}
      </div>
      <CheckboxGroup
        id={form.idFor('teamAttendees')}
        name="rehab-attendees"
        legend={t('courses.rehab.teamAttendees')}
        options={attendeeOptions.map((r) => ({ value: r, label: courseRoleLabel(t, r) }))}
        values={attendees}
        onValues={(next) => {
          setAttendees(next);
          // A company consultant among the attendees answers the 2A question, unless it was answered.
          if (consultant === '' && next.includes('company_consultant')) setConsultant('yes');
        }}
        error={form.errors['teamAttendees']}
      />
      <RadioGroup
        id={form.idFor('companyConsultantPresent')}
        name="rehab-consultant"
        legend={t('courses.rehab.companyConsultantPresent')}
        hint={t('courses.rehab.consultantHint')}
        options={[
          { value: 'yes', label: t('caseload.yes') },
          { value: 'no', label: t('caseload.no') },
          { value: '', label: t('courses.outreach.unknown') },
        ]}
        value={consultant}
        onValue={setConsultant}
        error={form.errors['companyConsultantPresent']}
      />
      <TextAreaField
        id={form.idFor('recommendationGoal')}
        name={form.idFor('recommendationGoal')}
        label={t('courses.rehab.recommendationGoal')}
        value={values.recommendationGoal}
        onValue={set('recommendationGoal')}
        error={form.errors['recommendationGoal']}
        optional
        maxLength={200}
      />
      <div className="jobspor-form-row">
        {dateField('recommendationHandedOver', t('courses.rehab.handedOverHint'))}
        {dateField('firstCaseworkerMeeting', t('courses.rehab.firstMeetingHint'))}
      </div>
    </FormFrame>
  );
}

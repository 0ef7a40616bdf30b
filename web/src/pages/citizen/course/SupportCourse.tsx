import { useState } from 'react';
import { courseApi, legalBases } from '../../../api/courses.ts';
import type { LegalBasis, SupportCourse } from '../../../api/courses.ts';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../../components/FormFields.tsx';
import type { FieldErrors } from '../../../forms.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';
import { pointLabel } from '../../../components/records/measurements/scales.ts';
// The same pure schedule the server computes with (002 §4.3.3, §7.1.3), so
// the preview before saving cannot disagree with what is stored.
import { ctiMeasurementMonths, ctiMeasurementPlan, ctiPhases } from '../../../../../src/domain/models/cti-schedule.ts';
import { FormFrame } from './FormFrame.tsx';
import type { CourseFormProps } from './types.ts';
import { isoDatePattern, todayIso, useCourseForm } from './useCourseForm.ts';

const fields = ['legalBasis', 'plannedMonths', 'startDate', 'contactBuildingEnd', 'closingMeetingDate', 'closingMeetingNetwork', 'endDate'] as const;

interface Schedule {
  phases: { phase: number; from: string; to: string }[];
  measurements: { point: number; month?: number | undefined; dueDate: string }[];
  currentPhase?: number;
}

function ScheduleTables({ schedule, testId }: { schedule: Schedule; testId: string }) {
  const { t, locale } = useI18n();
  return (
    <div className="course-schedule" data-testid={testId}>
      <table className="table table--compact">
        <caption>{t('courses.support.phases')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('courses.support.phase')}</th>
            <th scope="col">{t('col.from')}</th>
            <th scope="col">{t('col.to')}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.phases.map((p) => (
            <tr key={p.phase} data-testid="cti-phase" className={schedule.currentPhase === p.phase ? 'jobspor-subrow' : undefined}>
              <th scope="row" className="jobspor-row-head">
                {t(`courses.support.phase${p.phase as 1 | 2 | 3}`)}
                {schedule.currentPhase === p.phase ? <span className="course-rule-late">{t('courses.support.now')}</span> : null}
              </th>
              <td className="jobspor-nowrap">{formatDate(locale, p.from)}</td>
              <td className="jobspor-nowrap">{formatDate(locale, p.to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table table--compact">
        <caption>{t('courses.support.measurements')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('courses.support.point')}</th>
            <th scope="col">{t('courses.support.dueDate')}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.measurements.map((m) => (
            <tr key={m.point} data-testid="cti-measurement">
              <th scope="row" className="jobspor-row-head">
                {pointLabel(t, m.point)}
                {m.month !== undefined && m.point > 0 ? <span className="jobspor-muted"> {t('courses.support.month', { month: m.month })}</span> : null}
              </th>
              <td className="jobspor-nowrap">{formatDate(locale, m.dueDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The CTI support course as stored, with its phases and measurement dates. */
export function SupportCourseView({ support }: { support: SupportCourse }) {
  const { t, locale } = useI18n();
  const date = (value: string | null) => (value ? formatDate(locale, value) : t('common.none'));
  const phaseText =
    support.currentPhase === 0 ? t('courses.support.notStarted') : support.currentPhase === 4 ? t('courses.support.after') : t(`courses.support.phase${support.currentPhase}`);
  return (
    <section className="course-section" aria-labelledby="course-support-heading">
      <h4 id="course-support-heading">{t('courses.support.heading')}</h4>
      <table className="table structured-list table--compact jobspor-facts" data-testid="course-support">
        <tbody>
          <tr>
            <th scope="row">{t('courses.support.legalBasis')}</th>
            <td>{support.legalBasis}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.support.plannedMonths')}</th>
            <td>{t('courses.support.months', { count: support.plannedMonths })}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.support.startDate')}</th>
            <td>{date(support.startDate)}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.support.currentPhase')}</th>
            <td>{phaseText}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.support.contactBuildingEnd')}</th>
            <td>{date(support.contactBuildingEnd)}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.support.closingMeetingDate')}</th>
            <td>{date(support.closingMeetingDate)}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.support.closingMeetingNetwork')}</th>
            <td>{support.closingMeetingNetwork ?? t('common.none')}</td>
          </tr>
          <tr>
            <th scope="row">{t('courses.support.endDate')}</th>
            <td>{date(support.endDate)}</td>
          </tr>
        </tbody>
      </table>
      <ScheduleTables schedule={{ phases: support.phases, measurements: support.measurementSchedule, currentPhase: support.currentPhase }} testId="cti-schedule" />
    </section>
  );
}

/** Sets up or edits the CTI support course; the phases and measurements are shown as the dates are typed. */
export function SupportCourseForm({ course, onSaved, onCancel, onReload }: CourseFormProps) {
  const { t } = useI18n();
  const form = useCourseForm('support-form', fields);
  const current = course.supportCourse;
  const [legalBasis, setLegalBasis] = useState<string>(current?.legalBasis ?? '');
  const [months, setMonths] = useState<string>(current ? String(current.plannedMonths) : '6');
  const [values, setValues] = useState({
    startDate: current?.startDate ?? todayIso(),
    contactBuildingEnd: current?.contactBuildingEnd ?? '',
    closingMeetingDate: current?.closingMeetingDate ?? '',
    closingMeetingNetwork: current?.closingMeetingNetwork ?? '',
    endDate: current?.endDate ?? '',
  });
  const set = (field: keyof typeof values, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    form.clearField(field);
  };
  const bind = form.binder(values, set);

  const plannedMonths = months === '9' ? 9 : 6;
  const preview: Schedule | null = isoDatePattern.test(values.startDate)
    ? (() => {
        try {
          return {
            phases: ctiPhases(values.startDate, plannedMonths),
            // The baseline is taken at the course start, the later points count from the CTI start.
            measurements: ctiMeasurementPlan({ courseStart: course.enrolmentDate, ctiStart: values.startDate, months: ctiMeasurementMonths[plannedMonths] }).map((m) => ({
              point: m.point,
              month: m.month,
              dueDate: m.date,
            })),
          };
        } catch {
          return null; // not a real date (e.g. 2025-02-30)
        }
      })()
    : null;

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!(legalBases as readonly string[]).includes(legalBasis)) found['legalBasis'] = t('courses.support.legalBasisRequired');
    if (!isoDatePattern.test(values.startDate) || !preview) found['startDate'] = t('courses.dateRequired');
    for (const field of ['contactBuildingEnd', 'closingMeetingDate', 'endDate'] as const) {
      if (values[field] && !isoDatePattern.test(values[field])) found[field] = t('courses.dateInvalid');
      else if (values[field] && values[field] < values.startDate) found[field] = t('courses.support.beforeStart');
    }
    return found;
  }

  async function save() {
    const orNull = (value: string) => (value.trim() ? value.trim() : null);
    const updated = await form.submit(check, () =>
      courseApi.saveSupportCourse(course.id, {
        version: course.version,
        legalBasis: legalBasis as LegalBasis,
        plannedMonths,
        startDate: values.startDate,
        contactBuildingEnd: orNull(values.contactBuildingEnd),
        closingMeetingDate: orNull(values.closingMeetingDate),
        closingMeetingNetwork: orNull(values.closingMeetingNetwork),
        endDate: orNull(values.endDate),
      }),
    );
    if (updated) onSaved(updated);
  }

  return (
    <FormFrame id="support-form" title={t('courses.support.title')} form={form} onSubmit={save} onCancel={onCancel} onReload={onReload} submitLabel={t('common.save')}>
      <SelectField
        id={form.idFor('legalBasis')}
        label={t('courses.support.legalBasis')}
        value={legalBasis}
        onValue={(value) => {
          setLegalBasis(value);
          form.clearField('legalBasis');
        }}
        options={legalBases.map((basis) => ({ value: basis, label: basis }))}
        placeholder={t('courses.choose')}
        error={form.errors['legalBasis']}
        testId="support-legal-basis"
      />
      <RadioGroup
        id={form.idFor('plannedMonths')}
        name="support-months"
        legend={t('courses.support.plannedMonths')}
        options={[
          { value: '6', label: t('courses.support.months', { count: 6 }) },
          { value: '9', label: t('courses.support.months', { count: 9 }) },
        ]}
        value={months}
        onValue={setMonths}
        error={form.errors['plannedMonths']}
      />
      <TextField {...bind('startDate')} label={t('courses.support.startDate')} type="date" required />
      {preview ? (
        <div className="course-preview">
          <h5>{t('courses.support.preview')}</h5>
          <ScheduleTables schedule={preview} testId="cti-preview" />
        </div>
      ) : null}
      <div className="jobspor-form-row">
        <TextField {...bind('contactBuildingEnd')} label={t('courses.support.contactBuildingEnd')} type="date" optional />
        <TextField {...bind('closingMeetingDate')} label={t('courses.support.closingMeetingDate')} type="date" optional />
      </div>
      <TextAreaField
        {...bind('closingMeetingNetwork')}
        name={form.idFor('closingMeetingNetwork')}
        label={t('courses.support.closingMeetingNetwork')}
        hint={t('courses.support.networkHint')}
        optional
        maxLength={500}
      />
      <TextField {...bind('endDate')} label={t('courses.support.endDate')} type="date" optional />
    </FormFrame>
  );
}

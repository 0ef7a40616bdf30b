import type { Course } from '../../../api/courses.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';
import { endReasonLabel, localName } from '../../../components/caseload/labels.ts';
import { ineligibleReasonLabels } from '../../../../../src/domain/cases/enrolment-decision.ts';
import { courseFeatures } from './features.ts';

/** The course's key facts: model, enrolment (and its decisions), unit, group (visitation), phase, the model's lead role, outreach. */
export function CourseFacts({ course }: { course: Course }) {
  const { t, locale, lang } = useI18n();
  const v = course.visitation;
  const features = courseFeatures(course);
  return (
    <table className="table structured-list table--compact jobspor-facts" data-testid="course-facts">
      <tbody>
        <tr>
          <th scope="row">{t('courses.fact.model')}</th>
          <td>
            {course.modelShortName} <span className="jobspor-muted">({t('courses.fact.version', { version: course.modelVersion })})</span>
          </td>
        </tr>
        <tr>
          <th scope="row">{t('courses.fact.enrolled')}</th>
          <td data-testid="course-enrolled">
            {formatDate(locale, course.enrolmentDate)}
            {course.enrolment.alreadyInProgramme ? <span className="jobspor-muted"> ({t('courses.fact.alreadyInProgramme')})</span> : null}
            {course.enrolment.ineligibleReason ? (
              <span className="course-rule-late">
                {t('courses.fact.outsideTargetGroup', {
                  reason: localName(ineligibleReasonLabels[course.enrolment.ineligibleReason.code], lang),
                  text: course.enrolment.ineligibleReason.text,
                })}
              </span>
            ) : null}
            {course.enrolment.parallelReason ? (
              <span className="course-rule-late">{t('courses.fact.parallel', { reason: course.enrolment.parallelReason })}</span>
            ) : null}
          </td>
        </tr>
        {course.endDate ? (
          <tr>
            <th scope="row">{t('courses.fact.ended')}</th>
            <td data-testid="course-ended">
              {formatDate(locale, course.endDate)}
              {course.endReason ? ` – ${endReasonLabel(t, course.endReason)}` : ''}
            </td>
          </tr>
        ) : null}
        <tr>
          <th scope="row">{t('courses.fact.unit')}</th>
          <td>{course.unitName}</td>
        </tr>
        <tr>
          <th scope="row">{t('courses.fact.group')}</th>
          <td data-testid="course-group">
            {v ? (
              <>
                {v.groupName ?? v.group}
                <span className="jobspor-muted">
                  {' '}
                  ({t('courses.fact.visitedOn', { date: formatDate(locale, v.date) })}
                  {v.decidedBy ? `, ${t('courses.fact.decidedBy', { name: v.decidedBy.name })}` : ''})
                </span>
                {v.exclusionReason ? <span className="course-rule-late">{t('courses.fact.exclusion', { reason: v.exclusionReason.label })}</span> : null}
                {v.note ? <span className="course-rule-late">{v.note}</span> : null}
                {v.notificationDate ? (
                  <span className="course-rule-late">
                    {t('courses.fact.notification', { date: formatDate(locale, v.notificationDate) })}
                    {v.notificationNote ? `: ${v.notificationNote}` : ''}
                  </span>
                ) : v.notificationNote ? (
                  <span className="course-rule-late">{t('courses.fact.noNotification', { reason: v.notificationNote })}</span>
                ) : null}
              </>
            ) : (
              course.groupName ?? t('courses.fact.notVisited')
            )}
          </td>
        </tr>
        <tr>
          <th scope="row">{t('courses.fact.phase')}</th>
          <td data-testid="course-phase">{course.currentPhaseName}</td>
        </tr>
        <tr>
          <th scope="row">{t(`courses.role.${course.lead.role}`)}</th>
          <td data-testid="course-lead">{course.lead.staff?.name ?? t('common.none')}</td>
        </tr>
        {features.outreach || course.housingArea || course.servedFromOutreach !== null ? (
          <>
            <tr>
              <th scope="row">{t('courses.outreach.housingArea')}</th>
              <td>{course.housingArea ?? t('common.none')}</td>
            </tr>
            <tr>
              <th scope="row">{t('courses.outreach.served')}</th>
              <td>{course.servedFromOutreach === null ? t('common.none') : course.servedFromOutreach ? t('caseload.yes') : t('caseload.no')}</td>
            </tr>
          </>
        ) : null}
        <tr>
          <th scope="row">{t('courses.fact.eligibility')}</th>
          <td>{t(`courses.eligibility.${course.eligibility.status}`)}</td>
        </tr>
      </tbody>
    </table>
  );
}

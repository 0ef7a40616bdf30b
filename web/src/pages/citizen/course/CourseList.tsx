import type { CourseSummary } from '../../../api/courses.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';

interface CourseListProps {
  courses: readonly CourseSummary[];
  selected: string;
  onSelect: (id: string) => void;
}

/** The citizen's courses as toggle buttons; the pressed one is shown below. */
export function CourseList({ courses, selected, onSelect }: CourseListProps) {
  const { t, locale } = useI18n();
  return (
    <ul className="unstyled-list no-max-width course-list" aria-label={t('courses.list')} data-testid="course-list">
      {courses.map((course) => (
        <li key={course.id} className="course-list-item">
          <button
            type="button"
            className="course-list-button"
            aria-pressed={course.id === selected}
            onClick={() => onSelect(course.id)}
            data-testid="course-list-item"
          >
            <span className="course-list-model">{course.modelShortName}</span>
            <span>{course.currentPhaseName}</span>
            {course.groupName ? <span className="jobspor-muted">{t('courses.groupShort', { group: course.groupName })}</span> : null}
            <span className="jobspor-muted">
              {course.endDate
                ? t('courses.periodEnded', { from: formatDate(locale, course.enrolmentDate), to: formatDate(locale, course.endDate) })
                : t('courses.periodActive', { from: formatDate(locale, course.enrolmentDate) })}
            </span>
            {course.endDate ? <span className="badge">{t('courses.ended')}</span> : <span className="badge badge-success">{t('courses.active')}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

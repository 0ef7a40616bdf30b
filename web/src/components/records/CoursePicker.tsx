/**
 * Plans and job goals belong to a course. The picker loads the citizen's
 * courses (GET /api/citizens/:id/courses), chooses the newest active one and
 * offers a select when there is more than one.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { recordsApi } from '../../api/records.ts';
import type { CourseSummary } from '../../api/records.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { Alert } from '../Alert.tsx';
import { SelectField } from '../FormFields.tsx';
import { Spinner } from '../Spinner.tsx';

export function courseLabel(t: Translate, locale: string, course: CourseSummary): string {
  const name = typeof course.modelName === 'string' ? course.modelName : locale.startsWith('da') ? course.modelName.da : course.modelName.en;
  const base = t('rec.course.option', {
    model: name || course.modelShortName,
    date: formatDate(locale, course.enrolmentDate),
  });
  return course.endDate ? `${base} ${t('rec.course.ended')}` : base;
}

/** Active courses first (newest first, as the API sends them), then ended ones. */
export function orderCourses(courses: readonly CourseSummary[]): CourseSummary[] {
  return [...courses.filter((c) => !c.endDate), ...courses.filter((c) => c.endDate)];
}

interface CoursePickerProps {
  citizenId: string;
  idPrefix: string;
  /** Shown when the citizen has no course at all. */
  emptyText: string;
  onOpenCourses?: (() => void) | undefined;
  /** Rendered below the message when there is no course. */
  fallback?: ReactNode;
  children: (course: CourseSummary, courses: CourseSummary[]) => ReactNode;
}

export function CoursePicker({ citizenId, idPrefix, emptyText, onOpenCourses, fallback, children }: CoursePickerProps) {
  const { t, locale } = useI18n();
  const loaded = useLoad(() => recordsApi.courses(citizenId), [citizenId]);
  const [chosen, setChosen] = useState<string>('');

  if (loaded.loading && !loaded.data) return <Spinner />;
  if (loaded.error) return <Alert variant="error">{errorText(t, loaded.error)}</Alert>;
  const courses = orderCourses(loaded.data?.courses ?? []);
  if (!courses.length) {
    return (
      <>
        <Alert variant="info" testId={`${idPrefix}-no-course`}>
          <p className="m-0">{emptyText}</p>
          {onOpenCourses ? (
            <button type="button" className="button button-secondary mt-3" onClick={onOpenCourses}>
              {t('rec.course.open')}
            </button>
          ) : null}
        </Alert>
        {fallback}
      </>
    );
  }
  const course = courses.find((c) => c.id === chosen) ?? courses[0]!;
  return (
    <>
      {courses.length > 1 ? (
        <div className="records-course-picker">
          <SelectField
            id={`${idPrefix}-course`}
            label={t('rec.course.choose')}
            value={course.id}
            onValue={setChosen}
            options={courses.map((c) => ({ value: c.id, label: courseLabel(t, locale, c) }))}
          />
        </div>
      ) : (
        <p className="records-course-line" data-testid={`${idPrefix}-course`}>
          {t('rec.course.label')}: <strong>{courseLabel(t, locale, course)}</strong>
        </p>
      )}
      <div key={course.id}>{children(course, courses)}</div>
    </>
  );
}

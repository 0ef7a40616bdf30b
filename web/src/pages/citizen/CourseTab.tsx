/**
 * The "Forløb" tab of the citizen page: the citizen's courses (newest
 * first), the chosen course in detail with its rules and next phases, and
 * the actions for those who may write (enrol, visitation, phase change,
 * staff, rehabilitation track, CTI support course, outreach, end).
 */
import { useState } from 'react';
import { courseApi } from '../../api/courses.ts';
import type { Course, CourseSummary } from '../../api/courses.ts';
import { canWriteCitizens } from '../../access.ts';
import { Alert } from '../../components/Alert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { errorText, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import '../../styles/caseload.css';
import { CourseList } from './course/CourseList.tsx';
import { CoursePanel } from './course/CoursePanel.tsx';
import { EnrolForm } from './course/EnrolForm.tsx';

/** The course to show first: the newest active one, else the newest. */
function defaultCourse(courses: readonly CourseSummary[]): string {
  return (courses.find((c) => !c.endDate) ?? courses[0])?.id ?? '';
}

export function CourseTab({ citizenId }: { citizenId: string }) {
  const t = useT();
  const { me } = useSession();
  const canWrite = canWriteCitizens(me.roles);
  const list = useLoad(() => courseApi.citizenCourses(citizenId), [citizenId]);
  const [chosen, setChosen] = useState('');
  const [enrolling, setEnrolling] = useState(false);
  const [notice, setNotice] = useState('');

  const courses = list.data?.courses ?? [];
  const selected = courses.some((c) => c.id === chosen) ? chosen : defaultCourse(courses);
  const activeCourses = courses.filter((c) => !c.endDate);

  function enrolled(course: Course) {
    setEnrolling(false);
    setChosen(course.id);
    setNotice(t('courses.enrol.done', { model: course.modelShortName }));
    list.reload();
  }

  return (
    <section aria-labelledby="courses-heading" className="course-tab" data-testid="course-tab">
      <div className="jobspor-page-heading">
        <h2 id="courses-heading">{t('courses.title')}</h2>
        {canWrite && !enrolling ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setNotice('');
              setEnrolling(true);
            }}
            data-testid="enrol-open"
          >
            {t('courses.enrol.open')}
          </button>
        ) : null}
      </div>

      {notice ? (
        <Alert variant="success" testId="course-notice">
          {notice}
        </Alert>
      ) : null}
      {enrolling ? <EnrolForm citizenId={citizenId} activeCourses={activeCourses} onDone={enrolled} onCancel={() => setEnrolling(false)} /> : null}

      {list.error ? <Alert variant="error">{errorText(t, list.error)}</Alert> : null}
      {list.loading && !list.data ? <Spinner /> : null}
      {list.data && !courses.length ? <p data-testid="courses-empty">{t('courses.empty')}</p> : null}
      {courses.length ? (
        <>
          {courses.length > 1 ? <CourseList courses={courses} selected={selected} onSelect={setChosen} /> : null}
          {selected ? <CoursePanel key={selected} courseId={selected} canWrite={canWrite} onChanged={list.reload} /> : null}
        </>
      ) : null}
    </section>
  );
}

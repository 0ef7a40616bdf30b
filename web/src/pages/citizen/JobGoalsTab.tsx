/** Jobmål: the course's job goals (ABC), current and ended; new goals and ending a goal. */
import { useState } from 'react';
import { recordsApi } from '../../api/records.ts';
import type { CourseSummary, JobGoal } from '../../api/records.ts';
import { Alert } from '../../components/Alert.tsx';
import { FocusedAlert } from '../../components/placements/FocusedAlert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { CoursePicker } from '../../components/records/CoursePicker.tsx';
import { JobGoalForm } from '../../components/records/jobgoals/JobGoalForm.tsx';
import { JobGoalTable, occupationOf } from '../../components/records/jobgoals/JobGoalTable.tsx';
import { errorText, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import '../../styles/records.css';

interface TabProps {
  citizenId: string;
  canEdit: boolean;
  onOpenCourses?: () => void;
}

export function JobGoalsTab({ citizenId, canEdit, onOpenCourses }: TabProps) {
  const t = useT();
  return (
    <section aria-labelledby="jobgoals-heading">
      <h2 id="jobgoals-heading">{t('rec.tab.jobGoals')}</h2>
      <CoursePicker citizenId={citizenId} idPrefix="jobgoals" emptyText={t('rec.jobGoal.noCourse')} onOpenCourses={onOpenCourses}>
        {(course) => <CourseJobGoals course={course} canEdit={canEdit} />}
      </CoursePicker>
    </section>
  );
}

function CourseJobGoals({ course, canEdit }: { course: CourseSummary; canEdit: boolean }) {
  const t = useT();
  const loaded = useLoad(() => recordsApi.jobGoals(course.id), [course.id]);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (loaded.loading && !loaded.data) return <Spinner />;
  if (loaded.error && !loaded.data) return <Alert variant="error">{errorText(t, loaded.error)}</Alert>;
  const goals = loaded.data?.jobGoals ?? [];
  const current = goals.filter((g) => !g.endedOn);
  const ended = goals.filter((g) => g.endedOn);
  const editable = canEdit && !course.endDate;

  function replace(goal: JobGoal) {
    loaded.setData({ jobGoals: goals.map((g) => (g.id === goal.id ? goal : g)) });
    setNotice(t('rec.jobGoal.ended', { goal: occupationOf(goal) }));
  }

  return (
    <>
      {notice ? (
        <FocusedAlert variant="success" testId="jobgoal-notice" focusKey={notice}>
          {notice}
        </FocusedAlert>
      ) : null}
      {adding ? (
        <JobGoalForm
          courseId={course.id}
          onCancel={() => setAdding(false)}
          onCreated={(goal) => {
            loaded.setData({ jobGoals: [goal, ...goals] });
            setAdding(false);
            setNotice(t('rec.jobGoal.created', { goal: occupationOf(goal) }));
          }}
        />
      ) : editable ? (
        <div className="jobspor-actions records-top-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
            data-testid="jobgoal-add"
          >
            {t('rec.jobGoal.add')}
          </button>
        </div>
      ) : null}

      <section aria-labelledby="jobgoals-current-heading" className="jobspor-section">
        <h3 id="jobgoals-current-heading">{t('rec.jobGoal.current')}</h3>
        {current.length ? (
          <JobGoalTable id="jobgoals-current" caption={t('rec.jobGoal.current')} goals={current} canEnd={editable} onEnded={replace} />
        ) : (
          <p data-testid="jobgoals-none">{t('rec.jobGoal.none')}</p>
        )}
      </section>
      {ended.length ? (
        <section aria-labelledby="jobgoals-ended-heading" className="jobspor-section">
          <h3 id="jobgoals-ended-heading">{t('rec.jobGoal.endedList')}</h3>
          <JobGoalTable id="jobgoals-ended" caption={t('rec.jobGoal.endedList')} goals={ended} canEnd={false} />
        </section>
      ) : null}
    </>
  );
}

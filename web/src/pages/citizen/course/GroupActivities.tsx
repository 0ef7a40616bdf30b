import { useRef, useState } from 'react';
import { courseApi } from '../../../api/courses.ts';
import type { Course, GroupActivity } from '../../../api/courses.ts';
import { canUseArea } from '../../../access.ts';
import { Alert } from '../../../components/Alert.tsx';
import { Spinner } from '../../../components/Spinner.tsx';
import { ParticipationCells, ParticipationHeadCells } from '../../../components/groups/ParticipationCells.tsx';
import { activityPeriod } from '../../../components/groups/period.ts';
import { errorText, useLoad } from '../../../hooks.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { Link } from '../../../router.tsx';
import { useSession } from '../../../session.tsx';
import { JoinActivityForm } from './JoinActivityForm.tsx';

interface GroupActivitiesProps {
  course: Course;
  canWrite: boolean;
}

/**
 * The group activities (gruppeforløb) the course takes part in or took part
 * in, with sign-up (tilmeld) to an activity of the course's unit and
 * sign-off (afmeld). All activities in the caller's units are read, not only
 * the course unit's, so participations stay visible after the course moves.
 */
export function GroupActivities({ course, canWrite }: GroupActivitiesProps) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const list = useLoad(() => courseApi.groupActivities(), [course.id]);
  const [joining, setJoining] = useState(false);
  const [notice, setNotice] = useState('');
  const joinButton = useRef<HTMLButtonElement>(null);

  const activities = list.data?.activities ?? [];
  const rows = activities.flatMap((activity) =>
    activity.participants.filter((p) => p.courseId === course.id).map((participant) => ({ activity, participant })),
  );
  // Taking part now first, then by the day they joined, newest first.
  rows.sort((a, b) => Number(a.participant.leftOn !== null) - Number(b.participant.leftOn !== null) || b.participant.joinedOn.localeCompare(a.participant.joinedOn));
  const joinable = activities.filter((a) => a.unitId === course.unitId && !a.participants.some((p) => p.courseId === course.id));
  const writable = canWrite && !course.endDate;

  function replace(updated: GroupActivity, message: string) {
    list.setData({ activities: activities.map((a) => (a.id === updated.id ? updated : a)) });
    setNotice(message);
  }

  function closeJoin() {
    setJoining(false);
    window.requestAnimationFrame(() => joinButton.current?.focus());
  }

  return (
    <section className="course-section" aria-labelledby="course-groups-heading" data-testid="course-groups">
      <h4 id="course-groups-heading">{t('courses.groups.heading')}</h4>
      {notice ? (
        <Alert variant="success" testId="course-groups-saved">
          {notice}
        </Alert>
      ) : null}
      {list.error ? <Alert variant="error">{errorText(t, list.error)}</Alert> : null}
      {list.loading && !list.data ? <Spinner /> : null}

      {list.data && rows.length ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact jobspor-table" data-testid="course-groups-table">
            <thead>
              <tr>
                <th scope="col">{t('courses.groups.activity')}</th>
                <th scope="col">{t('courses.groups.period')}</th>
                <ParticipationHeadCells canWrite={writable} />
              </tr>
            </thead>
            <tbody>
              {rows.map(({ activity, participant }) => (
                <tr key={activity.id} className={participant.leftOn ? 'jobspor-muted' : undefined} data-testid="course-group-row">
                  <th scope="row" className="jobspor-row-head">
                    {activity.name}
                    {activity.unitId !== course.unitId ? <span className="course-rule-late">{activity.unitName}</span> : null}
                  </th>
                  <td className="jobspor-nowrap">{activityPeriod(t, locale, activity)}</td>
                  <ParticipationCells activity={activity} participant={participant} canWrite={writable} onSaved={replace} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data && !rows.length ? <p data-testid="course-groups-none">{t('courses.groups.none')}</p> : null}

      {writable && list.data ? (
        joining && joinable.length ? (
          <JoinActivityForm
            course={course}
            activities={joinable}
            onSaved={(updated) => {
              setJoining(false);
              replace(updated, t('courses.groups.saved.joined', { activity: updated.name }));
            }}
            onCancel={closeJoin}
          />
        ) : joinable.length ? (
          <div className="course-actions">
            <button
              type="button"
              className="button button-secondary jobspor-small-button"
              onClick={() => {
                setNotice('');
                setJoining(true);
              }}
              ref={joinButton}
              data-testid="join-activity-open"
            >
              {t('courses.groups.join')}
            </button>
          </div>
        ) : (
          <p className="jobspor-muted" data-testid="course-groups-nothing-to-join">
            {t('courses.groups.nothingToJoin', { unit: course.unitName })}{' '}
            {canUseArea(me.roles, 'gruppeforloeb') ? <Link to="/gruppeforloeb">{t('courses.groups.createLink')}</Link> : null}
          </p>
        )
      ) : null}
    </section>
  );
}

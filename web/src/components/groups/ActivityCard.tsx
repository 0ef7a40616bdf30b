import type { GroupActivity } from '../../api/courses.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import { Link } from '../../router.tsx';
import { todayIso } from '../../pages/citizen/course/useCourseForm.ts';
import { ParticipationCells, ParticipationHeadCells } from './ParticipationCells.tsx';
import { activityPeriod } from './period.ts';

interface ActivityCardProps {
  activity: GroupActivity;
  canWrite: boolean;
  onSaved: (activity: GroupActivity, message: string) => void;
}

function ActivityStatus({ activity }: { activity: GroupActivity }) {
  const { t, locale } = useI18n();
  const today = todayIso();
  if (activity.startDate > today) return <span className="badge">{t('courses.groups.status.upcoming', { date: formatDate(locale, activity.startDate) })}</span>;
  if (activity.endDate && activity.endDate < today) return <span className="badge">{t('courses.groups.status.ended')}</span>;
  return <span className="badge badge-success">{t('courses.groups.status.running')}</span>;
}

/**
 * One group activity on the Gruppeforløb page: unit, period, description
 * and the participants (those taking part first), each linking to the
 * citizen's courses, with sign-off for those who may write.
 */
export function ActivityCard({ activity, canWrite, onSaved }: ActivityCardProps) {
  const { t, locale } = useI18n();
  const headingId = `activity-${activity.id}-heading`;
  const participants = [...activity.participants].sort(
    (a, b) => Number(a.leftOn !== null) - Number(b.leftOn !== null) || a.citizenName.localeCompare(b.citizenName, 'da'),
  );
  const current = participants.filter((p) => p.leftOn === null).length;

  return (
    <section className="course-section" aria-labelledby={headingId} data-testid="group-activity" data-activity-id={activity.id}>
      <div className="course-panel-heading">
        <h2 id={headingId} className="h3 m-0">
          {activity.name}
        </h2>
        <ActivityStatus activity={activity} />
      </div>
      <p className="jobspor-muted mt-3">
        {activity.unitName} · {activityPeriod(t, locale, activity)} · {t('courses.groups.page.counts', { current, total: participants.length })}
      </p>
      {activity.description ? <p>{activity.description}</p> : null}
      {participants.length ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact jobspor-table" data-testid="group-participants">
            <caption className="sr-only">{t('courses.groups.page.participantsOf', { name: activity.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('courses.groups.page.citizen')}</th>
                <ParticipationHeadCells canWrite={canWrite} />
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.courseId} className={p.leftOn ? 'jobspor-muted' : undefined} data-testid="group-participant" data-course-id={p.courseId}>
                  <th scope="row" className="jobspor-row-head">
                    <Link to={`/borgere/${encodeURIComponent(p.citizenId)}#forloeb`}>{p.citizenName}</Link>
                  </th>
                  <ParticipationCells activity={activity} participant={p} canWrite={canWrite} onSaved={onSaved} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('courses.groups.page.noParticipants')}</p>
      )}
    </section>
  );
}

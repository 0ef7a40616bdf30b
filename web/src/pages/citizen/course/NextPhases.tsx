import type { Course } from '../../../api/courses.ts';
import { useT } from '../../../i18n/index.tsx';
import { refusalText } from './phaseRefusals.ts';

/** The phases the course may move to next: allowed now, or refused with what is missing. */
export function NextPhases({ course }: { course: Course }) {
  const t = useT();
  return (
    <section className="course-section" aria-labelledby="course-next-heading">
      <h4 id="course-next-heading">{t('courses.next.heading')}</h4>
      {course.nextPhases.length ? (
        <ul className="unstyled-list no-max-width course-next-phases" data-testid="course-next-phases">
          {course.nextPhases.map((next) => (
            <li key={next.phase} data-testid="course-next-phase" data-allowed={next.allowed}>
              <strong>{next.phaseName}</strong>{' '}
              <span className={next.allowed ? 'badge badge-success' : 'badge badge-warning'}>
                {next.allowed ? t('courses.next.allowed') : t('courses.next.refused')}
              </span>
              {next.refusals.length ? (
                <ul className="course-next-reasons">
                  {next.refusals.map((refusal) => (
                    <li key={refusal.code}>{refusalText(t, course, refusal)}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('courses.next.none')}</p>
      )}
    </section>
  );
}

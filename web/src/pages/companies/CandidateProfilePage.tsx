/**
 * Kandidatprofil (GET /api/courses/:id/candidate-profile): what a company
 * consultant matches from when the citizen is not (yet) theirs: name, age,
 * where they live, intervention and phase, job goals and the CV's
 * experience. No contact details, CPR number or case notes (need to know,
 * issue 9 item 20). From here the consultant finds companies and records a
 * match, after which the citizen is theirs to follow.
 */
import { companyApi } from '../../api/companies.ts';
import { courseApi } from '../../api/courses.ts';
import { Alert } from '../../components/Alert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { errorText, useLoad, usePageTitle } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Link } from '../../router.tsx';

export function CandidateProfilePage({ courseId }: { courseId: string }) {
  const { t } = useI18n();
  const profile = useLoad(() => companyApi.candidateProfile(courseId), [courseId]);
  const models = useLoad(() => courseApi.models(), []);
  const data = profile.data;
  usePageTitle(data ? t('candidate.title', { name: data.citizen.name }) : t('candidate.title', { name: '' }));
  if (profile.error) return <Alert variant="error">{errorText(t, profile.error)}</Alert>;
  if (!data) return <Spinner />;
  const model = models.data?.models.find((m) => m.id === data.course.modelId);
  const cv = data.cv;
  const matchPath = `/borgere/${encodeURIComponent(data.citizen.id)}/match?forloeb=${encodeURIComponent(data.course.id)}`;
  return (
    <>
      <h1 data-testid="candidate-heading">{t('candidate.title', { name: data.citizen.name })}</h1>
      <p>{t('candidate.intro')}</p>
      <dl className="jobspor-facts" data-testid="candidate-facts">
        <dt>{t('candidate.age')}</dt>
        <dd>{t('candidate.ageValue', { age: data.citizen.age })}</dd>
        <dt>{t('candidate.lives')}</dt>
        <dd>{[data.citizen.postcode, data.citizen.city].filter(Boolean).join(' ') || t('common.none')}</dd>
        <dt>{t('candidate.model')}</dt>
        <dd>{model?.shortName ?? data.course.modelId}</dd>
        <dt>{t('candidate.phase')}</dt>
        <dd>{data.course.phase ?? t('common.none')}</dd>
      </dl>
      <div className="jobspor-actions">
        <Link to={matchPath} className="button button-primary" data-testid="candidate-match">
          {t('candidate.match')}
        </Link>
        {data.fullAccess ? (
          <Link to={`/borgere/${encodeURIComponent(data.citizen.id)}`} className="button button-secondary">
            {t('candidate.openCase')}
          </Link>
        ) : null}
      </div>

      <h2>{t('candidate.jobGoals')}</h2>
      {data.jobGoals.length ? (
        <ul>
          {data.jobGoals.map((goal, i) => (
            <li key={i}>
              <strong>{goal.tier}</strong>: {goal.occupationText ?? goal.occupationCode ?? t('common.none')}
              {goal.occupationCode && goal.occupationText ? ` (DISCO ${goal.occupationCode})` : ''}
              {goal.concrete ? `, ${t('candidate.concrete')}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('candidate.noJobGoals')}</p>
      )}

      {cv ? (
        <>
          {cv.profile ? (
            <>
              <h2>{t('rec.cv.profile')}</h2>
              <p>{cv.profile}</p>
            </>
          ) : null}
          {cv.workExperience.length ? (
            <>
              <h2>{t('rec.cv.workExperience')}</h2>
              <ul>
                {cv.workExperience.map((w, i) => (
                  <li key={i}>
                    {w.title}, {w.employer} ({w.from ?? '?'}–{w.to ?? ''}){w.tasks ? `: ${w.tasks}` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {cv.education.length ? (
            <>
              <h2>{t('rec.cv.education')}</h2>
              <ul>
                {cv.education.map((e, i) => (
                  <li key={i}>
                    {e.title}, {e.institution}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {cv.courses.length ? (
            <>
              <h2>{t('rec.cv.courses')}</h2>
              <ul>
                {cv.courses.map((c, i) => (
                  <li key={i}>{[c.title, c.provider, c.year].filter(Boolean).join(', ')}</li>
                ))}
              </ul>
            </>
          ) : null}
          {cv.competences.length ? (
            <>
              <h2>{t('rec.cv.competences')}</h2>
              <p>{cv.competences.join(', ')}</p>
            </>
          ) : null}
          {cv.languages.length ? (
            <>
              <h2>{t('rec.cv.languages')}</h2>
              <p>{cv.languages.map((l) => `${l.language} (${t(`rec.languageLevel.${l.level}`)})`).join(', ')}</p>
            </>
          ) : null}
          {cv.drivingLicence.length ? (
            <>
              <h2>{t('rec.cv.drivingLicence')}</h2>
              <p>{cv.drivingLicence.join(', ')}</p>
            </>
          ) : null}
        </>
      ) : (
        <p>{t('candidate.noCv')}</p>
      )}
    </>
  );
}

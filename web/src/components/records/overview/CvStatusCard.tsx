/** Overblik: whether the citizen has a CV, and when it was last saved. */
import { recordsApi } from '../../../api/records.ts';
import { errorText, useLoad } from '../../../hooks.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDateTime } from '../../../labels.ts';
import { Alert } from '../../Alert.tsx';
import { Spinner } from '../../Spinner.tsx';
import { personName } from '../labels.ts';
import { SummaryCard } from './SummaryCard.tsx';

export function CvStatusCard({ citizenId, onOpen }: { citizenId: string; onOpen: () => void }) {
  const { t, locale } = useI18n();
  const cv = useLoad(() => recordsApi.cv(citizenId), [citizenId]);
  const current = cv.data?.current;
  return (
    <SummaryCard id="overview-cv" heading={t('rec.overview.cv')} goLabel={t('rec.overview.goCv')} onGo={onOpen}>
      {cv.loading && !cv.data ? <Spinner /> : null}
      {cv.error ? <Alert variant="error">{errorText(t, cv.error)}</Alert> : null}
      {cv.data && !current ? <p className="m-0 records-missing">{t('rec.cv.none')}</p> : null}
      {current ? (
        <>
          <p className="m-0">{t('rec.overview.cvMeta', { no: current.versionNo, date: formatDateTime(locale, current.createdAt), who: personName(t, current.createdBy) })}</p>
          <p className="m-0 jobspor-muted">
            {t('rec.overview.cvCounts', { work: current.content.workExperience.length, education: current.content.education.length, competences: current.content.competences.length })}
          </p>
        </>
      ) : null}
    </SummaryCard>
  );
}

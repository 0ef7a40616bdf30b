import { api } from '../api/client.ts';
import { Alert } from '../components/Alert.tsx';
import { CitizenTable } from '../components/CitizenTable.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { errorText, useLoad, usePageTitle } from '../hooks.ts';
import { useT } from '../i18n/index.tsx';

const limit = 200;

/** Min sagsstamme: the citizens the logged-in staff member is responsible for. */
export function CaseloadPage() {
  const t = useT();
  usePageTitle(t('caseload.title'));
  const { data, error, loading } = useLoad(() => api.citizens({ mine: true, limit }), []);

  return (
    <>
      <h1>{t('caseload.title')}</h1>
      <p className="font-lead">{t('caseload.intro')}</p>
      {loading ? <Spinner /> : null}
      {error ? <Alert variant="error">{errorText(t, error)}</Alert> : null}
      {data && !loading ? (
        <>
          <p className="jobspor-count" data-testid="caseload-count" aria-live="polite">
            <strong>{data.total === 1 ? t('caseload.countOne') : t('caseload.count', { count: data.total })}</strong>
          </p>
          {data.total > data.items.length ? (
            <Alert variant="info">{t('caseload.truncated', { shown: data.items.length, total: data.total })}</Alert>
          ) : null}
          {data.items.length ? (
            <CitizenTable citizens={data.items} caption={t('caseload.title')} testId="caseload-table" />
          ) : (
            <p>{t('caseload.empty')}</p>
          )}
        </>
      ) : null}
    </>
  );
}

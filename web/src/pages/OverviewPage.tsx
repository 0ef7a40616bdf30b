import { useMemo } from 'react';
import { api } from '../api/client.ts';
import { Alert } from '../components/Alert.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { UnitBarChart } from '../components/UnitBarChart.tsx';
import { errorText, useLoad, usePageTitle } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatNumber, unitKindLabel } from '../labels.ts';
import { Link } from '../router.tsx';
import { isCaseUnit, unitTree } from '../units.ts';

/** Overblik: units with staff and citizen counts, and a bar chart of citizens per unit. */
export function OverviewPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('overview.title'));
  const { data, error, loading } = useLoad(() => api.units(), []);
  const rows = useMemo(() => (data ? unitTree(data.units, locale) : []), [data, locale]);
  const bars = useMemo(
    () => rows.filter((row) => isCaseUnit(row.unit) || row.unit.citizenCount > 0).map((row) => ({ label: row.unit.name, value: row.unit.citizenCount })),
    [rows],
  );

  return (
    <>
      <h1>{t('overview.title')}</h1>
      <p className="font-lead">{t('overview.intro')}</p>
      <Alert variant="info">
        <p className="m-0">
          {t('overview.monitoringNote')} <Link to="/statusrapport">{t('mon.title')}</Link>
        </p>
      </Alert>
      {loading ? <Spinner /> : null}
      {error ? <Alert variant="error">{errorText(t, error)}</Alert> : null}
      {data && !rows.length ? <p>{t('overview.empty')}</p> : null}
      {rows.length ? (
        <>
          <section aria-labelledby="chart-heading" className="jobspor-section">
            <h2 id="chart-heading">{t('overview.chartTitle')}</h2>
            <UnitBarChart bars={bars} description={t('overview.chartAlt')} seriesName={t('col.citizenCount')} />
          </section>
          <section aria-labelledby="units-heading" className="jobspor-section">
            <h2 id="units-heading">{t('overview.units')}</h2>
            <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="units-heading">
              <table className="table table--compact table--zebra jobspor-table" data-testid="units-table">
                <thead>
                  <tr>
                    <th scope="col">{t('col.unit')}</th>
                    <th scope="col">{t('col.kind')}</th>
                    <th scope="col" className="align-text-right">
                      {t('col.staffCount')}
                    </th>
                    <th scope="col" className="align-text-right">
                      {t('col.citizenCount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.unit.id}>
                      <th scope="row" className={`jobspor-row-head jobspor-depth-${Math.min(row.depth, 5)}`}>
                        {row.unit.name}
                      </th>
                      <td>{unitKindLabel(t, row.unit.kind)}</td>
                      <td className="align-text-right">{formatNumber(locale, row.unit.staffCount)}</td>
                      <td className="align-text-right">{formatNumber(locale, row.unit.citizenCount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      ) : null}
    </>
  );
}

/**
 * Tab "Arketyper": 002's four archetypes A-D (Figure 6-4's changes) with the
 * net result per citizen computed from the calibrated unit prices beside the
 * published figures (Figure 6-5), a grouped bar chart for kommune and stat,
 * and why the prices are calibrated, not official.
 */
import { Suspense, useMemo } from 'react';
import { economicsApi } from '../../api/economics.ts';
import { Alert } from '../Alert.tsx';
import { Spinner } from '../Spinner.tsx';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ArchetypeChart } from './charts.ts';
import { formatKr, formatNumber } from './format.ts';

const actors = ['municipality', 'state', 'total'] as const;

export function ArchetypesTab() {
  const { t, locale } = useI18n();
  const data = useLoad(() => economicsApi.archetypes(), []);
  const rows = useMemo(
    () =>
      (data.data?.archetypes ?? []).map((a) => ({
        id: a.id,
        municipality: a.computedRounded.municipality,
        state: a.computedRounded.state,
        publishedMunicipality: a.published.municipality,
        publishedState: a.published.state,
      })),
    [data.data],
  );
  if (data.error) return <Alert variant="error">{errorText(t, data.error)}</Alert>;
  if (!data.data) return <Spinner text={t('common.loading')} />;
  const { archetypes, unitPrices } = data.data;
  const kr = (v: number) => formatKr(locale, v);
  return (
    <section aria-labelledby="econ-arch-heading" data-testid="econ-archetypes">
      <h2 id="econ-arch-heading">{t('econ.arch.title')}</h2>
      <p>{t('econ.arch.intro')}</p>
      <Alert variant="info" heading={t('econ.arch.calibratedHeading')}>
        <p className="m-0">{t('econ.arch.calibrated', { name: unitPrices.name, version: unitPrices.set.version })}</p>
      </Alert>
      <div className="table--responsive-scroll">
        <table className="table table--compact econ-table" data-testid="econ-arch-table">
          <caption>{t('econ.arch.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('econ.arch.archetype')}
              </th>
              <th scope="col" rowSpan={2} className="econ-num">
                {t('econ.arch.weeks')}
              </th>
              <th scope="col" rowSpan={2} className="econ-num">
                {t('econ.arch.days')}
              </th>
              <th scope="colgroup" colSpan={3} className="econ-group-head">
                {t('econ.arch.computed')}
              </th>
              <th scope="colgroup" colSpan={3} className="econ-group-head">
                {t('econ.arch.published')}
              </th>
            </tr>
            <tr>
              {[...actors, ...actors].map((a, i) => (
                <th key={`${a}-${i}`} scope="col" className="econ-num">
                  {t(`econ.actor.${a}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {archetypes.map((a) => (
              <tr key={a.id} data-testid="econ-arch-row">
                <th scope="row">
                  {t('econ.arch.name', { id: a.id })}
                  {a.usedForCalibration ? <span className="econ-muted"> {t('econ.arch.usedForCalibration')}</span> : null}
                </th>
                <td className="econ-num">{formatNumber(locale, a.labourMarketWeeksPerYear, 1)}</td>
                <td className="econ-num">{formatNumber(locale, a.homeSupportDaysSavedPerYear, 1)}</td>
                {actors.map((x) => (
                  <td key={`c-${x}`} className="econ-num">
                    {kr(a.computedRounded[x])}
                  </td>
                ))}
                {actors.map((x) => (
                  <td key={`p-${x}`} className="econ-num">
                    {kr(a.published[x])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('econ.arch.chartTitle')}</h3>
      <Suspense fallback={<Spinner text={t('common.loading')} />}>
        <ArchetypeChart rows={rows} description={t('econ.arch.chart')} />
      </Suspense>
      <p className="econ-muted">{t('econ.arch.source')}</p>
    </section>
  );
}

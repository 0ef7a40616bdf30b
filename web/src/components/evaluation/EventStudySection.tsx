/**
 * The difference-in-differences event study: the plot with CI bars per
 * month relative to the start (k = -1 the reference), the pre-trend test,
 * and the estimates as a table.
 */
import { Suspense, useCallback } from 'react';
import type { AnalysisResult, EventStudy } from '../../api/evaluation.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Spinner } from '../Spinner.tsx';
import { EventStudyChart } from './charts.ts';
import { formatEffect, formatFixed, formatP } from './format.ts';

export function EventStudySection({ eventStudy, result }: { eventStudy: EventStudy; result: AnalysisResult }) {
  const { t, locale } = useI18n();
  const format = useCallback((v: number) => formatEffect(t, locale, result, v, false), [t, locale, result]);
  const points = [...eventStudy.points].sort((a, b) => a.k - b.k);
  return (
    <section className="jobspor-section" aria-labelledby="eval-did-heading" data-testid="eval-event-study">
      <h3 id="eval-did-heading">{t('eval.did.title')}</h3>
      <p className="eval-muted">{t('eval.did.intro')}</p>
      {eventStudy.preTrend ? (
        <p data-testid="eval-pre-trend">{t('eval.did.preTrend', { statistic: formatFixed(locale, eventStudy.preTrend.statistic, 2), df: eventStudy.preTrend.df, p: formatP(locale, eventStudy.preTrend.p) })}</p>
      ) : null}
      <div className="eval-figure-grid">
        <Suspense fallback={<Spinner text={t('common.loading')} />}>
          <EventStudyChart eventStudy={eventStudy} description={t('eval.did.chart')} format={format} />
        </Suspense>
        <div className="table--responsive-scroll eval-scroll-table">
          <table className="table table--compact eval-table" data-testid="eval-event-study-table">
            <caption>{t('eval.did.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('eval.did.k')}</th>
                <th scope="col" className="eval-num">
                  {t('eval.did.estimate')}
                </th>
                <th scope="col" className="eval-num">
                  {t('eval.did.ci')}
                </th>
                <th scope="col" className="eval-num">
                  p
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.k}>
                  <th scope="row">{formatFixed(locale, p.k, 0)}</th>
                  <td className="eval-num">{format(p.estimate)}</td>
                  <td className="eval-num">
                    {format(p.ciLow)} – {format(p.ciHigh)}
                  </td>
                  <td className="eval-num">{formatP(locale, p.p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

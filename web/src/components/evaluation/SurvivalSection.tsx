/**
 * Survival: Kaplan-Meier curves of participants and comparison group with
 * their bands, the log-rank test and the Cox hazard ratio, and a table of
 * the curves at months 3, 6, 12, 18 and 24 with the medians.
 */
import { Suspense } from 'react';
import type { SurvivalSummary } from '../../api/evaluation.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Spinner } from '../Spinner.tsx';
import { SurvivalChart } from './charts.ts';
import { formatCount, formatFixed, formatP, outcomeLabel } from './format.ts';

export const tableMonths = [3, 6, 12, 18, 24] as const;

/** The step function at a month: the last value at or before it (1 before the first time), null after the curve ends. */
export function curveAt(curve: SurvivalSummary['curves'][number], month: number): { surv: number; lower: number | null; upper: number | null } | null {
  const last = curve.time.length ? curve.time[curve.time.length - 1]! : 0;
  if (month > last) return null;
  let index = -1;
  for (let i = 0; i < curve.time.length && curve.time[i]! <= month; i++) index = i;
  if (index < 0) return { surv: 1, lower: 1, upper: 1 };
  return { surv: curve.surv[index]!, lower: curve.lower[index] ?? null, upper: curve.upper[index] ?? null };
}

export function SurvivalSection({ survival }: { survival: SurvivalSummary }) {
  const { t, locale } = useI18n();
  const pct = (v: number) => `${formatFixed(locale, v * 100, 1)} %`;
  const hr = survival.hazardRatio;
  return (
    <section className="jobspor-section" aria-labelledby="eval-survival-heading" data-testid="eval-survival">
      <h3 id="eval-survival-heading">
        {t('eval.survival.title')}: {outcomeLabel(t, survival.outcome)}
      </h3>
      <p className="eval-muted">
        {t('eval.survival.intro')} {t(`eval.survival.sample.${survival.sample}`)}
      </p>
      <ul className="eval-tests">
        {survival.logRank ? (
          <li data-testid="eval-log-rank">{t('eval.survival.logRank', { chi: formatFixed(locale, survival.logRank.chiSquare, 2), df: survival.logRank.df, p: formatP(locale, survival.logRank.p) })}</li>
        ) : null}
        {hr ? (
          <li data-testid="eval-hazard-ratio">
            {t('eval.survival.hr', { hr: formatFixed(locale, hr.estimate, 2), low: formatFixed(locale, hr.ciLow, 2), high: formatFixed(locale, hr.ciHigh, 2), p: formatP(locale, hr.p) })}
          </li>
        ) : null}
      </ul>
      <div className="eval-figure-grid">
        <Suspense fallback={<Spinner text={t('common.loading')} />}>
          <SurvivalChart survival={survival} description={t('eval.survival.chart')} />
        </Suspense>
        <div className="table--responsive-scroll">
          <table className="table table--compact eval-table" data-testid="eval-survival-table">
            <caption>{t('eval.survival.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('eval.survival.group')}</th>
                {tableMonths.map((m) => (
                  <th scope="col" className="eval-num" key={m}>
                    {t('eval.survival.month')} {m}
                  </th>
                ))}
                <th scope="col" className="eval-num">
                  {t('eval.survival.median')}
                </th>
              </tr>
            </thead>
            <tbody>
              {survival.curves.map((curve) => (
                <tr key={curve.group} data-testid="eval-survival-row">
                  <th scope="row">
                    {t(`eval.group.${curve.group}`)}
                    <span className="eval-muted eval-block">{t('eval.survival.nEvents', { n: formatCount(locale, curve.n), events: formatCount(locale, curve.events) })}</span>
                  </th>
                  {tableMonths.map((m) => {
                    const at = curveAt(curve, m);
                    return (
                      <td className="eval-num" key={m}>
                        {at ? pct(at.surv) : '–'}
                        {at && at.lower !== null && at.upper !== null ? (
                          <span className="eval-muted eval-block">
                            {pct(at.lower)}–{pct(at.upper)}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                  <td className="eval-num">{curve.median === null ? t('eval.survival.medianNone') : formatFixed(locale, curve.median, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

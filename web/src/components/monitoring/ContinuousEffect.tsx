/**
 * Løbende effektmåling on the status report (issue 13): the model's effect
 * on its main outcome in the unit, re-estimated for each of the last 12
 * closed months against a rolling matched comparison
 * (src/domain/evaluation/continuous.ts). A line of the monthly ATT with its
 * confidence interval as a shaded band and a zero line; the same figures in
 * a table beside it, so the chart is a picture with a description. Shown
 * for municipalities, job centres and teams (the unit must have case data).
 */
import { useMemo } from 'react';
import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { ApiError } from '../../api/client.ts';
import { continuousApi, type ContinuousPoint, type ContinuousSeries } from '../../api/continuous.ts';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime, formatMonth, formatNumber } from '../../labels.ts';
import { Alert } from '../Alert.tsx';
import { Spinner } from '../Spinner.tsx';
import { useEChart } from '../charts/useEChart.ts';

use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

/** Unit kinds of the status report the panel is shown for. */
export const continuousUnitKinds: readonly string[] = ['municipality', 'jobcentre', 'team'];

/** 0/1 outcomes: their ATT is a difference in shares, shown in percentage points. */
const shareOutcomes = new Set(['any_hours', 'any_company_oriented', 'exit_fleksjob_fp']);

interface Scale {
  factor: number;
  unitKey: 'mon.cont.unit.points' | 'mon.cont.unit.hours' | 'mon.cont.unit.weeks' | 'mon.cont.unit.months';
}

function scaleOf(outcome: ContinuousSeries['outcome']): Scale {
  if (shareOutcomes.has(outcome) || outcome === 'employment_degree') return { factor: shareOutcomes.has(outcome) ? 100 : 1, unitKey: 'mon.cont.unit.points' };
  if (outcome === 'hours') return { factor: 1, unitKey: 'mon.cont.unit.hours' };
  if (outcome === 'time_to_hours' || outcome === 'time_to_placement') return { factor: 1, unitKey: 'mon.cont.unit.months' };
  return { factor: 1, unitKey: 'mon.cont.unit.weeks' };
}

const reasonKey = (p: ContinuousPoint) => `mon.cont.reason.${p.reason ?? 'failed'}` as const;

interface ContinuousEffectProps {
  model: string;
  /** The status report's unit key. */
  unit: string;
  unitName: string;
}

export function ContinuousEffect({ model, unit, unitName }: ContinuousEffectProps) {
  const { t, locale } = useI18n();
  const series = useLoad(() => continuousApi.series(model, unit), [model, unit]);
  const notFound = series.error instanceof ApiError && series.error.status === 404;

  return (
    <section aria-labelledby="continuous-heading" className="jobspor-section" data-testid="continuous-effect">
      <h2 id="continuous-heading">{t('mon.cont.title')}</h2>
      {series.loading && !series.data ? <Spinner text={t('mon.cont.loading')} /> : null}
      {notFound ? <p className="monitoring-muted" data-testid="continuous-none">{t('mon.cont.noCaseData', { unit: unitName })}</p> : null}
      {series.error && !notFound ? <Alert variant="error">{errorText(t, series.error)}</Alert> : null}
      {series.data && series.data.modelId === model ? <SeriesView data={series.data} unitName={unitName} locale={locale} /> : null}
    </section>
  );
}

function SeriesView({ data, unitName, locale }: { data: ContinuousSeries; unitName: string; locale: string }) {
  const { t } = useI18n();
  const scale = scaleOf(data.outcome);
  const outcome = t(`mon.cont.outcome.${data.outcome}`);
  const unitText = t(scale.unitKey);
  const number = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' }).format(v * scale.factor);
  const estimated = data.points.filter((p) => p.effect !== null);
  const latest = estimated.at(-1) ?? null;
  const description = latest
    ? t('mon.cont.aria', {
        unit: unitName,
        outcome,
        month: formatMonth(locale, latest.month),
        effect: `${number(latest.effect!.estimate)} ${unitText}`,
        low: number(latest.effect!.ciLow),
        high: number(latest.effect!.ciHigh),
      })
    : t('mon.cont.ariaNone', { unit: unitName, outcome });

  return (
    <>
      <p>{t('mon.cont.explain', { outcome, window: data.window, cohort: data.cohortMonths })}</p>
      <p className="monitoring-muted">{t('mon.cont.readBand')}</p>
      {data.points.length === 0 ? (
        <p data-testid="continuous-empty">{t('mon.cont.noRegister')}</p>
      ) : (
        <>
          {estimated.length === 0 ? <p data-testid="continuous-no-estimates">{t('mon.cont.noEstimates')}</p> : null}
          <ContinuousChart data={data} scale={scale} description={description} />
          <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="continuous-caption">
            <table className="table table--compact jobspor-table" data-testid="continuous-table">
              <caption id="continuous-caption">{t('mon.cont.caption', { outcome, unit: unitText })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('mon.cont.col.month')}</th>
                  <th scope="col" className="align-text-right">
                    {t('mon.cont.col.effect')}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t('mon.cont.col.ci')}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t('mon.cont.col.treated')}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t('mon.cont.col.controls')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.points.map((p) => (
                  <tr key={p.month} data-testid="continuous-row">
                    <th scope="row">{formatMonth(locale, p.month)}</th>
                    {p.effect ? (
                      <>
                        <td className="align-text-right monitoring-value">{number(p.effect.estimate)}</td>
                        <td className="align-text-right monitoring-value">
                          {number(p.effect.ciLow)} – {number(p.effect.ciHigh)}
                        </td>
                      </>
                    ) : (
                      <td colSpan={2} className="monitoring-muted">
                        {t(reasonKey(p))}
                      </td>
                    )}
                    <td className="align-text-right">{formatNumber(locale, p.nTreated)}</td>
                    <td className="align-text-right">{formatNumber(locale, p.nControl)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="monitoring-source">
        {t('mon.cont.method')}
        {data.computedAt ? ` · ${t('mon.computedAt', { when: formatDateTime(locale, data.computedAt) })}` : null}
      </p>
    </>
  );
}

function ContinuousChart({ data, scale, description }: { data: ContinuousSeries; scale: Scale; description: string }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => {
    const points = data.points;
    const at = (f: (p: ContinuousPoint) => number | undefined) => points.map((p) => (p.effect ? (f(p) ?? 0) * scale.factor : null));
    const value = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(v);
    const tooltip = (params: { dataIndex: number }[] | { dataIndex: number }) => {
      const index = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0;
      const p = points[index];
      if (!p) return '';
      const lines = [formatMonth(locale, p.month)];
      if (p.effect) {
        lines.push(`${t('mon.cont.col.effect')}: ${value(p.effect.estimate * scale.factor)} ${t(scale.unitKey)}`);
        lines.push(`${t('mon.cont.col.ci')}: ${value(p.effect.ciLow * scale.factor)} – ${value(p.effect.ciHigh * scale.factor)}`);
      } else lines.push(t(reasonKey(p)));
      lines.push(`${t('mon.cont.col.treated')}: ${formatNumber(locale, p.nTreated)}`);
      lines.push(`${t('mon.cont.col.controls')}: ${formatNumber(locale, p.nControl)}`);
      return lines.join('\n');
    };
    const hidden = { lineStyle: { opacity: 0 }, symbol: 'none', silent: true, tooltip: { show: false } };
    return {
      aria: { enabled: true, label: { description } },
      animation: false,
      grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', renderMode: 'richText', formatter: tooltip },
      textStyle: { fontFamily: 'IBMPlexSans, system-ui, sans-serif', color: '#1a1a1a' },
      xAxis: { type: 'category', data: points.map((p) => axisMonth(locale, p.month)), axisLabel: { fontSize: 11 } },
      yAxis: { type: 'value', scale: true, name: t(scale.unitKey), nameTextStyle: { fontSize: 11, align: 'left' }, axisLabel: { formatter: (v: number) => value(v) } },
      series: [
        // The band: the lower bound (invisible) and the width stacked on it, filled.
        { type: 'line', name: 'ci-low', data: at((p) => p.effect?.ciLow), stack: 'ci', ...hidden },
        {
          type: 'line',
          name: t('mon.cont.col.ci'),
          data: points.map((p) => (p.effect ? (p.effect.ciHigh - p.effect.ciLow) * scale.factor : null)),
          stack: 'ci',
          areaStyle: { color: 'rgba(0, 89, 179, 0.18)' },
          ...hidden,
        },
        {
          type: 'line',
          name: t('mon.cont.col.effect'),
          data: at((p) => p.effect?.estimate),
          connectNulls: false,
          z: 3,
          symbolSize: 7,
          lineStyle: { width: 3, color: '#0059b3' },
          itemStyle: { color: '#0059b3' },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'solid', color: '#595959', width: 1.5 },
            label: { formatter: t('mon.cont.zero'), position: 'insideEndTop' },
            data: [{ yAxis: 0 }],
          },
        },
      ],
    };
  }, [data, scale, description, t, locale]);
  const element = useEChart(option);
  return <div ref={element} className="jobspor-chart monitoring-chart" role="img" aria-label={description} data-testid="continuous-chart" />;
}

/** Month label on the axis: 'jan. 18' style. */
function axisMonth(locale: string, month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

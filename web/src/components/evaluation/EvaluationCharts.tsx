/**
 * The evaluation's figures: the love plot (|standardised mean difference|
 * per covariate before and after adjustment, line at 0.1), Kaplan-Meier
 * curves with shaded confidence bands, and the event study (estimates with
 * CI bars per month relative to the start, 0 line, k = -1 the reference).
 * Loaded lazily with ECharts; each figure has a table beside it on the page,
 * so the charts are pictures with a description.
 */
import { useMemo } from 'react';
import { CustomChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEChart } from '../charts/useEChart.ts';
import type { BalanceRow, EventStudy, SurvivalSummary } from '../../api/evaluation.ts';
import { useI18n } from '../../i18n/index.tsx';
import { covariateLabel, formatFixed, lovePlotRows } from './format.ts';

use([CustomChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

const textStyle = { fontFamily: 'IBMPlexSans, system-ui, sans-serif', color: '#1a1a1a' };
const colours = { treated: '#0059b3', control: '#b35900', before: '#757575', after: '#0059b3', reference: '#358000' };

export function LovePlot({ before, after, description }: { before: readonly BalanceRow[]; after: readonly BalanceRow[]; description: string }) {
  const { t, locale } = useI18n();
  const rows = useMemo(() => lovePlotRows(before, after), [before, after]);
  const option = useMemo(
    () => ({
      aria: { enabled: true, label: { description } },
      animation: false,
      textStyle,
      grid: { left: 8, right: 32, top: 36, bottom: 36, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'item', renderMode: 'richText' },
      xAxis: {
        type: 'value',
        min: 0,
        name: t('eval.balance.axis'),
        nameLocation: 'middle',
        nameGap: 24,
        axisLabel: { formatter: (v: number) => formatFixed(locale, v, 2) },
      },
      yAxis: { type: 'category', data: rows.map((r) => covariateLabel(t, r.name)), axisLabel: { fontSize: 11, width: 260, overflow: 'truncate' } },
      series: [
        {
          type: 'scatter',
          name: t('eval.balance.before'),
          data: rows.map((r) => r.before),
          symbol: 'circle',
          symbolSize: 9,
          itemStyle: { color: '#fff', borderColor: colours.before, borderWidth: 2 },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#b51d09', width: 1.5 },
            label: { formatter: t('eval.balance.threshold'), position: 'end' },
            data: [{ xAxis: 0.1 }],
          },
        },
        { type: 'scatter', name: t('eval.balance.after'), data: rows.map((r) => r.after), symbol: 'circle', symbolSize: 9, itemStyle: { color: colours.after } },
      ],
    }),
    [rows, t, locale, description],
  );
  const element = useEChart(option);
  return (
    <div className="eval-chart-box" style={{ height: `${Math.max(220, rows.length * 22 + 90)}px` }}>
      <div ref={element} className="eval-chart" role="img" aria-label={description} data-testid="eval-love-plot" />
    </div>
  );
}

/** A Kaplan-Meier curve as step points from time 0 (survival 1). */
function steps(curve: SurvivalSummary['curves'][number]): { surv: [number, number][]; lower: [number, number | null][]; upper: [number, number | null][] } {
  const surv: [number, number][] = [[0, 1]];
  const lower: [number, number | null][] = [[0, 1]];
  const upper: [number, number | null][] = [[0, 1]];
  curve.time.forEach((time, i) => {
    surv.push([time, curve.surv[i]!]);
    lower.push([time, curve.lower[i] ?? null]);
    upper.push([time, curve.upper[i] ?? null]);
  });
  return { surv, lower, upper };
}

export function SurvivalChart({ survival, description }: { survival: SurvivalSummary; description: string }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => {
    const series: Record<string, unknown>[] = [];
    for (const curve of survival.curves) {
      const colour = colours[curve.group];
      const name = t(`eval.group.${curve.group}`);
      const { surv, lower, upper } = steps(curve);
      // The band: the lower bound stacked with (upper - lower) as a filled area, in the curve's colour.
      series.push({ type: 'line', name, data: lower, step: 'end', stack: `band-${curve.group}`, symbol: 'none', lineStyle: { opacity: 0 }, silent: true, tooltip: { show: false } });
      series.push({
        type: 'line',
        name,
        data: upper.map(([x, u], i) => [x, u === null || lower[i]![1] === null ? null : u - lower[i]![1]!]),
        step: 'end',
        stack: `band-${curve.group}`,
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: colour, opacity: 0.15 },
        silent: true,
        tooltip: { show: false },
      });
      series.push({ type: 'line', name, data: surv, step: 'end', symbol: 'none', lineStyle: { width: 2.5, color: colour, type: curve.group === 'control' ? 'dashed' : 'solid' }, itemStyle: { color: colour }, z: 3 });
    }
    return {
      aria: { enabled: true, label: { description } },
      animation: false,
      textStyle,
      grid: { left: 8, right: 24, top: 36, bottom: 36, containLabel: true },
      legend: { top: 0, data: survival.curves.map((c) => t(`eval.group.${c.group}`)) },
      tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${formatFixed(locale, v * 100, 1)} %` : '') },
      xAxis: { type: 'value', min: 0, max: 24, interval: 3, name: t('eval.survival.months'), nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'value', min: 0, max: 1, name: t('eval.survival.share'), axisLabel: { formatter: (v: number) => `${formatFixed(locale, v * 100, 0)} %` } },
      series,
    };
  }, [survival, t, locale, description]);
  const element = useEChart(option);
  return <div ref={element} className="jobspor-chart eval-chart-fixed" role="img" aria-label={description} data-testid="eval-km-chart" />;
}

export function EventStudyChart({ eventStudy, description, format }: { eventStudy: EventStudy; description: string; format: (value: number) => string }) {
  const { t } = useI18n();
  const option = useMemo(() => {
    const points = [...eventStudy.points].sort((a, b) => a.k - b.k);
    return {
      aria: { enabled: true, label: { description } },
      animation: false,
      textStyle,
      grid: { left: 8, right: 24, top: 36, bottom: 36, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'item', renderMode: 'richText' },
      xAxis: { type: 'value', name: t('eval.did.k'), nameLocation: 'middle', nameGap: 24, minInterval: 1 },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: format } },
      series: [
        {
          type: 'custom',
          name: t('eval.did.ci'),
          data: points.map((p) => [p.k, p.ciLow, p.ciHigh]),
          // Both ends count for the y axis' extent.
          encode: { x: 0, y: [1, 2] },
          itemStyle: { color: colours.after },
          renderItem: (_params: unknown, api: { value: (i: number) => number; coord: (p: [number, number]) => [number, number]; style: () => Record<string, unknown> }) => {
            const k = api.value(0);
            const low = api.coord([k, api.value(1)]);
            const high = api.coord([k, api.value(2)]);
            const style = { stroke: colours.after, lineWidth: 1.5 };
            return {
              type: 'group',
              children: [
                { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
                { type: 'line', shape: { x1: low[0] - 4, y1: low[1], x2: low[0] + 4, y2: low[1] }, style },
                { type: 'line', shape: { x1: high[0] - 4, y1: high[1], x2: high[0] + 4, y2: high[1] }, style },
              ],
            };
          },
          z: 2,
        },
        {
          type: 'scatter',
          name: t('eval.did.estimate'),
          data: points.map((p) => [p.k, p.estimate]),
          symbolSize: 8,
          itemStyle: { color: colours.after },
          z: 3,
          markLine: { silent: true, symbol: 'none', lineStyle: { color: '#1a1a1a', width: 1 }, label: { show: false }, data: [{ yAxis: 0 }, { xAxis: -0.5, lineStyle: { type: 'dotted', color: '#757575' } }] },
        },
        {
          type: 'scatter',
          name: t('eval.did.reference'),
          data: [[-1, 0]],
          symbol: 'diamond',
          symbolSize: 12,
          itemStyle: { color: colours.reference },
          label: { show: true, position: 'top', formatter: t('eval.did.reference') },
          z: 4,
        },
      ],
    };
  }, [eventStudy, t, description, format]);
  const element = useEChart(option);
  return <div ref={element} className="jobspor-chart eval-chart-fixed" role="img" aria-label={description} data-testid="eval-event-study-chart" />;
}

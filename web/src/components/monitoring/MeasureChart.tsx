/**
 * One measure over the report's 25 months: the unit, its cluster and the
 * whole country as lines, and the target as a mark line. Only the line
 * chart, grid, legend, tooltip, mark line and aria pieces of ECharts are
 * pulled in. The figures are also written as text on the card (the latest
 * value, the comparison table), so the chart is a picture with a description.
 */
import { useMemo } from 'react';
import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEChart } from '../charts/useEChart.ts';
import type { ReportMeasure } from '../../api/monitoring.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatNumberIn, formatValue } from './format.ts';

use([LineChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

interface MeasureChartProps {
  measure: ReportMeasure;
  unitName: string;
  /** The accessible description, with the latest value in words. */
  description: string;
  testId: string;
  /** A click on a point of the unit's line: that month's persons (the button on the card is the keyboard way). */
  onMonthClick?: (month: string) => void;
}

/** Month label on the axis: 'jan. 18' style, short enough for 25 ticks. */
function axisMonth(locale: string, month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

export function MeasureChart({ measure, unitName, description, testId, onMonthClick }: MeasureChartProps) {
  const { t, locale } = useI18n();
  const option = useMemo(() => {
    const months = measure.series.map((p) => p.month);
    const byMonth = (points: readonly { month: string; value: number | null }[]) => {
      const values = new Map(points.map((p) => [p.month, p.value]));
      return months.map((month) => values.get(month) ?? null);
    };
    const label = (value: unknown) => (typeof value === 'number' ? formatValue(t, locale, measure.unit, value) : t('mon.undefined'));
    return {
      aria: { enabled: true, label: { description } },
      animation: false,
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll', textStyle: { fontSize: 12 } },
      tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: label },
      textStyle: { fontFamily: 'IBMPlexSans, system-ui, sans-serif', color: '#1a1a1a' },
      xAxis: { type: 'category', data: months.map((m) => axisMonth(locale, m)), axisLabel: { fontSize: 11 } },
      yAxis: {
        type: 'value',
        scale: measure.unit !== 'percent',
        ...(measure.unit === 'percent' ? { min: 0, max: (v: { max: number }) => Math.min(100, Math.max(10, Math.ceil(v.max / 10) * 10)) } : {}),
        axisLabel: { formatter: (v: number) => formatNumberIn(locale, measure.unit, v) },
      },
      series: [
        {
          type: 'line',
          name: unitName,
          data: byMonth(measure.series),
          connectNulls: false,
          // Drawn above the cluster and country lines, which may coincide with it.
          z: 3,
          symbolSize: 7,
          cursor: 'pointer',
          lineStyle: { width: 3, color: '#0059b3' },
          itemStyle: { color: '#0059b3' },
          ...(measure.target
            ? {
                markLine: {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { type: 'dashed', color: '#358000', width: 2 },
                  label: { formatter: `${t('mon.series.target')}: ${label(measure.target.value)}`, position: 'insideEndTop' },
                  data: [{ yAxis: measure.target.value }],
                },
              }
            : {}),
        },
        {
          type: 'line',
          name: t('mon.series.cluster'),
          data: byMonth(measure.clusterSeries),
          symbol: 'triangle',
          lineStyle: { type: 'dotted', color: '#b35900', width: 2 },
          itemStyle: { color: '#b35900' },
        },
        {
          type: 'line',
          name: t('mon.series.country'),
          data: byMonth(measure.countrySeries),
          symbol: 'rect',
          lineStyle: { type: 'dashed', color: '#595959', width: 2 },
          itemStyle: { color: '#595959' },
        },
      ],
    };
  }, [measure, unitName, description, t, locale]);
  const element = useEChart(option, (seriesIndex, dataIndex) => {
    const month = measure.series[dataIndex]?.month;
    if (seriesIndex === 0 && month && onMonthClick) onMonthClick(month);
  });
  return <div ref={element} className="jobspor-chart monitoring-chart" role="img" aria-label={description} data-testid={testId} />;
}

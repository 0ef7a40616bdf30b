/**
 * Hours per week as stacked bars, actual unpaid placement hours under actual
 * paid ordinary hours, with the planned hours as lines (when asked) and the
 * course's model's weekly goal of paid hours as a marker line (a monthly goal
 * is drawn on the monthly chart instead, MonthlyHoursChart). Loaded lazily (only the bar and
 * line charts, grid, legend, tooltip, mark line and aria pieces of ECharts);
 * tooltips are drawn on the canvas (richText), so no inline styles are
 * needed under the CSP. The same figures are in a table beside the chart.
 */
import { useMemo } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEChart } from '../charts/useEChart.ts';
import { useI18n } from '../../i18n/index.tsx';
import { goalMarkLine } from './goal.ts';
import { weekShort } from './labels.ts';
import type { HoursGoal, HoursRow } from './weeks.ts';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

export interface HoursChartProps {
  rows: HoursRow[];
  /** Accessible description; the figures are also in a table. */
  description: string;
  /** Draw the planned hours as lines (one placement's page). */
  showPlanned?: boolean;
  /** The course's model's hours goal; only a weekly one is drawn here. */
  goal: HoursGoal | null;
  testId?: string;
}

const colours = { unpaid: '#7ba7d9', paid: '#1b6e1b', planned: '#454545', plannedPaid: '#0b5c0b' };

export function HoursChart({ rows, description, showPlanned = false, goal, testId }: HoursChartProps) {
  const { t } = useI18n();
  const weeklyGoal = goal?.period === 'week' ? goal : null;
  const option = useMemo(() => {
    const paidSeries = {
      type: 'bar',
      name: t('pl.hours.actualPaid'),
      stack: 'actual',
      data: rows.map((r) => r.paid),
      itemStyle: { color: colours.paid },
      barMaxWidth: 36,
      ...(weeklyGoal ? { markLine: goalMarkLine(t, weeklyGoal) } : {}),
    };
    const planned = showPlanned
      ? [
          {
            type: 'line',
            name: t('pl.hours.plannedTotal'),
            data: rows.map((r) => Math.round((r.plannedUnpaid + r.plannedPaid) * 10) / 10),
            lineStyle: { type: 'dashed', width: 2, color: colours.planned },
            itemStyle: { color: colours.planned },
            symbol: 'circle',
            symbolSize: 6,
          },
          {
            type: 'line',
            name: t('pl.hours.plannedPaid'),
            data: rows.map((r) => r.plannedPaid),
            lineStyle: { type: 'dotted', width: 2, color: colours.plannedPaid },
            itemStyle: { color: colours.plannedPaid },
            symbol: 'triangle',
            symbolSize: 7,
          },
        ]
      : [];
    const highest = Math.max(weeklyGoal ? weeklyGoal.hours + 5 : 10, ...rows.map((r) => (r.unpaid ?? 0) + (r.paid ?? 0)), ...rows.map((r) => r.plannedUnpaid + r.plannedPaid));
    return {
      aria: { enabled: true, label: { description } },
      animation: false,
      grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { fontSize: 12 } },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      textStyle: { fontFamily: 'IBMPlexSans, system-ui, sans-serif', color: '#1a1a1a' },
      xAxis: { type: 'category', data: rows.map((r) => weekShort(t, r.weekStart)), axisLabel: { fontSize: 12, hideOverlap: true } },
      yAxis: { type: 'value', min: 0, max: Math.ceil(highest / 5) * 5, name: t('pl.hours.axis'), nameTextStyle: { fontSize: 12 }, axisLabel: { fontSize: 12 } },
      series: [
        { type: 'bar', name: t('pl.hours.actualUnpaid'), stack: 'actual', data: rows.map((r) => r.unpaid), itemStyle: { color: colours.unpaid }, barMaxWidth: 36 },
        paidSeries,
        ...planned,
      ],
    };
  }, [rows, description, showPlanned, weeklyGoal, t]);
  const element = useEChart(option);
  return <div ref={element} className="placements-chart" role="img" aria-label={description} data-testid={testId} data-goal={weeklyGoal ? weeklyGoal.hours : undefined} />;
}

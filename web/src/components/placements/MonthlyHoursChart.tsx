/**
 * Paid ordinary hours per calendar month as bars, with the course's model's
 * monthly goal as a marker line (TRIN: 30 a month, 004). Loaded lazily like
 * HoursChart; the same figures are in the table beside it.
 */
import { useMemo } from 'react';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEChart } from '../charts/useEChart.ts';
import { useI18n } from '../../i18n/index.tsx';
import { goalMarkLine } from './goal.ts';
import { monthLabel } from './labels.ts';
import type { HoursGoal, MonthPaid } from './weeks.ts';

use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

export interface MonthlyHoursChartProps {
  months: MonthPaid[];
  goal: HoursGoal;
  description: string;
  testId?: string;
}

export function MonthlyHoursChart({ months, goal, description, testId }: MonthlyHoursChartProps) {
  const { t, locale } = useI18n();
  const option = useMemo(() => {
    const highest = Math.max(goal.hours + 5, ...months.map((m) => m.paid));
    return {
      aria: { enabled: true, label: { description } },
      animation: false,
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      textStyle: { fontFamily: 'IBMPlexSans, system-ui, sans-serif', color: '#1a1a1a' },
      xAxis: { type: 'category', data: months.map((m) => monthLabel(locale, m.month)), axisLabel: { fontSize: 12, hideOverlap: true } },
      yAxis: { type: 'value', min: 0, max: Math.ceil(highest / 5) * 5, name: t('pl.hours.axis'), nameTextStyle: { fontSize: 12 }, axisLabel: { fontSize: 12 } },
      series: [
        {
          type: 'bar',
          name: t('pl.hours.actualPaid'),
          data: months.map((m) => m.paid),
          itemStyle: { color: '#1b6e1b' },
          barMaxWidth: 48,
          markLine: goalMarkLine(t, goal),
        },
      ],
    };
  }, [months, goal, description, locale, t]);
  const element = useEChart(option);
  return <div ref={element} className="placements-chart" role="img" aria-label={description} data-testid={testId} data-goal={goal.hours} />;
}

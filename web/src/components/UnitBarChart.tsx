/**
 * Bar chart of citizens per unit. Only the bar chart, grid, tooltip and aria
 * pieces of ECharts and the canvas renderer are pulled in, to keep the bundle
 * small. Tooltips are drawn on the canvas (richText) so no inline HTML styles
 * are needed under the CSP.
 */
import { useMemo } from 'react';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEChart } from './charts/useEChart.ts';

use([BarChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export interface Bar {
  label: string;
  value: number;
}

interface UnitBarChartProps {
  bars: Bar[];
  /** Accessible description; the same figures must also be shown in a table. */
  description: string;
  seriesName: string;
}

export function UnitBarChart({ bars, description, seriesName }: UnitBarChartProps) {
  const option = useMemo(
    () => ({
      aria: { enabled: true, label: { description } },
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
      textStyle: { fontFamily: 'IBMPlexSans, system-ui, sans-serif', color: '#1a1a1a' },
      xAxis: {
        type: 'category',
        data: bars.map((b) => b.label),
        axisLabel: { interval: 0, rotate: bars.length > 6 ? 30 : 0, fontSize: 12 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: seriesName, data: bars.map((b) => b.value), itemStyle: { color: '#0059b3' }, barMaxWidth: 48 }],
    }),
    [bars, description, seriesName],
  );
  const element = useEChart(option);

  return <div ref={element} className="jobspor-chart" role="img" aria-label={description} data-testid="unit-chart" />;
}

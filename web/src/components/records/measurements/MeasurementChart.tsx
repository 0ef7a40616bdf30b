/**
 * Line chart of one instrument's scores over time. Loaded lazily (only the
 * line chart, grid, tooltip, mark area and aria pieces of ECharts and the
 * canvas renderer). Tooltips are drawn on the canvas (richText) so no inline
 * styles are needed under the CSP. The figures are also in a table beside
 * the chart (its text alternative).
 */
import { useMemo } from 'react';
import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEChart } from '../../charts/useEChart.ts';

use([LineChart, GridComponent, TooltipComponent, MarkAreaComponent, AriaComponent, CanvasRenderer]);

export interface ChartPoint {
  label: string;
  score: number | null;
}

export interface ChartBand {
  from: number;
  to: number;
  label: string;
  colour: string;
}

export interface MeasurementChartProps {
  points: ChartPoint[];
  min: number;
  max: number;
  /** Accessible description; the figures are also shown in a table. */
  description: string;
  seriesName: string;
  bands?: ChartBand[];
  testId?: string;
}

export function MeasurementChart({ points, min, max, description, seriesName, bands, testId }: MeasurementChartProps) {
  const option = useMemo(
    () => ({
      aria: { enabled: true, label: { description } },
      animation: false,
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      textStyle: { fontFamily: 'IBMPlexSans, system-ui, sans-serif', color: '#1a1a1a' },
      xAxis: { type: 'category', data: points.map((p) => p.label), boundaryGap: true, axisLabel: { fontSize: 12, lineHeight: 16, hideOverlap: true } },
      yAxis: { type: 'value', min, max, axisLabel: { fontSize: 12 } },
      series: [
        {
          type: 'line',
          name: seriesName,
          data: points.map((p) => p.score),
          connectNulls: false,
          symbolSize: 8,
          itemStyle: { color: '#0059b3' },
          lineStyle: { width: 2 },
          ...(bands?.length
            ? {
                markArea: {
                  silent: true,
                  label: { position: 'insideRight', fontSize: 11, color: '#454545' },
                  data: bands.map((b) => [
                    { yAxis: b.from, name: b.label, itemStyle: { color: b.colour } },
                    { yAxis: b.to },
                  ]),
                },
              }
            : {}),
        },
      ],
    }),
    [points, min, max, description, seriesName, bands],
  );
  const element = useEChart(option);

  return <div ref={element} className="records-chart" role="img" aria-label={description} data-testid={testId} />;
}

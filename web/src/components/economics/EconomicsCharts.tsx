/**
 * Økonomi's figures, loaded lazily with ECharts: horizontal bars of a cost
 * breakdown (coloured by phase), the sensitivity of the cost per citizen to
 * citizens a year (002 Figure 6-3, the current point marked), the waterfall
 * of a scenario's net result, and the archetypes' net result for kommune and
 * stat side by side. Each figure has a table beside it on the page, so the
 * charts are pictures with a description.
 */
import { useMemo } from 'react';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEChart } from '../charts/useEChart.ts';
import { useI18n } from '../../i18n/index.tsx';
import { econColours, formatKr, formatNumber } from './format.ts';

use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

const textStyle = { fontFamily: 'IBMPlexSans, system-ui, sans-serif', color: '#1a1a1a' };

/** Thousands of kroner on an axis (1.000 kr. → 1 t.kr.). */
const axisKr = (locale: string) => (v: number) => `${formatNumber(locale, v / 1000, 0)}`;

export interface BarRow {
  label: string;
  value: number;
  /** Series the bar belongs to (e.g. the phase); one legend entry each. */
  group: string;
}

/** Horizontal bars, one series per group so the legend's colours are the bars' colours. */
export function BreakdownChart({ rows, groups, description, testId }: { rows: readonly BarRow[]; groups: readonly { id: string; label: string; colour: string }[]; description: string; testId: string }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => {
    const labels = rows.map((r) => r.label);
    return {
      aria: { enabled: true, label: { description } },
      animation: false,
      textStyle,
      grid: { left: 8, right: 24, top: 36, bottom: 40, containLabel: true },
      legend: { top: 0, right: 0, data: groups.map((g) => g.label) },
      tooltip: { trigger: 'item', renderMode: 'richText', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatKr(locale, v) : '') },
      xAxis: { type: 'value', name: t('econ.chart.thousandKr'), nameLocation: 'middle', nameGap: 26, axisLabel: { formatter: axisKr(locale) } },
      yAxis: { type: 'category', inverse: true, data: labels, axisLabel: { width: 320, overflow: 'truncate' } },
      series: groups.map((g) => ({
        type: 'bar',
        name: g.label,
        stack: 'one',
        barMaxWidth: 22,
        itemStyle: { color: g.colour },
        data: rows.map((r) => (r.group === g.id ? r.value : null)),
      })),
    };
  }, [rows, groups, description, locale, t]);
  const element = useEChart(option);
  return (
    <div className="econ-chart-box" style={{ height: `${Math.max(200, rows.length * 30 + 90)}px` }}>
      <div ref={element} className="econ-chart" role="img" aria-label={description} data-testid={testId} />
    </div>
  );
}

/** Cost per citizen over citizens a year, the current number marked (002 Figure 6-3). */
export function SensitivityChart({ rows, current, description }: { rows: readonly { citizensPerYear: number; totalPerCitizen: number }[]; current: { citizensPerYear: number; totalPerCitizen: number }; description: string }) {
  const { t, locale } = useI18n();
  const option = useMemo(
    () => ({
      aria: { enabled: true, label: { description } },
      animation: false,
      textStyle,
      grid: { left: 8, right: 32, top: 36, bottom: 40, containLabel: true },
      legend: { top: 0, right: 0, data: [t('econ.sens.line'), t('econ.sens.current')] },
      tooltip: { trigger: 'item', renderMode: 'richText', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatKr(locale, v) : '') },
      xAxis: { type: 'value', name: t('econ.sens.axisX'), nameLocation: 'middle', nameGap: 26, scale: true, axisLabel: { formatter: (v: number) => formatNumber(locale, v, 1) } },
      yAxis: { type: 'value', name: t('econ.sens.axisY'), nameTextStyle: { align: 'left' }, scale: true, axisLabel: { formatter: axisKr(locale) } },
      series: [
        {
          type: 'line',
          name: t('econ.sens.line'),
          data: [...rows].sort((a, b) => a.citizensPerYear - b.citizensPerYear).map((r) => [r.citizensPerYear, r.totalPerCitizen]),
          symbol: 'circle',
          symbolSize: 6,
          lineStyle: { width: 2.5, color: econColours.operation },
          itemStyle: { color: econColours.operation },
        },
        {
          type: 'scatter',
          name: t('econ.sens.current'),
          data: [[current.citizensPerYear, current.totalPerCitizen]],
          symbol: 'diamond',
          symbolSize: 16,
          itemStyle: { color: econColours.current },
          z: 4,
        },
      ],
    }),
    [rows, current, description, locale, t],
  );
  const element = useEChart(option);
  return (
    <div className="econ-chart-box econ-chart-fixed">
      <div ref={element} className="econ-chart" role="img" aria-label={description} data-testid="econ-sensitivity-chart" />
    </div>
  );
}

export interface WaterfallStep {
  label: string;
  value: number;
}

/**
 * A waterfall: each step floats from the running total (a transparent base
 * under a visible bar), losses red and gains green, ending in the net as a
 * full bar from zero.
 */
export function WaterfallChart({ steps, netLabel, description }: { steps: readonly WaterfallStep[]; netLabel: string; description: string }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => {
    const net = steps.reduce((sum, s) => sum + s.value, 0);
    const labels = [...steps.map((s) => s.label), netLabel];
    // Bars on a stack add from zero by sign, so a floating bar is base + height of the same sign.
    const floating = steps.map((s, i) => {
      const start = i === 0 ? 0 : steps.slice(0, i).reduce((sum, x) => sum + x.value, 0);
      const end = start + s.value;
      const low = Math.min(start, end);
      const high = Math.max(start, end);
      return { low, high, gain: s.value >= 0 };
    });
    const segment = (pick: (f: { low: number; high: number }) => number | null) => floating.map(pick);
    // Positive part of each bar: from max(low,0) to max(high,0); negative part: from min(high,0) to min(low,0).
    const posBase = segment((f) => (f.high > 0 ? Math.max(f.low, 0) : null));
    const posHeight = segment((f) => (f.high > 0 ? f.high - Math.max(f.low, 0) : null));
    const negBase = segment((f) => (f.low < 0 ? Math.min(f.high, 0) : null));
    const negHeight = segment((f) => (f.low < 0 ? Math.min(f.high, 0) - f.low : null));
    const colourOf = (i: number) => (floating[i]!.gain ? econColours.gain : econColours.loss);
    const visible = (heights: (number | null)[], sign: 1 | -1) =>
      heights.map((h, i) => (h === null || h === 0 ? null : { value: sign * h, itemStyle: { color: colourOf(i) }, raw: steps[i]!.value }));
    const hidden = { type: 'bar', silent: true, itemStyle: { color: 'transparent' }, tooltip: { show: false }, barMaxWidth: 44 };
    return {
      aria: { enabled: true, label: { description } },
      animation: false,
      textStyle,
      grid: { left: 8, right: 24, top: 36, bottom: 40, containLabel: true },
      legend: { top: 0, right: 0, data: [t('econ.waterfall.loss'), t('econ.waterfall.gain'), netLabel], selectedMode: false },
      tooltip: {
        trigger: 'item',
        renderMode: 'richText',
        formatter: (p: { dataIndex: number; name: string }) => (p.dataIndex < steps.length ? `${p.name}: ${formatKr(locale, steps[p.dataIndex]!.value)}` : `${p.name}: ${formatKr(locale, net)}`),
      },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, width: 110, overflow: 'break', lineHeight: 14 } },
      yAxis: { type: 'value', name: t('econ.chart.thousandKr'), nameTextStyle: { align: 'left' }, axisLabel: { formatter: axisKr(locale) } },
      series: [
        { ...hidden, name: 'base+', stack: 'pos', data: [...posBase, null] },
        { type: 'bar', name: t('econ.waterfall.gain'), stack: 'pos', barMaxWidth: 44, itemStyle: { color: econColours.gain }, data: [...visible(posHeight, 1), null] },
        { ...hidden, name: 'base-', stack: 'neg', data: [...negBase, null] },
        { type: 'bar', name: t('econ.waterfall.loss'), stack: 'neg', barMaxWidth: 44, itemStyle: { color: econColours.loss }, data: [...visible(negHeight, -1), null] },
        {
          type: 'bar',
          name: netLabel,
          stack: 'net',
          barMaxWidth: 44,
          itemStyle: { color: econColours.net },
          data: [...steps.map(() => null), net],
          markLine: { silent: true, symbol: 'none', lineStyle: { color: '#595959', width: 1 }, label: { show: false }, data: [{ yAxis: 0 }] },
        },
      ],
    };
  }, [steps, netLabel, description, locale, t]);
  const element = useEChart(option);
  return (
    <div className="econ-chart-box econ-chart-fixed">
      <div ref={element} className="econ-chart" role="img" aria-label={description} data-testid="econ-waterfall-chart" />
    </div>
  );
}

/** The archetypes' net result per citizen: kommune and stat side by side (computed), published as markers. */
export function ArchetypeChart({ rows, description }: { rows: readonly { id: string; municipality: number; state: number; publishedMunicipality: number; publishedState: number }[]; description: string }) {
  const { t, locale } = useI18n();
  const option = useMemo(
    () => ({
      aria: { enabled: true, label: { description } },
      animation: false,
      textStyle,
      grid: { left: 8, right: 24, top: 36, bottom: 40, containLabel: true },
      legend: { top: 0, right: 0, data: [t('econ.actor.municipality'), t('econ.actor.state'), t('econ.arch.publishedMarker')] },
      tooltip: { trigger: 'item', renderMode: 'richText', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatKr(locale, v) : '') },
      xAxis: { type: 'category', data: rows.map((r) => t('econ.arch.name', { id: r.id })) },
      yAxis: { type: 'value', name: t('econ.chart.thousandKr'), nameTextStyle: { align: 'left' }, axisLabel: { formatter: axisKr(locale) } },
      series: [
        { type: 'bar', name: t('econ.actor.municipality'), barMaxWidth: 40, itemStyle: { color: econColours.municipality }, data: rows.map((r) => r.municipality) },
        { type: 'bar', name: t('econ.actor.state'), barMaxWidth: 40, itemStyle: { color: econColours.state }, data: rows.map((r) => r.state) },
        {
          // The published figures as black dashes over the bars: [category index, value], offset left/right per actor.
          type: 'scatter',
          name: t('econ.arch.publishedMarker'),
          symbol: 'rect',
          symbolSize: [26, 3],
          itemStyle: { color: '#1a1a1a' },
          data: rows.flatMap((r, i) => [
            { value: [i, r.publishedMunicipality], symbolOffset: [-20, 0] },
            { value: [i, r.publishedState], symbolOffset: [20, 0] },
          ]),
          z: 5,
        },
      ],
    }),
    [rows, description, locale, t],
  );
  const element = useEChart(option);
  return (
    <div className="econ-chart-box econ-chart-fixed">
      <div ref={element} className="econ-chart" role="img" aria-label={description} data-testid="econ-archetype-chart" />
    </div>
  );
}

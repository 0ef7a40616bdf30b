/**
 * The fidelity charts (ECharts, loaded with the page): the heatmap of units
 * × elements for one round, the trend of the survey share per element over
 * rounds with the behavioural percent month by month, and fidelity against
 * outcome per unit with Pearson's r. Each chart has an accessible
 * description, and its figures are also given as a table or as text.
 */
import { useMemo, useState } from 'react';
import { HeatmapChart as EHeatmap, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEChart } from '../charts/useEChart.ts';
import type { FidelityReport, Heatmap, OutcomeScatter, Trend } from '../../api/fidelity.ts';
import { plural, useI18n } from '../../i18n/index.tsx';
import { formatDate, formatMonth } from '../../labels.ts';
import { nameIn } from '../../pages/models/text.ts';
import { formatPercent, measureLabel } from './format.ts';

use([EHeatmap, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, AriaComponent, CanvasRenderer]);

const font = { fontFamily: 'IBMPlexSans, system-ui, sans-serif', color: '#1a1a1a' };
const palette = ['#0059b3', '#b35900', '#358000', '#7a2e8e', '#b51d09', '#00767a', '#595959', '#8a6d00'];

type HeatmapLayer = 'survey' | 'behaviour';

export function HeatmapChart({ heatmap }: { heatmap: Heatmap }) {
  const { t, locale, lang } = useI18n();
  const [layer, setLayer] = useState<HeatmapLayer>('survey');
  const description = t('fid.heatmap.description', { round: heatmap.round.name, units: heatmap.units.length, sections: heatmap.sections.length });
  const option = useMemo(() => {
    const data = heatmap.units.flatMap((unit, y) => unit[layer].map((value, x) => [x, y, value === null ? '-' : Math.round(value * 10) / 10]));
    return {
      aria: { enabled: true, label: { description } },
      animation: false,
      textStyle: font,
      tooltip: {
        renderMode: 'richText',
        formatter: (p: { data: [number, number, number | string] }) => {
          const [x, y, v] = p.data;
          const section = heatmap.sections[x];
          const unit = heatmap.units[y];
          return `${unit?.name ?? ''}\n${section ? `${section.id} ${nameIn(lang, section.title)}` : ''}\n${typeof v === 'number' ? formatPercent(locale, v) : t('fid.heatmap.none')}`;
        },
      },
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: heatmap.sections.map((s) => s.id), splitArea: { show: true }, axisLabel: { fontSize: 12 } },
      yAxis: { type: 'category', data: heatmap.units.map((u) => u.name), splitArea: { show: true }, axisLabel: { fontSize: 12 } },
      visualMap: {
        min: 0,
        max: 100,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 160,
        text: ['100 %', '0 %'],
        inRange: { color: ['#f2f7fc', '#9cc3e8', '#0059b3', '#00264d'] },
      },
      series: [
        {
          type: 'heatmap',
          name: t(`fid.heatmap.${layer}`),
          data,
          label: { show: true, fontSize: 11, formatter: (p: { data: [number, number, number | string] }) => (typeof p.data[2] === 'number' ? String(Math.round(p.data[2])) : '') },
          emphasis: { itemStyle: { borderColor: '#1a1a1a', borderWidth: 1 } },
        },
      ],
    };
  }, [heatmap, layer, description, t, locale, lang]);
  const element = useEChart(option);
  const height = Math.max(200, 60 + heatmap.units.length * 36);
  return (
    <>
      <div className="fid-layer" role="group" aria-label={t('fid.heatmap.layer')}>
        {(['survey', 'behaviour'] as const).map((l) => (
          <button key={l} type="button" className={`button ${l === layer ? 'button-primary' : 'button-secondary'} monitoring-button-compact`} aria-pressed={l === layer} onClick={() => setLayer(l)} data-testid={`fid-heatmap-${l}`}>
            {t(`fid.heatmap.${l}`)}
          </button>
        ))}
      </div>
      {heatmap.units.length === 0 ? (
        <p>{t('fid.heatmap.empty')}</p>
      ) : (
        <div ref={element} className={`jobspor-chart fid-chart fid-chart-h${Math.min(12, Math.ceil(height / 60))}`} role="img" aria-label={description} data-testid="fid-heatmap" />
      )}
      <details className="monitoring-top10">
        <summary>{t('fid.heatmap.asTable')}</summary>
        <div className="table--responsive-scroll">
          <table className="table table--compact jobspor-table" data-testid="fid-heatmap-table">
            <caption>{t('fid.heatmap.tableCaption', { round: heatmap.round.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fid.heatmap.unit')}</th>
                {heatmap.sections.map((s) => (
                  <th key={s.id} scope="col" className="fid-num" title={nameIn(lang, s.title)}>
                    {s.id}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {heatmap.units.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.name}</th>
                  {heatmap.sections.map((s, i) => {
                    const survey = u.survey[i] ?? null;
                    const behaviour = u.behaviour[i] ?? null;
                    return (
                      <td key={s.id} className="fid-num">
                        {u.suppressed ? t('fid.table.suppressed', { min: heatmap.minCellSize }) : survey === null ? '–' : formatPercent(locale, survey)}
                        <br />
                        <span className="fid-fraction">
                          {t('fid.table.behaviour')}: {behaviour === null ? '–' : formatPercent(locale, behaviour)}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p className="fid-note">{t('fid.heatmap.note', { min: heatmap.minCellSize })}</p>
    </>
  );
}

export function TrendChart({ trend, sections }: { trend: Trend; sections: FidelityReport['sections'] }) {
  const { t, locale, lang } = useI18n();
  const description = t('fid.trend.description', { rounds: trend.rounds.length, elements: trend.behaviour.length });
  const option = useMemo(() => {
    const surveySeries = sections.map((section, i) => ({
      type: 'line',
      name: `${section.id} ${t('fid.trend.survey')}`,
      data: trend.rounds.map((round) => [round.date, round.sections.find((s) => s.sectionId === section.id)?.shareAgreeing ?? null]),
      connectNulls: true,
      symbolSize: 9,
      lineStyle: { width: 3, color: palette[i % palette.length] },
      itemStyle: { color: palette[i % palette.length] },
    }));
    const behaviourSeries = trend.behaviour.map((element, i) => ({
      type: 'line',
      name: `${element.coreElementId} ${t('fid.trend.behaviour')}`,
      data: element.points.map((p) => [`${p.month}-15`, p.percent]),
      connectNulls: false,
      symbol: 'none',
      lineStyle: { width: 1.5, type: 'dashed', color: palette[(i + 3) % palette.length] },
      itemStyle: { color: palette[(i + 3) % palette.length] },
    }));
    return {
      aria: { enabled: true, label: { description } },
      animation: false,
      textStyle: font,
      grid: { left: 8, right: 24, top: 64, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll', textStyle: { fontSize: 12 } },
      tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatPercent(locale, v) : '–') },
      xAxis: { type: 'time', axisLabel: { fontSize: 11, formatter: (value: number) => formatMonth(locale, new Date(value).toISOString().slice(0, 7)) } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => `${v} %` } },
      series: [...surveySeries, ...behaviourSeries],
    };
  }, [trend, sections, description, t, locale]);
  const element = useEChart(option);
  if (!trend.rounds.length && !trend.behaviour.length) return <p>{t('fid.trend.empty')}</p>;
  return (
    <>
      <div ref={element} className="jobspor-chart fid-chart fid-chart-trend" role="img" aria-label={description} data-testid="fid-trend" />
      <p className="fid-note">
        {t('fid.trend.rounds')}: {trend.rounds.map((r) => `${r.name} (${formatDate(locale, r.date)})`).join(' · ') || '–'}
        <br />
        {trend.behaviour.map((b) => `${b.coreElementId} ${nameIn(lang, b.title)}`).join(' · ')}
      </p>
    </>
  );
}

export function OutcomeChart({ scatter }: { scatter: OutcomeScatter }) {
  const { t, locale, lang } = useI18n();
  const measureName = measureLabel(t, lang, scatter.measure);
  const r = (value: number | null) => (value === null ? '–' : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value));
  const description = t('fid.outcome.description', { measure: measureName, month: formatMonth(locale, scatter.measure.month), units: scatter.points.length });
  const outcomeText = (v: number) => (scatter.measure.unit === 'percent' ? formatPercent(locale, v) : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v));
  const option = useMemo(() => {
    const series = (key: 'survey' | 'behaviour', colour: string, symbol: string) => ({
      type: 'scatter',
      name: t(`fid.outcome.${key}`),
      symbol,
      symbolSize: 12,
      itemStyle: { color: colour },
      // Unit names beside the survey points only: the behaviour point of the same unit sits on the same height.
      label: { show: key === 'survey', position: 'right', fontSize: 11, formatter: (p: { name: string }) => p.name },
      data: scatter.points.filter((p) => p[key] !== null && p.outcome !== null).map((p) => ({ name: p.unitName, value: [p[key], p.outcome] })),
    });
    return {
      aria: { enabled: true, label: { description } },
      animation: false,
      textStyle: font,
      grid: { left: 8, right: 48, top: 40, bottom: 24, containLabel: true },
      legend: { top: 0, textStyle: { fontSize: 12 } },
      tooltip: {
        renderMode: 'richText',
        formatter: (p: { name: string; seriesName: string; value: [number, number] }) => `${p.name}\n${p.seriesName}: ${formatPercent(locale, p.value[0])}\n${measureName}: ${outcomeText(p.value[1])}`,
      },
      xAxis: { type: 'value', name: t('fid.outcome.xAxis'), nameLocation: 'middle', nameGap: 28, min: 0, max: 100, axisLabel: { formatter: (v: number) => `${v} %` } },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => outcomeText(v) } },
      series: [series('survey', '#0059b3', 'circle'), series('behaviour', '#b35900', 'triangle')],
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scatter, description, measureName, t, locale]);
  const element = useEChart(option);
  return (
    <>
      <p className="fid-note">{t('fid.outcome.axes', { measure: measureName, month: formatMonth(locale, scatter.measure.month) })}</p>
      <div ref={element} className="jobspor-chart fid-chart fid-chart-scatter" role="img" aria-label={description} data-testid="fid-outcome" />
      <p className="fid-correlation" data-testid="fid-correlation">
        {t('fid.outcome.r', { which: t('fid.outcome.survey'), r: r(scatter.correlation.survey.r), units: plural(t, 'fid.outcome.units', scatter.correlation.survey.n) })}
        <br />
        {t('fid.outcome.r', { which: t('fid.outcome.behaviour'), r: r(scatter.correlation.behaviour.r), units: plural(t, 'fid.outcome.units', scatter.correlation.behaviour.n) })}
      </p>
      <p className="fid-note">{t('fid.outcome.note')}</p>
    </>
  );
}

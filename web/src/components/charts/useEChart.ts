/**
 * The ECharts lifecycle shared by the charts: create the instance on the
 * element once, follow window resizes, dispose on unmount, and (re)apply the
 * option whenever it changes. Each chart module still registers only the
 * ECharts pieces it needs with `use([...])`; this module only pulls in
 * echarts/core, and is imported only by the lazily loaded chart modules, so
 * ECharts stays out of the main bundle.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { init } from 'echarts/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

/**
 * Returns the ref to put on the chart's element. Pass an option that only
 * changes when the chart's data does (useMemo), or it is re-applied on every
 * render. The option replaces the previous one (notMerge) so removed series or
 * mark areas disappear.
 */
export function useEChart<T extends HTMLElement = HTMLDivElement>(
  option: EChartsCoreOption,
  /** Called with a clicked data item's series index and data index (optional). */
  onItemClick?: (seriesIndex: number, dataIndex: number) => void,
): RefObject<T | null> {
  const element = useRef<T>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickHandler = useRef(onItemClick);
  clickHandler.current = onItemClick;

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params: { seriesIndex?: number; dataIndex?: number }) => {
      if (params.seriesIndex !== undefined && params.dataIndex !== undefined) clickHandler.current?.(params.seriesIndex, params.dataIndex);
    });
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // Declared after the init effect so, on mount, it runs once the instance exists.
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return element;
}

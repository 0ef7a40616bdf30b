/** The chart module, loaded with ECharts only when a figure is shown. */
import { lazy } from 'react';

export const BreakdownChart = lazy(() => import('./EconomicsCharts.tsx').then((m) => ({ default: m.BreakdownChart })));
export const SensitivityChart = lazy(() => import('./EconomicsCharts.tsx').then((m) => ({ default: m.SensitivityChart })));
export const WaterfallChart = lazy(() => import('./EconomicsCharts.tsx').then((m) => ({ default: m.WaterfallChart })));
export const ArchetypeChart = lazy(() => import('./EconomicsCharts.tsx').then((m) => ({ default: m.ArchetypeChart })));

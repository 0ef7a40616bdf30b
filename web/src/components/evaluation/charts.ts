/** The chart module, loaded with ECharts only when a result is shown. */
import { lazy } from 'react';

export const LovePlot = lazy(() => import('./EvaluationCharts.tsx').then((m) => ({ default: m.LovePlot })));
export const SurvivalChart = lazy(() => import('./EvaluationCharts.tsx').then((m) => ({ default: m.SurvivalChart })));
export const EventStudyChart = lazy(() => import('./EvaluationCharts.tsx').then((m) => ({ default: m.EventStudyChart })));

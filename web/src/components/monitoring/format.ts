/**
 * How the status report writes its numbers: percent with one decimal (a
 * Danish decimal comma), counts as whole numbers, hours, weeks, days and
 * full-time equivalents with one decimal, an index with one decimal, and the
 * change since last month with a sign and a word (not colour alone). Pure, so
 * the wording test can check it without a browser.
 */
import type { MessageKey, Translate } from '../../i18n/index.tsx';
import { hasKey } from '../../i18n/index.tsx';
import type { MeasureUnit, ReportMeasure } from '../../api/monitoring.ts';

const decimals: Record<MeasureUnit, number> = { percent: 1, count: 0, hours: 1, weeks: 1, days: 1, fte: 1, index: 1 };

/** The bare number in the unit's precision, e.g. '42,5' (da) or '1.234' (count). */
export function formatNumberIn(locale: string, unit: MeasureUnit, value: number): string {
  const digits = decimals[unit];
  // Whole counts stay whole; others keep at most their decimals (40 stays '40', not '40,0').
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: digits }).format(value);
}

/** A figure with its unit: '42,5 %', '1.234 timer', 'indeks 12,3'; undefined values say so. */
export function formatValue(t: Translate, locale: string, unit: MeasureUnit, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return t('mon.undefined');
  return t(`mon.unitSuffix.${unit}`, { value: formatNumberIn(locale, unit, value) });
}

/** The difference between two figures: percent becomes percentage points. */
function formatDifference(t: Translate, locale: string, unit: MeasureUnit, magnitude: number): string {
  if (unit === 'percent') return t('mon.changeSuffix.percent', { value: formatNumberIn(locale, unit, magnitude) });
  return formatValue(t, locale, unit, magnitude);
}

export type Direction = 'up' | 'down' | 'same' | 'none';

export interface ChangeText {
  direction: Direction;
  /** ▲, ▼, = or – (hidden from screen readers; the text says it). */
  arrow: string;
  /** 'op +2,1 procentpoint (bedre)', 'ned −3 (dårligere)', 'uændret'. */
  text: string;
  /** Whether the change is an improvement given higherIsBetter; null for no change. */
  better: boolean | null;
}

/** The change since last month with an arrow, a sign and words. */
export function changeText(t: Translate, locale: string, measure: Pick<ReportMeasure, 'unit' | 'higherIsBetter'>, change: number | null): ChangeText {
  if (change === null || !Number.isFinite(change)) return { direction: 'none', arrow: '–', text: t('mon.score.noChange'), better: null };
  const rounded = Number(change.toFixed(decimals[measure.unit]));
  if (rounded === 0) return { direction: 'same', arrow: '=', text: t('mon.score.same'), better: null };
  const up = rounded > 0;
  const better = up === measure.higherIsBetter;
  const signed = `${up ? '+' : '−'}${formatDifference(t, locale, measure.unit, Math.abs(rounded))}`;
  const text = `${t(up ? 'mon.score.up' : 'mon.score.down', { change: signed })} (${t(better ? 'mon.score.better' : 'mon.score.worse')})`;
  return { direction: up ? 'up' : 'down', arrow: up ? '▲' : '▼', text, better };
}

/** 'mindst 40 %' for a target. */
export function targetText(t: Translate, locale: string, unit: MeasureUnit, target: NonNullable<ReportMeasure['target']>): string {
  return t(`mon.target.${target.comparison}`, { value: formatValue(t, locale, unit, target.value) });
}

export interface MeasureNames {
  /** model measure id → name in the current language, from the model definition. */
  fromModel: ReadonlyMap<string, string>;
}

/** A measure's name: Jobspor's own wording, else the model definition's name, else its id. */
export function measureName(t: Translate, measure: Pick<ReportMeasure, 'id' | 'modelMeasureId'>, names: MeasureNames): string {
  const key = `mon.measure.${measure.id}`;
  if (hasKey(key)) return t(key as MessageKey);
  const fromModel = measure.modelMeasureId ? names.fromModel.get(measure.modelMeasureId) : undefined;
  return fromModel ?? measure.id;
}

/** 'YYYY-MM' of the month before. */
export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** The last `count` months up to and including `latest`, newest first (the month picker). */
export function monthsUpTo(latest: string, count: number): string[] {
  const months: string[] = [latest];
  while (months.length < count) months.push(previousMonth(months[months.length - 1] ?? latest));
  return months;
}

/** Parses a target typed by a person: '12,5' or '12.5'; null when it is not a number. */
export function parseTargetValue(text: string): number | null {
  const cleaned = text.trim().replace(/\s|%/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** '000 §3.3 (note)' or '004 Bilag 1': the seed report and section a measure is defined in. */
export function sourceText(source: { seed: string; section: string; note?: string | undefined }): string {
  const where = /^\d/.test(source.section) ? `§${source.section}` : source.section;
  return `${source.seed} ${where}${source.note ? ` (${source.note})` : ''}`;
}

/**
 * Formatting and parsing for Økonomi: kroner in the locale (da-DK: 91.800
 * kr.), numbers typed the Danish way (50,4 or 1.418), and the API's problems
 * (path + code) turned into a field id and a sentence.
 */
import { hasKey, type Translate } from '../../i18n/index.tsx';

/** Kroner, whole (or rounded to `step`), with the minus sign as a real minus. */
export function formatKr(locale: string, value: number, step = 1): string {
  const rounded = Math.round(value / step) * step;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(rounded === 0 ? 0 : rounded);
  return `${text.replace('-', '−')} kr.`;
}

/** A number with up to `decimals` decimals in the locale. */
export function formatNumber(locale: string, value: number, decimals = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }).format(value).replace('-', '−');
}

/**
 * A typed number: '50,4', '50.4', '1.418', '1418', '-3'. Dots are thousands
 * separators only in the Danish grouped form (1.418 or 1.418,5). Empty or
 * not a number: NaN.
 */
export function parseNumber(text: string): number {
  const s = text.replace(/[\s\u00a0]/g, '').replace('−', '-');
  if (s === '') return Number.NaN;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return Number.NaN;
  return Number(s.replace(',', '.'));
}

/** A number as the form shows it for editing (Danish decimal comma, no grouping). */
export function editNumber(locale: string, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: false }).format(value);
}

/** The problem's path without the body's 'input.' prefix. */
export function innerPath(path: string): string {
  return path.replace(/^input\.?/, '');
}

/** The sentence for a problem code (values fill the bound, the year …). */
export function problemText(t: Translate, code: string, values?: Record<string, number | string>): string {
  const key = `econ.problem.${code}`;
  return hasKey(key) ? t(key, values ?? {}) : t('econ.problem.other', { code });
}

/** The figures' colours (colour-blind safe pairs with enough contrast on white); tables show the same groups. */
export const econColours = { establishment: '#b35900', operation: '#0059b3', municipality: '#0059b3', state: '#b35900', gain: '#358000', loss: '#b51d09', net: '#1a1a1a', current: '#b51d09' };

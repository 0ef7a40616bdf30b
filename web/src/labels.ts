/** Display helpers for codes and dates coming from the API. */
import { hasKey } from './i18n/index.tsx';
import type { Translate } from './i18n/index.tsx';

function lookup(t: Translate, prefix: string, code: string | null | undefined): string {
  if (!code) return t('common.none');
  const key = `${prefix}.${code}`;
  return hasKey(key) ? t(key) : code;
}

export const benefitLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'benefit', code);
export const readinessLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'readiness', code);
export const roleLabel = (t: Translate, code: string) => lookup(t, 'role', code);
export const unitKindLabel = (t: Translate, code: string) => lookup(t, 'unitKind', code);
export const sexLabel = (t: Translate, code: string) => lookup(t, 'sex', code);
export const sourceLabel = (t: Translate, code: string) => lookup(t, 'source', code);

export const rolesLabel = (t: Translate, roles: readonly string[]) => roles.map((role) => roleLabel(t, role)).join(', ');

/** `2024-03-05` (or an ISO timestamp) as 05.03.2024 in Danish, 05/03/2024 in English. */
export function formatDate(locale: string, value: string | null | undefined): string {
  if (!value) return '–';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  return locale.startsWith('da') ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

/** A month stored as 'YYYY-MM' in words: 'marts 2021' in Danish, 'March 2021' in English; other text as it is. */
export function formatMonth(locale: string, value: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A timestamp as date and time to the minute (seconds are noise to a reader), in Danish time. */
export function formatDateTime(locale: string, value: string | null | undefined): string {
  if (!value) return '–';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }).format(date);
}

export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

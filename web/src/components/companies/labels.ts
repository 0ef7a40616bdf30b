/**
 * Display texts for the company network's codes. The 10-group industry names
 * come from the domain (the seeds' tables name them); the rest from the
 * companies i18n module. Unknown codes are shown as they are.
 */
import type { Industry, Industry10 } from '../../api/companies.ts';
import { industry10Labels } from '../../../../src/domain/companies/industry.ts';
import { hasKey } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';

function lookup(t: Translate, prefix: string, code: string | null | undefined): string {
  if (!code) return t('common.none');
  const key = `${prefix}.${code}`;
  return hasKey(key) ? t(key) : code;
}

const isDanish = (locale: string) => locale.startsWith('da');

/** The 10-group's name in the current language. */
export function industry10Label(locale: string, group: Industry10 | null | undefined): string {
  if (!group) return '–';
  const label = industry10Labels[group];
  return isDanish(locale) ? label.da : label.en;
}

/** "471100 · Handel og transport mv.", the group alone without a code, or – when nothing is recorded. */
export function industryText(locale: string, industry: Industry): string {
  if (!industry.code && !industry.group10) return '–';
  const group = industry.group10 ? industry10Label(locale, industry.group10) : (industry.label ?? '');
  return industry.code ? `${industry.code} · ${group}` : group;
}

export const sizeBandLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'companies.size', code);
export const sectorLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'companies.sector', code);
export const interactionKindLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'companies.interactionKind', code);
export const agreementKindLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'companies.agreementKind', code);
export const openingStatusLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'companies.openingStatus', code);
export const placementTypeLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'companies.placementType', code);
export const endReasonLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'companies.endReason', code);
export const componentLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'companies.component', code);
export const importActionLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'companies.import.action', code);
export const followUpSourceLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'companies.followUpSource', code);
export const followUpStatusLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'companies.followUpStatus', code);

/** Hours with one decimal, as the API gives them ("12,5" in Danish). */
export function formatHours(locale: string, hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return '–';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(hours);
}

export function yesNo(t: Translate, value: boolean): string {
  return value ? t('companies.yes') : t('companies.no');
}

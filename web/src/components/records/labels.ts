/** Display labels for the records vocabularies (codes from the API). */
import { hasKey } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import type { Person } from '../../api/records.ts';

function lookup(t: Translate, prefix: string, code: string | null | undefined): string {
  if (!code) return t('common.none');
  const key = `${prefix}.${code}`;
  return hasKey(key) ? t(key) : code;
}

export const contactKindLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'rec.contactKind', code);
export const durationLabel = (t: Translate, code: string | null | undefined) => lookup(t, 'rec.duration', code);
export const categoryLabel = (t: Translate, code: string) => lookup(t, 'rec.category', code);
export const courseRoleLabel = (t: Translate, code: string) => lookup(t, 'rec.courseRole', code);
export const attendeeLabel = (t: Translate, code: string) =>
  code === 'citizen' || code === 'employer' ? lookup(t, 'rec.attendee', code) : courseRoleLabel(t, code);
export const goalStatusLabel = (t: Translate, code: string) => lookup(t, 'rec.goalStatus', code);
export const languageLevelLabel = (t: Translate, code: string) => lookup(t, 'rec.languageLevel', code);
export const timelineKindLabel = (t: Translate, code: string) => lookup(t, 'rec.timelineKind', code);
export const ruleStatusLabel = (t: Translate, code: string) => lookup(t, 'rec.ruleStatus', code);

const bandKeys: Record<string, string> = { '0-35': 'low', '36-50': 'risk', '>50': 'ok' };

/** WHO-5 band as a plain-language label; falls back to the server's label or the raw band. */
export function bandLabel(t: Translate, band: string | null, serverLabel?: string | null): string | null {
  if (!band) return null;
  const key = bandKeys[band];
  if (key) return lookup(t, 'rec.band', key);
  return serverLabel || band;
}

/** DKFDS badge variant for a WHO-5 band. */
export function bandVariant(band: string | null): 'error' | 'warning' | 'success' | 'info' {
  if (band === '0-35') return 'error';
  if (band === '36-50') return 'warning';
  if (band === '>50') return 'success';
  return 'info';
}

export function personName(t: Translate, person: Person | null | undefined): string {
  return person?.name ?? t('common.none');
}

/** Scores: sums as whole numbers, means with one or two decimals as the server rounds them (Danish comma in Danish). */
export function formatScore(locale: string, score: number | null, mean: boolean): string {
  if (score === null || score === undefined) return '–';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: mean ? 1 : 0, maximumFractionDigits: mean ? 2 : 0 }).format(score);
}

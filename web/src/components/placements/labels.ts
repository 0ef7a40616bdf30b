/** Display labels and formats for matching, work agreements and placements (codes from the API). */
import { hasKey } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import type { PlacementSummary } from '../../api/placements.ts';
import { endReasonLabel } from '../companies/labels.ts';
import { isoWeek } from './weeks.ts';

function lookup(t: Translate, prefix: string, code: string | null | undefined): string {
  if (!code) return t('common.none');
  const key = `${prefix}.${code}`;
  return hasKey(key) ? t(key) : code;
}

// The company network's codes (placement types, end reasons, score parts, industries) read the same everywhere.
export { componentLabel as scoreKeyLabel, endReasonLabel, formatHours, industry10Label, placementTypeLabel } from '../companies/labels.ts';

export const ordinaryKindLabel = (t: Translate, code: string) => lookup(t, 'pl.ordinaryKind', code);
export const mentorKindLabel = (t: Translate, code: string) => lookup(t, 'pl.mentorKind', code);
export const weekdayLabel = (t: Translate, code: string) => lookup(t, 'pl.weekday', code);
export const ratingLabel = (t: Translate, code: string) => lookup(t, 'pl.rating', code);
export const aftercareKindLabel = (t: Translate, code: string) => lookup(t, 'pl.aftercareKind', code);
export const aftercarePartyLabel = (t: Translate, code: string) => lookup(t, 'pl.aftercareParty', code);
export const trendLabel = (t: Translate, code: string) => lookup(t, 'pl.trend', code);

/** 'Uge 11 (09.03.2026)'. */
export function weekLabel(t: Translate, locale: string, weekStart: string): string {
  return t('pl.week.label', { week: isoWeek(weekStart).week, date: formatDate(locale, weekStart) });
}

/** 'Uge 11' (short, for chart axes). */
export function weekShort(t: Translate, weekStart: string): string {
  return t('pl.week.short', { week: isoWeek(weekStart).week });
}

/** '09.03.2026 – 12.06.2026', or 'Fra 09.03.2026' while running. */
export function periodLabel(t: Translate, locale: string, from: string, to: string | null): string {
  return to ? `${formatDate(locale, from)} – ${formatDate(locale, to)}` : t('pl.period.open', { from: formatDate(locale, from) });
}

/**
 * Whether a placement still asks for work (follow-ups, an end): it has begun
 * and no end is recorded. A placement ended today still runs through its
 * last day (`running`), but the end is decided, so it is not "I gang".
 */
export function isOpenPlacement(p: Pick<PlacementSummary, 'running' | 'endReason'>): boolean {
  return p.running && p.endReason === null;
}

/** 'I gang', the end reason once an end is recorded, or 'Ikke startet' before the first day. */
export function placementStatusLabel(t: Translate, p: Pick<PlacementSummary, 'running' | 'endReason' | 'from'>, today: string): string {
  if (p.endReason) return endReasonLabel(t, p.endReason);
  if (p.running) return t('pl.status.running');
  return p.from > today ? t('pl.status.notStarted') : t('common.none');
}

/** The next follow-up is overdue: the placement is open and the date has passed. */
export function followUpOverdue(p: Pick<PlacementSummary, 'running' | 'endReason' | 'nextFollowUpOn'>, today: string): boolean {
  return isOpenPlacement(p) && p.nextFollowUpOn !== null && p.nextFollowUpOn < today;
}

export type Clause = 'ordinary' | 'intent' | 'missing';

/** What the agreement says about ordinary hours: agreed hours, a declaration of intent, or nothing yet. */
export function clauseOf(flags: Pick<PlacementSummary, 'ordinaryHoursClause' | 'declarationOfIntent'>): Clause {
  if (flags.ordinaryHoursClause) return 'ordinary';
  if (flags.declarationOfIntent) return 'intent';
  return 'missing';
}

/** 'marts 2026' / 'March 2026' for a calendar month 'YYYY-MM'. */
export function monthLabel(locale: string, month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, number! - 1, 1)));
}

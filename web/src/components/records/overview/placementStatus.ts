/** What the Overblik card shows about the citizen's company placements (kept apart from the component so it can be tested). */
import type { HoursWeek, PlacementSummary } from '../../../api/placements.ts';
import type { Translate } from '../../../i18n/index.tsx';
import { formatHours, weekLabel } from '../../placements/labels.ts';
import { placementOrder } from '../../placements/lists.ts';

/** Running placements (started, not ended), the newest start first. */
export function runningPlacements(placements: readonly PlacementSummary[]): PlacementSummary[] {
  return placementOrder(placements.filter((p) => p.running));
}

/** Whether the next follow-up of a running placement has passed. */
export function followUpOverdue(placement: Pick<PlacementSummary, 'running' | 'nextFollowUpOn'>, today: string): boolean {
  return placement.running && placement.nextFollowUpOn !== null && placement.nextFollowUpOn < today;
}

/** 'Uge 47 (16.11.2026): 11,5 ulønnede · 2,5 lønnede', the planned total while nothing is recorded, or 'Ingen timer'. */
export function latestWeekText(t: Translate, locale: string, week: HoursWeek | null): string {
  if (!week) return t('pl.hours.noneShort');
  const hours =
    week.actualUnpaidHours === null && week.actualPaidHours === null
      ? t('pl.hours.onlyPlanned', { hours: formatHours(locale, week.plannedUnpaidHours + week.plannedPaidHours) })
      : t('pl.hours.unpaidPaid', { unpaid: formatHours(locale, week.actualUnpaidHours), paid: formatHours(locale, week.actualPaidHours) });
  return `${weekLabel(t, locale, week.weekStart)}: ${hours}`;
}

import type { GroupActivity } from '../../api/courses.ts';
import type { Translate } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';

/** A group activity's period: "01.03.2025 – 30.06.2025", or "fra 01.03.2025" while open-ended. */
export function activityPeriod(t: Translate, locale: string, activity: Pick<GroupActivity, 'startDate' | 'endDate'>): string {
  return activity.endDate
    ? t('courses.periodEnded', { from: formatDate(locale, activity.startDate), to: formatDate(locale, activity.endDate) })
    : t('courses.periodActive', { from: formatDate(locale, activity.startDate) });
}

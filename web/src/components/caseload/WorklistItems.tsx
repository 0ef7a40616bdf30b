import type { WorklistItem } from '../../api/courses.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import '../../styles/caseload.css';
import { byUrgency } from './caseloadRows.ts';

const badgeClass: Record<WorklistItem['status'], string> = { overdue: 'badge-error', due: 'badge-warning', warning: 'badge-info' };

/**
 * The badge for a worklist item or a rule result: Forfalden (red), Snart
 * (yellow) or Til opmærksomhed (blue: past an observed reference value, not a deadline).
 */
export function DueBadge({ status }: { status: WorklistItem['status'] }) {
  const { t } = useI18n();
  return <span className={`badge ${badgeClass[status]} caseload-badge`}>{t(`caseload.status.${status}`)}</span>;
}

/** How far the deadline is: "12 dage over fristen" / "om 3 dage" / "i dag". */
export function dueText(t: Translate, item: WorklistItem): string {
  if (item.status === 'overdue') {
    const days = item.daysOverdue ?? 0;
    return days === 1 ? t('caseload.overdueOne') : t('caseload.overdueDays', { days });
  }
  if (item.status === 'warning') {
    const days = item.daysOverdue ?? 0;
    return days === 1 ? t('caseload.pastReferenceOne') : t('caseload.pastReferenceDays', { days });
  }
  const days = item.daysUntilDue ?? 0;
  if (days === 0) return t('caseload.dueToday');
  return days === 1 ? t('caseload.dueInOne') : t('caseload.dueInDays', { days });
}

interface WorklistItemsProps {
  items: readonly WorklistItem[];
  /** Show the model on each item (off when the surrounding row already shows it). */
  showModel?: boolean;
  testId?: string;
}

/** Worklist items, overdue first, each with status, deadline, explanation and model. */
export function WorklistItems({ items, showModel = true, testId }: WorklistItemsProps) {
  const { t, locale } = useI18n();
  const sorted = [...items].sort(byUrgency);
  if (!sorted.length) return <p className="caseload-none">{t('caseload.noItems')}</p>;
  return (
    <ul className="unstyled-list no-max-width caseload-items" data-testid={testId}>
      {sorted.map((item) => (
        <li key={`${item.courseId}-${item.ruleId}`} className="caseload-item" data-testid="worklist-item" data-status={item.status} data-course-id={item.courseId}>
          <DueBadge status={item.status} />
          <span className="caseload-item-due">
            {item.dueDate ? (
              <>
                <span className="sr-only">{t('caseload.deadline')} </span>
                <time dateTime={item.dueDate}>{formatDate(locale, item.dueDate)}</time>
                <span className="jobspor-muted"> ({dueText(t, item)})</span>
              </>
            ) : (
              <span className="jobspor-muted">{t('caseload.noDeadline')}</span>
            )}
          </span>
          <span className="caseload-item-text">
            {item.explanation}
            {showModel ? <span className="caseload-item-model"> · {item.modelShortName}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

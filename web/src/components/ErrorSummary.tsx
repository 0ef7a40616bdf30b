import { useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import { useT } from '../i18n/index.tsx';
import { Icon } from './Icon.tsx';

export interface SummaryItem {
  /** id of the control the message belongs to (empty for form-wide messages). */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  items: SummaryItem[];
  /** Changes on every submit so focus moves to the summary again. */
  focusKey: number;
}

/** DKFDS error summary at the top of a form; takes focus when it appears. */
export function ErrorSummary({ items, focusKey }: ErrorSummaryProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (items.length) ref.current?.focus();
    // Focus on each failed submit, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);

  if (!items.length) return null;

  function jump(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const target = document.getElementById(fieldId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.closest('.form-group')?.scrollIntoView({ block: 'center' });
  }

  return (
    <div className="alert alert-error error-summary" role="alert" tabIndex={-1} ref={ref} data-testid="error-summary">
      <Icon name="error" className="alert-icon" label={t('common.errorHeading')} />
      <div className="alert-body">
        <p className="alert-heading">{t('common.errorSummary')}</p>
        <ul className="alert-text nobullet-list">
          {items.map((item, index) =>
            item.fieldId ? (
              <li key={`${item.fieldId}-${index}`}>
                <a href={`#${item.fieldId}`} onClick={(event) => jump(event, item.fieldId)}>
                  {item.message}
                </a>
              </li>
            ) : (
              <li key={`form-${index}`}>{item.message}</li>
            ),
          )}
        </ul>
      </div>
    </div>
  );
}

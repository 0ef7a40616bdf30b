/**
 * An editable list inside a form: each entry in its own fieldset with a
 * "Fjern" button, and an "Tilføj" button under the list. After adding, focus
 * moves to the new entry's first control so keyboard users can type at once.
 */
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/index.tsx';

interface RepeatableListProps<T> {
  id: string;
  legend: string;
  /** Legend of one entry, e.g. "Mål 2". */
  itemLegend: (index: number) => string;
  items: T[];
  onItems: (items: T[]) => void;
  make: () => T;
  addLabel: string;
  emptyText?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Id of the control to focus in a newly added entry. */
  focusId: (index: number) => string;
  render: (item: T, index: number, update: (next: T) => void) => ReactNode;
  disabled?: boolean;
  testId?: string;
}

export function RepeatableList<T>(props: RepeatableListProps<T>) {
  const { id, legend, itemLegend, items, onItems, make, addLabel, emptyText, hint, error, focusId, render, disabled, testId } = props;
  const t = useT();
  const previous = useRef(items.length);
  const added = useRef(false);

  useEffect(() => {
    if (added.current && items.length > previous.current) {
      document.getElementById(focusId(items.length - 1))?.focus();
    }
    added.current = false;
    previous.current = items.length;
  }, [items.length, focusId]);

  function update(index: number, next: T) {
    onItems(items.map((item, i) => (i === index ? next : item)));
  }

  return (
    <fieldset className={`records-list${error ? ' form-error' : ''}`} id={id} tabIndex={-1} data-testid={testId}>
      <legend className="h4 records-list-legend">{legend}</legend>
      {hint ? <p className="form-hint">{hint}</p> : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t('common.errorPrefix')} </span>
          {error}
        </span>
      ) : null}
      {!items.length && emptyText ? <p className="jobspor-muted">{emptyText}</p> : null}
      {items.map((item, index) => (
        <fieldset key={index} className="records-list-item">
          <legend className="records-item-legend">{itemLegend(index)}</legend>
          {render(item, index, (next) => update(index, next))}
          {!disabled ? (
            <button
              type="button"
              className="button button-tertiary jobspor-small-button records-remove"
              onClick={() => onItems(items.filter((_, i) => i !== index))}
            >
              {t('rec.remove', { item: itemLegend(index) })}
            </button>
          ) : null}
        </fieldset>
      ))}
      {!disabled ? (
        <button
          type="button"
          className="button button-secondary jobspor-small-button"
          onClick={() => {
            added.current = true;
            onItems([...items, make()]);
          }}
        >
          {addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}

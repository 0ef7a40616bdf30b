/**
 * Form controls the records forms need beyond components/FormFields.tsx:
 * a text area and a single checkbox, with the same DKFDS label, hint and
 * error wiring.
 */
import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { useT } from '../../i18n/index.tsx';

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  const t = useT();
  return (
    <>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t('common.errorPrefix')} </span>
          {error}
        </span>
      ) : null}
    </>
  );
}

type AreaExtras = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'className'>;

interface TextAreaFieldProps extends AreaExtras {
  id: string;
  label: ReactNode;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  optional?: boolean;
  groupClassName?: string;
}

export function TextAreaField({ id, label, value, onValue, error, hint, optional, groupClassName, rows, ...area }: TextAreaFieldProps) {
  const t = useT();
  return (
    <div className={`form-group${error ? ' form-error' : ''}${groupClassName ? ` ${groupClassName}` : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
        {optional ? <span className="weight-normal"> {t('common.optional')}</span> : null}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        className="form-input records-textarea"
        rows={rows ?? 3}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...area}
      />
    </div>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  error?: string | undefined;
  hint?: ReactNode;
  name?: string;
  groupClassName?: string;
}

export function CheckboxField({ id, label, checked, onChecked, error, hint, name, groupClassName }: CheckboxFieldProps) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}${groupClassName ? ` ${groupClassName}` : ''}`}>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="form-group-checkbox">
        <input
          type="checkbox"
          className="form-checkbox"
          id={id}
          name={name ?? id}
          checked={checked}
          onChange={(event) => onChecked(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

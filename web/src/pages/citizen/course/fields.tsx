/**
 * Form controls the shared FormFields.tsx does not have (text area, radio
 * group, yes/no), built the same DKFDS way: label, hint, error under the
 * label, aria-describedby; plus the stale-version warning used by every form.
 */
import type { ReactNode } from 'react';
import type { Option } from '../../../components/FormFields.tsx';
import { Alert } from '../../../components/Alert.tsx';
import { useT } from '../../../i18n/index.tsx';

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

interface TextAreaFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  optional?: boolean;
  rows?: number;
  maxLength?: number;
}

export function TextAreaField({ id, label, value, onValue, error, hint, optional, rows = 3, maxLength }: TextAreaFieldProps) {
  const t = useT();
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
        {optional ? <span className="weight-normal"> {t('common.optional')}</span> : null}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={id}
        className="form-input"
        rows={rows}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

interface RadioGroupProps {
  id: string;
  name: string;
  legend: ReactNode;
  options: Option[];
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  inline?: boolean;
}

/** Radio buttons in a fieldset; the fieldset carries the id so the error summary can jump to it. */
export function RadioGroup({ id, name, legend, options, value, onValue, error, hint }: RadioGroupProps) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)} id={id} tabIndex={-1}>
        <legend className="form-label">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {options.map((option, index) => (
          <div className="form-group-radio" key={option.value}>
            <input
              type="radio"
              className="form-radio"
              id={`${id}-option${index + 1}`}
              name={name}
              value={option.value}
              checked={value === option.value}
              disabled={option.disabled}
              onChange={() => onValue(option.value)}
            />
            <label htmlFor={`${id}-option${index + 1}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
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
}

/** One checkbox with its own error message (e.g. a confirmation). */
export function CheckboxField({ id, label, checked, onChecked, error, hint }: CheckboxFieldProps) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="form-group-checkbox">
        <input
          type="checkbox"
          className="form-checkbox"
          id={id}
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

/** "Forløbet er ændret af en anden i mellemtiden ..." with a reload button; the form keeps its input. */
export function StaleAlert({ onReload }: { onReload: () => void }) {
  const t = useT();
  return (
    <Alert variant="error" testId="course-stale">
      <p className="m-0">{t('courses.stale')}</p>
      <button type="button" className="button button-secondary mt-3" onClick={onReload}>
        {t('courses.reload')}
      </button>
    </Alert>
  );
}

/**
 * DKFDS form controls: label, optional hint, error message under the label
 * (form-error-message) and the control, wired together with aria-describedby.
 */
import type { ChangeEvent, InputHTMLAttributes, ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Label({ id, label, optional }: { id: string; label: ReactNode; optional?: boolean | undefined }) {
  const t = useT();
  return (
    <label className="form-label" htmlFor={id}>
      {label}
      {optional ? <span className="weight-normal"> {t('common.optional')}</span> : null}
    </label>
  );
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

type InputExtras = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'>;

interface TextFieldProps extends InputExtras {
  id: string;
  label: ReactNode;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  optional?: boolean;
  /** DKFDS width class, e.g. input-width-s. */
  width?: string;
  groupClassName?: string;
}

export function TextField({ id, label, value, onValue, error, hint, optional, width, groupClassName, ...input }: TextFieldProps) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}${groupClassName ? ` ${groupClassName}` : ''}`}>
      <Label id={id} label={label} optional={optional} />
      <HintAndError id={id} hint={hint} error={error} />
      <input
        id={id}
        className={`form-input${width ? ` ${width}` : ''}`}
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
}

interface SelectFieldProps {
  id: string;
  name?: string;
  label: ReactNode;
  value: string;
  onValue: (value: string) => void;
  options: Option[];
  /** Text of an empty first option, when the field may be left unchosen. */
  placeholder?: string;
  error?: string | undefined;
  hint?: ReactNode;
  optional?: boolean;
  required?: boolean;
  disabled?: boolean;
  groupClassName?: string;
  testId?: string;
}

export function SelectField(props: SelectFieldProps) {
  const { id, name, label, value, onValue, options, placeholder, error, hint, optional, required, disabled, groupClassName, testId } = props;
  return (
    <div className={`form-group${error ? ' form-error' : ''}${groupClassName ? ` ${groupClassName}` : ''}`}>
      <Label id={id} label={label} optional={optional} />
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name ?? id}
        className="form-select"
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        required={required}
        disabled={disabled}
        data-testid={testId}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface CheckboxGroupProps {
  id: string;
  name: string;
  legend: ReactNode;
  options: Option[];
  values: string[];
  onValues: (values: string[]) => void;
  error?: string | undefined;
  hint?: ReactNode;
}

export function CheckboxGroup({ id, name, legend, options, values, onValues, error, hint }: CheckboxGroupProps) {
  const t = useT();
  function toggle(value: string, checked: boolean) {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the options' order so the request is stable.
    onValues(options.map((o) => o.value).filter((v) => next.includes(v)));
  }
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)} id={id} tabIndex={-1}>
        <legend className="form-label">{legend}</legend>
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
        {options.map((option, index) => (
          <div className="form-group-checkbox" key={option.value}>
            <input
              type="checkbox"
              className="form-checkbox"
              id={`${id}-option${index + 1}`}
              name={name}
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-option${index + 1}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

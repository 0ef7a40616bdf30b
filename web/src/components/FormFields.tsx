/**
 * DKFDS form controls: label, optional hint, error message under the label
 * (form-error-message) and the control, wired together with aria-describedby.
 * The one home of these controls: the records and course forms used to carry
 * their own copies of the text area, checkbox and radio group, which drifted.
 * Also the row of buttons under a form (FormActions).
 */
import type { ChangeEvent, InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { useT } from '../i18n/index.tsx';

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The DKFDS form-group wrapper; form-error turns the left border red. */
function groupClass(error: string | undefined, groupClassName: string | undefined): string {
  return `form-group${error ? ' form-error' : ''}${groupClassName ? ` ${groupClassName}` : ''}`;
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
    <div className={groupClass(error, groupClassName)}>
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
    <div className={groupClass(error, groupClassName)}>
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

interface ChoiceFieldsetProps {
  type: 'checkbox' | 'radio';
  id: string;
  name: string;
  legend: ReactNode;
  options: Option[];
  error?: string | undefined;
  hint?: ReactNode;
  isChecked: (option: Option) => boolean;
  onChoose: (option: Option, checked: boolean) => void;
  honourDisabled?: boolean;
}

/**
 * Checkboxes or radios in a fieldset; the fieldset carries the id (and
 * tabIndex -1) so the error summary can jump to it. Options get ids
 * `${id}-option1`, `${id}-option2`, ...
 */
function ChoiceFieldset({ type, id, name, legend, options, error, hint, isChecked, onChoose, honourDisabled }: ChoiceFieldsetProps) {
  return (
    <div className={groupClass(error, undefined)}>
      <fieldset aria-describedby={describedBy(id, hint, error)} id={id} tabIndex={-1}>
        <legend className="form-label">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {options.map((option, index) => (
          <div className={`form-group-${type}`} key={option.value}>
            <input
              type={type}
              className={`form-${type}`}
              id={`${id}-option${index + 1}`}
              name={name}
              value={option.value}
              checked={isChecked(option)}
              disabled={honourDisabled ? option.disabled : undefined}
              onChange={(event) => onChoose(option, event.target.checked)}
            />
            <label htmlFor={`${id}-option${index + 1}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
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
  function toggle(value: string, checked: boolean) {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the options' order so the request is stable.
    onValues(options.map((o) => o.value).filter((v) => next.includes(v)));
  }
  return (
    <ChoiceFieldset
      type="checkbox"
      {...{ id, name, legend, options, error, hint }}
      isChecked={(option) => values.includes(option.value)}
      onChoose={(option, checked) => toggle(option.value, checked)}
    />
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
  /** Extra class on the textarea, e.g. records-textarea (full width in the records forms). */
  controlClassName?: string;
  groupClassName?: string;
}

/**
 * A text area. `name` is passed through as given (no default), because the
 * records forms render it without one and the course forms with name = id;
 * the markup of both must stay as it was.
 */
export function TextAreaField({ id, label, value, onValue, error, hint, optional, controlClassName, groupClassName, rows, ...area }: TextAreaFieldProps) {
  return (
    <div className={groupClass(error, groupClassName)}>
      <Label id={id} label={label} optional={optional} />
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        className={`form-input${controlClassName ? ` ${controlClassName}` : ''}`}
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
  /** Passed through as given (no default): some forms render the box without a name. */
  name?: string;
  groupClassName?: string;
}

/** One checkbox with its own hint and error message (e.g. a confirmation). */
export function CheckboxField({ id, label, checked, onChecked, error, hint, name, groupClassName }: CheckboxFieldProps) {
  return (
    <div className={groupClass(error, groupClassName)}>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="form-group-checkbox">
        <input
          type="checkbox"
          className="form-checkbox"
          id={id}
          name={name}
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
    <ChoiceFieldset
      type="radio"
      {...{ id, name, legend, options, error, hint }}
      isChecked={(option) => value === option.value}
      onChoose={(option) => onValue(option.value)}
      // Only the radios honour option.disabled, as before the two were folded.
      honourDisabled
    />
  );
}

interface FormActionsProps {
  /** While saving, the save button is disabled and reads "Gemmer …". */
  saving: boolean;
  /** The save button's text. */
  label: string;
  testId?: string | undefined;
  /** Another reason to keep the save button disabled. */
  disabled?: boolean | undefined;
  /** The cancel button's action; without it the row has no cancel button. */
  onCancel?: (() => void) | undefined;
  /** The row's class (jobspor-actions unless given). */
  className?: string;
  /** Small buttons, as in a form inside a table row. */
  small?: boolean;
  /** Further buttons or links, placed after the save button. */
  children?: ReactNode;
}

/** The buttons under a form: save (submits the form), anything extra, then cancel. */
export function FormActions({ saving, label, testId, disabled, onCancel, className = 'jobspor-actions', small, children }: FormActionsProps) {
  const t = useT();
  const size = small ? ' jobspor-small-button' : '';
  return (
    <div className={className}>
      <button type="submit" className={`button button-primary${size}`} disabled={saving || disabled} data-testid={testId}>
        {saving ? t('common.saving') : label}
      </button>
      {children}
      {onCancel ? (
        <button type="button" className={`button button-secondary${size}`} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * The controls of the company screens' filter bars (jobspor-filters): a text
 * field with an optional error, and a choice with an "all" option first.
 * Labels are visible; errors are tied to the field with aria-describedby.
 */
import { industry10Groups } from '../../api/companies.ts';
import { useT } from '../../i18n/index.tsx';
import type { Option } from '../FormFields.tsx';
import { industry10Label } from './labels.ts';

interface FilterInputProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: 'search' | 'text';
  /** Short inputs (postcode, days). */
  narrow?: boolean;
  numeric?: boolean;
  maxLength?: number;
  error?: string | undefined;
  testId?: string;
}

export function FilterInput({ id, label, value, onValue, type = 'text', narrow, numeric, maxLength, error, testId }: FilterInputProps) {
  const t = useT();
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t('common.errorPrefix')} </span>
          {error}
        </span>
      ) : null}
      <input
        id={id}
        type={type}
        inputMode={numeric ? 'numeric' : undefined}
        className={`form-input ${narrow ? 'companies-narrow-input' : 'companies-text-input'}`}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        autoComplete="off"
        data-testid={testId}
      />
    </div>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** The first option, choosing nothing (e.g. "Alle brancher"). */
  allLabel: string;
  options: readonly Option[];
  testId?: string;
}

export function FilterSelect({ id, label, value, onValue, allLabel, options, testId }: FilterSelectProps) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="form-select" value={value} onChange={(e) => onValue(e.target.value)} data-testid={testId}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The 10 industry groups (and "uoplyst") as choices, in the current language. */
export function industryOptions(locale: string): Option[] {
  return industry10Groups.map((group) => ({ value: group, label: industry10Label(locale, group) }));
}

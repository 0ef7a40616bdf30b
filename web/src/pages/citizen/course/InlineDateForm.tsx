import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ApiError } from '../../../api/client.ts';
import { FormActions } from '../../../components/FormFields.tsx';
import { errorText } from '../../../hooks.ts';
import { useT } from '../../../i18n/index.tsx';
import { isoDatePattern } from './useCourseForm.ts';

interface InlineDateFormProps {
  id: string;
  label: ReactNode;
  initial: string;
  submitLabel: string;
  /** The reason the day cannot be used, checked before sending; null when it can. */
  check: (day: string) => string | null;
  /** Sends the day; the caller takes the API's answer. */
  send: (day: string) => Promise<void>;
  /** The API field whose message belongs under the date. */
  field: string;
  onCancel: () => void;
  /** data-testid of the form; the submit button gets `${testId}-submit`. */
  testId?: string;
}

/**
 * One date and a button inside a table row: ending a staff assignment,
 * signing a citizen off a group activity. The API's message for `field`
 * (or any other failure) is shown under the date.
 */
export function InlineDateForm({ id, label, initial, submitLabel, check, send, field, onCancel, testId }: InlineDateFormProps) {
  const t = useT();
  const [day, setDay] = useState(initial);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const problem = isoDatePattern.test(day) ? check(day) : t('courses.dateRequired');
    if (problem) {
      setError(problem);
      return;
    }
    setSaving(true);
    setError('');
    try {
      await send(day);
    } catch (failure) {
      setError(failure instanceof ApiError && failure.fields[field] ? failure.fields[field] : errorText(t, failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="jobspor-inline-form" onSubmit={submit} noValidate data-testid={testId}>
      <div className={`form-group${error ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
        {error ? (
          <span className="form-error-message" id={`${id}-error`} role="alert">
            <span className="sr-only">{t('common.errorPrefix')} </span>
            {error}
          </span>
        ) : null}
        <input
          id={id}
          type="date"
          className="form-input input-width-s"
          value={day}
          onChange={(event) => setDay(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          autoFocus
        />
      </div>
      <FormActions className="course-actions" small saving={saving} label={submitLabel} testId={testId ? `${testId}-submit` : undefined} onCancel={onCancel} />
    </form>
  );
}

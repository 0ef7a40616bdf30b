/**
 * State shared by every course form: field errors (from the client check or
 * the API's `fields`), the error summary, the stale-version warning and the
 * saving flag. A 409 `stale` keeps what the user typed and asks them to
 * reload; any other 409 (an illegal phase change, an active course for the
 * model) is shown as the field error the API names, or in the summary.
 */
import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import type { Course } from '../../../api/courses.ts';
import type { SummaryItem } from '../../../components/ErrorSummary.tsx';
import { apiFieldErrors, fieldBinder, summaryFrom } from '../../../forms.ts';
import type { FieldBinding, FieldErrors, TextKey } from '../../../forms.ts';
import { errorText } from '../../../hooks.ts';
import { useT } from '../../../i18n/index.tsx';

export interface CourseForm {
  errors: FieldErrors;
  summary: SummaryItem[];
  attempt: number;
  stale: boolean;
  saving: boolean;
  idFor: (field: string) => string;
  /** Runs the client check, then the request; resolves to the result or null on failure. */
  submit: <T = Course>(check: () => FieldErrors, send: () => Promise<T>) => Promise<T | null>;
  clearField: (field: string) => void;
  /** `const bind = form.binder(values, set)`; then `<TextField {...bind('date')} ... />` (see fieldBinder). */
  binder: <V>(values: V, set: (field: TextKey<V>, value: string) => void) => (field: TextKey<V>) => FieldBinding;
}

export function useCourseForm(prefix: string, fields: readonly string[]): CourseForm {
  const t = useT();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [stale, setStale] = useState(false);
  const [saving, setSaving] = useState(false);
  const idFor = (field: string) => `${prefix}-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;

  async function submit<T>(check: () => FieldErrors, send: () => Promise<T>): Promise<T | null> {
    if (saving) return null;
    const found = check();
    if (Object.keys(found).length) {
      setErrors(found);
      setSummary(summaryFrom(found, idFor));
      setStale(false);
      setAttempt((n) => n + 1);
      return null;
    }
    setSaving(true);
    setStale(false);
    try {
      const result = await send();
      setErrors({});
      setSummary([]);
      return result;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.code === 'stale') {
        setStale(true);
        setErrors({});
        setSummary([]);
      } else {
        const mapped = apiFieldErrors(error, fields, idFor, errorText(t, error));
        setErrors(mapped.fields);
        setSummary(mapped.summary);
      }
      setAttempt((n) => n + 1);
      return null;
    } finally {
      setSaving(false);
    }
  }

  function clearField(field: string) {
    if (!errors[field]) return;
    const next = { ...errors };
    delete next[field];
    setErrors(next);
  }

  function binder<V>(values: V, set: (field: TextKey<V>, value: string) => void) {
    return fieldBinder(idFor, (field) => errors[field], values, set);
  }

  return { errors, summary, attempt, stale, saving, idFor, submit, clearField, binder };
}

/** Today as 'YYYY-MM-DD' in the browser's time zone (the job centre's day). */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
